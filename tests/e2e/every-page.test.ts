import { chromium } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { sitemapPaths } from './built-site';
import { siteUrl } from './site';

/**
 * Loads every page of the default language and of Arabic (the right-to-left one) in Chromium, one
 * after another in a single tab, and collects what a visitor must never meet: a request to another
 * origin, a request that fails, an error in the console, or a skip link that is not the first stop
 * of the keyboard. Structure in every language is checked without a browser in page-structure.test.ts.
 */
const paths = [...sitemapPaths().filter((path) => !/^(zh|fr|ru|es)\//.test(path)), '404.html'];

test(`${paths.length} pages load nothing from elsewhere, fail no request and log no error`, { timeout: 300_000 }, async () => {
	const browser = await chromium.connect(inject('browserEndpoint'));
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const origin = new URL(siteUrl()).origin;
	const problems: string[] = [];
	let current = '';
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
		if (response.status() >= 400 && !(current === 'no-such-page/' && response.url().endsWith('no-such-page/'))) {
			problems.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
		}
	});
	page.on('console', (message) => {
		// Chromium logs the 404 status of the missing page itself; anything else is a real error.
		const isExpected404 = current === 'no-such-page/' && message.text().includes('404');
		if (message.type() === 'error' && !isExpected404) problems.push(`${current}: console error: ${message.text()}`);
	});

	for (const path of [...paths.filter((p) => p !== '404.html'), 'no-such-page/']) {
		current = path;
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		if (focused !== '#main-content') problems.push(`${path}: the first Tab reaches ${focused}, not the skip link`);
	}
	await context.close();
	await browser.close();
	expect(problems).toEqual([]);
	expect(paths.length).toBeGreaterThan(40);
});
