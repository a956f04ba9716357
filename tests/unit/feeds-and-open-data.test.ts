import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { feedItems, isListedPublicly, type FeedSource } from '../../src/feeds/feed-items';
import { datasets, documentRecord, eventRecord, newsRecord, openDataFields, storyRecord, toCsv, toJson, type OpenDataLinks } from '../../src/feeds/open-data';
import type { EventData } from '../../src/schemas/event';
import type { StoryPageData } from '../../src/schemas/story';
import { repoRoot } from '../support/commands';

const consent = (status: 'given' | 'withdrawn', scope: 'named' | 'anonymous' = 'named') => ({ status, recordedOn: '2026-01-01', scope });
const fields = { summary: 'A summary.', tags: ['remembrance'] };

const sources: FeedSource[] = [
	{ collection: 'news', slug: 'old-news', state: 'published', contentLocale: 'en', data: { ...fields, title: 'Old news', date: '2020-04-01' } },
	{ collection: 'news', slug: 'draft-news', state: 'draft', contentLocale: 'en', data: { ...fields, title: 'Draft news', date: '2026-11-01' } },
	{ collection: 'news', slug: 'scheduled-news', state: 'scheduled', contentLocale: 'en', data: { ...fields, title: 'Scheduled', date: '2026-11-02' } },
	{ collection: 'stories', slug: 'listed', state: 'published', contentLocale: 'fr', data: { ...fields, title: 'Listed', date: '2025-05-01', consent: consent('given'), visibility: 'listed' } },
	{ collection: 'stories', slug: 'unlisted', state: 'published', contentLocale: 'en', data: { ...fields, title: 'Unlisted', date: '2025-06-01', consent: consent('given'), visibility: 'unlisted' } },
	{ collection: 'stories', slug: 'withdrawn', state: 'published', contentLocale: 'en', data: { ...fields, title: 'Withdrawn', date: '2025-07-01', consent: consent('withdrawn'), visibility: 'listed' } },
	// 10:00 in Zurich is 08:00 UTC; 06:00 in New York on the same day is 10:00 UTC, so it is the newer.
	{ collection: 'events', slug: 'zurich', state: 'published', contentLocale: 'en', data: { ...fields, title: 'Zurich', start: '2027-08-21T10:00:00', timeZone: 'Europe/Zurich' } },
	{ collection: 'events', slug: 'new-york', state: 'published', contentLocale: 'en', data: { ...fields, title: 'New York', start: '2027-08-21T06:00:00', timeZone: 'America/New_York' } },
];

describe('the RSS feed', () => {
	const items = feedItems(sources);

	test('carries published news, listed stories and events, and nothing else', () => {
		expect(items.map((item) => item.slug).sort()).toEqual(['listed', 'new-york', 'old-news', 'zurich']);
	});

	test('never carries a draft, a scheduled entry, an unlisted story or a withdrawn one', () => {
		for (const slug of ['draft-news', 'scheduled-news', 'unlisted', 'withdrawn']) expect(items.map((item) => item.slug)).not.toContain(slug);
	});

	test('is newest first, events by the instant they start in their own time zone', () => {
		expect(items.map((item) => item.slug)).toEqual(['new-york', 'zurich', 'listed', 'old-news']);
		expect(items[1]?.date.toISOString()).toBe('2027-08-21T08:00:00.000Z');
		expect(items[3]?.date.toISOString()).toBe('2020-04-01T00:00:00.000Z');
	});

	test('keeps the language each item is written in, and its tags as categories', () => {
		expect(items.find((item) => item.slug === 'listed')).toMatchObject({ language: 'fr', categories: ['remembrance'], description: 'A summary.' });
	});

	test('the rule it shares with the open data leaves documents in when they are published', () => {
		expect(isListedPublicly({ collection: 'documents', state: 'published', data: {} })).toBe(true);
		expect(isListedPublicly({ collection: 'documents', state: 'draft', data: {} })).toBe(false);
	});
});

