import { defaultLocale, localeCodes, site } from '../data/site';
import { joinPath } from '../lib/paths';

/**
 * The [...lang] route parameter for a locale: undefined for the default locale, whose pages live at
 * the root, and the locale code for every other one (/fr/events/).
 */
export function localeParam(locale: string): string | undefined {
	return locale === defaultLocale ? undefined : locale;
}

/** The address of a page in a locale, with the base path, e.g. /remembrance/fr/events/. */
export function localizedPath(locale: string, ...segments: (string | number | undefined)[]): string {
	return joinPath(import.meta.env.BASE_URL, localeParam(locale), ...segments);
}

/** One static path per locale, for routes that exist once per language. */
export function localeStaticPaths() {
	return localeCodes.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale } }));
}

/** The name of a locale in its own language, as site.yaml gives it. */
export function localeName(locale: string): string {
	return site.locales.find((entry) => entry.code === locale)?.name ?? locale;
}
