import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, stringify, type YAMLSeq } from 'yaml';
import { hasBuiltInDictionary } from '../../src/i18n/built-in-dictionaries';
import { dictionaryFile, untranslatedDictionary } from '../../src/i18n/content-dictionaries';
import { localeSchema } from '../../src/schemas/site';
import { languageOwnName } from '../../src/i18n/display-names';

/**
 * `npm run new -- language <code>`: a language added to an archive, from content/ alone. Its code is
 * listed in site.yaml (with the comments there kept), and, when Vigil has no interface strings for
 * it, content/i18n/<code>.json is written with every string to translate (src/i18n/content-dictionaries.ts).
 * Nothing existing is overwritten.
 */

/** What adding a language will write. */
export interface PlannedLanguage {
	code: string;
	/** The language's name in itself, as the language switcher shows it. */
	name: string;
	/** site.yaml's new text, with the language listed. */
	siteYaml: { file: string; text: string };
	/** The dictionary to write, when Vigil has none for the language. */
	dictionary?: { file: string; text: string } | undefined;
}

/**
 * What is wrong with a language code, or undefined: it must have the form the content folders take
 * (en, sw, zh-Hant), be known to Intl, and be written as Intl writes it (en-GB, not en-gb), so that
 * dates and names are formatted for it and its folder has one spelling.
 */
export function languageCodeProblem(code: string): string | undefined {
	const notOne = `expected a language code such as en, fr or sw; ${JSON.stringify(code)} is not one`;
	if (!localeSchema.shape.code.safeParse(code).success) return notOne;
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(code)[0];
	} catch {
		return notOne;
	}
	return canonical === code ? undefined : `expected the language code ${JSON.stringify(code)} written as ${canonical}`;
}

/** Plans adding a language to the archive at `root`, or says why it cannot be added. */
export function planLanguage(root: string, code: string, name: string = languageOwnName(code)): PlannedLanguage | { reason: string } {
	const siteFile = path.join(root, 'site.yaml');
	if (!existsSync(siteFile)) return { reason: `${siteFile} is missing; run npm run init first` };
	const text = readFileSync(siteFile, 'utf8');
	const document = parseDocument(text);
	const locales = document.get('locales', true);
	if (document.errors.length > 0 || !isSeq(locales) || locales.items.length === 0) return { reason: 'site.yaml has mistakes or no list of locales; run npm run check to see what to fix' };
	const listed = locales.items.some((item) => isMap(item) && item.get('code') === code);
	if (listed) return { reason: `${code} is already one of the site's languages in site.yaml` };
	const siteText = withLocaleListed(text, locales, code, name);

	const dictionary = path.join(root, dictionaryFile(code));
	const needsDictionary = !hasBuiltInDictionary(code) && !existsSync(dictionary);
	return {
		code,
		name,
		siteYaml: { file: siteFile, text: siteText },
		dictionary: needsDictionary ? { file: dictionary, text: untranslatedDictionary() } : undefined,
	};
}

/**
 * site.yaml's text with the language added after the last one listed, written in the same way as
 * the items above it: a line inserted, and nothing else of the file rewritten (the YAML printer
 * would fold the support lines' long texts its own way).
 */
function withLocaleListed(text: string, locales: YAMLSeq, code: string, name: string): string {
	const first = locales.items[0] as { range?: [number, number, number] } | undefined;
	const last = locales.items.at(-1) as { range?: [number, number, number] } | undefined;
	if (!first?.range || !last?.range) throw new Error('site.yaml: the list of locales has no position');
	const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
	const marker = text.slice(lineStart, first.range[0]); // e.g. "  - "
	const indent = ' '.repeat(marker.length);
	const lastLineEnd = text.indexOf('\n', last.range[1] - 1);
	const at = lastLineEnd === -1 ? text.length : lastLineEnd + 1;
	const item = `${marker}code: ${stringify(code).trimEnd()}\n${indent}name: ${stringify(name).trimEnd()}\n`;
	return `${text.slice(0, at)}${at === text.length && !text.endsWith('\n') ? '\n' : ''}${item}${text.slice(at)}`;
}

/** Writes a planned language: the dictionary first (never over an existing file), then site.yaml. */
export function writeLanguage(plan: PlannedLanguage): void {
	if (plan.dictionary) {
		mkdirSync(path.dirname(plan.dictionary.file), { recursive: true });
		writeFileSync(plan.dictionary.file, plan.dictionary.text, { encoding: 'utf8', flag: 'wx' });
	}
	writeFileSync(plan.siteYaml.file, plan.siteYaml.text, 'utf8');
}
