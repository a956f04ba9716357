import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distDir } from './built-site';

/** Every file of the built site as text, Pagefind's compressed index files decompressed. */
const builtTexts = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.filter((file) => !/\.(jpe?g|png|webp|avif|gif|svg|ico|wasm|woff2?)$/i.test(file))
	.flatMap((file) => {
		try {
			const bytes = readFileSync(`${distDir}${file}`);
			return [{ file, text: (file.startsWith('pagefind/') && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8') }];
		} catch {
			return []; // a folder
		}
	});

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
