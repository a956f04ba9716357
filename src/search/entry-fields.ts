/**
 * What the site search knows about an entry: the archive's rules for the Pagefind index, decided
 * here once and rendered by SearchMetadata.astro. Pure functions over entry data, so that unit tests
 * reach them without a build.
 */

/** The collections whose entries the site search finds, with the language-neutral key of each type. */
export const searchTypes = {
	events: 'event',
	stories: 'story',
	news: 'news',
	documents: 'document',
	series: 'series',
	people: 'person',
} as const;

/** A collection whose entries are in the site search. */
export type SearchableCollection = keyof typeof searchTypes;

/** The type of a search result, as filters and dictionary keys (search.type.<key>) name it. */
export type SearchType = (typeof searchTypes)[SearchableCollection];

/** The types in the order the search page offers them. */
export const searchTypeOrder: readonly SearchType[] = Object.values(searchTypes);

/** An image as the schemas give it; `Source` is Astro's ImageMetadata in the site. */
interface EntryImage<Source> {
	src: Source;
	alt: string;
	decorative: boolean;
}

interface Tagged {
	tags: readonly string[];
}

/** The few fields of each collection the search reads. */
export type SearchableItem<Source = unknown> =
	| {
			collection: 'events';
			slug: string;
			data: Tagged & { start: string; venue?: { city?: string | undefined; country: string } | undefined; series?: string | undefined; image?: EntryImage<Source> | undefined };
	  }
	| {
			collection: 'stories';
			slug: string;
			data: Tagged & {
				date: string;
				incident?: { place?: string | undefined; country?: string | undefined } | undefined;
				contentWarnings: readonly string[];
				portrait?: EntryImage<Source> | undefined;
			};
	  }
	| { collection: 'news'; slug: string; data: Tagged & { date: string; image?: EntryImage<Source> | undefined } }
	| { collection: 'documents'; slug: string; data: Tagged & { date: string } }
	| {
			collection: 'series';
			slug: string;
			data: Tagged & { since?: number | undefined; recurrence: { month: number; day: number }; image?: EntryImage<Source> | undefined };
	  }
	| {
			collection: 'people';
			slug: string;
			data: Tagged & {
				died?: number | string | undefined;
				place?: string | undefined;
				country?: string | undefined;
				contentWarnings: readonly string[];
				portrait?: EntryImage<Source> | undefined;
			};
	  };

/** The filters, sort key and metadata the index holds for one entry page. */
export interface SearchFields {
	type: SearchType;
	/**
	 * The day the entry is dated, YYYY-MM-DD: an event's first day; a story's, news item's or
	 * document's date; a series' first observance. Undefined for a series whose first year is unknown.
	 */
	date: string | undefined;
	/** The year of `date`, as a filter. */
	year: string | undefined;
	/** Where it happened, as an ISO 3166-1 alpha-2 code: an event's venue, a story's attack. */
	country: string | undefined;
	/** The town or place it happened in, as the entry writes it: an event's venue city, a story's incident place. */
	town: string | undefined;
	/** The entry's tags, as written. */
	tags: string[];
	/** The series the entry belongs to (an event's series, or a series page itself), by slug. */
	series: string | undefined;
	/** What a story warns of, shown with its search result before any excerpt of it. */
	warnings: string[];
}

const pad = (value: number) => String(value).padStart(2, '0');

function datedBy(item: SearchableItem): string | undefined {
	switch (item.collection) {
		case 'events':
			return item.data.start.slice(0, 10);
		case 'series':
			return item.data.since === undefined ? undefined : `${item.data.since}-${pad(item.data.recurrence.month)}-${pad(item.data.recurrence.day)}`;
		case 'people':
			// The day of death when the family gave it; a year alone dates no day, and is only the year filter.
			return typeof item.data.died === 'string' ? item.data.died : undefined;
		default:
			return item.data.date.slice(0, 10);
	}
}

/** The filters, sort key and metadata of an entry in the site search. */
export function searchFields(item: SearchableItem): SearchFields {
	const date = datedBy(item);
	return {
		type: searchTypes[item.collection],
		date,
		year: item.collection === 'people' && item.data.died !== undefined ? String(item.data.died).slice(0, 4) : date?.slice(0, 4),
		country: placeOf(item)?.country,
		town: placeOf(item)?.town,
		tags: [...new Set(item.data.tags)],
		series: item.collection === 'events' ? item.data.series : item.collection === 'series' ? item.slug : undefined,
		warnings: item.collection === 'stories' || item.collection === 'people' ? [...item.data.contentWarnings] : [],
	};
}

/** Where an entry happened or belongs: an event's venue, a story's attack, a person's home. */
function placeOf(item: SearchableItem): { town?: string | undefined; country?: string | undefined } | undefined {
	switch (item.collection) {
		case 'events':
			return item.data.venue && { town: item.data.venue.city, country: item.data.venue.country };
		case 'stories':
			return item.data.incident && { town: item.data.incident.place, country: item.data.incident.country };
		case 'people':
			return { town: item.data.place, country: item.data.country };
		default:
			return undefined;
	}
}

/**
 * The image a search result may show beside its title: the entry's own picture, except a story's
 * portrait when the story has content warnings. Such a portrait stays folded behind the warnings on
 * the story's page and off its cards, and a result list must not show it first either.
 */
export function searchThumbnail<Source>(item: SearchableItem<Source>): EntryImage<Source> | undefined {
	return mayShowOutsideEntry(item);
}

/**
 * The entry's picture when it may be shown anywhere but on the entry's own page, after its warnings:
 * in search results, link previews (Open Graph, Twitter cards) and JSON-LD. A story's portrait never
 * is when the story has content warnings; a document has no picture of its own.
 */
export function mayShowOutsideEntry<Source>(item: SearchableItem<Source>): EntryImage<Source> | undefined {
	switch (item.collection) {
		case 'stories':
		case 'people':
			return item.data.contentWarnings.length === 0 ? item.data.portrait : undefined;
		case 'documents':
			return undefined;
		default:
			return item.data.image;
	}
}
