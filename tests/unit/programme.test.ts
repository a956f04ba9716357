import { afterAll, describe, expect, test } from 'vitest';
import { programmeTextLines, programmeTimeText } from '../../src/i18n/programme-display';
import { placeInEvent, programmeDateTime, programmeItemSchema } from '../../src/schemas/programme';
import { validateArchive } from '../../src/validation/validate-archive';
import { MINIMAL_SITE_YAML, writeArchive } from '../support/archives';
import { removeTemporaryFolders } from '../support/commands';

afterAll(removeTemporaryFolders);

/** An event file with a programme, written as an organiser would: `items` are the YAML lines under `programme:`. */
function eventWithProgramme(items: string[], times: { start?: string; end?: string } = {}): string {
	return [
		'---',
		'title: Day of Remembrance',
		'summary: A ceremony.',
		'kind: day-of-remembrance',
		`start: ${times.start ?? '2021-08-20T10:00'}`,
		...(times.end === '' ? [] : [`end: ${times.end ?? '2021-08-20T11:30'}`]),
		'timeZone: America/New_York',
		'attendance: online',
		'programme:',
		...items,
		'---',
		'',
	].join('\n');
}

/** The problems the checker reports for one event file. */
async function problemsOf(event: string) {
	const root = writeArchive({ 'site.yaml': MINIMAL_SITE_YAML, 'events/en/ceremony.md': event });
	return (await validateArchive(root, root)).problems;
}

describe('a programme item', () => {
	test('takes a time of day, quoted or not as YAML gives it, as a time on the event’s first day', () => {
		const item = programmeItemSchema.parse({ time: '9:05', title: 'Opening', speaker: 'Secretary-General of the United Nations', role: 'Secretary-General', language: 'fr' });
		expect(item).toEqual({ time: { time: '09:05:00' }, title: 'Opening', speaker: 'Secretary-General of the United Nations', role: 'Secretary-General', language: 'fr' });
		expect(programmeDateTime(item.time ?? { time: '' }, '2021-08-20T10:00:00')).toBe('2021-08-20T09:05:00');
	});

	test('takes a local date and time for an event over several days, in the same shape', () => {
		const item = programmeItemSchema.parse({ time: '2021-08-21T14:30', title: 'Second day' });
		expect(item.time).toEqual({ date: '2021-08-21', time: '14:30:00' });
		expect(programmeDateTime(item.time ?? { time: '' }, '2021-08-20T10:00:00')).toBe('2021-08-21T14:30:00');
		// As Astro's YAML parser gives an unquoted date and time: a Date at UTC holding the written fields.
		expect(programmeItemSchema.parse({ time: new Date('2021-08-21T14:30:00Z'), title: 'Second day' }).time).toEqual({ date: '2021-08-21', time: '14:30:00' });
	});

	test.each([['25:00'], ['10h05'], ['2021-08-21'], ['2021-08-21T10:05+02:00'], ['2021-02-30T10:00']])('refuses the time %s', (time) => {
		expect(programmeItemSchema.safeParse({ time, title: 'Opening' }).success).toBe(false);
	});

	test('needs a title, and a language code that is one', () => {
		expect(programmeItemSchema.safeParse({ time: '10:00' }).success).toBe(false);
		expect(programmeItemSchema.safeParse({ title: 'Reading', language: 'ar' }).success).toBe(true);
		expect(programmeItemSchema.safeParse({ title: 'Reading', language: 'not a language' }).success).toBe(false);
	});
});

describe('where a programme time falls', () => {
	const timed = { start: '2021-08-20T10:00:00', end: '2021-08-20T11:30:00', allDay: false };
	test('a timed event runs from its start to its end, both included', () => {
		expect(placeInEvent('2021-08-20T09:59:00', timed)).toBe('before');
		expect(placeInEvent('2021-08-20T10:00:00', timed)).toBe('within');
		expect(placeInEvent('2021-08-20T11:30:00', timed)).toBe('within');
		expect(placeInEvent('2021-08-20T11:31:00', timed)).toBe('after');
	});

	test('an event without an end has nothing after it; an all-day event runs through its last day', () => {
		expect(placeInEvent('2021-08-23T09:00:00', { start: '2021-08-20T10:00:00', allDay: false })).toBe('within');
		const allDay = { start: '2021-08-20T00:00:00', end: '2021-08-21T00:00:00', allDay: true };
		expect(placeInEvent('2021-08-21T18:00:00', allDay)).toBe('within');
		expect(placeInEvent('2021-08-22T08:00:00', allDay)).toBe('after');
	});
});

