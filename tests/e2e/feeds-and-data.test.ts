import { existsSync, readdirSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { datasets, openDataFields } from '../../src/feeds/open-data';
import { builtFile, distDir } from '../support/built-site';

/*
 * The RSS feeds (/rss.xml, /fr/rss.xml, …) and the open-data files (/data/*.json, /data/*.csv) of the
 * built full fixture archive, read as a feed reader and a researcher would read them. No browser needed:
 * they are files.
 */

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** The language prefixes of the built site: '' for the default language, 'fr/' and so on. */
const localePrefixes = ['', ...readdirSync(distDir).filter((name) => existsSync(`${distDir}${name}/rss.xml`)).map((name) => `${name}/`)];

interface FeedItem {
	title: string;
	link: string;
	guid: { '#text': string; '@_isPermaLink': string };
	pubDate: string;
	description: string;
	category?: string | string[];
}

function readFeed(prefix: string) {
	const document = xml.parse(builtFile(`${prefix}rss.xml`));
	const channel = document.rss.channel;
	const items: FeedItem[] = channel.item === undefined ? [] : [channel.item].flat();
	return { document, channel, items };
}

/** The site's address with its base path, as the default language's feed gives it. */
const home = new URL(readFeed('').channel.link as string);

/** A page's file in dist/ from its absolute address, or undefined when the address is not on this site. */
function pageFile(url: string): string | undefined {
	const address = new URL(url);
	if (address.origin !== home.origin || !address.pathname.startsWith(home.pathname)) return undefined;
	const within = decodeURIComponent(address.pathname.slice(home.pathname.length));
	return within.endsWith('/') || within === '' ? `${within}index.html` : within;
}

function h1Of(file: string): string {
	return parseHtml(builtFile(file)).querySelector('h1')?.text.trim() ?? '';
}

/** What stays with the organisers, and entries that must never be published (see content/stories/en/). */
const neverPublished = [
	'quiet-harbour-notebook',
	'Sample private note',
	'elif.sample@example.org',
	'000 000 777',
	'a-grandfathers-olive-grove',
	'a-letter-to-those-who-came-to-help',
	'a-withdrawn-story',
	'lanternfish-quietude',
	// A person whose family withdrew the listing (tests/fixtures/archives/full/people/en/rafael-quintero.md).
	'rafael-quintero',
	'Quintero',
];

describe('the RSS feeds', () => {
	test('exist for every language the site is built in', () => {
		expect(localePrefixes).toEqual(expect.arrayContaining(['', 'ar/', 'zh/', 'fr/', 'ru/', 'es/']));
	});

	test.each(localePrefixes)('/%srss.xml parses as RSS 2.0 with a title, a link, a language and its own address', (prefix) => {
		const { document, channel } = readFeed(prefix);
		expect(document.rss['@_version']).toBe('2.0');
		expect(channel.title).toEqual(expect.any(String));
		expect(channel.description).toEqual(expect.any(String));
		expect(channel.link).toBe(new URL(prefix, home).href);
		expect(channel.language).toBe(prefix ? prefix.slice(0, -1) : 'en');
		expect(channel['atom:link']['@_href']).toBe(new URL(`${prefix}rss.xml`, home).href);
		expect(channel['atom:link']['@_rel']).toBe('self');
	});

	test.each(localePrefixes)('/%srss.xml has news, stories and events, newest first, each with a page that exists', (prefix) => {
		const { items } = readFeed(prefix);
		const sections = new Set(items.map((item) => new URL(item.link).pathname.slice(home.pathname.length + prefix.length).split('/')[0]));
		expect([...sections].sort()).toEqual(['events', 'news', 'stories']);
		const dates = items.map((item) => Date.parse(item.pubDate));
		expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		for (const item of items) {
			expect(item.link.startsWith(new URL(prefix, home).href), item.link).toBe(true);
			expect(item.guid['#text']).toBe(item.link);
			const file = pageFile(item.link);
			expect(file && existsSync(`${distDir}${file}`), item.link).toBe(true);
			expect(h1Of(file!)).toBe(item.title);
		}
	});

	test('the default language’s feed lists the same stories as stories.json: listed, published, with consent', () => {
		const storyIds = readFeed('')
			.items.filter((item) => pageFile(item.link)?.startsWith('stories/'))
			.map((item) => pageFile(item.link)?.split('/')[1]);
		const records = JSON.parse(builtFile('data/stories.json')) as { id: string }[];
		expect(storyIds.sort()).toEqual(records.map((record) => record.id).sort());
		expect(storyIds).toContain('my-mothers-hands');
	});
});

const json = Object.fromEntries(datasets.map((dataset) => [dataset, JSON.parse(builtFile(`data/${dataset}.json`)) as Record<string, unknown>[]]));

/** What a record's page has as its heading: an entry's title, a person's name. */
const heading = (record: Record<string, unknown>) => record.title ?? record.name;

describe('the open-data files', () => {
	test.each(datasets)('data/%s.json is an array of records with every documented field, and no other', (dataset) => {
		const records = json[dataset]!;
		expect(records.length).toBeGreaterThan(0);
		const fields = [...openDataFields[dataset]];
		for (const record of records) expect(Object.keys(record)).toEqual(fields);
	});

	test.each(datasets)('data/%s.csv has the same columns and the same entries, in the same order, as the JSON', (dataset) => {
		const rows = parseCsv(builtFile(`data/${dataset}.csv`), { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0] ?? {})).toEqual([...openDataFields[dataset]]);
		expect(rows.map((row) => row.id)).toEqual(json[dataset]!.map((record) => record.id));
		expect(rows.map(heading)).toEqual(json[dataset]!.map(heading));
	});

	test.each(datasets)('each record of data/%s.json leads to its page, whose heading is its title', (dataset) => {
		for (const record of json[dataset]!) {
			const file = pageFile(String(record.url));
			expect(file && existsSync(`${distDir}${file}`), String(record.url)).toBe(true);
			expect(h1Of(file!)).toBe(heading(record));
		}
	});

	test('each event’s calendar file exists', () => {
		for (const record of json.events!) {
			const file = pageFile(String(record.calendarUrl));
			expect(file && existsSync(`${distDir}${file}`), String(record.calendarUrl)).toBe(true);
		}
	});

	test('every event of the programme is in events.json, and stories written in one other language are there too', () => {
		const eventPages = readdirSync(`${distDir}events`).filter((name) => existsSync(`${distDir}events/${name}/index.html`));
		expect(json.events!.map((record) => record.id).sort()).toEqual(eventPages.sort());
		const frenchOnly = json.stories!.find((record) => record.id === 'les-cahiers-du-maître');
		expect(frenchOnly).toMatchObject({ language: 'fr', languages: ['fr'] });
	});

	test('a story carries what its page shows, and an anonymous one names no narrator', () => {
		for (const record of json.stories!) {
			const page = parseHtml(builtFile(pageFile(String(record.url))!)).querySelector('main')?.text ?? '';
			for (const field of ['narratorName', 'narratorRelation', 'incidentName', 'incidentPlace']) {
				if (record[field] !== null) expect(page, `${String(record.id)} ${field}`).toContain(String(record[field]));
			}
			for (const person of record.remembered as { name: string }[]) expect(page).toContain(person.name);
		}
		const anonymous = json.stories!.filter((record) => record.anonymous === true);
		expect(anonymous.length).toBeGreaterThan(0);
		// Its page says "survivor (name withheld)": the record names no narrator either.
		for (const record of anonymous) expect(record.narratorName, String(record.id)).toBeNull();
	});
});

describe('what never reaches a feed or an open-data file', () => {
	const files = [
		...localePrefixes.map((prefix) => `${prefix}rss.xml`),
		...datasets.flatMap((dataset) => [`data/${dataset}.json`, `data/${dataset}.csv`]),
	];
	const texts = files.map((file) => ({ file, text: builtFile(file) }));

	test('the scan reads the files, so the test below can fail', () => {
		expect(texts.filter(({ text }) => text.includes('my-mothers-hands')).length).toBeGreaterThan(2);
	});

	test.each(neverPublished)('no feed or data file mentions %s', (phrase) => {
		expect(texts.filter(({ text }) => text.includes(phrase)).map(({ file }) => file)).toEqual([]);
	});

	test('no story record has a field for private notes, contacts or the consent record', () => {
		for (const record of json.stories!) {
			for (const key of ['private', 'contact', 'consent', 'recordedOn', 'visibility', 'portrait']) expect(record).not.toHaveProperty(key);
		}
	});
});
