import { afterEach, describe, expect, test, vi } from 'vitest';
import { endInstant, groupByYear, isUpcoming, newestFirst, splitByTime, startInstant, type EventTiming } from '../../src/archive/event-timeline';
import { zonedInstant } from '../../src/core/time';

const at = (iso: string) => new Date(iso);

const timed = (start: string, end?: string, timeZone = 'America/New_York'): EventTiming => ({ start, end, timeZone, allDay: false });
const allDay = (start: string, timeZone: string, end?: string): EventTiming => ({ start, end, timeZone, allDay: true });

describe('upcoming and past events', () => {
	// 08:30–10:00 in New York on 11 September 2021 (EDT, UTC−4) is 12:30–14:00 UTC.
	const ceremony = timed('2021-09-11T08:30:00', '2021-09-11T10:00:00');

	test('an event starts at its wall-clock time in its own zone', () => {
		expect(startInstant(ceremony).toISOString()).toBe('2021-09-11T12:30:00.000Z');
		expect(endInstant(ceremony).toISOString()).toBe('2021-09-11T14:00:00.000Z');
	});

	test('an event under way is still upcoming', () => {
		expect(isUpcoming(ceremony, at('2021-09-11T13:00:00Z'))).toBe(true);
	});

	test('an event is upcoming until the very moment it ends, and past from then on', () => {
		expect(isUpcoming(ceremony, at('2021-09-11T13:59:59.999Z'))).toBe(true);
		expect(isUpcoming(ceremony, at('2021-09-11T14:00:00.000Z'))).toBe(false);
	});

	test('a timed event without an end is past once it has begun', () => {
		const noEnd = timed('2021-09-11T08:30:00');
		expect(isUpcoming(noEnd, at('2021-09-11T12:29:59.999Z'))).toBe(true);
		expect(isUpcoming(noEnd, at('2021-09-11T12:30:00.000Z'))).toBe(false);
	});

	test('an all-day event stays upcoming until the end of its day in its own zone', () => {
		const kiritimati = allDay('2021-09-11T00:00:00', 'Pacific/Kiritimati'); // UTC+14: the day ends at 10:00 UTC
		const newYork = allDay('2021-09-11T00:00:00', 'America/New_York'); // UTC−4: the day ends at 04:00 UTC on the 12th
		expect(endInstant(kiritimati).toISOString()).toBe('2021-09-11T10:00:00.000Z');
		expect(endInstant(newYork).toISOString()).toBe('2021-09-12T04:00:00.000Z');

		const noonUtc = at('2021-09-11T12:00:00Z');
		expect(isUpcoming(kiritimati, noonUtc)).toBe(false);
		expect(isUpcoming(newYork, noonUtc)).toBe(true);
		expect(isUpcoming(newYork, at('2021-09-12T03:59:59Z'))).toBe(true);
		expect(isUpcoming(newYork, at('2021-09-12T04:00:00Z'))).toBe(false);
	});

	test('an all-day event over several days stays upcoming until the end of its last day', () => {
		const exhibition = allDay('2021-09-10T00:00:00', 'Europe/Paris', '2021-09-12T00:00:00');
		// The 12th ends at midnight in Paris (UTC+2): 22:00 UTC on the 12th.
		expect(isUpcoming(exhibition, at('2021-09-12T21:59:00Z'))).toBe(true);
		expect(isUpcoming(exhibition, at('2021-09-12T22:00:00Z'))).toBe(false);
	});

	test('an all-day event on the day the clocks change still lasts until the next midnight', () => {
		// 14 March 2021 in New York has 23 hours: it starts at 05:00 UTC and ends at 04:00 UTC.
		expect(endInstant(allDay('2021-03-14T00:00:00', 'America/New_York')).toISOString()).toBe('2021-03-15T04:00:00.000Z');
	});

	test('an all-day event on the day the clocks go back lasts its 25 hours', () => {
		// 7 November 2021 in New York starts at 04:00 UTC (EDT) and ends at 05:00 UTC the next day (EST).
		const day = allDay('2021-11-07T00:00:00', 'America/New_York');
		expect(endInstant(day).toISOString()).toBe('2021-11-08T05:00:00.000Z');
		expect(isUpcoming(day, at('2021-11-08T04:59:59Z'))).toBe(true);
		expect(isUpcoming(day, at('2021-11-08T05:00:00Z'))).toBe(false);
	});

	test('a timed event across the night the clocks go back ends at its wall-clock end, in the new offset', () => {
		// 00:30 EDT to 03:00 EST on 7 November 2021: three and a half hours.
		const vigil = timed('2021-11-07T00:30:00', '2021-11-07T03:00:00');
		expect(startInstant(vigil).toISOString()).toBe('2021-11-07T04:30:00.000Z');
		expect(endInstant(vigil).toISOString()).toBe('2021-11-07T08:00:00.000Z');
	});

	test('events are ordered by the moment they start, whatever zone they are written in', () => {
		const events = {
			// 08:00 on the 11th in Kiritimati is 18:00 UTC on the 10th.
			kiritimati: timed('2021-09-11T08:00:00', undefined, 'Pacific/Kiritimati'),
			// 20:00 on the 10th in New York is 00:00 UTC on the 11th.
			newYork: timed('2021-09-10T20:00:00', undefined, 'America/New_York'),
			paris: timed('2021-09-11T09:00:00', undefined, 'Europe/Paris'),
		};
		const names = Object.keys(events) as (keyof typeof events)[];
		const { upcoming } = splitByTime(names, (name) => events[name], at('2021-01-01T00:00:00Z'));
		expect(upcoming).toEqual(['kiritimati', 'newYork', 'paris']);
	});

	test('upcoming events come soonest first and past events most recent first', () => {
		const events = {
			august: timed('2021-08-21T10:00:00'),
			september: timed('2021-09-11T08:30:00'),
			october: timed('2021-10-01T10:00:00'),
			november: timed('2021-11-01T10:00:00'),
		};
		const names = Object.keys(events) as (keyof typeof events)[];
		const { upcoming, past } = splitByTime([...names].reverse(), (name) => events[name], at('2021-09-20T00:00:00Z'));
		expect(upcoming).toEqual(['october', 'november']);
		expect(past).toEqual(['september', 'august']);
	});
});

