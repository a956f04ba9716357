/**
 * The search page's logic that does not touch the page: what a search address means, what Pagefind
 * is asked, how its results are ordered and how an excerpt becomes text and highlights. The custom
 * element in SiteSearch.astro draws; these functions decide, and unit tests check them.
 */

/** The filters the search page offers, in the order it shows them; also their names in the address. */
export const searchFilterNames = ['type', 'year', 'country', 'tag', 'series'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

/** The orders a visitor can choose; relevance is Pagefind's own ranking. */
export const searchSorts = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** How many results are shown at first, and added by each "show more". */
export const RESULTS_PER_PAGE = 10;

/** What a visitor asked for: the words, the filters chosen and the order. */
export interface SearchState {
	query: string;
	filters: Partial<Record<SearchFilterName, string>>;
	sort: SearchSort;
}

/** The search a page address describes, e.g. ?q=candle&type=story&sort=newest. Unknown values are ignored. */
export function searchStateFrom(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const name of searchFilterNames) {
		const value = params.get(name)?.trim();
		if (value) filters[name] = value;
	}
	const sort = params.get('sort');
	return {
		query: params.get('q') ?? '',
		filters,
		sort: (searchSorts as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance',
	};
}

/**
 * The query string that describes a search, for the address bar, so that a search can be shared as
 * a link: only what is set, in a fixed order ("" when nothing is).
 */
export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query);
	for (const name of searchFilterNames) {
		const value = state.filters[name];
		if (value) params.set(name, value);
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Whether there is anything to look for: words, or at least one filter (which lists everything that matches it). */
export function hasSearch(state: SearchState): boolean {
	return state.query.trim() !== '' || Object.values(state.filters).some(Boolean);
}

/**
 * The filter that keeps a text out of a browse (filters, no words) when the visitor's own language
 * has its own version of it: each page names, in `alsoIn`, the other languages its entry is written
 * in (SearchMetadata.astro), and the search asks for none that name the visitor's. Browsing the
 * people of a year then lists each person once, in the visitor's language. With words it is not
 * used: the Russian text of a report is what "Гутерриш" finds from an English page, though the
 * report has an English version, which does not have that word.
 */
export const ALSO_IN_FILTER = 'alsoIn';

/** A filter as Pagefind takes it: one value, or values that no result may have (https://pagefind.app/docs/js-api-filtering/). */
export type PagefindFilter = string | { none: string[] };

/** The options Pagefind's search() takes for a state, from a page in `locale` (https://pagefind.app/docs/js-api-filtering/, /js-api-sorting/). */
export function pagefindOptions(state: SearchState, locale?: string): { filters: Record<string, PagefindFilter>; sort?: Record<string, 'asc' | 'desc'> } {
	const filters: Record<string, PagefindFilter> = Object.fromEntries(Object.entries(state.filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
	if (locale && state.query.trim() === '') filters[ALSO_IN_FILTER] = { none: [locale] };
	if (state.sort === 'relevance') return { filters };
	return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/**
 * The results of a search sorted by date, followed by the matches that have no date (a series whose
 * first year is unknown), in order of relevance. Pagefind leaves pages without the sort key out of a
 * sorted search altogether, and an entry should not vanish because the visitor changed the order.
 */
export function withUndatedLast<Result extends { id: string }>(sorted: readonly Result[], byRelevance: readonly Result[]): Result[] {
	const dated = new Set(sorted.map((result) => result.id));
	return [...sorted, ...byRelevance.filter((result) => !dated.has(result.id))];
}

/** A piece of an excerpt: plain text, or words that matched the search (shown in <mark>). */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references (&amp;, &#39;, &#x26;) turned back into the characters they stand for. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
	});
}

/**
 * Pagefind's excerpt, which is HTML (the page's text, escaped, with <mark> around the matches), as
 * pieces of text to put into the page as text nodes and <mark> elements. Nothing of it is parsed
 * as markup, so no tag in it, whatever it came from, can become an element.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
	}
	return parts;
}

/** How much of the query the status line repeats: a long paste is shortened, not read out whole. */
export const QUOTED_QUERY_LENGTH = 60;

/** The query as the status line quotes it: spaces collapsed, and cut at a character (never inside one) with an ellipsis when long. */
export function quotedQuery(query: string): string {
	const characters = Array.from(query.trim().replace(/\s+/g, ' '));
	return characters.length <= QUOTED_QUERY_LENGTH ? characters.join('') : `${characters.slice(0, QUOTED_QUERY_LENGTH - 1).join('').trimEnd()}…`;
}

/** A calendar day (YYYY-MM-DD) in words in the page's language, at UTC so that no time zone moves it. */
export function formatResultDate(isoDate: string, locale: string): string {
	const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

/** A story's content warnings from its search metadata (a JSON list); none when absent or unreadable. */
export function warningsFrom(meta: string | undefined): string[] {
	if (!meta) return [];
	try {
		const value: unknown = JSON.parse(meta);
		return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
	} catch {
		return [];
	}
}

/** How many results have each value of each filter, as Pagefind counts them. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The values a filter offers for the current search. A filter with nothing chosen offers what would
 * narrow the current results (values they contain); a filter with a value chosen offers every value
 * the words alone would find, so that the visitor can switch from one to another.
 */
export function availableFilterValues(name: SearchFilterName, state: SearchState, filtered: FilterCounts, unfiltered: FilterCounts): string[] {
	const chosen = state.filters[name];
	const counts = (chosen ? unfiltered : filtered)[name] ?? {};
	const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0);
	return chosen && !values.includes(chosen) ? [...values, chosen] : values;
}

/** One choice in a filter's list. */
export interface FilterOption {
	value: string;
	label: string;
}

/**
 * The choices of a filter in the order a reader expects: types in the site's order, years newest
 * first, everything else alphabetically by its label in the page's language.
 */
export function orderedFilterOptions(name: SearchFilterName, values: readonly string[], label: (value: string) => string, locale: string, typeOrder: readonly string[] = []): FilterOption[] {
	const options = values.map((value) => ({ value, label: label(value) }));
	if (name === 'type') return options.sort((a, b) => typeOrder.indexOf(a.value) - typeOrder.indexOf(b.value));
	if (name === 'year') return options.sort((a, b) => b.value.localeCompare(a.value));
	const collator = new Intl.Collator(locale);
	return options.sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * How much a result from another language's index counts against one from the visitor's own
 * (Pagefind's indexWeight for a merged index): little enough that the visitor's own language comes
 * first, while a text written only in another language is still found.
 */
export const OTHER_LANGUAGE_WEIGHT = 0.02;

/** The address of a locale's search bundle (src/search/site-index.ts), under the base path. */
export function bundlePath(base: string, locale: string): string {
	return `${base.endsWith('/') ? base : `${base}/`}pagefind/${locale}/`;
}

/**
 * A result's address in the visitor's locale: a text found in another language's index is opened
 * on the visitor's own page for it, which shows the text (or its translation) in the visitor's
 * site. Addresses of the default locale have no locale segment; the others start with theirs.
 */
export function addressInLocale(url: string, from: string, to: string, site: { base: string; defaultLocale: string }): string {
	if (from === to) return url;
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	if (!url.startsWith(base)) return url;
	let within = url.slice(base.length);
	if (from !== site.defaultLocale) {
		if (!within.startsWith(`${from}/`)) return url;
		within = within.slice(from.length + 1);
	}
	return `${base}${to === site.defaultLocale ? '' : `${to}/`}${within}`;
}
