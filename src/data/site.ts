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

/** Every locale code the site is published in, the default first. */
export const localeCodes: string[] = [defaultLocale, ...site.locales.map((locale) => locale.code).filter((code) => code !== defaultLocale)];
