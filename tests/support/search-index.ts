import type { Page } from 'playwright-core';
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
 * (<html lang>), or of `language` when given. Only that index: the search page merges the others in,
 * and the tests of that go through the page. The code goes to the browser as text: vitest would
 * otherwise rewrite its import() for Node.
 */
export async function searchIndex(page: Page, term: string | null, options: { filters?: Record<string, string> } = {}, language?: string): Promise<Found[]> {
	const bundles = JSON.stringify(siteUrl('pagefind/'));
	return page.evaluate(`(async () => {
		const language = ${JSON.stringify(language ?? null)} ?? document.documentElement.lang;
		const pagefind = await import(${bundles} + language + '/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(term)}, ${JSON.stringify(options)});
		return Promise.all(search.results.map(async (result) => {
			const { url, meta } = await result.data();
			// Pagefind writes the address percent-encoded (les-cahiers-du-ma%C3%AEtre); the tests compare letters.
			return { url: decodeURI(url), meta };
		}));
	})()`);
}
