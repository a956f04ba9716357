import { stringify } from 'csv-stringify/sync';
import { endOfLocalDay, zonedInstant } from '../core/time';
import type { DocumentData } from '../schemas/document';
import type { EventData } from '../schemas/event';
import type { NewsData } from '../schemas/news';
import type { PersonData } from '../schemas/person';
import type { StoryPageData } from '../schemas/story';
import { displayedNarrator } from '../archive/story-rules';

/**
 * The open-data files under /data/ (events, stories, news and documents, as JSON and CSV) for
 * researchers. Every field is chosen here by name: nothing is copied wholesale from an entry, so a
 * field added to a schema later (or `private`, or a narrator's contact) never leaks into the files
 * by accident. A story carries only what its page shows.
 */

/** The datasets, each published as /data/<name>.json and /data/<name>.csv. */
export const datasets = ['events', 'stories', 'news', 'documents', 'people'] as const;
export type Dataset = (typeof datasets)[number];

/** The formats each dataset is written in. */
export const openDataFormats = ['json', 'csv'] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

/**
 * The fields of each file, in column order: JSON keys and CSV headers. docs/open-data.md says what
 * each holds; tests/unit/feeds-and-open-data.test.ts keeps the two in step.
 */
export const openDataFields = {
	events: [
		'id', 'url', 'calendarUrl', 'language', 'languages', 'title', 'summary', 'kind', 'status', 'start', 'end',
		'timeZone', 'allDay', 'startUtc', 'endUtc', 'previousStart', 'attendance', 'venueName', 'venueAddress',
		'venueCity', 'venueCountry', 'onlineUrl', 'registrationUrl', 'organisers', 'series', 'recordings', 'tags',
	],
	stories: [
		'id', 'url', 'language', 'languages', 'title', 'summary', 'date', 'anonymous', 'remembered',
		'narratorName', 'narratorRelation', 'incident', 'incidentName', 'incidentDate', 'incidentPlace', 'incidentCountry',
		'contentWarnings', 'tags',
	],
	news: ['id', 'url', 'language', 'languages', 'title', 'summary', 'date', 'documents', 'tags'],
	documents: ['id', 'url', 'language', 'languages', 'symbol', 'title', 'summary', 'date', 'kind', 'links', 'tags'],
	people: ['id', 'url', 'language', 'languages', 'name', 'variants', 'born', 'died', 'place', 'country', 'incident', 'summary'],
} as const satisfies Record<Dataset, readonly string[]>;

/** A value of a record: text, a number, true or false, null (not given), a list or a group. */
export type OpenDataValue = string | number | boolean | null | readonly OpenDataValue[] | { readonly [key: string]: OpenDataValue };
/** One entry in an open-data file, every field present (null where the entry does not give it). */
export type OpenDataRecord = Record<string, OpenDataValue>;

/** Where an entry's pages and files are, absolute; the endpoint knows the site's address and base path. */
export interface OpenDataLinks {
	/** The entry's page in the default language, e.g. https://example.org/events/some-event/. */
	page: (collection: Dataset, slug: string) => string;
	/** An event's calendar file. */
	calendar: (slug: string) => string;
	/** A path written in content (/files/report.pdf) as an absolute address; web addresses as they are. */
	file: (href: string) => string;
}

