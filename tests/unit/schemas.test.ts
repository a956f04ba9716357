import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { bannerSchema } from '../../src/schemas/banner';
import { callSchema } from '../../src/schemas/call';
import { collectionNames } from '../../src/schemas/collections';
import { consentSchema } from '../../src/schemas/consent';
import { calendarDate, localDateTime, timeZoneName } from '../../src/schemas/dates';
import { documentSchema } from '../../src/schemas/document';
import { eventSchema } from '../../src/schemas/event';
import { imageSchema } from '../../src/schemas/image';
import { newsSchema } from '../../src/schemas/news';
import { pageSchema } from '../../src/schemas/page';
import { countryCode, venueSchema } from '../../src/schemas/place';
import { seriesSchema } from '../../src/schemas/series';
import { siteSchema } from '../../src/schemas/site';
import { storySchema } from '../../src/schemas/story';
import { fieldsWithIssues, issuesOf, parsedBy } from '../support/schema-issues';
import { inTimeZone } from '../support/time-zone';

// In these tests an image's src is any text; the checker and Astro each bring their own file check.
const event = eventSchema(z.string());
const story = storySchema(z.string());
const news = newsSchema(z.string());
const series = seriesSchema(z.string());
const banner = bannerSchema(z.string());
const image = imageSchema(z.string());

const messagesAt = (schema: z.ZodTypeAny, value: unknown, field: string) =>
	issuesOf(schema, value)
		.filter((issue) => issue.field === field)
		.map((issue) => issue.message);

describe('calendar dates', () => {
	test('a date written as YYYY-MM-DD is kept as written', () => {
		expect(parsedBy(calendarDate, '2021-09-11')).toBe('2021-09-11');
	});

	test('a date that js-yaml turned into a Date object comes back as the day that was written', () => {
		// js-yaml stores `date: 2021-09-11` as midnight UTC; the test process runs at UTC+14.
		expect(parsedBy(calendarDate, new Date(Date.UTC(2021, 8, 11)))).toBe('2021-09-11');
	});

	test('the day read from a Date does not depend on the machine time zone', () => {
		const yamlDate = new Date(Date.UTC(2021, 0, 1));
		for (const zone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
			expect(inTimeZone(zone, () => parsedBy(calendarDate, yamlDate))).toBe('2021-01-01');
		}
	});

	test('spaces around a date are ignored', () => {
		expect(parsedBy(calendarDate, ' 2021-09-11 ')).toBe('2021-09-11');
	});

	test('a day that never was, such as 30 February, is rejected instead of rolling over to March', () => {
		expect(issuesOf(calendarDate, '2021-02-30')).toEqual([{ field: '', message: 'expected a real date written as YYYY-MM-DD, e.g. 2021-09-11' }]);
	});

	test('29 February is accepted in a leap year only', () => {
		expect(parsedBy(calendarDate, '2024-02-29')).toBe('2024-02-29');
		expect(issuesOf(calendarDate, '2023-02-29')).toHaveLength(1);
	});

	test.each(['2021-9-11', '11/09/2021', '2021-09-11T08:30', 'September 11, 2021'])('%s is not a date written as YYYY-MM-DD', (text) => {
		expect(messagesAt(calendarDate, text, '')).toEqual(['expected a real date written as YYYY-MM-DD, e.g. 2021-09-11']);
	});

	test('a number is rejected with the format to use', () => {
		expect(messagesAt(calendarDate, 20210911, '')).toEqual(['expected a date written as YYYY-MM-DD, e.g. 2021-09-11']);
	});
});

