import { describe, expect, test } from 'vitest';
import { isIncluded, publicationState, utcDay } from '../../src/archive/publication';

const at = (iso: string) => new Date(iso);

describe('whether an entry is published', () => {
	test('an entry that is not a draft and has no publish date is published', () => {
		expect(publicationState({ draft: false }, at('2026-11-28T12:00:00Z'))).toBe('published');
	});

	test('a draft stays a draft, even once its publish date has passed', () => {
		expect(publicationState({ draft: true }, at('2026-11-28T12:00:00Z'))).toBe('draft');
		expect(publicationState({ draft: true, publishDate: '2020-01-01' }, at('2026-11-28T12:00:00Z'))).toBe('draft');
	});

	test('an entry with a later publish date is scheduled', () => {
		expect(publicationState({ draft: false, publishDate: '2026-11-29' }, at('2026-11-28T12:00:00Z'))).toBe('scheduled');
	});

	test('an entry is published from the first moment of its publish date, at UTC', () => {
		const entry = { draft: false, publishDate: '2026-11-28' };
		expect(publicationState(entry, at('2026-11-27T23:59:59.999Z'))).toBe('scheduled');
		expect(publicationState(entry, at('2026-11-28T00:00:00.000Z'))).toBe('published');
	});

	test('the publish day is the UTC day, not the day in the machine’s time zone', () => {
		// 12:00 UTC on the 27th is already 02:00 on the 28th in Kiritimati, where the tests run.
		expect(publicationState({ draft: false, publishDate: '2026-11-28' }, at('2026-11-27T12:00:00Z'))).toBe('scheduled');
		expect(utcDay(at('2026-11-27T12:00:00Z'))).toBe('2026-11-27');
	});

	test('an entry published on an earlier day stays published', () => {
		expect(publicationState({ draft: false, publishDate: '2021-09-11' }, at('2026-11-28T12:00:00Z'))).toBe('published');
	});
});

describe('which entries a build includes', () => {
	const now = at('2026-11-28T12:00:00Z');
	const published = { draft: false };
	const draft = { draft: true };
	const scheduled = { draft: false, publishDate: '2027-01-01' };

	test('a production build includes published entries only', () => {
		expect([published, draft, scheduled].map((entry) => isIncluded(entry, now, false))).toEqual([true, false, false]);
	});

	test('the dev server previews drafts and scheduled entries too', () => {
		expect([published, draft, scheduled].map((entry) => isIncluded(entry, now, true))).toEqual([true, true, true]);
	});
});