/** An entry with its language information, as the endpoint gathers it from src/archive/entries.ts. */
export interface OpenDataSource<Data> {
	slug: string;
	/** The language of the texts the default locale shows for it. */
	contentLocale: string;
	/** Every language it is published in. */
	languages: readonly string[];
	data: Data;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function commonFields(source: OpenDataSource<unknown>, dataset: Dataset, links: OpenDataLinks) {
	return { id: source.slug, url: links.page(dataset, source.slug), language: source.contentLocale, languages: [...source.languages] };
}

/** An event as a record. */
export function eventRecord(source: OpenDataSource<Omit<EventData, 'image' | 'media'>>, links: OpenDataLinks): OpenDataRecord {
	const event = source.data;
	const end = event.end ?? (event.allDay ? event.start : undefined);
	const endUtc = end === undefined ? null : (event.allDay ? endOfLocalDay(end, event.timeZone) : zonedInstant(end, event.timeZone)).toISOString();
	return {
		...commonFields(source, 'events', links),
		calendarUrl: links.calendar(source.slug),
		title: event.title,
		summary: event.summary,
		kind: event.kind,
		status: event.status,
		start: event.start,
		end: orNull(event.end),
		timeZone: event.timeZone,
		allDay: event.allDay,
		startUtc: zonedInstant(event.start, event.timeZone).toISOString(),
		endUtc,
		previousStart: orNull(event.previousStart),
		attendance: event.attendance,
		venueName: orNull(event.venue?.name),
		venueAddress: orNull(event.venue?.address),
		venueCity: orNull(event.venue?.city),
		venueCountry: orNull(event.venue?.country),
		onlineUrl: orNull(event.onlineUrl),
		registrationUrl: orNull(event.registrationUrl),
		organisers: [...event.organisers],
		series: orNull(event.series),
		recordings: event.recordings.map((recording) => ({
			kind: recording.kind,
			title: recording.title,
			url: links.file(recording.url),
			language: orNull(recording.language),
			minutes: orNull(recording.minutes),
		})),
		tags: [...event.tags],
	};
}

/**
 * A story as a record: what its page shows, and nothing else. Never its private notes, the
 * narrator's contact, the day consent was recorded or whether it is listed (only listed stories
 * with consent are in the file). An anonymous story's narrator is not named, as on its page
 * (displayedNarrator in src/archive/story-rules.ts decides); its remembered people keep the
 * pseudonyms the page shows, and `anonymous` says so.
 */
export function storyRecord(source: OpenDataSource<Omit<StoryPageData, 'portrait' | 'media'>>, links: OpenDataLinks): OpenDataRecord {
	const story = source.data;
	const narrator = displayedNarrator(story);
	return {
		...commonFields(source, 'stories', links),
		title: story.title,
		summary: story.summary,
		date: story.date,
		anonymous: story.consent.scope === 'anonymous',
		remembered: story.remembered.map((person) => ({ name: person.name, born: orNull(person.born), died: orNull(person.died) })),
		narratorName: orNull(narrator.name),
		narratorRelation: narrator.relation,
		incident: orNull(story.incident?.id),
		incidentName: orNull(story.incident?.name),
		incidentDate: orNull(story.incident?.date),
		incidentPlace: orNull(story.incident?.place),
		incidentCountry: orNull(story.incident?.country),
		contentWarnings: [...story.contentWarnings],
		tags: [...story.tags],
	};
}

/**
 * A listed person as a record: what their page shows, nothing of the family's consent but that it
 * stands (a person whose listing is withdrawn is in no file), no portrait and no text.
 */
export function personRecord(source: OpenDataSource<Pick<PersonData, 'name' | 'variants' | 'born' | 'died' | 'place' | 'country' | 'incident' | 'summary'>>, links: OpenDataLinks): OpenDataRecord {
	const person = source.data;
	return {
		...commonFields(source, 'people', links),
		name: person.name,
		variants: person.variants.map((variant) => variant.name),
		born: orNull(person.born),
		died: orNull(person.died),
		place: orNull(person.place),
		country: orNull(person.country),
		incident: orNull(person.incident),
		summary: orNull(person.summary),
	};
}

/** A news item as a record. */
export function newsRecord(source: OpenDataSource<Omit<NewsData, 'image'>>, links: OpenDataLinks): OpenDataRecord {
	const news = source.data;
	return {
		...commonFields(source, 'news', links),
		title: news.title,
		summary: news.summary,
		date: news.date,
		documents: [...news.documents],
		tags: [...news.tags],
	};
}

/** A document as a record. */
export function documentRecord(source: OpenDataSource<DocumentData>, links: OpenDataLinks): OpenDataRecord {
	const document = source.data;
	return {
		...commonFields(source, 'documents', links),
		symbol: document.symbol,
		title: document.title,
		summary: document.summary,
		date: document.date,
		kind: document.kind,
		links: Object.fromEntries(Object.entries(document.links).map(([language, href]) => [language, links.file(href)])),
		tags: [...document.tags],
	};
}

/** Records in the order of the file's fields, so that JSON keys and CSV columns read alike. */
function ordered(dataset: Dataset, records: readonly OpenDataRecord[]): OpenDataRecord[] {
	return records.map((record) => Object.fromEntries(openDataFields[dataset].map((name) => [name, record[name] ?? null])));
}

/** A dataset as JSON: an array of records, every field present, indented for people who open it. */
export function toJson(dataset: Dataset, records: readonly OpenDataRecord[]): string {
	return `${JSON.stringify(ordered(dataset, records), null, 2)}\n`;
}

/** A value in one CSV cell: lists joined by "; ", groups as "key: value" joined by ", ", null as empty. */
function cellText(value: OpenDataValue): string {
	if (value === null) return '';
	if (Array.isArray(value)) return value.map(cellText).join('; ');
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, OpenDataValue>)
			.filter(([, inner]) => inner !== null)
			.map(([key, inner]) => `${key}: ${cellText(inner)}`)
			.join(', ');
	}
	return String(value);
}

/**
 * A dataset as CSV (RFC 4180: a header row, CRLF line ends, fields quoted where needed), written by
 * csv-stringify. It starts with a UTF-8 byte order mark, without which spreadsheet programs read
 * Arabic, Chinese and Russian text in the wrong encoding.
 */
export function toCsv(dataset: Dataset, records: readonly OpenDataRecord[]): string {
	const columns = [...openDataFields[dataset]];
	const rows = ordered(dataset, records).map((record) => columns.map((column) => cellText(record[column] ?? null)));
	return stringify(rows, { header: true, columns, bom: true, record_delimiter: 'windows' });
}
