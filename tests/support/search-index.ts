import type { Page } from 'playwright-core';
import { ALSO_IN_FILTER, OTHER_LANGUAGE_WEIGHT } from '../../src/search/search-results';
import { siteUrl } from './browser';

/** A result as Pagefind gives it back: its address and its metadata. */
export interface Found {
	url: string;
	meta: Record<string, string>;
}

/** A path of the served site as Pagefind gives it back: with the base path, without the origin, with its letters decoded. */
export const sitePath = (relative: string) => decodeURI(new URL(siteUrl(relative)).pathname);

/**
 * Searches one language's index (src/search/site-index.ts makes one per locale, each text once, in
 * its own language) with Pagefind's own script, from this site: the index of the page's language
 * (<html lang>), or of `language` when given. Only that index, unless `merged` names the languages
 * whose indexes to merge in, at the weight and with the filter the search page gives them. The code goes to the browser as text: vitest would
 * otherwise rewrite its import() for Node.
 */
export async function searchIndex(page: Page, term: string | null, options: { filters?: Record<string, string> } = {}, language?: string, merged: readonly string[] = []): Promise<Found[]> {
	const bundles = JSON.stringify(siteUrl('pagefind/'));
	return page.evaluate(`(async () => {
		const language = ${JSON.stringify(language ?? null)} ?? document.documentElement.lang;
		const pagefind = await import(${bundles} + language + '/pagefind.js');
		// Pagefind's script is one module per address, so what was merged into it stays merged: merge each language once.
		const done = (globalThis.vigilMergedIndexes ??= new Set());
		for (const other of ${JSON.stringify(merged)}.filter((code) => code !== language && !done.has(language + '+' + code))) {
			done.add(language + '+' + other);
			await pagefind.mergeIndex(${bundles} + other + '/', { language: other, baseUrl: ${JSON.stringify(new URL(siteUrl('')).pathname)}, indexWeight: ${OTHER_LANGUAGE_WEIGHT} });
		}
		const options = ${JSON.stringify(options)};
		// Merged, as the search page merges: browsing, a text's version in the page's language stands for the others.
		if (${JSON.stringify(merged.length > 0 && term === null)}) options.filters = { ...options.filters, ${ALSO_IN_FILTER}: { none: [language] } };
		const search = await pagefind.search(${JSON.stringify(term)}, options);
		return Promise.all(search.results.map(async (result) => {
			const { url, meta } = await result.data();
			// Pagefind writes the address percent-encoded (les-cahiers-du-ma%C3%AEtre); the tests compare letters.
			return { url: decodeURI(url), meta };
		}));
	})()`);
}
