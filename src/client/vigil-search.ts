/**
 * The search page's behaviour, as the <vigil-search> custom element: it loads Pagefind from the
 * site's own /pagefind/<locale>/ folder, merges the other languages' indexes into it (each text is
 * indexed once, in its own language), searches as the visitor types, and renders filters, sorting
 * and results. The page around it is plain HTML that works without it (src/components/SiteSearch.astro).
 */
import { localeDirection } from '../i18n/locale-direction';
import { createTranslator, type Dictionary, type Translate } from '../i18n/translator';
import { countryName, formatYear, languageName } from '../i18n/display-names';
import {
	OTHER_LANGUAGE_WEIGHT,
	RESULTS_PER_PAGE,
	addressInLocale,
	availableFilterValues,
	bundlePath,
	excerptParts,
	formatResultDate,
	hasSearch,
	orderedFilterOptions,
	pagefindOptions,
	quotedQuery,
	searchFilterNames,
	searchQueryString,
	searchSorts,
	searchStateFrom,
	warningsFrom,
	withUndatedLast,
	type FilterCounts,
	type SearchFilterName,
	type SearchSort,
	type SearchState,
} from '../search/search-results';
import { mergeByDate } from '../search/date-order';

/** The little of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
	totalFilters: FilterCounts;
}
type PagefindOptions = ReturnType<typeof pagefindOptions>;
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(term: string | null, options?: PagefindOptions): Promise<PagefindSearch>;
	debouncedSearch(term: string | null, options?: PagefindOptions, timeoutMs?: number): Promise<PagefindSearch | null>;
}

const base = import.meta.env.BASE_URL;
const TYPING_PAUSE_MS = 250;

function parsed<T>(json: string | undefined, fallback: T): T {
	try {
		return json ? (JSON.parse(json) as T) : fallback;
	} catch {
		return fallback;
	}
}

/**
 * The search page's results, filters and order. The form around it works without this element: it
 * is a plain GET form to this page. With a script, results follow the typing, the address keeps
 * the search (so it can be shared), and the number of results is announced in a polite status.
 */
class VigilSearch extends HTMLElement {
	private locale = 'en';
	/** The site's locales, in its order, and the one whose pages live at the root. */
	private locales: string[] = [];
	private defaultLocale = 'en';
	private filtersLoaded: Promise<void> | undefined;
	private t: Translate = (key) => key;
	private typeLabels: Record<string, string> = {};
	private seriesNames: Record<string, string> = {};
	private state: SearchState = { query: '', filters: {}, sort: 'relevance' };
	private pagefind: Promise<Pagefind> | undefined;
	private ready = false;
	private searchId = 0;
	private results: PagefindResult[] = [];
	private shown = 0;
	/** The next results to show, in the order the visitor chose (see src/search/date-order.ts for dates). */
	private takeNext: (count: number) => Promise<PagefindResult[]> = async () => [];
	/** Each result's fragment, fetched once: a date sort reads some before they are shown. */
	private fragments = new WeakMap<PagefindResult, Promise<PagefindResultData>>();

