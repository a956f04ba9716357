import { readSiteSettings } from '../../src/archive/site-settings';
import { builtFile, pagePaths, printableProgrammePaths } from './built-site';
import { archivePath, FULL_ARCHIVE } from './archives';

/**
 * Which pages the browser sweeps load: every page of the default language and of Arabic (the
 * right-to-left one), and in every other language one page of each kind, each with a search that
 * has results and the 404 page. Shared by the sweeps for requests, accessibility and the
 * Content-Security-Policy, so that they all cover the same pages.
 */
const settings = readSiteSettings(archivePath(FULL_ARCHIVE));
if (!settings) throw new Error('tests/fixtures/archives/full/site.yaml must be valid for the browser tests');

export const siteSettings = settings;
const { defaultLocale } = settings;
export const locales = settings.locales.map((locale) => locale.code);
export const prefixOf = (locale: string) => (locale === defaultLocale ? '' : `${locale}/`);

/** The address of a page that does not exist, which the server answers with the 404 page. */
export const MISSING = 'no-such-page/';

/** A search with words in it; its results arrive after the page has loaded. */
export const SEARCH_WITH_RESULTS = 'search/?q=remembrance';

/** Each kind of page the site builds, as a pattern of its address within a language. */
export const templates: [name: string, pattern: RegExp][] = [
	['home', /^$/],
	['events list', /^events\/$/],
	['event', /^events\/[^/]+\/$/],
	['printable programme', /^events\/[^/]+\/programme\/$/],
	['stories list', /^stories\/$/],
	['stories list, page 2', /^stories\/page\/2\/$/],
	['story', /^stories\/(?!page\/)[^/]+\/$/],
	['news list', /^news\/$/],
	['news item', /^news\/[^/]+\/$/],
	['documents list', /^documents\/$/],
	['document', /^documents\/[^/]+\/$/],
	['series list', /^series\/$/],
	['series', /^series\/[^/]+\/$/],
	['calls list', /^calls\/$/],
	['call', /^calls\/[^/]+\/$/],
	['tags list', /^tags\/$/],
	['tag', /^tags\/[^/]+\/$/],
	['about', /^about\/$/],
	['people list', /^people\/$/],
	['person', /^people\/[^/]+\/$/],
	['incidents list', /^incidents\/$/],
	['incident', /^incidents\/[^/]+\/$/],
];

/**
 * The pages the sweeps load: those search engines may see, and the events' printable programmes,
 * which are kept out of search engines as copies of their event's page but are pages of their own.
 */
const everyPath = [...pagePaths(), ...printableProgrammePaths()].sort();

/** The built pages of one language (untranslated copies included), with that language's prefix. */
export const inLocale = (locale: string) =>
	everyPath.filter((pagePath) => (locale === defaultLocale ? !locales.some((code) => code !== defaultLocale && pagePath.startsWith(`${code}/`)) : pagePath.startsWith(`${locale}/`)));

/** One page of each template in a locale, a search with words in it and the 404 page. */
export function onePageOfEachKind(locale: string): string[] {
	const prefix = prefixOf(locale);
	const within = inLocale(locale).map((pagePath) => pagePath.slice(prefix.length));
	const missing = templates.filter(([, pattern]) => !within.some((pagePath) => pattern.test(pagePath))).map(([name]) => name);
	if (missing.length) throw new Error(`${locale}: the built site has no ${missing.join(', ')} page to load`);
	return [...templates.map(([, pattern]) => `${prefix}${within.find((pagePath) => pattern.test(pagePath))}`), `${prefix}${SEARCH_WITH_RESULTS}`, `${prefix}${MISSING}`];
}

/** Every page of the default language and of Arabic, with a search and the 404 page in each. */
export const everyPageInTwoLanguages = ['ar', defaultLocale].flatMap((locale) => [...inLocale(locale), `${prefixOf(locale)}${SEARCH_WITH_RESULTS}`, `${prefixOf(locale)}${MISSING}`]);

/** One page of each kind in the four other languages. */
export const onePerKindElsewhere = locales.filter((locale) => locale !== 'ar' && locale !== defaultLocale).flatMap(onePageOfEachKind);

/** The whole sweep, without repeats. */
export const sweepPaths = [...new Set([...everyPageInTwoLanguages, ...onePerKindElsewhere])];

/**
 * Whether a built page shows its text in its own language. A page showing an entry not yet
 * translated into it names the original's page as its canonical address (BaseLayout), and its text
 * is the original's, met wherever the original is checked.
 */
function showsOwnText(pagePath: string): boolean {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(builtFile(`${pagePath}index.html`))?.[1];
	return !canonical || decodeURI(new URL(canonical).pathname).endsWith(`/${pagePath}`);
}

/**
 * The pages axe checks: every page of the default language; in Arabic, every page whose text is
 * Arabic and one page of each kind (an untranslated copy's text is the default language's, checked
 * there, in the same templates); and one page of each kind in each other language written in a
 * script of its own (Chinese, Russian). A language in the Latin script, as the default one is
 * (French, Spanish), gives axe nothing new: the same templates, the same colours, left to right;
 * its pages are still loaded in every-page.test.ts, and their structure and lang attributes checked
 * in page-structure.test.ts. Axe is the slowest check of the suite (about three seconds a page), and
 * the whole run must stay under thirty minutes.
 */
const latinScript = (locale: string) => new Intl.Locale(locale).maximize().script === 'Latn';
export const axeSweepPaths = [
	...new Set([
		...inLocale(defaultLocale),
		`${prefixOf(defaultLocale)}${SEARCH_WITH_RESULTS}`,
		`${prefixOf(defaultLocale)}${MISSING}`,
		...inLocale('ar').filter(showsOwnText),
		...onePageOfEachKind('ar'),
		...locales.filter((locale) => locale !== 'ar' && locale !== defaultLocale && !latinScript(locale)).flatMap(onePageOfEachKind),
	]),
];
