import { describe, expect, test } from 'vitest';
import { archiveOnThisDay, editionNumber, onThisDay } from '../../src/archive/anniversaries';

describe('edition numbers', () => {
	test('the first edition is number one and the count follows the years', () => {
		expect(editionNumber(2018, '2018-08-21T10:00:00')).toBe(1);
		expect(editionNumber(2018, '2027-08-21T10:00:00')).toBe(10);
	});

	test('a series without a first year, or an event before it, has no number', () => {
		expect(editionNumber(undefined, '2027-08-21T10:00:00')).toBeUndefined();
		expect(editionNumber(2018, '2017-08-21T10:00:00')).toBeUndefined();
	});
});

describe('on this day', () => {
	const entries = [
		{ name: 'ceremony 2021', day: '2021-09-11T10:00:00' },
		{ name: 'story about 2001', day: '2001-09-11' },
		{ name: 'the day before', day: '2021-09-10T10:00:00' },
		{ name: 'no date', day: undefined },
		{ name: 'later this year', day: '2026-09-11T18:00:00' },
	];

	test('finds what happened on the same day in earlier years, most recent first', () => {
		const found = onThisDay(entries, (entry) => entry.day, new Date('2026-09-11T08:00:00Z'));
		expect(found.map((entry) => entry.name)).toEqual(['ceremony 2021', 'story about 2001']);
	});

	test('finds nothing on a day without anniversaries', () => {
		expect(onThisDay(entries, (entry) => entry.day, new Date('2026-03-01T08:00:00Z'))).toEqual([]);
	});

	test('an event counts on the day it started in its own zone, not the day it was at UTC', () => {
		// 21:00 on 28 November 2020 in New York was already 29 November at UTC.
		const evening = [{ name: 'evening vigil', day: '2020-11-28T21:00:00' }];
		expect(onThisDay(evening, (entry) => entry.day, new Date('2026-11-28T12:00:00Z')).map((entry) => entry.name)).toEqual(['evening vigil']);
		expect(onThisDay(evening, (entry) => entry.day, new Date('2026-11-29T12:00:00Z'))).toEqual([]);
	});

	test('the same day this year is not an anniversary', () => {
		expect(onThisDay([{ day: '2026-11-28T09:00:00' }], (entry) => entry.day, new Date('2026-11-28T12:00:00Z'))).toEqual([]);
	});
});

describe('the home page’s “On this day”', () => {
	const event = (name: string, start: string, timeZone = 'Europe/Paris') => ({ name, data: { start, timeZone, allDay: false } });
	const story = (name: string, date?: string) => ({ name, data: { incident: date ? { date } : undefined } });
	const now = new Date('2026-11-28T12:00:00Z');

	test('finds past events by the day they started and stories by the day of the attack, most recent first', () => {
		const events = [event('vigil 2020', '2020-11-28T18:00:00'), event('the day after', '2021-11-29T10:00:00'), event('an evening in New York', '2019-11-28T21:00:00', 'America/New_York')];
		const stories = [story('attack of 2015', '2015-11-28'), story('no incident'), story('another day', '2015-11-27')];
		expect(archiveOnThisDay(events, stories, now).map((item) => item.name)).toEqual(['vigil 2020', 'an evening in New York', 'attack of 2015']);
	});

	test('recalls the day a person died, unless the family declined it or gave only the year', () => {
		const person = (name: string, died: number | string, anniversary = true, status: 'given' | 'withdrawn' = 'given') => ({
			name,
			data: { died, listing: { status, recordedOn: '2026-01-01', anniversary } },
		});
		const people = [person('died this day', '2015-11-28'), person('declined', '2001-11-28', false), person('year only', 2015), person('withdrawn', '2010-11-28', true, 'withdrawn')];
		expect(archiveOnThisDay([], [story('attack of 2016', '2016-11-28')], now, people).map((item) => item.name)).toEqual(['attack of 2016', 'died this day']);
	});

	test('reads an event’s day as written in its own zone, whatever that day is at UTC', () => {
		// 28 November at 23:30 in Kiritimati is still 28 November as written, though 09:30 UTC on the 28th.
		expect(archiveOnThisDay([event('late in Kiritimati', '2020-11-28T23:30:00', 'Pacific/Kiritimati')], [], now)).toHaveLength(1);
		expect(archiveOnThisDay([event('early on the 29th', '2020-11-29T00:30:00', 'Pacific/Pago_Pago')], [], now)).toHaveLength(0);
	});

	test('is empty on a day without anniversaries, so the section is left out', () => {
		expect(archiveOnThisDay([event('vigil 2020', '2020-11-28T18:00:00')], [story('attack of 2015', '2015-11-28')], new Date('2026-11-27T12:00:00Z'))).toEqual([]);
	});
});
