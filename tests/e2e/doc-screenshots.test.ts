import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docImagesDir, saveDocScreenshot, updateDocScreenshots, useBrowser } from '../support/browser';

/**
 * The screenshots in docs/organisers-guide.md ("How it looks"), taken from the built site at 1280 px
 * wide. They are always saved under tests/artifacts/; `UPDATE_DOC_SCREENSHOTS=1 npm run test:e2e`
 * also copies them to docs/images/, so CI never rewrites the docs.
 */
const open = useBrowser({ viewport: { width: 1280, height: 800 } });

const shots = [
	{ name: 'home', path: '' },
	{ name: 'event', path: 'events/threads-of-memory-exhibition-nairobi/' },
	// A story with content warnings, as it first appears: the warnings, the story folded behind them.
	{ name: 'story-fold', path: 'stories/tea-at-four-oclock/' },
];

describe('screenshots for the organisers’ guide', () => {
	for (const { name, path } of shots) {
		test(`${name}: ${path || 'home page'}`, async () => {
			const { page, failedRequests } = await open(path, { reducedMotion: 'reduce' });
			await page.evaluate(() => document.fonts.ready);
			expect(failedRequests).toEqual([]);
			const file = await saveDocScreenshot(page, name);
			expect(statSync(file).size).toBeLessThan(300 * 1024);
			if (updateDocScreenshots) expect(statSync(`${docImagesDir}${name}.png`).size).toBe(statSync(file).size);
		});
	}
});