describe('local dates and times', () => {
	test.each([
		['2021-09-11T08:30', '2021-09-11T08:30:00'],
		['2021-09-11T08:30:15', '2021-09-11T08:30:15'],
		['2021-09-11 08:30', '2021-09-11T08:30:00'],
		['2021-09-11', '2021-09-11T00:00:00'],
	])('%s is normalised to %s', (written, normalised) => {
		expect(parsedBy(localDateTime, written)).toBe(normalised);
	});

	test('a date-time that js-yaml turned into a Date keeps the wall-clock time that was written', () => {
		// js-yaml reads `start: 2021-09-11T08:30:00` as 08:30 UTC; the test process runs at UTC+14.
		expect(parsedBy(localDateTime, new Date(Date.UTC(2021, 8, 11, 8, 30)))).toBe('2021-09-11T08:30:00');
		expect(parsedBy(localDateTime, new Date(Date.UTC(2021, 8, 11)))).toBe('2021-09-11T00:00:00');
	});

	test.each(['2021-09-11T08:30:00Z', '2021-09-11T08:30z', '2021-09-11T08:30+02:00', '2021-09-11T08:30:00-0500'])(
		'%s is rejected because the offset belongs in timeZone',
		(written) => {
			expect(messagesAt(localDateTime, written, '')).toEqual([
				'expected a local time without an offset or "Z", e.g. 2021-09-11T08:30; put the time zone in timeZone',
			]);
		},
	);

	test.each(['2021-02-30T10:00', '2021-09-11T25:00', '2021-09-11T08:61', '2021-13-01', 'tomorrow at noon', '2021-09-11T08:30:00.000'])(
		'%s is rejected as not a real local date and time',
		(written) => {
			expect(messagesAt(localDateTime, written, '')).toEqual([
				'expected a real local date and time written as YYYY-MM-DDTHH:mm, e.g. 2021-09-11T08:30',
			]);
		},
	);

	test('a number is rejected with the format to use', () => {
		expect(messagesAt(localDateTime, 830, '')).toEqual(['expected a local date and time written as YYYY-MM-DDTHH:mm, e.g. 2021-09-11T08:30']);
	});
});

describe('time zone names', () => {
	test.each(['Europe/Paris', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Africa/Nairobi'])('%s is accepted', (zone) => {
		expect(parsedBy(timeZoneName, zone)).toBe(zone);
	});

	test('a zone that does not exist is rejected with an example of one that does', () => {
		const [message] = messagesAt(timeZoneName, 'Mars/Olympus_Mons', '');
		expect(message).toContain('expected an IANA time zone name such as America/New_York');
		expect(message).toContain('https://en.wikipedia.org/wiki/List_of_tz_database_time_zones');
	});

	test('a zone written with the wrong case is rejected with the right spelling', () => {
		expect(messagesAt(timeZoneName, 'America/New_york', '')).toEqual([
			'expected the time zone spelled as the time zone database spells it: America/New_York',
		]);
		expect(messagesAt(timeZoneName, 'europe/paris', '')).toEqual(['expected the time zone spelled as the time zone database spells it: Europe/Paris']);
	});

	test.each(['', 'GMT+2', 'Eastern Time'])('%j is not a time zone', (zone) => {
		expect(issuesOf(timeZoneName, zone)).toHaveLength(1);
	});

	test('a zone that is not text is rejected', () => {
		expect(messagesAt(timeZoneName, 5, '')).toEqual(['expected an IANA time zone name, e.g. America/New_York']);
	});

	// BUG (src/schemas/dates.ts, canonicalZone): the spelling is compared with what ICU calls
	// canonical, which for these zones is the old link name (Asia/Calcutta, Europe/Kiev,
	// Asia/Katmandu, Asia/Saigon, America/Godthab). The IANA database's own names are rejected, and
	// the organiser is told to write the deprecated one instead.
	test('the current IANA names of renamed zones, such as Asia/Kolkata and Europe/Kyiv, are accepted', () => {
		for (const zone of ['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh', 'America/Nuuk']) {
			expect(issuesOf(timeZoneName, zone), zone).toEqual([]);
		}
	});

	// BUG (src/schemas/dates.ts, the message for an unknown zone): it offers Europe/Geneva as an
	// example, and the time zone database has no such zone (Geneva is in Europe/Zurich).
	test('every zone the message for an unknown zone gives as an example is itself accepted', () => {
		const [message = ''] = messagesAt(timeZoneName, 'Mars/Olympus_Mons', '');
		const examples = message.match(/\b[A-Z][a-z]+\/[A-Za-z_]+\b/g) ?? [];
		expect(examples.length).toBeGreaterThan(0);
		for (const example of examples) expect(issuesOf(timeZoneName, example), example).toEqual([]);
	});
});