describe('the checker', () => {
	test('accepts a programme within the event', async () => {
		const problems = await problemsOf(eventWithProgramme(['  - time: 10:00', '    title: Opening', '  - time: "2021-08-20T11:30"', '    title: Closing', '  - title: A song', '    language: ar']));
		expect(problems).toEqual([]);
	});

	test('reports a time before the start at the item’s time line, naming the event’s start and end and the fix', async () => {
		const problems = await problemsOf(eventWithProgramme(['  - time: "10:00"', '    title: Opening', '  - time: "09:30"', '    title: Too early']));
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'events/en/ceremony.md',
				line: 12,
				field: 'programme.1.time',
				severity: 'error',
				found: '"09:30"',
				message: expect.stringMatching(/2021-08-20T10:00\b.*2021-08-20T11:30\b.*before the event starts: correct its time, or the event’s start/),
			}),
		]);
	});

	test('reports a time after the end, and, for an event over several days, how to write a later day', async () => {
		const late = await problemsOf(eventWithProgramme(['  - time: "12:00"', '    title: Too late']));
		expect(late).toEqual([expect.objectContaining({ line: 10, field: 'programme.0.time', message: expect.stringContaining('after the event ends: correct its time, or the event’s end') })]);
		const severalDays = await problemsOf(eventWithProgramme(['  - time: "09:00"', '    title: Second morning'], { end: '2021-08-21T17:00' }));
		expect(severalDays).toEqual([expect.objectContaining({ field: 'programme.0.time', message: expect.stringContaining('write its date too, e.g. 2021-08-21T09:00') })]);
	});

	test('places nothing against a start it could not read, and reports the start alone', async () => {
		const problems = await problemsOf(eventWithProgramme(['  - time: "09:30"', '    title: Opening'], { start: '2021-08-20T10:00Z', end: '' }));
		expect(problems.map((problem) => problem.field)).toEqual(['start']);
	});

	test('reports a language code that is not one, and every mistake of a programme at once', async () => {
		const problems = await problemsOf(eventWithProgramme(['  - time: "08:00"', '    title: Too early', '  - title: A reading', '    language: "not a language"']));
		expect(problems.map((problem) => [problem.field, problem.line])).toEqual(
			expect.arrayContaining([
				['programme.1.language', 13],
				['programme.0.time', 10],
			]),
		);
		expect(problems.find((problem) => problem.field === 'programme.1.language')?.message).toContain('expected a language code such as ar');
	});
});

describe('a programme as read', () => {
	const event = { start: '2021-08-20T10:00:00', timeZone: 'America/New_York' };
	test('gives each time in the event’s zone, in the page’s locale, with its offset for machines', () => {
		expect(programmeTimeText({ time: '10:05:00' }, event, 'fr')).toEqual({ text: '10:05', datetime: '2021-08-20T10:05-04:00' });
		expect(programmeTimeText({ time: '10:05:00' }, event, 'en').text).toMatch(/^10:05\sAM$/);
		// An item on a later day names its day.
		expect(programmeTimeText({ date: '2021-08-21', time: '09:00:00' }, event, 'en').text).toMatch(/Sat.*21.*9:00/);
	});

	test('becomes one line per item for a calendar: time, title, then speaker and role', () => {
		const items = [
			{ time: { time: '10:05:00' }, title: 'Minute of silence' },
			{ title: 'Remarks', speaker: 'Secretary-General of the United Nations', role: 'Secretary-General' },
			{ time: { time: '11:00:00' }, title: 'Closing', role: 'Host' },
		];
		expect(programmeTextLines(items, event, 'fr', ', ')).toEqual(['10:05 Minute of silence', 'Remarks — Secretary-General of the United Nations, Secretary-General', '11:00 Closing — Host']);
	});
});
