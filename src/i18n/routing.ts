import { builtLocaleCodes, defaultLocale, localeCodes, site } from '../archive/site';
import { siteHref } from '../core/links';
import { joinFile, joinPath } from '../core/paths';
import { isSiteSection } from '../core/routes';

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

/**
 * The address of a file in a locale's part of the site, with the base path, e.g.
 * localizedFile('fr', 'events.ics') → /remembrance/fr/events.ics and
 * localizedFile('fr', 'events/some-event.ics') → /remembrance/fr/events/some-event.ics.
 */
export function localizedFile(locale: string, path: string): string {
	const segments = path.split('/').filter(Boolean);
	const fileName = segments.pop() ?? '';
	return joinFile(localizedPath(locale, ...segments), encodeURIComponent(fileName));
}

/**
 * One static path per locale, for routes that exist once per language: every locale of the site, or
 * those this build writes when VIGIL_LOCALES limits it (the other builds write the rest). Every
 * route's getStaticPaths goes through here, so that is all a partial build changes in the pages.
 */
export function localeStaticPaths() {
	return builtLocaleCodes.map((locale) => ({ params: { lang: localeParam(locale) }, props: { locale } }));
}

/** The name of a locale in its own language, as site.yaml gives it. */
export function localeName(locale: string): string {
	return site.locales.find((entry) => entry.code === locale)?.name ?? locale;
}

/**
 * The segments of a page's address inside its locale, e.g. ["events", "some-event"] for
 * /base/fr/events/some-event/. Every page exists in every locale under the same segments, which is
 * what lets the language switcher and hreflang links point at the same page in another language.
 */
export function segmentsWithinLocale(pathname: string): string[] {
	const base = import.meta.env.BASE_URL;
	const withinBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const segments = withinBase.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
	const [first, ...rest] = segments;
	return first !== undefined && first !== defaultLocale && localeCodes.includes(first) ? rest : segments;
}

/** The same page in every locale: its address, locale code and the language's own name. */
export function pageInEveryLocale(pathname: string): { locale: string; name: string; href: string }[] {
	// The 404 page has no address of its own in any language: its switcher leads to each home page.
	const segments = /^404(\.html)?$/.test(segmentsWithinLocale(pathname).join('/')) ? [] : segmentsWithinLocale(pathname);
	return localeCodes.map((locale) => ({ locale, name: localeName(locale), href: localizedPath(locale, ...segments) }));
}

/**
 * The address for a link an organiser wrote in content. A path to a page of this site
 * ("/events/some-event/", "/about/") leads to that page in the visitor's language, under the base
 * path; any other path (a file in public/, such as "/files/report.pdf") gets the base path only;
 * web and mailto: addresses are left as written.
 */
export function contentLinkHref(href: string, locale: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const [path = '', suffix = ''] = href.split(/(?=[?#])/, 2);
	const segments = path.split('/').filter(Boolean);
	const isPage = segments.length === 0 || isSiteSection(segments[0]);
	return isPage ? `${localizedPath(locale, ...segments)}${suffix}` : siteHref(href, import.meta.env.BASE_URL);
}
