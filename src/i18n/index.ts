import { contentRoot } from '../core/content-root';
import { readContentDictionaries } from './content-dictionaries';
import { builtInDictionaries, referenceLocale } from './built-in-dictionaries';
import { localeDirection } from './locale-direction';
import { createTranslator, type Dictionary, type Translate } from './translator';

/**
 * Vigil's own dictionaries, checked when loaded: a dictionary that lacks a key of the reference
 * (English) dictionary, or has one it does not, stops the build with the file and the keys named,
 * so no visitor ever meets a raw key or a silently English label.
 */
export const dictionaries: Record<string, Dictionary> = builtInDictionaries;

function checkDictionaries(): void {
	const reference = dictionaries[referenceLocale];
	if (!reference) throw new Error(`src/i18n/${referenceLocale}.json: the reference dictionary is missing`);
	const expected = Object.keys(reference);
	for (const [code, dictionary] of Object.entries(dictionaries)) {
		const missing = expected.filter((key) => typeof dictionary[key] !== 'string' || dictionary[key] === '');
		const unknown = Object.keys(dictionary).filter((key) => !(key in reference));
		if (missing.length || unknown.length) {
			throw new Error(
				`src/i18n/${code}.json: ${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && unknown.length ? '; ' : ''}${unknown.length ? `not in ${referenceLocale}.json: ${unknown.join(', ')}` : ''}`,
			);
		}
	}
}
checkDictionaries();

/**
 * The strings a locale's pages use: its built-in dictionary, with the archive's own translations
 * (content/i18n/<code>.json) over it. A string neither has is the reference (English) one. Read
 * once per build; the checker has already refused a dictionary the build could not use.
 */
function siteDictionary(locale: string): Dictionary {
	let dictionary = siteDictionaries.get(locale);
	if (!dictionary) {
		archiveDictionaries ??= readContentDictionaries(contentRoot());
		dictionary = { ...dictionaries[referenceLocale], ...dictionaries[locale], ...archiveDictionaries.get(locale)?.translated };
		siteDictionaries.set(locale, dictionary);
	}
	return dictionary;
}
let archiveDictionaries: ReturnType<typeof readContentDictionaries> | undefined;
const siteDictionaries = new Map<string, Dictionary>();

/** The translator for a locale's interface strings (see siteDictionary). */
export function useTranslations(locale: string): Translate {
	return createTranslator(siteDictionary(locale), dictionaries[referenceLocale] ?? {}, locale);
}

/**
 * Some strings of a locale as they are written, placeholders and all, for a script that fills them
 * in the browser with createTranslator (the site search's result counts, for instance).
 */
export function interfaceStrings(locale: string, keys: readonly string[]): Dictionary {
	const dictionary = siteDictionary(locale);
	return Object.fromEntries(
		keys.map((key) => {
			const template = dictionary[key];
			if (template === undefined) throw new Error(`i18n: no string "${key}" in the ${locale} dictionary or the default one`);
			return [key, template];
		}),
	);
}

export { localeDirection, referenceLocale };
export type { Dictionary, Translate };
