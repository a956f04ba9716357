import { describe, expect, test } from 'vitest';
import { searchFields, searchThumbnail, type SearchableItem } from '../../src/search/entry-fields';

const picture = { src: 'portrait.jpg', alt: 'A lit candle', decorative: false };

const story = (contentWarnings: string[]): SearchableItem<string> => ({
	collection: 'stories',
	slug: 'tea-at-four',
	data: { date: '2021-10-04', incident: { country: 'IQ' }, contentWarnings, portrait: picture, tags: ['families', 'remembrance', 'families'] },
});

describe('what the site search knows about an entry', () => {
	test('an event is dated by its first day, placed by its venue and belongs to its series', () => {
		const fields = searchFields({
			collection: 'events',
			slug: 'day-2027',
			data: { start: '2027-08-21T10:00:00', venue: { country: 'CH' }, series: 'international-day-of-remembrance', tags: ['remembrance'] },
		});
		expect(fields).toEqual({
			type: 'event',
			date: '2027-08-21',
			year: '2027',
			country: 'CH',
			tags: ['remembrance'],
			series: 'international-day-of-remembrance',
			warnings: [],
		});
	});

	test('an online event has no country', () => {
		expect(searchFields({ collection: 'events', slug: 'webinar', data: { start: '2026-03-01T15:00:00', tags: [] } }).country).toBeUndefined();
	});

	test('a story is placed where the attack happened, lists each tag once and carries its warnings', () => {
		const fields = searchFields(story(['Mentions a violent death']));
		expect(fields).toMatchObject({ type: 'story', date: '2021-10-04', year: '2021', country: 'IQ', tags: ['families', 'remembrance'], warnings: ['Mentions a violent death'] });
	});

	test('news and documents are dated by their date and have no country', () => {
		expect(searchFields({ collection: 'news', slug: 'n', data: { date: '2020-06-30', tags: [] } })).toMatchObject({ type: 'news', year: '2020', country: undefined });
		expect(searchFields({ collection: 'documents', slug: 'a-74-790', data: { date: '2020-04-09', tags: ['un-reports'] } })).toMatchObject({
			type: 'document',
			date: '2020-04-09',
		});
	});

	test('a series is dated by its first observance, and is its own series', () => {
		const fields = searchFields({ collection: 'series', slug: 'international-day', data: { since: 2018, recurrence: { month: 8, day: 21 }, tags: [] } });
		expect(fields).toMatchObject({ type: 'series', date: '2018-08-21', year: '2018', series: 'international-day' });
	});

	test('a series whose first year is unknown has no date and no year', () => {
		const fields = searchFields({ collection: 'series', slug: 'memorial-service', data: { recurrence: { month: 4, day: 19 }, tags: [] } });
		expect(fields.date).toBeUndefined();
		expect(fields.year).toBeUndefined();
	});
});

describe('which picture a search result may show', () => {
	test('a story without content warnings shows its portrait', () => {
		expect(searchThumbnail(story([]))).toBe(picture);
	});

	test('a story with content warnings never shows its portrait before the reader chooses to read on', () => {
		expect(searchThumbnail(story(['Mentions a violent death']))).toBeUndefined();
	});

	test('events, news and series show their picture when they have one', () => {
		expect(searchThumbnail({ collection: 'events', slug: 'e', data: { start: '2027-08-21T10:00:00', image: picture, tags: [] } })).toBe(picture);
		expect(searchThumbnail({ collection: 'news', slug: 'n', data: { date: '2020-06-30', tags: [] } })).toBeUndefined();
		expect(searchThumbnail({ collection: 'series', slug: 's', data: { recurrence: { month: 3, day: 11 }, image: picture, tags: [] } })).toBe(picture);
	});

	test('a document never has a picture', () => {
		expect(searchThumbnail({ collection: 'documents', slug: 'd', data: { date: '2020-04-09', tags: [] } })).toBeUndefined();
	});
});