describe('images', () => {
	test('an image with alt text is valid and not decorative', () => {
		expect(parsedBy(image, { src: 'candles.jpg', alt: 'Candles on the memorial steps.' })).toEqual({
			src: 'candles.jpg',
			alt: 'Candles on the memorial steps.',
			decorative: false,
		});
	});

	test('an image without alt text is rejected, pointing at alt', () => {
		expect(messagesAt(image, { src: 'candles.jpg' }, 'alt')).toEqual([
			'expected a short description of what the image shows; if it is purely decorative, set decorative: true instead',
		]);
	});

	test('alt text made only of spaces counts as none', () => {
		expect(fieldsWithIssues(image, { src: 'candles.jpg', alt: '   ' })).toEqual(['alt']);
	});

	test('a decorative image needs no alt text', () => {
		expect(parsedBy(image, { src: 'candles.jpg', decorative: true })).toMatchObject({ alt: '', decorative: true });
	});

	test('a decorative image with alt text is rejected, since screen readers would skip those words', () => {
		expect(messagesAt(image, { src: 'candles.jpg', alt: 'Candles', decorative: true }, 'alt')).toEqual([
			'expected no alt text on a decorative image; remove decorative: true if the image carries meaning',
		]);
	});

	test('the source is checked by the schema the caller gives', () => {
		const jpegOnly = imageSchema(z.string().endsWith('.jpg'));
		expect(fieldsWithIssues(jpegOnly, { src: 'candles.png', alt: 'Candles' })).toEqual(['src']);
		expect(fieldsWithIssues(jpegOnly, { alt: 'Candles' })).toEqual(['src']);
	});
});

describe('places and country codes', () => {
	test.each(['US', 'FR', 'KE', 'GB', 'JP'])('%s is a country code', (code) => {
		expect(parsedBy(countryCode, code)).toBe(code);
	});

	test('a lower-case code with spaces around it is read as the code', () => {
		expect(parsedBy(countryCode, ' fr ')).toBe('FR');
	});

	test.each(['XX', 'AA', 'USA', 'F', 'France', '12'])('%s is not a country code', (code) => {
		expect(messagesAt(countryCode, code, '')).toEqual(['expected a two-letter ISO 3166-1 country code, e.g. US, FR or KE']);
	});

	// BUG (src/schemas/place.ts, isCountryCode): Intl.DisplayNames also names CLDR's own region codes,
	// so ZZ ("Unknown Region"), QO ("Outlying Oceania"), EZ ("Eurozone") and UN ("United Nations")
	// pass as "an assigned ISO 3166-1 alpha-2 code", and a venue can be in the Eurozone.
	test('codes that name no country, such as ZZ "Unknown Region" or EZ "Eurozone", are rejected', () => {
		for (const code of ['ZZ', 'QO', 'EZ', 'UN']) expect(issuesOf(countryCode, code), code).not.toEqual([]);
	});

	test('a venue needs a name, a city and a country', () => {
		expect(fieldsWithIssues(venueSchema, {}).sort()).toEqual(['city', 'country', 'name']);
		expect(parsedBy(venueSchema, { name: 'General Assembly Hall', city: 'New York', country: 'us' })).toEqual({
			name: 'General Assembly Hall',
			city: 'New York',
			country: 'US',
		});
	});
});

const validEvent = {
	title: 'Annual memorial ceremony',
	summary: 'A ceremony in memory of the victims.',
	kind: 'memorial-ceremony',
	start: '2021-09-11T08:30',
	timeZone: 'America/New_York',
	venue: { name: 'Memorial Plaza', city: 'New York', country: 'US' },
};

