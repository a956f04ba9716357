import { describe, expect, test } from 'vitest';
import { eventDateText, isoWithOffset, momentText, type EventTimes } from '../../src/i18n/date-display';
import { inTimeZone } from '../support/time-zone';

/** Intl puts thin and narrow no-break spaces around dashes and before AM; the tests read them as spaces. */
const plain = <T extends { text: string }>(when: T): T => ({ ...when, text: when.text.replace(/[\u2009\u202f\u00a0]/g, ' ') });

const MACHINE_ZONES = ['Pacific/Pago_Pago', 'UTC', 'Asia/Kolkata', 'Pacific/Kiritimati'];

const ceremony: EventTimes = { start: '2021-09-11T10:00:00', end: '2021-09-11T11:30:00', timeZone: 'America/New_York', allDay: false };

describe('an event’s date and time on its page', () => {
	test('reads as the times written, with the zone named and its offset that day', () => {
		expect(plain(eventDateText(ceremony, 'en-GB'))).toEqual({
			text: 'Saturday, 11 September 2021, 10:00–11:30',
			zone: 'Eastern Daylight Time (UTC\u22124)',
			datetime: '2021-09-11T10:00-04:00',
		});
		expect(plain(eventDateText(ceremony, 'en')).text).toBe('Saturday, September 11, 2021, 10:00 – 11:30 AM');
	});

	test('is the same whatever the zone of the machine that builds the site', () => {
		const expected = eventDateText(ceremony, 'fr');
		for (const zone of MACHINE_ZONES) expect(inTimeZone(zone, () => eventDateText(ceremony, 'fr')), zone).toEqual(expected);
	});

	test('a card names the zone inline, in short', () => {
		expect(plain(eventDateText(ceremony, 'en', 'compact'))).toEqual({ text: 'Sat, Sep 11, 2021, 10:00 – 11:30 AM EDT', datetime: '2021-09-11T10:00-04:00' });
	});

	test('the same ceremony in winter is in Eastern Standard Time', () => {
		const winter = { ...ceremony, start: '2021-12-11T10:00:00', end: '2021-12-11T11:30:00' };
		expect(eventDateText(winter, 'en-GB').zone).toBe('Eastern Standard Time (UTC\u22125)');
		expect(eventDateText(winter, 'en-GB').datetime).toBe('2021-12-11T10:00-05:00');
	});
});

describe('the nights the clocks change', () => {
	test('an event across the night the clocks go back names both offsets', () => {
		// New York went from 02:00 EDT back to 01:00 EST on 7 November 2021.
		const vigil = { start: '2021-11-07T00:30:00', end: '2021-11-07T03:00:00', timeZone: 'America/New_York', allDay: false };
		const when = eventDateText(vigil, 'en-GB');
		expect(plain(when).text).toBe('Sunday, 7 November 2021, 00:30–03:00');
		expect(when.zone).toBe('Eastern Daylight Time (UTC\u22124)');
		expect(when.endZone).toBe('Eastern Standard Time (UTC\u22125)');
		expect(isoWithOffset(vigil.end, vigil.timeZone)).toBe('2021-11-07T03:00-05:00');
	});

	test('an event across the night the clocks go forward names both offsets', () => {
		const vigil = { start: '2021-03-14T01:30:00', end: '2021-03-14T03:30:00', timeZone: 'America/New_York', allDay: false };
		const when = eventDateText(vigil, 'en-GB');
		expect(plain(when).text).toBe('Sunday, 14 March 2021, 01:30–03:30');
		expect([when.zone, when.endZone]).toEqual(['Eastern Standard Time (UTC\u22125)', 'Eastern Daylight Time (UTC\u22124)']);
	});

	test('an event that stays on one side of the change names one offset', () => {
		expect(eventDateText(ceremony, 'en-GB').endZone).toBeUndefined();
		expect(eventDateText({ ...ceremony, end: undefined }, 'en-GB').endZone).toBeUndefined();
	});

	test('a time skipped by the change is read an hour later, with the new offset', () => {
		expect(isoWithOffset('2021-03-14T02:30:00', 'America/New_York')).toBe('2021-03-14T03:30-04:00');
	});

	test('a time that happens twice is its first occurrence, before the clocks go back', () => {
		expect(isoWithOffset('2021-11-07T01:30:00', 'America/New_York')).toBe('2021-11-07T01:30-04:00');
		// Europe changes at 01:00 UTC: 02:30 on 31 October 2021 in Paris happened in CEST first.
		expect(isoWithOffset('2021-10-31T02:30:00', 'Europe/Paris')).toBe('2021-10-31T02:30+02:00');
	});

	test('a zone of the southern hemisphere changes the other way', () => {
		// Sydney went from AEDT (UTC+11) to AEST (UTC+10) on 4 April 2021.
		const when = eventDateText({ start: '2021-04-04T01:00:00', end: '2021-04-04T04:00:00', timeZone: 'Australia/Sydney', allDay: false }, 'en-GB');
		expect([when.zone, when.endZone]).toEqual(['Australian Eastern Daylight Time (UTC+11)', 'Australian Eastern Standard Time (UTC+10)']);
	});
});

describe('all-day events', () => {
	const exhibition: EventTimes = { start: '2026-11-16T00:00:00', end: '2026-12-18T00:00:00', timeZone: 'Africa/Nairobi', allDay: true };

	test('show their days only, first to last, and a date for machines', () => {
		expect(plain(eventDateText(exhibition, 'en'))).toEqual({ text: 'Monday, November 16 – Friday, December 18, 2026', datetime: '2026-11-16' });
		expect(plain(eventDateText({ ...exhibition, end: undefined }, 'en-GB', 'compact'))).toEqual({ text: '16 Nov 2026', datetime: '2026-11-16' });
	});

	test('keep their days whatever the zone of the machine, even far from the event’s', () => {
		for (const zone of MACHINE_ZONES) {
			inTimeZone(zone, () => {
				expect(plain(eventDateText({ ...exhibition, timeZone: 'Pacific/Kiritimati' }, 'en-GB', 'compact')).text, zone).toBe('16 Nov – 18 Dec 2026');
				expect(plain(eventDateText({ ...exhibition, timeZone: 'Pacific/Pago_Pago' }, 'en-GB', 'compact')).text, zone).toBe('16 Nov – 18 Dec 2026');
			});
		}
	});

	test('an all-day event on the day the clocks change is that one day', () => {
		expect(eventDateText({ start: '2021-11-07T00:00:00', timeZone: 'America/New_York', allDay: true }, 'en-GB').text).toBe('Sunday, 7 November 2021');
	});
});

describe('a single moment, such as a deadline', () => {
	test('reads in its own zone with the zone named', () => {
		expect(plain(momentText('2027-05-15T23:59:00', 'Europe/Zurich', 'en'))).toEqual({
			text: 'Saturday, May 15, 2027 at 11:59 PM',
			zone: 'Central European Summer Time (UTC+2)',
			datetime: '2027-05-15T23:59+02:00',
		});
	});
});
