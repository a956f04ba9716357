import { readdirSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { builtFile, distDir } from '../support/built-site';
import { dayAfter, eventsShownIn, instantOf, localeCodes, localePrefix, productionUrl, type EventFile } from '../support/event-sources';
import { buildTime } from '../support/browser';

/**
 * Every calendar file the build wrote, in every language, read by an independent parser (ical.js)
 * and compared with the event files organisers wrote: what a calendar app will show is what the
 * archive says.
 */
const calendarFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.map((file) => file.split('\\').join('/'))
	.filter((file) => file.endsWith('.ics'))
	.sort();
const host = new URL(productionUrl('')).host;

/** The events of a calendar file, as ical.js reads them, with their time zones registered. */
function eventsIn(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return {
		calendar,
		events: calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) })),
	};
}

const STATUS = { scheduled: 'CONFIRMED', rescheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** Checks one VEVENT against the event file it was made from. */
function expectMatches(component: ICAL.Component, event: ICAL.Event, source: EventFile, locale: string): void {
	const data = source.data;
	const where = `${locale} ${source.slug}`;
	expect(event.uid, where).toBe(`${source.slug}@${host}`);
	expect(event.summary, where).toBe(data.title);
	expect(component.getFirstPropertyValue('status'), where).toBe(STATUS[data.status ?? 'scheduled']);
	expect(component.getFirstPropertyValue('url'), where).toBe(productionUrl(`${localePrefix(locale)}events/${source.slug}/`));
	if (data.allDay) {
		expect(event.startDate.isDate, where).toBe(true);
		expect(event.startDate.toString(), where).toBe(data.start.slice(0, 10));
		// An all-day event's DTEND is the day after its last day (RFC 5545 §3.6.1).
		expect(event.endDate.toString(), where).toBe(dayAfter(data.end ?? data.start));
		expect(component.getFirstProperty('dtstart')?.getParameter('tzid'), where).toBeUndefined();
	} else {
		expect(component.getFirstProperty('dtstart')?.getParameter('tzid'), where).toBe(data.timeZone);
		expect(event.startDate.toJSDate().toISOString(), where).toBe(instantOf(data.start, data.timeZone).toISOString());
		if (data.end) expect(event.endDate.toJSDate().toISOString(), where).toBe(instantOf(data.end, data.timeZone).toISOString());
	}
	if (data.attendance === 'online') {
		expect(event.location, where).toBe(data.onlineUrl);
	} else {
		expect(event.location, where).toContain(data.venue?.name);
		expect(event.location, where).toContain(data.venue?.city);
	}
	const changed = data.status === 'cancelled' || data.status === 'postponed' || data.previousStart !== undefined;
	if (changed) expect(event.sequence, where).toBeGreaterThan(0);
	else expect(event.sequence, where).toBe(0);
}

describe('the calendar files', () => {
	test('exist for every language: a feed of all events and one file per event', () => {
		for (const locale of localeCodes) {
			expect(calendarFiles, locale).toContain(`${localePrefix(locale)}events.ics`);
			for (const source of eventsShownIn(locale)) expect(calendarFiles, locale).toContain(`${localePrefix(locale)}events/${source.slug}.ics`);
		}
		expect(calendarFiles.length).toBe(localeCodes.reduce((count, locale) => count + eventsShownIn(locale).length + 1, 0));
	});

	test.each(calendarFiles)('%s follows RFC 5545: CRLF line ends, lines of at most 75 octets, a VTIMEZONE for every TZID', (file) => {
		const text = builtFile(file);
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const lines = text.split('\r\n').slice(0, -1);
		expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
		expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
		const { calendar, events } = eventsIn(text);
		const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')));
		for (const { component } of events) {
			const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
			if (tzid) expect(zones.has(tzid as string), `${tzid}`).toBe(true);
			// DTSTAMP is the build's pinned moment, so the files are the same at every build of the same content.
			expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe(buildTime.toISOString().replace('.000Z', 'Z'));
		}
	});

	describe.each(localeCodes)('in %s', (locale) => {
		const shown = eventsShownIn(locale);

		test('the feed holds every published event once, as the event files say, and asks to be fetched daily', () => {
			const text = builtFile(`${localePrefix(locale)}events.ics`);
			const { events } = eventsIn(text);
			const uids = events.map(({ event }) => event.uid);
			expect(uids.length).toBe(new Set(uids).size);
			expect([...uids].sort()).toEqual(shown.map((source) => `${source.slug}@${host}`).sort());
			for (const { component, event } of events) {
				const source = shown.find((candidate) => `${candidate.slug}@${host}` === event.uid);
				expect(source).toBeDefined();
				if (source) expectMatches(component, event, source, locale);
			}
			expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
		});

		test('each event file holds its event, as the event file says', () => {
			expect(shown.length).toBeGreaterThan(9);
			for (const source of shown) {
				const { events } = eventsIn(builtFile(`${localePrefix(locale)}events/${source.slug}.ics`));
				expect(events).toHaveLength(1);
				const [{ component, event }] = events as [(typeof events)[number]];
				expectMatches(component, event, source, locale);
			}
		});
	});

	test('the archive has a cancelled and a rescheduled event with a higher SEQUENCE, and an online event whose place is its address', () => {
		const { events } = eventsIn(builtFile('events.ics'));
		const byUid = new Map(events.map(({ component, event }) => [event.uid.split('@')[0], { component, event }]));
		const lantern = byUid.get('lantern-walk-by-the-river-paris');
		const jakarta = byUid.get('survivors-voices-regional-panel-jakarta');
		const launch = byUid.get('launch-of-model-legislative-provisions');
		const ceremony = byUid.get('september-11-twentieth-anniversary-memorial-ceremony');
		expect(lantern?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(lantern?.event.sequence).toBeGreaterThan(ceremony?.event.sequence ?? Infinity);
		expect(jakarta?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(jakarta?.event.sequence).toBeGreaterThan(ceremony?.event.sequence ?? Infinity);
		expect(launch?.event.location).toBe('https://example.org/events/model-legislative-provisions-launch');
	});
});
