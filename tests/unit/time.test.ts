import { describe, expect, test } from 'vitest';
import { describeTimeZone, endOfLocalDay, formatCalendarDate, formatZonedDateTime, formatZonedTime, yearOf, zonedInstant } from '../../src/core/time';
import { inTimeZone } from '../support/time-zone';

/** Zones from UTC−11 to UTC+14, so that any shift of a day would show. */
const MACHINE_ZONES = ['Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Kiritimati'];

test('the unit tests run far from UTC, so that leaning on the machine’s time zone shows', () => {
	// tests/vitest.config.ts pins TZ=Pacific/Kiritimati (UTC+14).
	expect(new Date('2021-09-11T00:00:00Z').getHours()).toBe(14);
	// And the tests below that switch zones really do move the machine's clock.
	expect(inTimeZone('Pacific/Pago_Pago', () => new Date('2021-09-11T00:00:00Z').getDate())).toBe(10);
	expect(new Date('2021-09-11T00:00:00Z').getHours()).toBe(14);
});

describe('calendar dates in words', () => {
	test('a date reads as the day that was written, in the page’s language', () => {
		expect(formatCalendarDate('2021-09-11', 'en')).toBe('September 11, 2021');
		expect(formatCalendarDate('2021-09-11', 'en-GB')).toBe('11 September 2021');
		expect(formatCalendarDate('2021-09-11', 'fr')).toBe('11 septembre 2021');
	});

	test('the medium style is shorter', () => {
		expect(formatCalendarDate('2021-09-11', 'en', 'medium')).toBe('Sep 11, 2021');
	});

	test('the day never shifts, whatever the machine’s time zone', () => {
		for (const zone of MACHINE_ZONES) {
			inTimeZone(zone, () => {
				expect(formatCalendarDate('2021-09-11', 'en-GB'), zone).toBe('11 September 2021');
				expect(formatCalendarDate('2021-01-01', 'en-GB'), zone).toBe('1 January 2021');
				expect(formatCalendarDate('2020-12-31', 'en-GB'), zone).toBe('31 December 2020');
			});
		}
	});

	test('a date-time is read as its day', () => {
		expect(formatCalendarDate('2021-09-11T23:30:00', 'en-GB')).toBe('11 September 2021');
	});
});

describe('times in an event’s own zone', () => {
	// 12:30 UTC on 11 September 2021 is 08:30 in New York and 21:30 in Tokyo.
	const instant = new Date('2021-09-11T12:30:00Z');

	test('an event’s time is shown in its zone, whatever the machine’s zone', () => {
		for (const zone of MACHINE_ZONES) {
			inTimeZone(zone, () => {
				expect(formatZonedTime(instant, 'en-GB', 'America/New_York'), zone).toBe('08:30');
				expect(formatZonedTime(instant, 'en-GB', 'Asia/Tokyo'), zone).toBe('21:30');
			});
		}
	});

	test('the full date and time name the day in the event’s zone', () => {
		// 02:00 UTC on the 12th is still the evening of the 11th in New York, and already morning in Tokyo.
		const newYork = formatZonedDateTime(new Date('2021-09-12T02:00:00Z'), 'en-GB', 'America/New_York');
		expect(newYork).toMatch(/^Saturday/);
		expect(newYork).toContain('11 September 2021');
		expect(newYork).toContain('22:00');
		const tokyo = formatZonedDateTime(new Date('2021-09-12T02:00:00Z'), 'en-GB', 'Asia/Tokyo');
		expect(tokyo).toMatch(/^Sunday/);
		expect(tokyo).toContain('12 September 2021');
		expect(tokyo).toContain('11:00');
	});

	test('the wall-clock time of an event, placed in its zone and shown back in it, reads as written', () => {
		for (const [time, zone] of [
			['2021-09-11T08:30:00', 'America/New_York'],
			['2021-08-21T10:00:00', 'Europe/Paris'],
			['2021-09-11T08:30:00', 'Asia/Kolkata'],
			['2021-12-31T23:59:00', 'Pacific/Kiritimati'],
		] as const) {
			expect(formatZonedTime(zonedInstant(time, zone), 'en-GB', zone), `${time} ${zone}`).toBe(time.slice(11, 16));
		}
	});

	test('the end of a local day is the midnight that follows it in that zone', () => {
		expect(endOfLocalDay('2021-09-11T08:30:00', 'Europe/Paris').toISOString()).toBe('2021-09-11T22:00:00.000Z');
	});

	test('the year is read from the text, not from an instant', () => {
		expect(yearOf('2020-12-31T23:00:00')).toBe(2020);
		expect(yearOf('2021-01-01')).toBe(2021);
	});
});

describe('the name and offset of a time zone', () => {
	test('New York is four hours behind UTC in summer and five in winter', () => {
		expect(describeTimeZone(new Date('2021-07-01T12:00:00Z'), 'en', 'America/New_York')).toBe('Eastern Daylight Time (UTC\u22124)');
		expect(describeTimeZone(new Date('2021-01-15T12:00:00Z'), 'en', 'America/New_York')).toBe('Eastern Standard Time (UTC\u22125)');
	});

	test('an offset with minutes shows them', () => {
		expect(describeTimeZone(new Date('2021-01-15T12:00:00Z'), 'en', 'Asia/Kolkata')).toBe('India Standard Time (UTC+5:30)');
		expect(describeTimeZone(new Date('2021-01-15T12:00:00Z'), 'en', 'America/St_Johns')).toBe('Newfoundland Standard Time (UTC\u22123:30)');
	});

	test('UTC itself has no offset', () => {
		expect(describeTimeZone(new Date('2021-01-15T12:00:00Z'), 'en', 'UTC')).toBe('Coordinated Universal Time (UTC)');
	});

	test('the name is in the page’s language', () => {
		const paris = describeTimeZone(new Date('2021-07-01T12:00:00Z'), 'fr', 'Europe/Paris');
		expect(paris).toMatch(/^heure d’été d’Europe centrale/);
		expect(paris).toMatch(/ \(UTC\+2\)$/);
	});

	test('the offset is the one in force at that moment, whatever the machine’s zone', () => {
		for (const zone of MACHINE_ZONES) {
			expect(inTimeZone(zone, () => describeTimeZone(new Date('2021-07-01T12:00:00Z'), 'en', 'Europe/London')), zone).toBe('British Summer Time (UTC+1)');
		}
	});
});
