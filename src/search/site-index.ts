import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import type { SiteSettings } from '../schemas/site';

/**
 * The site search's index, made from the built site: one Pagefind bundle per locale, at
 * pagefind/<locale>/, holding the pages of that locale's part of the site (the default locale's at
 * the root, every other one's under /<locale>/). Each text is indexed once, in its own language:
 * a page that shows another language's text because it is not yet translated has no
 * data-pagefind-body (BaseLayout), so Pagefind leaves it out. The search page searches its own
 * locale's bundle and merges the others into it (Pagefind's mergeIndex), so that a text written in
 * one language is found from every other.
 */

/** The mark of a page whose text is searchable (BaseLayout puts it on entry pages in their own language). */
const SEARCHABLE = /<main\b[^>]*\sdata-pagefind-body\b/;

/** How many pages are sent to Pagefind at a time. */
const PAGES_AT_ONCE = 64;

/** The folder of a locale's bundle inside the built site. */
export function bundleFolder(locale: string): string {
	return `pagefind/${locale}/`;
}

/** What indexing did, per locale. */
export interface SiteIndexReport {
	/** Pages indexed (those with a data-pagefind-body), by locale. */
	pages: Record<string, number>;
}

/** The HTML files of the built site, relative to it, by the locale whose part of the site they are in. */
function pagesByLocale(siteDir: string, locales: readonly string[], defaultLocale: string): Map<string, string[]> {
	const byLocale = new Map<string, string[]>(locales.map((locale) => [locale, []]));
	const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(path.sep).join('/'))
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.sort();
	for (const file of files) {
		const first = file.split('/')[0] ?? '';
		const locale = first !== defaultLocale && locales.includes(first) ? first : defaultLocale;
		byLocale.get(locale)?.push(file);
	}
	return byLocale;
}

/**
 * Indexes the built site in `siteDir` for search, one bundle per locale, replacing any index there.
 * `indexed` limits it to the locales a build limited by VIGIL_LOCALES wrote (localesToBuild in
 * src/archive/site-settings.ts): their bundles are replaced and the others' left alone, since other
 * builds write them. Throws with Pagefind's own words when it cannot index a page or write a bundle.
 */
export async function indexSite(siteDir: string, site: Pick<SiteSettings, 'locales' | 'defaultLocale'>, indexed?: readonly string[]): Promise<SiteIndexReport> {
	const locales = site.locales.map((locale) => locale.code);
	const { defaultLocale } = site;
	const toIndex = indexed ?? locales;
	if (locales.every((locale) => toIndex.includes(locale))) rmSync(path.join(siteDir, 'pagefind'), { recursive: true, force: true });
	else for (const locale of toIndex) rmSync(path.join(siteDir, bundleFolder(locale)), { recursive: true, force: true });
	const report: SiteIndexReport = { pages: {} };
	try {
		for (const [locale, files] of pagesByLocale(siteDir, locales, defaultLocale)) {
			if (!toIndex.includes(locale)) continue;
			// One language per bundle: Pagefind then loads that language's stemmer and segmenter for it.
			const { index, errors } = await createIndex({ forceLanguage: locale });
			if (!index) throw new Error(errors.join('; '));
			let pages = 0;
			// Several pages in flight at once: Pagefind's service indexes them in parallel.
			for (let start = 0; start < files.length; start += PAGES_AT_ONCE) {
				const batch = files.slice(start, start + PAGES_AT_ONCE).map((file) => ({ file, content: readFileSync(path.join(siteDir, file), 'utf8') }));
				// Pagefind would leave a page without a body out anyway once any page has one; not sending it saves the parsing.
				const searchable = batch.filter(({ content }) => SEARCHABLE.test(content));
				const added = await Promise.all(searchable.map(({ file, content }) => index.addHTMLFile({ sourcePath: file, content }).then((response) => ({ file, response }))));
				const failed = added.find(({ response }) => response.errors.length);
				if (failed) throw new Error(`${failed.file}: ${failed.response.errors.join('; ')}`);
				pages += searchable.length;
			}
			const written = await index.writeFiles({ outputPath: path.join(siteDir, bundleFolder(locale)) });
			if (written.errors.length) throw new Error(written.errors.join('; '));
			await index.deleteIndex();
			report.pages[locale] = pages;
		}
	} finally {
		await close();
	}
	return report;
}

/** What indexing did, in one line: the pages indexed in each language, e.g. "en 2022, fr 6". */
export function indexedPages(report: SiteIndexReport): string {
	return Object.entries(report.pages)
		.map(([locale, count]) => `${locale} ${count}`)
		.join(', ');
}