describe('events', () => {
	test('a complete in-person event is valid and gets the documented defaults', () => {
		expect(parsedBy(event, validEvent)).toMatchObject({
			start: '2021-09-11T08:30:00',
			allDay: false,
			attendance: 'in-person',
			status: 'scheduled',
			organisers: [],
			recordings: [],
			tags: [],
			draft: false,
		});
	});

	test.each(['title', 'summary', 'kind', 'start', 'timeZone'])('an event without %s is rejected at that field', (field) => {
		const { [field as keyof typeof validEvent]: _omitted, ...rest } = validEvent;
		expect(fieldsWithIssues(event, rest)).toEqual([field]);
	});

	test('a title of spaces counts as no title', () => {
		expect(fieldsWithIssues(event, { ...validEvent, title: '   ' })).toEqual(['title']);
	});

	test('an unknown kind is rejected', () => {
		expect(fieldsWithIssues(event, { ...validEvent, kind: 'concert' })).toEqual(['kind']);
	});

	test.each(['in-person', 'mixed'])('an event with attendance %s needs a venue', (attendance) => {
		const { venue: _venue, ...withoutVenue } = validEvent;
		expect(messagesAt(event, { ...withoutVenue, attendance }, 'venue')).toEqual([
			`expected a venue with name, city and country for an event with attendance "${attendance}"; for an online-only event set attendance: online`,
		]);
	});

	test('an event without attendance is in person and so needs a venue', () => {
		const { venue: _venue, ...withoutVenue } = validEvent;
		expect(fieldsWithIssues(event, withoutVenue)).toEqual(['venue']);
	});

	test('an online event needs no venue', () => {
		const { venue: _venue, ...withoutVenue } = validEvent;
		expect(issuesOf(event, { ...withoutVenue, attendance: 'online', onlineUrl: 'https://example.org/live' })).toEqual([]);
	});

	test('an end after the start is accepted', () => {
		expect(parsedBy(event, { ...validEvent, end: '2021-09-11T10:00' }).end).toBe('2021-09-11T10:00:00');
	});

	test.each([
		['before', '2021-09-11T08:00'],
		['equal to', '2021-09-11T08:30:00'],
	])('an end %s the start is rejected, naming the start', (_relation, end) => {
		expect(messagesAt(event, { ...validEvent, end }, 'end')).toEqual(['expected an end after the start (2021-09-11T08:30:00)']);
	});

	test('an end on a later day is after the start even when its hour is earlier', () => {
		expect(issuesOf(event, { ...validEvent, end: '2021-09-12T07:00' })).toEqual([]);
	});

	test('a rescheduled event needs the start it was first announced with', () => {
		expect(messagesAt(event, { ...validEvent, status: 'rescheduled' }, 'previousStart')).toEqual([
			'expected the originally announced start time of a rescheduled event, e.g. 2027-04-19T10:00',
		]);
		expect(issuesOf(event, { ...validEvent, status: 'rescheduled', previousStart: '2021-09-04T08:30' })).toEqual([]);
	});

	test('a cancelled event needs no previous start', () => {
		expect(issuesOf(event, { ...validEvent, status: 'cancelled' })).toEqual([]);
	});

	test('a series is named by its file name, in any script', () => {
		expect(issuesOf(event, { ...validEvent, series: 'day-of-remembrance' })).toEqual([]);
		expect(issuesOf(event, { ...validEvent, series: 'يوم-الذكرى' })).toEqual([]);
		expect(fieldsWithIssues(event, { ...validEvent, series: 'Day of Remembrance' })).toEqual(['series']);
		expect(fieldsWithIssues(event, { ...validEvent, series: 'day-of-remembrance.md' })).toEqual(['series']);
	});

	test('an image without alt text is reported at image.alt', () => {
		expect(fieldsWithIssues(event, { ...validEvent, image: { src: 'candles.jpg' } })).toEqual(['image.alt']);
	});

	test('online and registration addresses must be web addresses', () => {
		expect(fieldsWithIssues(event, { ...validEvent, onlineUrl: 'example.org/live', registrationUrl: 'register here' }).sort()).toEqual([
			'onlineUrl',
			'registrationUrl',
		]);
	});

	test('a recording links to https:// or to a file in public/', () => {
		const recording = { kind: 'video', title: 'Full ceremony' };
		expect(issuesOf(event, { ...validEvent, recordings: [{ ...recording, url: 'https://example.org/video' }] })).toEqual([]);
		expect(issuesOf(event, { ...validEvent, recordings: [{ ...recording, url: '/files/transcript.pdf' }] })).toEqual([]);
		expect(fieldsWithIssues(event, { ...validEvent, recordings: [{ ...recording, url: 'http://example.org/video' }] })).toEqual(['recordings.0.url']);
		expect(fieldsWithIssues(event, { ...validEvent, recordings: [{ ...recording, url: '/v', minutes: 12.5 }] })).toEqual(['recordings.0.minutes']);
	});

	test('an organiser given as an empty name is rejected', () => {
		expect(fieldsWithIssues(event, { ...validEvent, organisers: ['Vigil', ' '] })).toEqual(['organisers.1']);
	});

	test('a draft can be scheduled for a publish date, and tags must have letters', () => {
		expect(parsedBy(event, { ...validEvent, draft: true, publishDate: '2021-08-01', tags: ['remembrance'] })).toMatchObject({
			draft: true,
			publishDate: '2021-08-01',
		});
		expect(fieldsWithIssues(event, { ...validEvent, publishDate: '2021-02-30' })).toEqual(['publishDate']);
		expect(messagesAt(event, { ...validEvent, tags: [''] }, 'tags.0')).toEqual(['expected a tag with at least one letter or digit']);
	});

	test('a tag of punctuation alone, which would have a page without an address, is rejected; markup with words is a tag', () => {
		for (const tag of ['<>', '"><', '!!!']) {
			expect(messagesAt(event, { ...validEvent, tags: [tag] }, 'tags.0'), tag).toEqual(['expected a tag with at least one letter or digit']);
		}
		expect(parsedBy(event, { ...validEvent, tags: ['</script><script>alert(1)</script>', 'اليوم ٢٠٢٧'] }).tags).toHaveLength(2);
	});
});