	connectedCallback() {
		this.locale = this.dataset.locale ?? document.documentElement.lang;
		this.locales = (this.dataset.locales ?? this.locale).split(' ').filter(Boolean);
		this.defaultLocale = this.dataset.defaultLocale ?? this.locale;
		const strings = parsed<Dictionary>(this.dataset.strings, {});
		this.t = createTranslator(strings, strings, this.locale);
		this.typeLabels = parsed(this.dataset.types, {});
		this.seriesNames = parsed(this.dataset.series, {});
		this.state = searchStateFrom(new URLSearchParams(window.location.search));

		const input = this.querySelector<HTMLInputElement>('[data-query]');
		if (input) {
			input.value = this.state.query;
			input.addEventListener('input', () => {
				this.state.query = input.value;
				void this.run(true);
			});
		}
		this.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			if (input) this.state.query = input.value;
			void this.run(false);
		});
		for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filter]')) {
			const name = select.dataset.filter as SearchFilterName;
			const chosen = this.state.filters[name];
			if (chosen) select.append(new Option(this.filterLabel(name, chosen), chosen, true, true));
			select.addEventListener('change', () => {
				this.state.filters[name] = select.value || undefined;
				void this.run(false);
			});
		}
		const sort = this.querySelector<HTMLSelectElement>('[data-sort]');
		if (sort) {
			sort.value = this.state.sort;
			sort.addEventListener('change', () => {
				this.state.sort = (searchSorts as readonly string[]).includes(sort.value) ? (sort.value as SearchSort) : 'relevance';
				void this.run(false);
			});
		}
		this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore(true));
		// The filters stay folded until the visitor opens them (or the address chose one): the results
		// come first, and the filters' values are loaded only then.
		const filters = this.querySelector<HTMLDetailsElement>('details[data-controls]');
		if (filters) {
			filters.open = Object.values(this.state.filters).some(Boolean);
			filters.addEventListener('toggle', () => {
				if (filters.open) void this.loadFilters();
			});
			if (filters.open) void this.loadFilters();
		}

		// The visitor came here to search: start loading the index now, and search at once if the address asks for it.
		void this.load().catch(() => undefined);
		if (hasSearch(this.state)) void this.run(false);
	}

	/**
	 * Pagefind's script from this site (never another origin), loaded once: the index of the page's
	 * language, with the other languages' indexes merged into it at a small weight, so that the
	 * visitor's own language comes first and a text written only in another language is still found.
	 */
	private load(): Promise<Pagefind> {
		this.pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ `${bundlePath(base, this.locale)}pagefind.js`)) as Pagefind;
			// Result addresses are stored from the site's root; baseUrl puts the base path in front.
			await pagefind.options({ baseUrl: base });
			await pagefind.init();
			for (const other of this.locales.filter((code) => code !== this.locale)) {
				await pagefind.mergeIndex(bundlePath(base, other), { language: other, baseUrl: base, indexWeight: OTHER_LANGUAGE_WEIGHT });
			}
			this.ready = true;
			return pagefind;
		})();
		return this.pagefind;
	}

	/**
	 * Every filter's values, loaded when the visitor first opens the filters; the search is then asked
	 * again for its counts, and only the filters are redrawn (the results, and the keyboard's place in
	 * them, stay as they are).
	 */
	private loadFilters(): Promise<void> {
		this.filtersLoaded ??= (async () => {
			const pagefind = await this.load();
			await pagefind.filters();
			const id = this.searchId;
			if (!hasSearch(this.state)) return;
			const search = await pagefind.search(this.state.query.trim() || null, pagefindOptions(this.state, this.locale));
			if (id === this.searchId) this.updateFilters(search);
		})().catch(() => undefined);
		return this.filtersLoaded;
	}

	private get status(): HTMLElement | null {
		return this.querySelector('[data-status]');
	}

	private get list(): HTMLOListElement | null {
		return this.querySelector('[data-results]');
	}

	private async run(debounced: boolean): Promise<void> {
		const id = ++this.searchId;
		const state = this.state;
		window.history.replaceState(window.history.state, '', `${window.location.pathname}${searchQueryString(state)}`);
		if (!hasSearch(state)) {
			this.clear();
			return;
		}
		this.list?.setAttribute('aria-busy', 'true');
		// Only the first search waits for the index to load; say so, once, rather than at every key.
		if (!this.ready && this.status) this.status.textContent = this.t('search.loading');
		let pagefind: Pagefind;
		try {
			pagefind = await this.load();
		} catch {
			if (id === this.searchId) this.fail();
			return;
		}
		const term = state.query.trim() || null;
		const options = pagefindOptions(state, this.locale);
		const search = debounced ? await pagefind.debouncedSearch(term, options, TYPING_PAUSE_MS) : await pagefind.search(term, options);
		if (!search || id !== this.searchId) return;
		let results = search.results;
		if (options.sort) {
			const byRelevance = await pagefind.search(term, { filters: options.filters });
			if (id !== this.searchId) return;
			results = withUndatedLast(results, byRelevance.results);
		}
		this.results = results;
		this.shown = 0;
		this.takeNext = state.sort === 'relevance' ? inOrder(results) : mergeByDate(results, async (result) => (await this.dataOf(result)).meta.date, state.sort);
		this.updateFilters(search);
		// The new first results replace the old ones in one step: the list is never empty in between.
		await this.showMore(false, true);
		if (id !== this.searchId) return;
		this.list?.removeAttribute('aria-busy');
		this.announce(results.length);
	}

	private clear(): void {
		this.results = [];
		this.shown = 0;
		this.takeNext = async () => [];
		this.list?.replaceChildren();
		this.list?.removeAttribute('aria-busy');
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-controls], [data-sort-item], [data-more]')) hidden.hidden = true;
		if (this.status) this.status.textContent = '';
	}

	private fail(): void {
		this.clear();
		if (this.status) this.status.textContent = this.t('search.unavailable');
	}

	private announce(count: number): void {
		if (!this.status) return;
		const query = quotedQuery(this.state.query);
		if (count === 0) this.status.textContent = query ? this.t('search.none', { query }) : this.t('search.noneFiltered');
		else this.status.textContent = query ? this.t('search.count', { query, count }) : this.t('search.countFiltered', { count });
	}

	private filterLabel(name: SearchFilterName, value: string): string {
		switch (name) {
			case 'type':
				return this.typeLabels[value] ?? value;
			case 'year':
				return /^\d+$/.test(value) ? formatYear(Number(value), this.locale) : value;
			case 'country':
				return countryName(value, this.locale);
			case 'series':
				return this.seriesNames[value] ?? value;
			default:
				return value;
		}
	}

	/** Offers, in each filter, the values that the current search can use; hides a filter with none. */
	private updateFilters(search: PagefindSearch): void {
		for (const name of searchFilterNames) {
			const select = this.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`);
			const item = this.querySelector<HTMLElement>(`[data-filter-item="${name}"]`);
			if (!select || !item) continue;
			const values = availableFilterValues(name, this.state, search.filters, search.totalFilters);
			const options = orderedFilterOptions(name, values, (value) => this.filterLabel(name, value), this.locale, Object.keys(this.typeLabels));
			const chosen = this.state.filters[name] ?? '';
			const any = select.options[0];
			select.replaceChildren(...(any ? [any] : []), ...options.map((option) => new Option(option.label, option.value)));
			select.value = chosen;
			item.hidden = options.length === 0;
		}
		// One result needs no narrowing and no order, unless the visitor chose them and may want to undo that.
		const fewResults = this.results.length < 2;
		const controls = this.querySelector<HTMLElement>('[data-controls]');
		if (controls) controls.hidden = fewResults && !Object.values(this.state.filters).some(Boolean);
		const sort = this.querySelector<HTMLElement>('[data-sort-item]');
		if (sort) sort.hidden = fewResults && this.state.sort === 'relevance';
	}

	/** Adds the next results to the list (or puts them in place of it); after a click, moves the keyboard to the first one added. */
	private async showMore(moveFocus: boolean, replace = false): Promise<void> {
		const id = this.searchId;
		const next = await this.takeNext(RESULTS_PER_PAGE);
		const items = await Promise.all(next.map(async (result) => this.resultItem(await this.dataOf(result))));
		if (id !== this.searchId) return;
		if (replace) this.list?.replaceChildren(...items);
		else this.list?.append(...items);
		this.shown += next.length;
		this.querySelector<HTMLElement>('[data-more]')?.toggleAttribute('hidden', this.shown >= this.results.length);
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	private dataOf(result: PagefindResult): Promise<PagefindResultData> {
		let data = this.fragments.get(result);
		if (!data) {
			data = result.data();
			this.fragments.set(result, data);
		}
		return data;
	}

	private resultItem(data: PagefindResultData): HTMLLIElement {
		const { meta } = data;
		const item = document.createElement('li');
		item.className = 'search-result';
		const text = document.createElement('div');
		text.className = 'search-result__text';
		// The entry's own words keep their language when they are not the page's (WCAG 3.1.2).
		const words = meta.lang && meta.lang !== this.locale ? { lang: meta.lang, dir: localeDirection(meta.lang) } : undefined;
		const withWords = <E extends HTMLElement>(element: E): E => {
			if (words) {
				element.lang = words.lang;
				element.dir = words.dir;
			}
			return element;
		};

		if (meta.type) text.append(paragraph('search-result__type', this.typeLabels[meta.type] ?? meta.type));
		const heading = document.createElement('h2');
		heading.className = 'search-result__title';
		const link = withWords(document.createElement('a'));
		// A text written in another language opens on the visitor's own page for it.
		link.href = meta.lang ? addressInLocale(data.url, meta.lang, this.locale, { base, defaultLocale: this.defaultLocale }) : data.url;
		link.textContent = meta.title ?? data.url;
		heading.append(link);
		text.append(heading);
		if (words) text.append(paragraph('search-result__language', this.t('search.inLanguage', { language: languageName(words.lang, this.locale) })));
		// When and where, from the result's metadata: the excerpt is left for the words that matched.
		if (meta.date || meta.place) {
			const line = paragraph('search-result__date');
			if (meta.date) {
				const time = document.createElement('time');
				time.dateTime = meta.date;
				time.textContent = formatResultDate(meta.date, this.locale);
				line.append(time);
			}
			if (meta.date && meta.place) line.append(this.t('list.separator'));
			if (meta.place) line.append(withWords(span(meta.place)));
			text.append(line);
		}
		const warnings = warningsFrom(meta.warnings);
		if (warnings.length > 0) {
			const notice = paragraph('search-result__warning', `${this.t('story.contentWarning.intro')} `);
			notice.append(withWords(span(warnings.join(this.t('list.separator')))));
			text.append(notice);
		}
		const excerpt = withWords(paragraph('search-result__excerpt'));
		for (const part of excerptParts(data.excerpt)) {
			if (part.marked) {
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				excerpt.append(mark);
			} else excerpt.append(part.text);
		}
		text.append(excerpt);
		item.append(text);

		if (meta.image) {
			// The title beside it says what the entry is; the picture adds nothing a screen reader needs.
			const image = document.createElement('img');
			image.className = 'search-result__image';
			image.src = meta.image;
			image.alt = '';
			// The 3:2 box the style sheet draws it in (240 px wide, as SearchMetadata.astro makes it):
			// the space is kept before the picture arrives, and Lighthouse, which does not read the
			// logical inline-size, sees a sized image.
			image.width = 240;
			image.height = 160;
			image.loading = 'lazy';
			image.decoding = 'async';
			item.append(image);
		}
		return item;
	}
}

/** Takes results in the order given. */
function inOrder<Result>(results: readonly Result[]): (count: number) => Promise<Result[]> {
	let next = 0;
	return async (count) => {
		const taken = results.slice(next, next + count);
		next += taken.length;
		return taken;
	};
}

function paragraph(className: string, text = ''): HTMLParagraphElement {
	const element = document.createElement('p');
	element.className = className;
	element.textContent = text;
	return element;
}

function span(text: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.textContent = text;
	return element;
}

customElements.define('vigil-search', VigilSearch);
