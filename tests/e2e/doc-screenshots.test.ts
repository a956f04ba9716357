import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docImagesDir, saveDocScreenshot, updateDocScreenshots, useBrowser } from '../support/browser';

/**
 * The screenshots in docs/organisers-guide.md ("How it looks"), taken from the built site at 1280 px
 * wide, and on a 390 px phone where the guide shows the header. They are always saved under tests/artifacts/; `UPDATE_DOC_SCREENSHOTS=1 npm run test:e2e`
 * also copies them to docs/images/, so CI never rewrites the docs.
 */
const open = useBrowser({ viewport: { width: 1280, height: 800 } });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const shots: { name: string; path: string; viewport?: typeof PHONE; openMenu?: boolean }[] = [
	{ name: 'home', path: '' },
	{ name: 'event', path: 'events/threads-of-memory-exhibition-nairobi/' },
	// A story with content warnings, as it first appears: the warnings, the story folded behind them.
	{ name: 'story-fold', path: 'stories/tea-at-four-oclock/' },
	// The first screen of a story: the quick exit's bar and the header, on a phone and a desktop, in
	// English and in Arabic, and the phone's menu open.
	{ name: 'first-screen-phone-en', path: 'stories/tea-at-four-oclock/', viewport: PHONE },
	{ name: 'first-screen-phone-ar', path: 'ar/stories/tea-at-four-oclock/', viewport: PHONE },
	{ name: 'first-screen-phone-menu-en', path: 'stories/tea-at-four-oclock/', viewport: PHONE, openMenu: true },
	{ name: 'first-screen-desktop-en', path: 'stories/tea-at-four-oclock/', viewport: DESKTOP },
	{ name: 'first-screen-desktop-ar', path: 'ar/stories/tea-at-four-oclock/', viewport: DESKTOP },
];

describe('screenshots for the organisers’ guide', () => {
	for (const { name, path, viewport, openMenu } of shots) {
		test(`${name}: ${path || 'home page'}`, async () => {
			const { page, failedRequests } = await open(path, { reducedMotion: 'reduce', ...(viewport ? { viewport } : {}) });
			await page.evaluate(() => document.fonts.ready);
			if (openMenu) await page.locator('.header-panel-button[popovertarget="header-menu"]').click();
			expect(failedRequests).toEqual([]);
			const file = await saveDocScreenshot(page, name);
			expect(statSync(file).size).toBeLessThan(300 * 1024);
			if (updateDocScreenshots) expect(statSync(`${docImagesDir}${name}.png`).size).toBe(statSync(file).size);
		});
	}
});