const validConsent = { status: 'given', recordedOn: '2021-08-20', scope: 'named' };
const validStory = {
	title: 'What remains',
	summary: 'Amal remembers her brother.',
	date: '2021-09-01',
	narrator: { name: 'Amal', relation: 'sister' },
	consent: validConsent,
};

describe('consent', () => {
	test.each([
		['given', 'named'],
		['given', 'anonymous'],
		['withdrawn', 'named'],
	])('status %s with scope %s is a valid consent', (status, scope) => {
		expect(issuesOf(consentSchema, { ...validConsent, status, scope })).toEqual([]);
	});

	test('a status other than "given" or "withdrawn" is rejected at consent.status', () => {
		expect(fieldsWithIssues(consentSchema, { ...validConsent, status: 'yes' })).toEqual(['status']);
	});

	test('consent needs the day it was recorded, as a real date', () => {
		const { recordedOn: _recordedOn, ...withoutDay } = validConsent;
		expect(fieldsWithIssues(consentSchema, withoutDay)).toEqual(['recordedOn']);
		expect(fieldsWithIssues(consentSchema, { ...validConsent, recordedOn: '2021-02-30' })).toEqual(['recordedOn']);
	});

	test('a scope other than named or anonymous is rejected', () => {
		expect(fieldsWithIssues(consentSchema, { ...validConsent, scope: 'public' })).toEqual(['scope']);
	});
});

