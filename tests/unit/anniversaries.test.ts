import { describe, expect, test } from 'vitest';
import { editionNumber, onThisDay } from '../../src/data/anniversaries';

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
});
