import { describe, expect, test } from 'vitest';
import { endInstant, isUpcoming, type EventTiming } from '../../src/archive/event-timeline';
import { bannerEndInstant, callDeadlineInstant, isBannerCurrent, isCallOpen } from '../../src/archive/windows';
import { hasEnded } from '../../src/archive/has-ended';

const at = (iso: string) => new Date(iso);

describe('whether a moment has come', () => {
	const end = '2021-09-11T14:00:00.000Z';

	test('not one millisecond before it, and from that very instant on', () => {
		expect(hasEnded(end, at('2021-09-11T13:59:59.999Z'))).toBe(false);
		expect(hasEnded(end, at('2021-09-11T14:00:00.000Z'))).toBe(true);
		expect(hasEnded(end, at('2021-09-11T14:00:00.001Z'))).toBe(true);
	});

	test('reads the moment as an instant or as the ISO text a page carries, with any offset', () => {
		expect(hasEnded(new Date(end), at('2021-09-11T14:00:00Z'))).toBe(true);
		// 10:00 in New York in September is 14:00 UTC.
		expect(hasEnded('2021-09-11T10:00-04:00', at('2021-09-11T13:59:00Z'))).toBe(false);
		expect(hasEnded('2021-09-11T10:00-04:00', at('2021-09-11T14:00:00Z'))).toBe(true);
	});

	test('a moment that cannot be read never ends, so the page keeps what the build decided', () => {
		expect(hasEnded('', at('2099-01-01T00:00:00Z'))).toBe(false);
		expect(hasEnded('not a date', at('2099-01-01T00:00:00Z'))).toBe(false);
	});
});

/**
 * The build writes each end into the page as ISO text (toISOString) and the browser decides again
 * with hasEnded: both must agree at every moment, or a card would jump on load.
 */
describe('the browser decides as the build did, from the text in the page', () => {
	const events: Record<string, EventTiming> = {
		'a timed event in New York': { start: '2021-09-11T10:00:00', end: '2021-09-11T11:30:00', timeZone: 'America/New_York', allDay: false },
		'a timed event without an end': { start: '2027-02-16T14:00:00', timeZone: 'Asia/Jakarta', allDay: false },
		'an all-day exhibition in Nairobi': { start: '2026-11-16T00:00:00', end: '2026-12-18T00:00:00', timeZone: 'Africa/Nairobi', allDay: true },
		'an all-day event in Kiritimati': { start: '2026-11-28T00:00:00', timeZone: 'Pacific/Kiritimati', allDay: true },
	};

	test.each(Object.entries(events))('%s', (_name, event) => {
		const written = endInstant(event).toISOString();
		const end = endInstant(event).getTime();
		for (const offset of [-60_000, -1, 0, 1, 60_000]) {
			const now = new Date(end + offset);
			expect(hasEnded(written, now), `${offset} ms`).toBe(!isUpcoming(event, now));
		}
	});

	test('a call closes at its deadline in its own zone, for the build and for the browser', () => {
		const call = { deadline: '2027-05-15T23:59:00', timeZone: 'Europe/Zurich' };
		const written = callDeadlineInstant(call).toISOString();
		expect(written).toBe('2027-05-15T21:59:00.000Z');
		for (const now of ['2027-05-15T21:58:59.999Z', '2027-05-15T21:59:00.000Z']) {
			expect(hasEnded(written, at(now)), now).toBe(!isCallOpen(call, at(now)));
		}
	});

	test('a banner goes at the start of the UTC day after its last day, for the build and for the browser', () => {
		const banner = { from: '2026-10-01', until: '2027-08-31' };
		const written = bannerEndInstant(banner).toISOString();
		expect(written).toBe('2027-09-01T00:00:00.000Z');
		for (const now of ['2027-08-31T23:59:59.999Z', '2027-09-01T00:00:00.000Z']) {
			expect(hasEnded(written, at(now)), now).toBe(!isBannerCurrent(banner, at(now)));
		}
	});

	test('a banner that ends on the last day of a year or of February ends the next morning', () => {
		expect(bannerEndInstant({ until: '2026-12-31' }).toISOString()).toBe('2027-01-01T00:00:00.000Z');
		expect(bannerEndInstant({ until: '2028-02-28' }).toISOString()).toBe('2028-02-29T00:00:00.000Z');
	});
});
