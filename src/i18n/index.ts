import { localeDirection } from './locale-direction';
import { createTranslator, type Dictionary, type Translate } from './translator';

/** The interface language every other dictionary is checked against. */
export const referenceLocale = 'en';

const modules = import.meta.glob<{ default: Dictionary }>('./*.json', { eager: true });

/**
 * One dictionary per locale, src/i18n/<code>.json, checked when loaded: a dictionary that lacks a
 * key of the reference (English) dictionary, or has one it does not, stops the build with the file
 * and the keys named, so no visitor ever meets a raw key or a silently English label.
 */
export const dictionaries: Record<string, Dictionary> = Object.fromEntries(
	Object.entries(modules).map(([file, module]) => [file.replace(/^\.\/|\.json$/g, ''), module.default]),
);

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

/** The translator for a locale's interface strings; a locale without a dictionary uses the reference one. */
export function useTranslations(locale: string): Translate {
	const reference = dictionaries[referenceLocale] ?? {};
	return createTranslator(dictionaries[locale] ?? reference, reference, locale);
}

/**
 * Some strings of a locale as they are written, placeholders and all, for a script that fills them
 * in the browser with createTranslator (the site search's result counts, for instance).
 */
export function interfaceStrings(locale: string, keys: readonly string[]): Dictionary {
	const reference = dictionaries[referenceLocale] ?? {};
	const dictionary = dictionaries[locale] ?? reference;
	return Object.fromEntries(
		keys.map((key) => {
			const template = dictionary[key] ?? reference[key];
			if (template === undefined) throw new Error(`i18n: no string "${key}" in the ${locale} dictionary or the default one`);
			return [key, template];
		}),
	);
}

export { localeDirection };
export type { Dictionary, Translate };