describe('wall-clock times that daylight saving time skips or repeats', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('a time skipped when the clocks go forward is read as the same time an hour later', () => {
		// In New York the clocks went from 02:00 EST straight to 03:00 EDT on 14 March 2021.
		const skipped = zonedInstant('2021-03-14T02:30:00', 'America/New_York');
		expect(skipped.toISOString()).toBe('2021-03-14T07:30:00.000Z');
		expect(skipped.getTime()).toBe(zonedInstant('2021-03-14T03:30:00', 'America/New_York').getTime());
	});

	test('a time that happens twice when the clocks go back is one of its two moments', () => {
		// 01:30 happened at 05:30 UTC (EDT) and again at 06:30 UTC (EST) on 7 November 2021.
		const repeated = zonedInstant('2021-11-07T01:30:00', 'America/New_York').toISOString();
		expect(['2021-11-07T05:30:00.000Z', '2021-11-07T06:30:00.000Z']).toContain(repeated);
	});

	test('the times around a change keep their order', () => {
		const instants = ['2021-03-14T01:59:00', '2021-03-14T03:00:00', '2021-11-07T00:59:00', '2021-11-07T02:00:00'].map((time) =>
			zonedInstant(time, 'America/New_York').getTime(),
		);
		expect(instants).toEqual([...instants].sort((a, b) => a - b));
	});

	// Luxon alone resolves a repeated wall-clock time from the zone's offset on the day of the build;
	// zonedInstant must not depend on that day, and follows RFC 5545 (the first occurrence).
	test('a time that happens twice resolves to its first occurrence whatever day the build runs', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-07-01T12:00:00Z'));
		const builtInSummer = zonedInstant('2021-11-07T01:30:00', 'America/New_York').toISOString();
		vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
		const builtInWinter = zonedInstant('2021-11-07T01:30:00', 'America/New_York').toISOString();
		expect(builtInWinter).toBe(builtInSummer);
		expect(builtInSummer).toBe('2021-11-07T05:30:00.000Z');
	});

	test('a time in a zone that does not exist cannot be placed, and says why', () => {
		expect(() => zonedInstant('2021-09-11T08:30:00', 'Mars/Olympus_Mons')).toThrow(/^Cannot place 2021-09-11T08:30:00 in Mars\/Olympus_Mons: /);
	});
});

describe('past events by year', () => {
	test('years come newest first, and events keep their order inside each year', () => {
		const starts = ['2021-11-01T10:00:00', '2021-09-11T08:30:00', '2019-08-21T10:00:00', '2020-12-31T23:00:00', '2020-01-01T00:00:00'];
		expect(groupByYear(starts, (start) => start)).toEqual([
			{ year: 2021, items: ['2021-11-01T10:00:00', '2021-09-11T08:30:00'] },
			{ year: 2020, items: ['2020-12-31T23:00:00', '2020-01-01T00:00:00'] },
			{ year: 2019, items: ['2019-08-21T10:00:00'] },
		]);
	});

	test('an event late on 31 December belongs to the year it was written in, not the year it is at UTC', () => {
		expect(groupByYear(['2020-12-31T23:00:00'], (start) => start).map((group) => group.year)).toEqual([2020]);
	});

	test('no events give no years', () => {
		expect(groupByYear([], (start: string) => start)).toEqual([]);
	});
});

describe('newest first', () => {
	const items = [
		{ slug: 'b-story', date: '2021-09-11' },
		{ slug: 'older', date: '2020-01-01' },
		{ slug: 'a-story', date: '2021-09-11' },
		{ slug: 'newest', date: '2022-03-01' },
	];
	const order = (list: typeof items) => newestFirst(list, (item) => item.date, (item) => item.slug).map((item) => item.slug);

	test('puts the newest first', () => {
		expect(order(items)).toEqual(['newest', 'a-story', 'b-story', 'older']);
	});

	test('breaks ties the same way whatever order the entries were read in', () => {
		expect(order([...items].reverse())).toEqual(order(items));
		expect(order([items[2]!, items[0]!, items[3]!, items[1]!])).toEqual(order(items));
	});

	test('does not reorder the list it was given', () => {
		const copy = [...items];
		order(items);
		expect(items).toEqual(copy);
	});
});
