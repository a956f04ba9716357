import path from 'node:path';
import { PLACEHOLDER, isPlaceholder } from '../archive/placeholders';
import { builtInDictionaries, hasBuiltInDictionary, referenceLocale } from '../i18n/built-in-dictionaries';
import { dictionaryFile, placeholdersOf, readContentDictionaries, type ContentDictionary } from '../i18n/content-dictionaries';
import type { Problem } from './problem';

/**
 * The strings a visitor cannot do without, in their own language, whatever else is left in English:
 * leaving the site quickly, being warned before a story, where to find support, skipping to the
 * text, searching, and knowing a story's names were changed. Left untranslated in a published
 * archive, each is an error; any other string left untranslated is a warning.
 */
export const visitorCriticalKeys = [
	'quickExit.label',
	'quickExit.hint',
	'quickExit.region',
	'story.contentWarning.title',
	'story.contentWarning.intro',
	'story.contentWarning.support',
	'story.continue',
	'story.hide',
	'story.anonymous',
	'story.narratorAnonymous',
	'support.title',
	'support.intro',
	'support.call',
	'support.website',
	'skipLink.label',
	'nav.search',
	'search.title',
	'search.label',
	'search.submit',
] as const;

/** How many keys a warning about untranslated strings names before "and N more". */
const KEYS_NAMED = 8;

/**
 * The archive's dictionaries (content/i18n/<code>.json) against the English one and the site's
 * locales. Errors: a file that is not a JSON object of strings, a string that fills in other
 * {placeholders} than the English one (the build could not fill it in), and, once anything is
 * published, a language without a dictionary or a visitor-critical string left untranslated.
 * Warnings: strings left untranslated (one warning per file), keys Vigil has no string for (a
 * misspelling, or a string a newer Vigil renamed), and files for a language the site does not list.
 */
export function dictionaryProblems(root: string, locales: readonly string[], published: boolean, display: (file: string) => string): Problem[] {
	const reference = builtInDictionaries[referenceLocale] ?? {};
	const found = readContentDictionaries(root);
	const problems: Problem[] = [];
	const severity = published ? 'error' : 'warning';
	const whenPublished = published ? 'an entry is published, so' : 'nothing is published yet, but once an entry is,';

	for (const dictionary of found.values()) {
		const file = display(dictionary.file);
		if (!locales.includes(dictionary.code)) {
			problems.push({ file, field: '(file)', message: `expected a dictionary for one of the locales in content/site.yaml (${locales.join(', ')}); this one is not read`, severity: 'warning' });
			continue;
		}
		problems.push(...fileProblems(dictionary, reference, file, severity, whenPublished));
	}

	for (const code of locales) {
		if (hasBuiltInDictionary(code) || found.has(code)) continue;
		problems.push({
			file: display(path.join(root, dictionaryFile(code))),
			field: '(file)',
			message: `expected a dictionary for ${code}, which Vigil has no interface strings for: ${whenPublished} its pages would show the quick exit, the content warnings and the search in English`,
			hint: `run npm run new -- language ${code} to write one with every string to translate`,
			severity,
		});
	}
	return problems;
}

/** What is wrong with one dictionary file of a locale the site lists. */
function fileProblems(dictionary: ContentDictionary, reference: Record<string, string>, file: string, severity: Problem['severity'], whenPublished: string): Problem[] {
	const { parsed } = dictionary;
	if (parsed.syntaxErrors.length) {
		return parsed.syntaxErrors.map((error) => ({ file, line: error.line, field: '(json)', message: `expected valid JSON: ${error.message}`, severity: 'error' }));
	}
	const data = parsed.data;
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		return [{ file, field: '(file)', message: 'expected one JSON object of strings, e.g. { "nav.events": "Matukio" }', severity: 'error' }];
	}
	const problems: Problem[] = [];
	const builtIn = hasBuiltInDictionary(dictionary.code);
	const untranslated: string[] = [];
	for (const [key, value] of Object.entries(data)) {
		const line = parsed.lineOf([key]);
		const english = reference[key];
		if (english === undefined) {
			problems.push({ file, line, field: key, message: `expected a key of Vigil's English dictionary (src/i18n/${referenceLocale}.json); this string is not used`, hint: 'check the spelling; if a newer Vigil renamed it, the changelog names the new key', severity: 'warning' });
			continue;
		}
		if (typeof value !== 'string' || value.trim() === '') {
			problems.push({ file, line, field: key, message: `expected the string in ${dictionary.code}, in quotes`, found: JSON.stringify(value), hint: `the English is ${JSON.stringify(english)}`, severity: 'error' });
			continue;
		}
		if (isPlaceholder(value)) {
			if (builtIn) problems.push({ file, line, field: key, message: `expected your own wording in place of the placeholder; until then the site uses Vigil's own ${dictionary.code} string`, severity: 'warning' });
			else untranslated.push(key);
			continue;
		}
		const expected = placeholdersOf(english);
		const written = placeholdersOf(value);
		if (expected.join() !== written.join()) {
			problems.push({
				file,
				line,
				field: key,
				message: `expected the same {placeholders} as the English string (${expected.map((name) => `{${name}}`).join(', ') || 'none'}); the site fills them in and cannot fill in others`,
				found: written.map((name) => `{${name}}`).join(', ') || 'none',
				hint: `the English is ${JSON.stringify(english)}; keep the words in braces as they are, in any order`,
				severity: 'error',
			});
		}
	}
	// A built-in language's file overrides some strings: the others are Vigil's translations, not missing.
	if (builtIn) return problems;
	untranslated.push(...Object.keys(reference).filter((key) => !(key in data)));
	const critical = new Set<string>(visitorCriticalKeys);
	for (const key of untranslated.filter((key) => critical.has(key))) {
		problems.push({
			file,
			line: key in data ? parsed.lineOf([key]) : undefined,
			field: key,
			message: `expected this string translated: visitors need it in their own language, and ${whenPublished} it would be shown in English`,
			hint: `write the ${dictionary.code} for ${JSON.stringify(reference[key])} in place of the line starting with ${PLACEHOLDER}`,
			severity,
		});
	}
	const rest = untranslated.filter((key) => !critical.has(key));
	if (rest.length > 0) {
		const named = rest.slice(0, KEYS_NAMED).join(', ');
		problems.push({
			file,
			field: '(strings)',
			message: `expected every string translated; ${rest.length} ${rest.length === 1 ? 'is' : 'are'} not yet and ${rest.length === 1 ? 'is' : 'are'} shown in English: ${named}${rest.length > KEYS_NAMED ? `, and ${rest.length - KEYS_NAMED} more` : ''}`,
			hint: `the lines that start with ${PLACEHOLDER} are still to translate`,
			severity: 'warning',
		});
	}
	return problems;
}
