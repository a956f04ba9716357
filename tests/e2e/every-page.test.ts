import { chromium } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { everyPageInTwoLanguages as everyPage, locales, MISSING, onePerKindElsewhere as onePerKind, siteSettings, sweepPaths as paths, templates } from '../support/page-kinds';
import { siteUrl } from '../support/browser';

/**
 * Loads pages in Chromium, one after another in a single tab, and collects what a visitor must never
 * meet: a request to another origin, a request that fails, an error in the console, or a first stop
 * of the keyboard that is not the quick exit (when site.yaml turns it on) and then the skip link.
 * Every page of the default language and of Arabic (the right-to-left one) is loaded, and in every
 * other language one page of each kind. Structure in every language is checked without a browser in
 * page-structure.test.ts.
 */
const { quickExit } = siteSettings;

test(`${paths.length} pages, of every kind in every language, load nothing from elsewhere, fail no request and log no error`, { timeout: 300_000 }, async () => {
	const browser = await chromium.connect(inject('browserEndpoint'));
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const origin = new URL(siteUrl()).origin;
	const problems: string[] = [];
	let current = '';
	const isMissingPage = (url: string) => current.endsWith(MISSING) && url.endsWith(MISSING);
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`${current}: request to ${url}`);
	});
	page.on('requestfailed', (request) => {
		// Moving on to the next page cancels what the last one was still fetching (its favicon, a lazy image).
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: ${request.url()} failed (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		// The 404 page is served with its status on purpose.
		if (response.status() >= 400 && !isMissingPage(response.url())) problems.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
	});
	page.on('console', (message) => {
		// Chromium logs the 404 status of the missing page itself; anything else is a real error.
		const isExpected404 = current.endsWith(MISSING) && message.text().includes('404');
		if (message.type() === 'error' && !isExpected404) problems.push(`${current}: console error: ${message.text()}`);
	});

	const expectedStops = [...(quickExit.enabled ? [quickExit.url] : []), '#main-content'];
	for (const pagePath of paths) {
		current = pagePath;
		await page.goto(siteUrl(pagePath), { waitUntil: 'load' });
		// The search page fetches its index and results after load; wait for them, so their requests are seen.
		if (pagePath.includes('search/?q=')) await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
		for (const expected of expectedStops) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
			if (focused !== expected) problems.push(`${pagePath}: Tab reaches ${focused}, not ${expected}`);
		}
	}
	await context.close();
	await browser.close();
	expect(problems).toEqual([]);
	// Every page in two languages, and all seventeen kinds, a search and the 404 page in the other four.
	expect(everyPage.length).toBeGreaterThan(40);
	expect(onePerKind).toHaveLength((locales.length - 2) * (templates.length + 2));
});
