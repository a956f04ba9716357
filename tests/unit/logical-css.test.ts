import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../support/commands';

/** Every stylesheet and every <style> block of a component, page or layout, with its file. */
function styleSources(folder = path.join(repoRoot, 'src')): { file: string; css: string }[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return styleSources(full);
		const text = readFileSync(full, 'utf8');
		if (entry.name.endsWith('.css')) return [{ file: full, css: text }];
		if (entry.name.endsWith('.astro')) return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({ file: full, css: match[1] ?? '' }));
		return [];
	});
}

/** Physical directions that do not flip for right-to-left languages. */
const PHYSICAL = [
	/\b(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b/,
	/(?:^|[\s;{])(?:left|right)\s*:/,
	/\b(?:float|clear|text-align|resize)\s*:\s*(?:left|right)\b/,
	/\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
];

test('the CSS uses logical properties only, so that Arabic mirrors the whole layout', () => {
	const offending = styleSources().flatMap(({ file, css }) =>
		css
			.split('\n')
			.filter((line) => PHYSICAL.some((pattern) => pattern.test(line.replace(/\/\*.*?\*\//g, ''))))
			.map((line) => `${path.relative(repoRoot, file)}: ${line.trim()}`),
	);
	expect(styleSources().length).toBeGreaterThan(10);
	expect(offending).toEqual([]);
});
