import { textFor } from '../schemas/localized-text';
import type { SiteSettings } from '../schemas/site';
import { readSiteSettings } from './site-settings';

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