const links: OpenDataLinks = {
	page: (collection, slug) => `https://example.org/base/${collection}/${slug}/`,
	calendar: (slug) => `https://example.org/base/events/${slug}.ics`,
	file: (href) => (href.startsWith('/') ? `https://example.org/base${href}` : href),
};

const story: Omit<StoryPageData, 'portrait' | 'media'> = {
	title: 'My mother’s hands',
	summary: 'Elif remembers her mother.',
	date: '2024-05-12',
	remembered: [{ name: 'Ayşe', born: 1961, died: 2019 }, { name: 'Mehmet' }],
	narrator: { name: 'Elif', relation: 'daughter', contact: { email: 'elif.sample@example.org', phone: '+00 000 000 777' } },
	incident: { name: 'Square bombing', date: '2019-04-27', place: 'İzmir', country: 'TR' },
	consent: consent('given'),
	contentWarnings: ['Mentions a death'],
	visibility: 'listed',
	draft: false,
	tags: ['families'],
	private: 'Call after 18:00. quiet-harbour-notebook',
};

const event: Omit<EventData, 'image' | 'media'> = {
	title: 'Day of Remembrance',
	summary: 'A gathering.',
	kind: 'day-of-remembrance',
	start: '2027-08-21T10:00:00',
	end: '2027-08-21T12:30:00',
	timeZone: 'Europe/Zurich',
	allDay: false,
	attendance: 'mixed',
	venue: { name: 'Hall', city: 'Geneva', country: 'CH' },
	onlineUrl: 'https://example.org/live',
	organisers: ['Remembrance Network'],
	series: 'international-day-of-remembrance',
	status: 'scheduled',
	programme: [],
	recordings: [{ kind: 'transcript', title: 'Transcript', url: '/files/transcript.pdf' }],
	draft: false,
	tags: ['remembrance'],
	private: 'Ask the venue about the ramp.',
};

describe('an open-data record', () => {
	const source = <Data>(data: Data) => ({ slug: 'entry', contentLocale: 'en', languages: ['en', 'fr'], data });

	test('of a story holds what its page shows, and never private notes, contacts or the consent record', () => {
		const record = storyRecord(source(story), links);
		expect(record).toEqual({
			id: 'entry',
			url: 'https://example.org/base/stories/entry/',
			language: 'en',
			languages: ['en', 'fr'],
			title: 'My mother’s hands',
			summary: 'Elif remembers her mother.',
			date: '2024-05-12',
			anonymous: false,
			remembered: [
				{ name: 'Ayşe', born: 1961, died: 2019 },
				{ name: 'Mehmet', born: null, died: null },
			],
			narratorName: 'Elif',
			narratorRelation: 'daughter',
			incident: null,
			incidentName: 'Square bombing',
			incidentDate: '2019-04-27',
			incidentPlace: 'İzmir',
			incidentCountry: 'TR',
			contentWarnings: ['Mentions a death'],
			tags: ['families'],
		});
		const text = JSON.stringify(record);
		for (const secret of ['quiet-harbour-notebook', 'elif.sample@example.org', '000 000 777', '2026-01-01']) expect(text).not.toContain(secret);
	});

	test('of a story that names its attack by id gives the id with the attack’s words', () => {
		const incident = { id: 'izmir-2019', name: 'Square bombing', date: '2019-04-27', place: 'İzmir', country: 'TR' };
		expect(storyRecord(source({ ...story, incident }), links)).toMatchObject({ incident: 'izmir-2019', incidentName: 'Square bombing', incidentCountry: 'TR' });
	});

	test('of an anonymous story names no narrator, as its page does not', () => {
		const record = storyRecord(source({ ...story, consent: consent('given', 'anonymous') }), links);
		expect(record).toMatchObject({ anonymous: true, narratorName: null, narratorRelation: 'daughter' });
		expect(JSON.stringify(record)).not.toContain('Elif"');
	});

	test('of an event gives local times with their zone, the same instants in UTC, and absolute addresses', () => {
		const record = eventRecord(source(event), links);
		expect(record).toMatchObject({
			start: '2027-08-21T10:00:00',
			end: '2027-08-21T12:30:00',
			timeZone: 'Europe/Zurich',
			startUtc: '2027-08-21T08:00:00.000Z',
			endUtc: '2027-08-21T10:30:00.000Z',
			calendarUrl: 'https://example.org/base/events/entry.ics',
			venueCountry: 'CH',
			venueAddress: null,
			recordings: [{ kind: 'transcript', title: 'Transcript', url: 'https://example.org/base/files/transcript.pdf', language: null, minutes: null }],
		});
		expect(JSON.stringify(record)).not.toContain('ramp');
	});

	test('of an all-day event ends at the end of its last day in its own zone', () => {
		const record = eventRecord(source({ ...event, start: '2027-08-21T00:00:00', end: undefined, allDay: true }), links);
		// Midnight after 21 August in Zurich (UTC+2 in summer).
		expect(record.endUtc).toBe('2027-08-21T22:00:00.000Z');
	});

	test('of a document makes its files in public/ absolute and leaves web addresses as they are', () => {
		const record = documentRecord(source({ symbol: 'A/74/790', title: 'Report', date: '2020-04-01', kind: 'report' as const, links: { en: 'https://undocs.org/A/74/790', fr: '/files/a-74-790-fr.pdf' }, summary: 'x', draft: false, tags: [] }), links);
		expect(record.links).toEqual({ en: 'https://undocs.org/A/74/790', fr: 'https://example.org/base/files/a-74-790-fr.pdf' });
	});
});

