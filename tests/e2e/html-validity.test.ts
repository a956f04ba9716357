import { readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtFile, distDir } from '../support/built-site';

/**
 * Every page in dist/ passes html-validate's recommended rules. Each exception is listed here with
 * its reason; nothing else is switched off.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// The official names of UN observances and documents are longer than 70 characters, and a page
		// title that cuts "International Day of Remembrance of and Tribute to the Victims of Terrorism"
		// short would misname it.
		'long-title': 'off',
		// Headings inside Arabic, Chinese and Russian texts get ids in their own script, which HTML
		// allows (any characters but spaces); the strict rule accepts Latin letters only.
		'valid-id': ['error', { relaxed: true }],
		// A support line's link reads as a sentence in every language ("Call +00 000…"); the number
		// itself is written with non-breaking spaces, the words before it may wrap.
		'tel-non-breaking': ['error', { ignoreClasses: ['support__call'] }],
	},
});

const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.map((file) => file.split(path.sep).join('/'))
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

test(`the ${pages.length} pages are valid HTML`, async () => {
	expect(pages.length).toBeGreaterThan(200);
	const errors: string[] = [];
	for (const page of pages) {
		const report = await validator.validateString(builtFile(page), page);
		for (const result of report.results) {
			for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
	}
	expect(errors).toEqual([]);
}, 120_000);
