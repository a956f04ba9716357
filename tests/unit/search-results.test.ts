import { describe, expect, test } from 'vitest';
import {
	addressInLocale,
	bundlePath,
	availableFilterValues,
	decodeEntities,
	excerptParts,
	formatResultDate,
	hasSearch,
	orderedFilterOptions,
	pagefindOptions,
	searchQueryString,
	searchStateFrom,
	warningsFrom,
	withUndatedLast,
	type SearchState,
	quotedQuery,
	QUOTED_QUERY_LENGTH,
} from '../../src/search/search-results';

const state = (overrides: Partial<SearchState> = {}): SearchState => ({ query: '', filters: {}, sort: 'relevance', ...overrides });

describe('a search address', () => {
	test('gives the words, the filters and the order', () => {
		expect(searchStateFrom(new URLSearchParams('q=candle+light&type=story&year=2021&sort=newest'))).toEqual({
			query: 'candle light',
			filters: { type: 'story', year: '2021' },
			sort: 'newest',
		});
	});

	test('ignores an order it does not know, and empty filters', () => {
		expect(searchStateFrom(new URLSearchParams('q=x&sort=random&country='))).toEqual(state({ query: 'x' }));
	});

	test('is written back short and in a fixed order, so it can be shared', () => {
		expect(searchQueryString(state({ query: 'été 2021', filters: { year: '2021', type: 'event' }, sort: 'oldest' }))).toBe('?q=%C3%A9t%C3%A9+2021&type=event&year=2021&sort=oldest');
		expect(searchQueryString(state({ query: '   ' }))).toBe('');
	});

	test('round-trips through the address bar', () => {
		const original = state({ query: 'نور', filters: { country: 'IQ', tag: 'families' }, sort: 'newest' });
		expect(searchStateFrom(new URLSearchParams(searchQueryString(original)))).toEqual(original);
	});
});

describe('what is asked of Pagefind', () => {
	test('there is something to search for with words or with a filter alone', () => {
		expect(hasSearch(state())).toBe(false);
		expect(hasSearch(state({ query: '  ' }))).toBe(false);
		expect(hasSearch(state({ query: 'kora' }))).toBe(true);
		expect(hasSearch(state({ filters: { type: 'story' } }))).toBe(true);
	});

	test('relevance is Pagefind’s own ranking; newest and oldest sort by date', () => {
		expect(pagefindOptions(state({ filters: { type: 'story' } }))).toEqual({ filters: { type: 'story' } });
		expect(pagefindOptions(state({ sort: 'newest' }))).toEqual({ filters: {}, sort: { date: 'desc' } });
		expect(pagefindOptions(state({ sort: 'oldest' }))).toEqual({ filters: {}, sort: { date: 'asc' } });
		// Browsing from a page in a language, the versions of a text in other languages give way to the page's own;
		// with words, every version that has them is found.
		expect(pagefindOptions(state({ filters: { type: 'person' } }), 'fr')).toEqual({ filters: { type: 'person', alsoIn: { none: ['fr'] } } });
		expect(pagefindOptions(state({ query: 'Гутерриш' }), 'fr')).toEqual({ filters: {} });
	});

	test('entries without a date follow the dated ones instead of vanishing from a sorted search', () => {
		const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(withUndatedLast([c, a], [a, b, c])).toEqual([c, a, b]);
	});
});

describe('the filters on offer', () => {
	const filtered = { type: { story: 3, event: 0 }, year: { '2021': 2, '2020': 1 } };
	const unfiltered = { type: { story: 3, event: 2 }, year: { '2021': 4, '2020': 1, '2019': 2 } };

	test('a filter with nothing chosen offers only values that narrow the current results', () => {
		expect(availableFilterValues('type', state(), filtered, unfiltered)).toEqual(['story']);
	});

	test('a filter with a value chosen offers every value the words find, to switch to', () => {
		expect(availableFilterValues('type', state({ filters: { type: 'story' } }), filtered, unfiltered)).toEqual(['story', 'event']);
	});

	test('a value chosen in a shared link stays on offer even when nothing has it', () => {
		expect(availableFilterValues('year', state({ filters: { year: '1999' } }), filtered, unfiltered)).toContain('1999');
	});

	test('types keep the site’s order, years run newest first, the rest go by their names', () => {
		const label = (value: string) => value.toUpperCase();
		expect(orderedFilterOptions('type', ['series', 'event', 'story'], label, 'en', ['event', 'story', 'news', 'document', 'series']).map((o) => o.value)).toEqual(['event', 'story', 'series']);
		expect(orderedFilterOptions('year', ['2019', '2021', '2020'], label, 'en').map((o) => o.value)).toEqual(['2021', '2020', '2019']);
		const countries = { FR: 'France', DE: 'Allemagne', EG: 'Égypte' } as Record<string, string>;
		expect(orderedFilterOptions('country', ['FR', 'EG', 'DE'], (code) => countries[code] ?? code, 'fr').map((o) => o.label)).toEqual(['Allemagne', 'Égypte', 'France']);
	});
});

