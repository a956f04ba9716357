import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/archive/site-settings';
import { dictionaries } from '../../src/i18n/index';
import { siteUrl, useBrowser } from '../support/browser';
import { contentDir } from '../support/content-files';

/**
 * The "Leave this site quickly" button, switched on in the full fixture archive's site.yaml. The neutral site it
 * leads to is answered by a stub in the browser itself (page.route), so no request leaves the machine.
 */
const settings = readSiteSettings(contentDir);
if (!settings?.quickExit.enabled) throw new Error('tests/fixtures/archives/full/site.yaml must switch the quick exit on');
const destination = settings.quickExit.url;
const open = useBrowser();

/** Answers every request for the quick exit's destination with a small page, and lists the navigations to it. */
async function stubDestination(page: Page): Promise<Request[]> {
	const requests: Request[] = [];
	await page.context().route(`${new URL(destination).origin}/**`, async (route) => {
		if (route.request().isNavigationRequest()) requests.push(route.request());
		await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral page</title><p>Neutral page</p>' });
	});
	return requests;
}

/** Where the quick exit is drawn, in CSS pixels from the viewport's edges, and how its bar is pinned. */
async function cornerOf(page: Page) {
	return page.locator('.quick-exit__link').evaluate((link) => {
		const box = link.getBoundingClientRect();
		const bar = link.closest('.quick-exit-bar');
		return { left: Math.round(box.left), right: Math.round(window.innerWidth - box.right), top: Math.round(box.top), position: bar ? getComputedStyle(bar).position : '' };
	});
}

describe('the quick exit', () => {
	test('is the first thing the keyboard reaches, before the skip link, with its label in the page’s language', async () => {
		const { page } = await open('');
		for (const [pagePath, locale] of [
			['', 'en'],
			['ar/stories/tea-at-four-oclock/', 'ar'],
			['zh/events/', 'zh'],
			['fr/search/', 'fr'],
			['ru/about/', 'ru'],
			['es/news/', 'es'],
		] as const) {
			await page.goto(siteUrl(pagePath));
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => ({ href: document.activeElement?.getAttribute('href'), text: document.activeElement?.textContent?.trim() }));
			expect(first, pagePath).toEqual({ href: destination, text: dictionaries[locale]?.['quickExit.label'] });
			await page.keyboard.press('Tab');
			await expect(page.evaluate(() => document.activeElement?.getAttribute('href')), pagePath).resolves.toBe('#main-content');
		}
	});

	test('is visible at the top, at the inline end, and stays there while the page scrolls: top right in English, top left in Arabic', async () => {
		for (const [pagePath, side] of [
			['stories/my-mothers-hands/', 'right'],
			['ar/stories/my-mothers-hands/', 'left'],
		] as const) {
			for (const viewport of [{ width: 390, height: 740 }, { width: 1280, height: 800 }]) {
				const { page } = await open(pagePath, { viewport });
				const link = page.locator('.quick-exit__link');
				expect(await link.isVisible(), pagePath).toBe(true);
				const before = await cornerOf(page);
				expect(before.position).toBe('sticky');
				// At the inline end of the page's width: the screen's edge on a phone, the column's on a desktop.
				expect(before[side], `${pagePath}: distance from the ${side} edge`).toBeLessThan(viewport.width < 600 ? 40 : (viewport.width - 1152) / 2 + 40);
				expect(before[side === 'right' ? 'left' : 'right'], pagePath).toBeGreaterThan(100);
				expect(before.top).toBeLessThan(12);
				await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
				expect(await cornerOf(page)).toEqual(before);
			}
		}
	});

	test('tells how to leave with the keyboard when it has focus, only where the script makes that true', async () => {
		const withScript = (await open('')).page;
		const before = await cornerOf(withScript);
		await withScript.keyboard.press('Tab');
		expect(await withScript.getByText('Or press Esc three times').isVisible()).toBe(true);
		// The hint is laid over the page below the bar: the button does not move, so a pointer pressing it stays on it.
		expect(await cornerOf(withScript)).toEqual(before);
		await expect(withScript.locator('.quick-exit__link').getAttribute('aria-describedby')).resolves.toBe('quick-exit-hint');

		const withoutScript = (await open('', { javaScript: false })).page;
		await withoutScript.keyboard.press('Tab');
		expect(await withoutScript.getByText('Or press Esc three times').isVisible()).toBe(false);
		await expect(withoutScript.locator('.quick-exit__link').getAttribute('aria-describedby')).resolves.toBeNull();
	});

	test('leaves without JavaScript: it is a plain link to the neutral site, which is not told where the visitor came from', async () => {
		const { page } = await open('stories/tea-at-four-oclock/', { javaScript: false });
		const requests = await stubDestination(page);
		const link = page.locator('.quick-exit__link');
		await expect(link.getAttribute('href')).resolves.toBe(destination);
		await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
		await link.click();
		await page.waitForURL(destination);
		expect(requests).toHaveLength(1);
		expect(requests[0]?.headers().referer).toBeUndefined();
	});

	test('with JavaScript, leaves by replacing the page in the history, so that Back does not return to it', async () => {
		const { page } = await open('stories/');
		const requests = await stubDestination(page);
		await page.locator('main article h2 a').first().click();
		await page.waitForURL(/\/stories\/[^/]+\/$/);
		const story = page.url();
		const historyLength = await page.evaluate(() => history.length);

		await page.locator('.quick-exit__link').click();
		await page.waitForURL(destination);
		expect(requests[0]?.headers().referer).toBeUndefined();
		// The story's entry was replaced, not followed: the history is no longer than before.
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		await page.goBack();
		expect(page.url()).toBe(siteUrl('stories/'));
		expect(page.url()).not.toBe(story);
	});

	test('with JavaScript, pressing Escape three times leaves, and once or twice does not', async () => {
		const { page } = await open('stories/tea-at-four-oclock/');
		await stubDestination(page);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForTimeout(1500);
		expect(page.url()).toBe(siteUrl('stories/tea-at-four-oclock/'));

		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForURL(destination);
		await page.goBack();
		expect(page.url()).not.toBe(siteUrl('stories/tea-at-four-oclock/'));
	});
});
