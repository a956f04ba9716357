import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { repoRoot } from '../support/commands';
import { searchIndex, sitePath } from '../support/search-index';

/**
 * The query set (tests/fixtures/search-queries.json): what visitors type in each of the six
 * languages, with and without the article, accents and vowel marks, in another grammatical case, as
 * a document symbol, a name in another script than the page's. Each query is searched from the home
 * page of its language with Pagefind's own script, over every language's index merged as the search
 * page merges them, and the page it names must come within the first three results. All failures are listed
 * at once, so that an upgrade of Pagefind shows everything it changed.
 */
const open = useBrowser();

interface Query {
	language: string;
	query: string;
	finds: string;
	why: string;
}

const { queries } = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: Query[] };

test(`every one of the ${queries.length} queries of the query set finds its page within the first three results`, async () => {
	const languages = [...new Set(queries.map((query) => query.language))];
	expect(languages.sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
	const misses: string[] = [];
	for (const language of languages) {
		const { page } = await open(language === 'en' ? '' : `${language}/`);
		for (const query of queries.filter((candidate) => candidate.language === language)) {
			const found = (await searchIndex(page, query.query, {}, language, languages)).slice(0, 3).map((result) => result.url);
			if (!found.includes(sitePath(query.finds))) misses.push(`${language} "${query.query}" (${query.why}): expected /${query.finds} in the first three, found ${JSON.stringify(found)}`);
		}
	}
	expect(misses).toEqual([]);
});
