import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarEventOf } from '../../src/feeds/event-calendar';
import { buildCalendar, calendarSequence, type CalendarEvent } from '../../src/feeds/calendar';
import { inTimeZone } from '../support/time-zone';

const stamp = new Date('2026-11-28T12:00:00Z');
const options = { name: 'Vigil sample archive', stamp, siteUrl: 'https://remembrance.example.org/', language: 'en' };

const ceremony: CalendarEvent = {
	uid: 'ceremony-2021@remembrance.example.org',
	title: 'Memorial ceremony, 2021',
	description: 'Twenty years on.',
	start: '2021-09-11T10:00:00',
	end: '2021-09-11T11:30:00',
	timeZone: 'America/New_York',
	allDay: false,
	status: 'scheduled',
	sequence: 0,
	url: 'https://remembrance.example.org/events/ceremony-2021/',
	location: 'General Assembly Hall, New York, United States',
};

/** The events of a calendar file, as an independent parser (ical.js) reads them. */
function parsedEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

describe('calendar files', () => {
	test('a timed event keeps its own time zone, whatever the zone of the machine that builds it', () => {
		for (const machineZone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
			const text = inTimeZone(machineZone, () => buildCalendar([ceremony], options));
			const [{ event, component }] = parsedEvents(text) as [ReturnType<typeof parsedEvents>[number]];
			expect(component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/New_York');
			expect(event.startDate.toJSDate().toISOString()).toBe('2021-09-11T14:00:00.000Z');
			expect(event.endDate.toJSDate().toISOString()).toBe('2021-09-11T15:30:00.000Z');
		}
	});

	test('carries a stable UID, the DTSTAMP of the build, the title, the place and the page', () => {
		const [{ event, component }] = parsedEvents(buildCalendar([ceremony], options)) as [ReturnType<typeof parsedEvents>[number]];
		expect(event.uid).toBe('ceremony-2021@remembrance.example.org');
		expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-28T12:00:00Z');
		expect(event.summary).toBe('Memorial ceremony, 2021');
		expect(event.location).toBe('General Assembly Hall, New York, United States');
		expect(component.getFirstPropertyValue('url')).toBe('https://remembrance.example.org/events/ceremony-2021/');
		expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(event.sequence).toBe(0);
	});

	test('an all-day event is written as dates, its end the day after its last day', () => {
		const exhibition = { ...ceremony, uid: 'exhibition@x', allDay: true, start: '2026-11-16T00:00:00', end: '2026-12-18T00:00:00', timeZone: 'Africa/Nairobi' };
		const [{ event }] = parsedEvents(buildCalendar([exhibition], options)) as [ReturnType<typeof parsedEvents>[number]];
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2026-11-16');
		expect(event.endDate.toString()).toBe('2026-12-19');
	});

	test('a cancelled event says so, with a higher SEQUENCE so calendars replace their copy', () => {
		const cancelled = { ...ceremony, status: 'cancelled' as const, sequence: calendarSequence({ status: 'cancelled' }) };
		const [{ component, event }] = parsedEvents(buildCalendar([cancelled], options)) as [ReturnType<typeof parsedEvents>[number]];
		expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(event.sequence).toBe(1);
	});

	test('the SEQUENCE grows with each change: a new date, then a cancellation', () => {
		expect(calendarSequence({ status: 'scheduled' })).toBe(0);
		expect(calendarSequence({ status: 'rescheduled', previousStart: '2026-11-17T10:00:00' })).toBe(1);
		expect(calendarSequence({ status: 'postponed' })).toBe(1);
		expect(calendarSequence({ status: 'cancelled', previousStart: '2026-11-17T10:00:00' })).toBe(2);
	});

	test('an online event gives its web address as its place', () => {
		const online = calendarEventOf(
			{ title: 'Launch', summary: 'Online.', start: '2022-02-04T08:30:00', timeZone: 'America/New_York', allDay: false, status: 'scheduled', attendance: 'online', onlineUrl: 'https://example.org/live', end: undefined, previousStart: undefined, venue: undefined },
			'launch',
			'https://remembrance.example.org/events/launch/',
			'en',
		);
		expect(online.location).toBe('https://example.org/live');
		expect(online.uid).toBe('launch@remembrance.example.org');
	});

	test('an event’s description ends with its programme, one line per item after a blank line and the heading', () => {
		const withProgramme = calendarEventOf(
			{
				title: 'Journée du souvenir',
				summary: 'Une cérémonie.',
				start: '2021-08-20T10:00:00',
				end: '2021-08-20T11:30:00',
				timeZone: 'America/New_York',
				allDay: false,
				status: 'scheduled',
				attendance: 'online',
				onlineUrl: 'https://example.org/live',
				previousStart: undefined,
				venue: undefined,
				programme: [
					{ time: { time: '10:00:00' }, title: 'Ouverture', speaker: 'Bureau de lutte contre le terrorisme', role: 'Organisateur' },
					{ time: { time: '10:05:00' }, title: 'Minute de silence' },
					{ title: 'شهادة أحد الناجين', role: 'Rescapé', language: 'ar' },
				],
			},
			'day',
			'https://remembrance.example.org/fr/events/day/',
			'fr',
		);
		const expected = [
			'Une cérémonie.',
			'',
			'https://remembrance.example.org/fr/events/day/',
			'',
			'Programme',
			'10:00 Ouverture — Bureau de lutte contre le terrorisme, Organisateur',
			'10:05 Minute de silence',
			'شهادة أحد الناجين — Rescapé',
		].join('\n');
		expect(withProgramme.description).toBe(expected);
		// As a calendar app reads it back from the file, line breaks escaped and long lines folded.
		expect(parsedEvents(buildCalendar([withProgramme], options))[0]?.event.description).toBe(expected);
	});

	test('a venue is written out with the country named in the calendar’s language', () => {
		const inPerson = calendarEventOf(
			{ title: 'Vigil', summary: 'Candles.', start: '2026-03-11T19:00:00', timeZone: 'Europe/Madrid', allDay: false, status: 'scheduled', attendance: 'in-person', venue: { name: 'Plaza', city: 'Madrid', country: 'ES' }, end: undefined, previousStart: undefined, onlineUrl: undefined },
			'vigil',
			'https://remembrance.example.org/fr/events/vigil/',
			'fr',
		);
		expect(inPerson.location).toBe('Plaza, Madrid, Espagne');
	});

	test('is written as RFC 5545 asks: CRLF after every line, the last one too, and no line longer than 75 octets', () => {
		const long = { ...ceremony, title: 'Cérémonie commémorative — حفل تأبيني — 追悼仪式 '.repeat(4) };
		const text = buildCalendar([long], options);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.split('\r\n').slice(0, -1);
		expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
		// The folded title unfolds to what was written.
		expect(parsedEvents(text)[0]?.event.summary).toBe(long.title);
	});

	test('a calendar to subscribe to tells apps to fetch it again daily', () => {
		const text = buildCalendar([ceremony], { ...options, refreshSeconds: 24 * 60 * 60 });
		expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n');
		expect(text).toContain('X-PUBLISHED-TTL:P1D\r\n');
		expect(buildCalendar([ceremony], options)).not.toContain('REFRESH-INTERVAL');
	});
});
