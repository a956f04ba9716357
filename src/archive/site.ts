import { textFor } from '../schemas/localized-text';
import type { SiteSettings } from '../schemas/site';
import { localesToBuild, readSiteSettings } from './site-settings';

function loadSite(): SiteSettings {
	const settings = readSiteSettings();
	// The content checker runs before every build and reports what is wrong with site.yaml, so
	// reaching this line means the checker was bypassed.
	if (!settings) throw new Error('content/site.yaml is missing or invalid: run `npm run check` to see why.');
	return settings;
}

/** The validated settings from content/site.yaml, read once per build. */
export const site: SiteSettings = loadSite();

/** The locale whose pages live at the root of the site. */
export const defaultLocale: string = site.defaultLocale;

/** Every locale code the site is published in, in the order site.yaml lists them (the language switcher's order). */
export const localeCodes: string[] = site.locales.map((locale) => locale.code);

/**
 * The locales whose pages this build writes: every one, or those VIGIL_LOCALES names, when several
 * builds on several machines make the site together (localesToBuild). Only what decides which pages
 * are written reads it (the routes' static paths); everything a page shows, from the language
 * switcher to the search, names every locale of localeCodes, since the other builds write theirs.
 */
export const builtLocaleCodes: string[] = localesToBuild(site);

/**
 * Whether this build writes the files that exist once for the whole site (the open data, the 404
 * page, robots.txt, the sitemap index…): only the build that writes the default locale does
 * (src/integrations/partial-build.ts).
 */
export const writesSiteWideFiles: boolean = builtLocaleCodes.includes(defaultLocale);

/** The order in which languages stand in for a missing translation: the default first, then the rest. */
export const fallbackOrder: string[] = [defaultLocale, ...localeCodes.filter((code) => code !== defaultLocale)];

/** The site's name, tagline and publisher in a locale's own words, as site.yaml gives them. */
export function siteTexts(locale: string): { name: string; tagline: string; organisation: string } {
	return {
		name: textFor(site.name, locale, defaultLocale),
		tagline: textFor(site.tagline, locale, defaultLocale),
		organisation: textFor(site.organisation.name, locale, defaultLocale),
	};
}