describe('stories', () => {
	test('a story with consent is valid, listed by default', () => {
		expect(parsedBy(story, validStory)).toMatchObject({ visibility: 'listed', remembered: [], contentWarnings: [] });
	});

	test('a story without consent is rejected with the reason consent is required', () => {
		const { consent: _consent, ...withoutConsent } = validStory;
		expect(messagesAt(story, withoutConsent, 'consent')).toEqual([
			'expected a consent block with status, recordedOn and scope; no story is published without recorded consent',
		]);
	});

	test('a story whose consent says "yes" is rejected at consent.status', () => {
		expect(fieldsWithIssues(story, { ...validStory, consent: { ...validConsent, status: 'yes' } })).toEqual(['consent.status']);
	});

	test('a story needs a narrator with a relation', () => {
		expect(fieldsWithIssues(story, { ...validStory, narrator: { name: 'Amal' } })).toEqual(['narrator.relation']);
	});

	test('a year of death before the year of birth is rejected at that person', () => {
		const remembered = [
			{ name: 'Karim', born: 1980, died: 2015 },
			{ name: 'Leila', born: 1990, died: 1985 },
		];
		expect(messagesAt(story, { ...validStory, remembered }, 'remembered.1.died')).toEqual(['expected a year of death after the year of birth (1990)']);
	});

	test('an unlisted story is valid; any other visibility is not', () => {
		expect(parsedBy(story, { ...validStory, visibility: 'unlisted' }).visibility).toBe('unlisted');
		expect(fieldsWithIssues(story, { ...validStory, visibility: 'hidden' })).toEqual(['visibility']);
	});

	test('the incident country is a country code', () => {
		expect(parsedBy(story, { ...validStory, incident: { name: 'Attack', country: 'ke' } }).incident).toMatchObject({ country: 'KE' });
		expect(fieldsWithIssues(story, { ...validStory, incident: { name: 'Attack', country: 'Kenya' } })).toEqual(['incident.country']);
	});

	test('the incident is an attack’s id or the attack written out', () => {
		expect(parsedBy(story, { ...validStory, incident: 'nairobi-2013' }).incident).toBe('nairobi-2013');
		expect(fieldsWithIssues(story, { ...validStory, incident: 'Nairobi 2013' })).toEqual(['incident']);
		expect(fieldsWithIssues(story, { ...validStory, incident: { place: 'Nairobi' } })).toEqual(['incident']);
	});

	test('a portrait needs alt text like every other image', () => {
		expect(fieldsWithIssues(story, { ...validStory, portrait: { src: 'amal.jpg' } })).toEqual(['portrait.alt']);
	});
});

describe('news', () => {
	const validNews = { title: 'Report published', date: '2020-04-01', summary: 'A report on progress.' };

	test('a news item is valid without documents, and names documents by file name', () => {
		expect(parsedBy(news, validNews).documents).toEqual([]);
		expect(parsedBy(news, { ...validNews, documents: ['a-74-790'] }).documents).toEqual(['a-74-790']);
	});

	test('a document reference that is not a file name is rejected at that item', () => {
		expect(fieldsWithIssues(news, { ...validNews, documents: ['a-74-790', 'A/74/790'] })).toEqual(['documents.1']);
	});

	test('a news item needs a real date', () => {
		expect(fieldsWithIssues(news, { ...validNews, date: '2021-02-30' })).toEqual(['date']);
	});
});

describe('documents', () => {
	const validDocument = {
		symbol: 'A/74/790',
		title: 'Progress made by the United Nations system',
		date: '2020-04-01',
		kind: 'report',
		links: { en: 'https://undocs.org/A/74/790', fr: '/files/a-74-790-fr.pdf' },
		summary: 'How victims have been supported.',
	};

	test('a document with links in official languages is valid', () => {
		expect(issuesOf(documentSchema, validDocument)).toEqual([]);
	});

	test('a document needs at least one link', () => {
		expect(messagesAt(documentSchema, { ...validDocument, links: {} }, 'links')).toEqual(['expected at least one link, e.g. en: https://undocs.org/A/74/790']);
	});

	test('a link in a language that is not an official UN language is rejected', () => {
		const issues = issuesOf(documentSchema, { ...validDocument, links: { de: 'https://undocs.org/A/74/790' } });
		expect(issues.map((issue) => issue.message)).toContain('expected one of the language codes ar, zh, en, fr, ru, es');
	});

	test('a link must use https:// or point into public/', () => {
		expect(fieldsWithIssues(documentSchema, { ...validDocument, links: { en: 'http://undocs.org/A/74/790' } })).toEqual(['links.en']);
	});

	test('an unknown kind of document is rejected', () => {
		expect(fieldsWithIssues(documentSchema, { ...validDocument, kind: 'letter' })).toEqual(['kind']);
	});
});

