import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isPlaceholder, PLACEHOLDER } from '../archive/placeholders';
import { parseYaml, type ParsedYaml } from '../core/frontmatter';
import { builtInDictionaries, referenceLocale } from './built-in-dictionaries';
import type { Dictionary } from './translator';

/**
 * The archive's own interface strings: content/i18n/<code>.json. The organiser's whole world is
 * content/, so a language Vigil has no dictionary for (Swahili, Norwegian, Persian) is added there,
 * and an organisation that prefers other wording for one string of a built-in language writes just
 * that string there. Each file is one flat JSON object of the English dictionary's keys.
 *
 * A value that still starts with "TODO:" is not translated yet: `npm run new -- language <code>`
 * scaffolds every string that way, with the English after the marker for the translator to work
 * from. The site shows the English string in its place, never the marker; the checker
 * (src/validation/dictionaries.ts) lists what is left to translate.
 */

/** The folder in the archive that holds its dictionaries. */
export const DICTIONARY_FOLDER = 'i18n';

/** The dictionary file of a locale, relative to the content folder, e.g. i18n/sw.json. */
export function dictionaryFile(code: string): string {
	return `${DICTIONARY_FOLDER}/${code}.json`;
}

/** A dictionary file as read, for the site and for the checker. */
export interface ContentDictionary {
	/** The locale it is for, from the file name. */
	code: string;
	/** The file, absolute. */
	file: string;
	/** The parsed file, with its lines; data is undefined when it could not be parsed. */
	parsed: ParsedYaml;
	/** The strings that are translated: string values that are not placeholders. */
	translated: Dictionary;
}

const DICTIONARY_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.json$/;

/** Every dictionary file in the archive, by locale. JSON is YAML, so the YAML parser gives lines for every key. */
export function readContentDictionaries(root: string): Map<string, ContentDictionary> {
	const folder = path.join(root, DICTIONARY_FOLDER);
	const found = new Map<string, ContentDictionary>();
	if (!existsSync(folder)) return found;
	for (const name of readdirSync(folder).sort()) {
		const code = DICTIONARY_FILE.exec(name)?.[1];
		if (!code) continue;
		const file = path.join(folder, name);
		const parsed = parseYaml(readFileSync(file, 'utf8'));
		found.set(code, { code, file, parsed, translated: translatedStrings(parsed.data) });
	}
	return found;
}

/** The string values of a parsed dictionary that are translations, not placeholders; anything else is left for the checker to report. */
function translatedStrings(data: unknown): Dictionary {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
	return Object.fromEntries(Object.entries(data).filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1].trim() !== '' && !isPlaceholder(pair[1])));
}

/**
 * A new dictionary for a language, to translate: every key of the reference (English) dictionary
 * with its English string after the placeholder marker. JSON has no comments, so the marker is the note.
 */
export function untranslatedDictionary(reference: Dictionary = builtInDictionaries[referenceLocale] ?? {}): string {
	const entries = Object.fromEntries(Object.entries(reference).map(([key, english]) => [key, `${PLACEHOLDER} ${english}`]));
	return `${JSON.stringify(entries, null, '\t')}\n`;
}

/** The {placeholders} a string fills in, sorted, e.g. ["count", "query"]. */
export function placeholdersOf(text: string): string[] {
	return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}
