import { describe, expect, test } from 'vitest';
import { languageRuns, mergeByDate, resultLanguage } from '../../src/search/date-order';

/** Results as Pagefind gives a date-sorted search over merged indexes: the page's language first, then each other language, each in date order. */
const dates: Record<string, string | undefined> = {
	en_a: '2024-09-01',
	en_b: '2023-03-11',
	en_c: '2019-01-01',
	en_undated: undefined,
	fr_a: '2025-02-01',
	fr_b: '2023-03-11',
	ar_a: '2024-01-15',
	ar_b: '2010-06-30',
};
const sortedByPagefind = ['en_a', 'en_b', 'en_c', 'en_undated', 'fr_a', 'fr_b', 'ar_a', 'ar_b'].map((id) => ({ id }));

function merger(order: 'newest' | 'oldest', results = sortedByPagefind) {
	const read: string[] = [];
	const take = mergeByDate(results, async (result) => {
		read.push(result.id);
		return dates[result.id];
	}, order);
	return { take, read };
}

describe('results sorted by date across languages', () => {
	test('a result’s language is the prefix of its id', () => {
		expect(resultLanguage('fr_347e2b3')).toBe('fr');
		expect(resultLanguage('zh-TW_1a2b')).toBe('zh-TW');
		expect(resultLanguage('noprefix')).toBe('');
	});

	test('runs keep Pagefind’s order within each language, and the languages in order of first appearance', () => {
		const runs = languageRuns([{ id: 'en_1' }, { id: 'fr_1' }, { id: 'en_2' }, { id: 'fr_2' }]);
		expect(runs.map((run) => run.map((result) => result.id))).toEqual([['en_1', 'en_2'], ['fr_1', 'fr_2']]);
	});

	test('newest first is one order across the languages, with the undated last', async () => {
		const { take } = merger('newest');
		const ids = (await take(100)).map((result) => result.id);
		expect(ids).toEqual(['fr_a', 'en_a', 'ar_a', 'en_b', 'fr_b', 'en_c', 'ar_b', 'en_undated']);
	});

	test('on the same date the visitor’s own language goes first', async () => {
		const ids = (await merger('newest').take(5)).map((result) => result.id);
		expect(ids.indexOf('en_b')).toBeLessThan(ids.indexOf('fr_b'));
	});

	test('oldest first, when Pagefind gives each language oldest first', async () => {
		const ascending = ['en_c', 'en_b', 'en_a', 'en_undated', 'fr_b', 'fr_a', 'ar_b', 'ar_a'].map((id) => ({ id }));
		const ids = (await merger('oldest', ascending).take(100)).map((result) => result.id);
		expect(ids).toEqual(['ar_b', 'en_c', 'en_b', 'fr_b', 'ar_a', 'en_a', 'fr_a', 'en_undated']);
	});

	test('reads a date only when its result reaches the head of its run, and each once', async () => {
		const { take, read } = merger('newest');
		expect((await take(2)).map((result) => result.id)).toEqual(['fr_a', 'en_a']);
		// The heads of the three runs, then the next French one once French's first was taken: never the whole list.
		expect([...read].sort()).toEqual(['ar_a', 'en_a', 'fr_a', 'fr_b']);
		expect((await take(2)).map((result) => result.id)).toEqual(['ar_a', 'en_b']);
		expect(new Set(read).size).toBe(read.length);
	});

	test('two takings at once give consecutive pages, not the same results twice', async () => {
		const { take } = merger('newest');
		const [first, second] = await Promise.all([take(3), take(3)]);
		expect([...first!, ...second!].map((result) => result.id)).toEqual(['fr_a', 'en_a', 'ar_a', 'en_b', 'fr_b', 'en_c']);
	});

	test('takes what is left when fewer results remain than asked for', async () => {
		const { take } = merger('newest');
		expect(await take(100)).toHaveLength(8);
		expect(await take(10)).toEqual([]);
	});
});