describe('series', () => {
	const validSeries = { name: 'International Day of Remembrance', description: 'Every 21 August.', recurrence: { month: 8, day: 21 } };

	test('a yearly observance is valid', () => {
		expect(issuesOf(series, { ...validSeries, since: 2018 })).toEqual([]);
	});

	test('29 February is a day a series can return on', () => {
		expect(issuesOf(series, { ...validSeries, recurrence: { month: 2, day: 29 } })).toEqual([]);
	});

	test('a day that no year has, such as 30 February or 31 April, is rejected at recurrence.day', () => {
		expect(messagesAt(series, { ...validSeries, recurrence: { month: 2, day: 30 } }, 'recurrence.day')).toEqual(['expected a day that exists in that month']);
		expect(fieldsWithIssues(series, { ...validSeries, recurrence: { month: 4, day: 31 } })).toEqual(['recurrence.day']);
	});

	test('a month outside 1 to 12 is rejected', () => {
		expect(fieldsWithIssues(series, { ...validSeries, recurrence: { month: 13, day: 1 } })).toContain('recurrence.month');
	});

	test('a first edition before 1900 is rejected', () => {
		expect(fieldsWithIssues(series, { ...validSeries, since: 1850 })).toEqual(['since']);
	});
});

describe('banners', () => {
	const validBanner = {
		title: 'International Day of Remembrance',
		text: 'Join the ceremonies.',
		link: { label: 'See the events', href: '/events/' },
		from: '2021-08-01',
		until: '2021-08-21',
	};

	test('a banner over several days is valid', () => {
		expect(issuesOf(banner, validBanner)).toEqual([]);
	});

	test('a banner shown on a single day ends on the day it starts', () => {
		expect(issuesOf(banner, { ...validBanner, until: '2021-08-01' })).toEqual([]);
	});

	test('a banner whose last day is before its first is rejected at until', () => {
		expect(messagesAt(banner, { ...validBanner, until: '2021-07-31' }, 'until')).toEqual(['expected a last day on or after the first day (from)']);
	});

	test('a banner links to this site, an https:// address or a mailto: address, and nothing else', () => {
		for (const href of ['/events/', 'https://example.org', 'mailto:events@example.org']) {
			expect(issuesOf(banner, { ...validBanner, link: { label: 'Go', href } }), href).toEqual([]);
		}
		for (const href of ['javascript:alert(1)', 'http://example.org', 'events/']) {
			expect(fieldsWithIssues(banner, { ...validBanner, link: { label: 'Go', href } }), href).toEqual(['link.href']);
		}
	});
});

describe('calls', () => {
	const validCall = { title: 'Ask our expert', text: 'Send your question.', deadline: '2018-03-20T23:59', timeZone: 'Europe/Zurich' };

	test('a call that can be answered by email or online is valid', () => {
		expect(issuesOf(callSchema, { ...validCall, email: 'questions@example.org' })).toEqual([]);
		expect(issuesOf(callSchema, { ...validCall, url: 'https://example.org/ask' })).toEqual([]);
	});

	test('a call with neither a url nor an email address is rejected at url', () => {
		expect(messagesAt(callSchema, validCall, 'url')).toEqual(['expected a url or an email address where visitors can respond']);
	});

	test('an email address that is not one is rejected', () => {
		expect(fieldsWithIssues(callSchema, { ...validCall, email: 'questions at example.org' })).toContain('email');
	});

	test('a deadline written with an offset is rejected', () => {
		expect(fieldsWithIssues(callSchema, { ...validCall, email: 'q@example.org', deadline: '2018-03-20T23:59Z' })).toEqual(['deadline']);
	});
});

describe('standing pages', () => {
	test('a page needs a title and a summary', () => {
		expect(issuesOf(pageSchema, { title: 'About', summary: 'Who we are.' })).toEqual([]);
		expect(fieldsWithIssues(pageSchema, { title: ' ' }).sort()).toEqual(['summary', 'title']);
	});
});

