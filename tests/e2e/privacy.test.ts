import { describe, expect, test } from 'vitest';
import { builtTexts as readBuiltTexts } from '../support/built-site';

const builtTexts = readBuiltTexts();

/** The built files that contain a piece of text. */
function filesMentioning(text: string): string[] {
	return builtTexts.filter((entry) => entry.text.includes(text)).map((entry) => entry.file);
}

describe('what stays with the organisers', () => {
	test('the scan reads the pages and the search index, so the tests below can fail', () => {
		expect(filesMentioning('My mother').length).toBeGreaterThan(0);
		expect(builtTexts.some((entry) => entry.file.startsWith('pagefind/') && entry.text.includes('seamstress'))).toBe(true);
	});

	test('private notes never reach the built site', () => {
		expect(filesMentioning('quiet-harbour-notebook')).toEqual([]);
		expect(filesMentioning('Sample private note')).toEqual([]);
	});

	test("a narrator's contact details never reach the built site", () => {
		expect(filesMentioning('elif.sample@example.org')).toEqual([]);
		expect(filesMentioning('000 000 777')).toEqual([]);
	});
});
