import { describe, expect, test } from 'vitest';
import { isBannerCurrent, isCallOpen } from '../../src/archive/windows';

const at = (iso: string) => new Date(iso);

describe('when a banner is shown', () => {
	const banner = { from: '2021-08-01', until: '2021-08-21' };

	test('from the first moment of its first day', () => {
		expect(isBannerCurrent(banner, at('2021-07-31T23:59:59Z'))).toBe(false);
		expect(isBannerCurrent(banner, at('2021-08-01T00:00:00Z'))).toBe(true);
	});

	test('to the last moment of its last day, inclusive', () => {
		expect(isBannerCurrent(banner, at('2021-08-21T23:59:59Z'))).toBe(true);
		expect(isBannerCurrent(banner, at('2021-08-22T00:00:00Z'))).toBe(false);
	});

	test('a one-day banner is shown on that day only', () => {
		const oneDay = { from: '2021-08-21', until: '2021-08-21' };
		expect(['2021-08-20T12:00:00Z', '2021-08-21T12:00:00Z', '2021-08-22T12:00:00Z'].map((iso) => isBannerCurrent(oneDay, at(iso)))).toEqual([false, true, false]);
	});

	test('days are UTC days, not days in the machine’s time zone', () => {
		// 12:00 UTC on 31 July is already 1 August in Kiritimati, where the tests run.
		expect(isBannerCurrent(banner, at('2021-07-31T12:00:00Z'))).toBe(false);
	});
});

describe('when a call is open', () => {
	// 23:59 in Geneva (UTC+1 in March) is 22:59 UTC.
	const call = { deadline: '2018-03-20T23:59:00', timeZone: 'Europe/Zurich' };

	test('it is open one minute before its deadline in its own time zone', () => {
		expect(isCallOpen(call, at('2018-03-20T22:58:00Z'))).toBe(true);
	});

	test('it is closed at its deadline and one minute after', () => {
		expect(isCallOpen(call, at('2018-03-20T22:59:00Z'))).toBe(false);
		expect(isCallOpen(call, at('2018-03-20T23:00:00Z'))).toBe(false);
	});

	test('the same wall-clock deadline in New York closes five hours later', () => {
		const newYork = { ...call, timeZone: 'America/New_York' };
		// 23:59 EDT (daylight saving time began on 11 March 2018) is 03:59 UTC the next day.
		expect(isCallOpen(newYork, at('2018-03-21T03:58:00Z'))).toBe(true);
		expect(isCallOpen(newYork, at('2018-03-21T04:00:00Z'))).toBe(false);
	});
});
