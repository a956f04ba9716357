import en from './en.json';
import { localeDirection } from './locale-direction';
import { createTranslator, type Dictionary, type Translate } from './translator';

/**
 * One dictionary per locale, in src/i18n/<code>.json. The default locale's dictionary (English) is
 * the reference: every other dictionary must have exactly its keys, which a unit test checks.
 */
export const dictionaries: Record<string, Dictionary> = { en };

/** The interface language used when a locale has no dictionary of its own. */
export const referenceLocale = 'en';

/** The translator for a locale's interface strings. */
export function useTranslations(locale: string): Translate {
	const reference = dictionaries[referenceLocale] ?? {};
	return createTranslator(dictionaries[locale] ?? reference, reference, locale);
}

export { localeDirection };
export type { Translate };
