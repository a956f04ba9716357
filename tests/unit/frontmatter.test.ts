import { describe, expect, test } from 'vitest';
import { parseFrontmatter, parseYaml } from '../../src/core/frontmatter';

const event = [
	'---', // 1
	'title: Annual memorial ceremony', // 2
	'start: 2021-09-11T08:30', // 3
	'venue:', // 4
	'  name: Memorial Plaza', // 5
	'  city: New York', // 6
	'  country: US', // 7
	'documents:', // 8
	'  - a-74-790', // 9
	'  - a-res-73-305', // 10
	'recordings:', // 11
	'  - kind: video', // 12
	'    title: Full ceremony', // 13
	'  - kind: transcript', // 14
	'    title: Transcript', // 15
	'---', // 16
	'', // 17
	'The body starts here.', // 18
].join('\n');

describe('reading frontmatter', () => {
	const parsed = parseFrontmatter(event);

	test('gives the fields between the --- lines', () => {
		expect(parsed.hasFrontmatter).toBe(true);
		expect(parsed.data).toMatchObject({ title: 'Annual memorial ceremony', venue: { country: 'US' }, documents: ['a-74-790', 'a-res-73-305'] });
	});

	test('finds the line of a top-level field', () => {
		expect(parsed.lineOf(['title'])).toBe(2);
		expect(parsed.lineOf(['start'])).toBe(3);
	});

	test('finds the line of a nested field', () => {
		expect(parsed.lineOf(['venue'])).toBe(4);
		expect(parsed.lineOf(['venue', 'country'])).toBe(7);
	});

	test('finds the line of a list item, and of a field inside one', () => {
		expect(parsed.lineOf(['documents', 0])).toBe(9);
		expect(parsed.lineOf(['documents', 1])).toBe(10);
		expect(parsed.lineOf(['recordings', 1])).toBe(14);
		expect(parsed.lineOf(['recordings', 1, 'title'])).toBe(15);
	});

	test('points a field that is not written at the nearest field around it', () => {
		expect(parsed.lineOf(['venue', 'address'])).toBe(4);
		expect(parsed.lineOf(['documents', 5])).toBe(8);
	});

	test('points a missing top-level field at the start of the frontmatter', () => {
		expect(parsed.lineOf(['summary'])).toBe(2);
	});

	test('keeps dates and words such as "yes" as the text that was written', () => {
		const { data } = parseFrontmatter('---\ndate: 2021-02-30\nstart: 2021-09-11T08:30:00\nstatus: yes\nallDay: true\n---\n');
		expect(data).toEqual({ date: '2021-02-30', start: '2021-09-11T08:30:00', status: 'yes', allDay: true });
	});

	test('a --- in the body is not part of the frontmatter', () => {
		const { data } = parseFrontmatter('---\ntitle: One\n---\n\nAbove the rule.\n\n---\n\nBelow the rule.\n');
		expect(data).toEqual({ title: 'One' });
	});

	test('an empty frontmatter block gives no fields', () => {
		const parsed = parseFrontmatter('---\n---\nBody.\n');
		expect(parsed.hasFrontmatter).toBe(true);
		expect(parsed.syntaxErrors).toEqual([]);
		expect(parsed.data ?? {}).toEqual({});
	});
});

describe('a file with no frontmatter', () => {
	test('has no fields, no errors, and every line points at the top', () => {
		const parsed = parseFrontmatter('Just a body.\n\ntitle: not frontmatter\n');
		expect(parsed).toMatchObject({ hasFrontmatter: false, data: {}, syntaxErrors: [] });
		expect(parsed.lineOf(['title'])).toBe(1);
	});
});

describe('a YAML syntax error', () => {
	test('is reported with the line of the file it is on', () => {
		const parsed = parseFrontmatter(['---', 'title: Broken', 'summary: this line holds: a nested mapping', 'kind: other', '---', ''].join('\n'));
		expect(parsed.data).toBeUndefined();
		expect(parsed.syntaxErrors).toEqual([{ line: 3, message: 'Nested mappings are not allowed in compact mappings' }]);
	});

	test('a field written twice is an error on its second line', () => {
		const parsed = parseFrontmatter('---\ntitle: One\nsummary: Two\ntitle: Three\n---\n');
		expect(parsed.syntaxErrors.map((error) => error.line)).toEqual([4]);
	});

	test('keeps only the first line of the parser message', () => {
		const parsed = parseFrontmatter('---\ntitle: [unclosed\nkind: other\n---\n');
		expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
		for (const error of parsed.syntaxErrors) expect(error.message).not.toContain('\n');
	});
});

describe('files written by other editors', () => {
	test('a byte order mark before the frontmatter is ignored', () => {
		const parsed = parseFrontmatter('\uFEFF---\ntitle: With a BOM\ncountry: US\n---\nBody.\n');
		expect(parsed.hasFrontmatter).toBe(true);
		expect(parsed.data).toEqual({ title: 'With a BOM', country: 'US' });
		expect(parsed.lineOf(['country'])).toBe(3);
	});

	test('blank lines before the frontmatter move the line numbers down', () => {
		const parsed = parseFrontmatter('\n\n---\ntitle: Late start\ncountry: US\n---\n');
		expect(parsed.data).toEqual({ title: 'Late start', country: 'US' });
		expect(parsed.lineOf(['country'])).toBe(5);
	});

	test('Windows line endings give the same fields and lines', () => {
		const parsed = parseFrontmatter('---\r\ntitle: Windows\r\nvenue:\r\n  country: US\r\n---\r\nBody.\r\n');
		expect(parsed.data).toEqual({ title: 'Windows', venue: { country: 'US' } });
		expect(parsed.lineOf(['venue', 'country'])).toBe(4);
	});
});

describe('a whole YAML file such as site.yaml', () => {
	test('counts lines from the first line of the file', () => {
		const parsed = parseYaml('name: Vigil\nlocales:\n  - code: en\n    name: English\n  - code: fr\n');
		expect(parsed.lineOf(['locales', 1, 'code'])).toBe(5);
		expect(parsed.lineOf(['locales', 0, 'name'])).toBe(4);
	});

	test('an empty file has no fields and no errors', () => {
		const parsed = parseYaml('');
		expect(parsed.syntaxErrors).toEqual([]);
		expect(parsed.data ?? {}).toEqual({});
	});
});
