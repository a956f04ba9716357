import { describe, expect, test } from 'vitest';
import { visitorTime } from '../../src/i18n/local-time';
import { inTimeZone } from '../support/time-zone';

// The 9/11 ceremony sample: 10:00 in New York on 11 September 2021 (EDT, UTC−4) is 14:00 UTC.
const ceremony = new Date('2021-09-11T14:00:00Z');

describe('the visitor’s own time of an event', () => {
	test('a visitor in Tokyo reads 23:00 on the same day', () => {
		expect(visitorTime(ceremony, 'America/New_York', 'Asia/Tokyo', 'en-GB')).toBe('11 September at 23:00');
		expect(visitorTime(ceremony, 'America/New_York', 'Asia/Tokyo', 'en')).toBe('September 11 at 11:00 PM');
	});

	test('is written in the page’s language', () => {
		expect(visitorTime(ceremony, 'America/New_York', 'Asia/Tokyo', 'fr')).toBe('11 septembre à 23:00');
		expect(visitorTime(ceremony, 'America/New_York', 'Asia/Tokyo', 'es')).toMatch(/^11 de septiembre.*23:00/);
		expect(visitorTime(ceremony, 'America/New_York', 'Asia/Tokyo', 'zh')).toContain('9月11日');
	});

	test('gives the day the visitor is in, which can be the next one', () => {
		// 22:00 in New York is already 11:00 the next morning in Tokyo.
		expect(visitorTime(new Date('2021-09-12T02:00:00Z'), 'America/New_York', 'Asia/Tokyo', 'en-GB')).toBe('12 September at 11:00');
	});

	test('adds nothing for a visitor in the event’s zone', () => {
		expect(visitorTime(ceremony, 'America/New_York', 'America/New_York', 'en')).toBeUndefined();
	});

	test('adds nothing for a visitor in another zone whose clock reads the same that day', () => {
		expect(visitorTime(ceremony, 'America/New_York', 'America/Detroit', 'en')).toBeUndefined();
		expect(visitorTime(ceremony, 'America/New_York', 'America/Chicago', 'en')).toBe('September 11 at 9:00 AM');
	});

	test('follows daylight saving time on the day of the event, not on the day of the visit', () => {
		// New York springs forward on 14 March 2021, London only on 28 March: for two weeks the gap is four hours.
		expect(visitorTime(new Date('2021-03-20T14:00:00Z'), 'America/New_York', 'Europe/London', 'en-GB')).toBe('20 March at 14:00');
		expect(visitorTime(new Date('2021-03-30T14:00:00Z'), 'America/New_York', 'Europe/London', 'en-GB')).toBe('30 March at 15:00');
		// Lisbon changes its clocks with London, winter and summer alike.
		expect(visitorTime(new Date('2021-01-20T12:00:00Z'), 'Europe/London', 'Europe/Lisbon', 'en-GB')).toBeUndefined();
		expect(visitorTime(new Date('2021-07-20T12:00:00Z'), 'Europe/London', 'Europe/Lisbon', 'en-GB')).toBeUndefined();
	});

	test('does not depend on the zone of the machine that runs it', () => {
		for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
			expect(inTimeZone(zone, () => visitorTime(ceremony, 'America/New_York', 'Asia/Tokyo', 'en-GB')), zone).toBe('11 September at 23:00');
		}
	});

	test('an unreadable start adds nothing', () => {
		expect(visitorTime(new Date('nonsense'), 'America/New_York', 'Asia/Tokyo', 'en')).toBeUndefined();
	});
});