describe('the open-data files', () => {
	const records = [
		newsRecord({ slug: 'one', contentLocale: 'ar', languages: ['ar'], data: { title: 'تقرير، "جديد"', date: '2020-04-01', summary: 'سطر\nوسطر', documents: ['a-74-790', 'a-res-73-305'], draft: false, tags: ['a', 'b'] } }, links),
		newsRecord({ slug: 'two', contentLocale: 'en', languages: ['en', 'fr'], data: { title: 'Two', date: '2020-03-01', summary: 'x', documents: [], draft: false, tags: [] } }, links),
	];

	test('as JSON, is an array of records with every field, in the documented order', () => {
		const parsed = JSON.parse(toJson('news', records)) as Record<string, unknown>[];
		expect(parsed).toHaveLength(2);
		expect(Object.keys(parsed[0] ?? {})).toEqual([...openDataFields.news]);
	});

	test('as CSV, has a header, quotes what needs quoting, joins lists with "; " and reads back the same', () => {
		const csv = toCsv('news', records);
		expect(csv.startsWith('\uFEFFid,url,language,languages,title,summary,date,documents,tags\r\n')).toBe(true);
		const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(rows[0]).toMatchObject({ id: 'one', title: 'تقرير، "جديد"', summary: 'سطر\nوسطر', documents: 'a-74-790; a-res-73-305', tags: 'a; b' });
		expect(rows[1]).toMatchObject({ languages: 'en; fr', documents: '' });
	});

	test('as CSV, writes groups as "key: value" and leaves empty what is not given', () => {
		const csv = toCsv('stories', [storyRecord({ slug: 's', contentLocale: 'en', languages: ['en'], data: story }, links)]);
		const [row] = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(row?.remembered).toBe('name: Ayşe, born: 1961, died: 2019; name: Mehmet');
		expect(row?.anonymous).toBe('false');
	});
});

describe('docs/open-data.md', () => {
	const docs = readFileSync(path.join(repoRoot, 'docs/open-data.md'), 'utf8');

	test.each(datasets)('describes every field of %s, in a table of its own, and no field that is not there', (dataset) => {
		const section = docs.split(/^## /m).find((part) => part.startsWith(`\`${dataset}.json\``) || part.startsWith(`${dataset}`));
		expect(section, `a section "## \`${dataset}.json\` …"`).toBeDefined();
		const documented = [...(section ?? '').matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((match) => match[1]);
		expect(documented).toEqual([...openDataFields[dataset]]);
	});
});