describe('site settings', () => {
	const validSite = {
		name: 'Vigil',
		tagline: 'Remembrance',
		organisation: { name: 'Vigil test organisation' },
		url: 'https://remembrance.example.org',
		contact: { email: 'contact@example.org' },
		defaultLocale: 'en',
		locales: [
			{ code: 'en', name: 'English' },
			{ code: 'fr', name: 'Français' },
		],
	};

	test('minimal settings are valid and get the documented defaults', () => {
		expect(parsedBy(siteSchema, validSite)).toMatchObject({
			base: '/',
			navigation: ['events', 'stories', 'news', 'documents', 'series', 'about'],
			storiesPerPage: 12,
			support: {},
		});
	});

	test('a default locale that is not among the locales is rejected, listing the ones that are', () => {
		expect(messagesAt(siteSchema, { ...validSite, defaultLocale: 'ar' }, 'defaultLocale')).toEqual(['expected one of the codes listed under locales (en, fr)']);
	});

	test('a locale listed twice is rejected at its second listing', () => {
		const locales = [...validSite.locales, { code: 'en', name: 'English again' }];
		expect(messagesAt(siteSchema, { ...validSite, locales }, 'locales.2.code')).toEqual(['expected each language once; en is listed twice']);
	});

	test('a locale code must look like a language code', () => {
		expect(fieldsWithIssues(siteSchema, { ...validSite, locales: [{ code: 'English', name: 'English' }], defaultLocale: 'English' })).toContain(
			'locales.0.code',
		);
	});

	test.each(['https://remembrance.example.org', 'https://remembrance.example.org/', 'http://localhost:4321'])('%s is an origin', (url) => {
		expect(issuesOf(siteSchema, { ...validSite, url })).toEqual([]);
	});

	test('a url with a path is rejected, pointing to base', () => {
		expect(messagesAt(siteSchema, { ...validSite, url: 'https://example.org/remembrance/' }, 'url')).toEqual([
			'expected the origin only (https://example.org); put a sub-path in base',
		]);
	});

	// BUG (src/schemas/site.ts, the url refine): the refine calls new URL() on text that z.string().url()
	// has already rejected, and zod still runs refinements after a failed string check, so
	// safeParse throws "TypeError: Invalid URL" instead of reporting the field.
	test('a url without https:// is reported as a problem, not thrown', () => {
		expect(() => siteSchema.safeParse({ ...validSite, url: 'remembrance.example.org' })).not.toThrow();
		expect(fieldsWithIssues(siteSchema, { ...validSite, url: 'remembrance.example.org' })).toEqual(['url']);
	});

	test.each(['/', '/remembrance/', '/archives/remembrance/'])('base %s starts and ends with a slash and is accepted', (base) => {
		expect(parsedBy(siteSchema, { ...validSite, base }).base).toBe(base);
	});

	test.each(['remembrance/', '/remembrance', 'remembrance', '//'])('base %s is rejected', (base) => {
		expect(messagesAt(siteSchema, { ...validSite, base }, 'base')).toEqual(['expected a path that starts and ends with /, e.g. / or /remembrance/']);
	});

	test('the navigation lists only known sections', () => {
		expect(fieldsWithIssues(siteSchema, { ...validSite, navigation: ['events', 'shop'] })).toEqual(['navigation.1']);
	});

	test('a support line is listed under a language code', () => {
		const support = { en: [{ name: 'Support line', phone: '+44 808 000 0000' }] };
		expect(parsedBy(siteSchema, { ...validSite, support }).support).toEqual(support);
		expect(fieldsWithIssues(siteSchema, { ...validSite, support: { en: [{ phone: '+44 808 000 0000' }] } })).toEqual(['support.en.0.name']);
	});
});

describe('collections', () => {
	test('every folder of content/ has a schema, in the order the checker reports them', () => {
		expect(collectionNames).toEqual(['events', 'stories', 'news', 'documents', 'series', 'banners', 'calls', 'pages', 'people', 'incidents']);
	});
});