describe('an excerpt', () => {
	test('becomes text and highlighted words, never markup', () => {
		expect(excerptParts('My <mark>mother</mark> taught &lt;b&gt;geography&lt;/b&gt; &amp; history')).toEqual([
			{ text: 'My ', marked: false },
			{ text: 'mother', marked: true },
			{ text: ' taught <b>geography</b> & history', marked: false },
		]);
	});

	test('keeps a tag written in the text as text', () => {
		const parts = excerptParts('&lt;mark&gt;not a highlight&lt;/mark&gt; <mark>but this is</mark>');
		expect(parts).toEqual([
			{ text: '<mark>not a highlight</mark> ', marked: false },
			{ text: 'but this is', marked: true },
		]);
	});

	test('turns character references back into characters, and leaves unknown ones alone', () => {
		expect(decodeEntities('l&#39;appui &#x26; &quot;aide&quot; &nbsp;&copy; R&D')).toBe('l\'appui & "aide" \u00a0&copy; R&D');
	});
});

describe('the rest of a result', () => {
	test('a date is written in the page’s language, on the day it says', () => {
		expect(formatResultDate('2021-10-04', 'en')).toBe('October 4, 2021');
		expect(formatResultDate('2021-10-04', 'fr')).toBe('4 octobre 2021');
	});

	test('a story’s warnings are read from its metadata, and nothing else is', () => {
		expect(warningsFrom('["Mentions a violent death"]')).toEqual(['Mentions a violent death']);
		expect(warningsFrom(undefined)).toEqual([]);
		expect(warningsFrom('not json')).toEqual([]);
		expect(warningsFrom('{"a":1}')).toEqual([]);
	});
});

describe('a result from another language’s index', () => {
	const site = { base: '/remembrance/', defaultLocale: 'en' };

	test('opens on the visitor’s own page for it, from or to the default locale at the root', () => {
		expect(addressInLocale('/remembrance/stories/my-mothers-hands/', 'en', 'fr', site)).toBe('/remembrance/fr/stories/my-mothers-hands/');
		expect(addressInLocale('/remembrance/fr/stories/les-cahiers/', 'fr', 'en', site)).toBe('/remembrance/stories/les-cahiers/');
		expect(addressInLocale('/remembrance/es/stories/las-palomas/', 'es', 'ar', site)).toBe('/remembrance/ar/stories/las-palomas/');
	});

	test('keeps an address it cannot place, and one already in the visitor’s language', () => {
		expect(addressInLocale('/remembrance/fr/stories/x/', 'fr', 'fr', site)).toBe('/remembrance/fr/stories/x/');
		expect(addressInLocale('/elsewhere/stories/x/', 'en', 'fr', site)).toBe('/elsewhere/stories/x/');
		expect(addressInLocale('/remembrance/stories/x/', 'es', 'fr', site)).toBe('/remembrance/stories/x/');
	});

	test('comes from that language’s own bundle, under the base path', () => {
		expect(bundlePath('/remembrance/', 'ar')).toBe('/remembrance/pagefind/ar/');
		expect(bundlePath('/remembrance', 'zh')).toBe('/remembrance/pagefind/zh/');
	});
});

describe('the query as the status line quotes it', () => {
	test('a short query is quoted as typed, its spaces collapsed', () => {
		expect(quotedQuery('  day of   remembrance ')).toBe('day of remembrance');
	});

	test(`a long paste is cut to ${QUOTED_QUERY_LENGTH} characters with an ellipsis`, () => {
		const quoted = quotedQuery('remembrance '.repeat(42));
		expect(Array.from(quoted)).toHaveLength(QUOTED_QUERY_LENGTH);
		expect(quoted.endsWith('…')).toBe(true);
		expect(quoted.startsWith('remembrance remembrance')).toBe(true);
	});

	test('never cuts a character in two (a name in a script outside the basic plane)', () => {
		const quoted = quotedQuery('𠀀'.repeat(100));
		expect(quoted).toBe(`${'𠀀'.repeat(QUOTED_QUERY_LENGTH - 1)}…`);
	});
});
