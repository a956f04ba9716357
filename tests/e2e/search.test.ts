import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtFile, distDir, sitemapPaths } from '../support/built-site';
import { readHeadersFile } from '../support/header-files';
import { saveScreenshot, siteUrl, useBrowser } from '../support/browser';
import { searchIndex, sitePath } from '../support/search-index';

/**
 * The site search: Pagefind's index, built from dist/ after the Astro build, and the search page
 * that reads it. The index is queried with Pagefind's own script in Chromium, as a visitor's
 * browser would, from a page of the language being searched (Pagefind picks the index from <html lang>).
 */
const open = useBrowser();

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

describe('the search index', () => {
	test('a distinctive word from a story finds that story first', async () => {
		const { page } = await open('');
		const found = await searchIndex(page, 'embroidery');
		expect(found[0]?.url).toBe(sitePath('stories/my-mothers-hands/'));
		expect(found[0]?.meta).toMatchObject({ type: 'story', title: "My mother's hands", date: '2024-05-12' });
	});

	test('a word in a title weighs more than the same word in the text of other pages', async () => {
		const { page } = await open('');
		const found = await searchIndex(page, 'garden');
		expect(found.length).toBeGreaterThan(1);
		expect(found[0]?.url).toBe(sitePath('stories/my-grandmothers-garden/'));
	});

	test('a French word finds the French page, not the English one', async () => {
		const { page } = await open('fr/');
		const found = await searchIndex(page, 'responsabilité');
		const urls = found.map((result) => result.url);
		expect(urls[0]).toBe(sitePath('fr/news/secretary-general-report-on-assisting-victims-of-terrorism/'));
		expect(urls).not.toContain(sitePath('news/secretary-general-report-on-assisting-victims-of-terrorism/'));
		expect(urls.every((url) => url.startsWith(sitePath('fr/')))).toBe(true);
	});

	test('the type filter narrows the results to that type', async () => {
		const { page } = await open('');
		const all = await searchIndex(page, 'families');
		const stories = await searchIndex(page, 'families', { filters: { type: 'story' } });
		expect(stories.length).toBeGreaterThan(0);
		expect(stories.length).toBeLessThan(all.length);
		expect(stories.every((result) => result.meta.type === 'story' && result.url.includes('/stories/'))).toBe(true);
	});

	test('holds, in every language, exactly the entry pages: no listing, tag page, home page, search page, 404 or unlisted story', async () => {
		const entryPage = /^(?:[a-z]{2}\/)?(events|stories|news|documents|series|people)\/[^/]+\/$/;
		const expected = sitemapPaths().filter((pagePath) => entryPage.test(pagePath));
		const { page } = await open('');
		for (const locale of languages) {
			const indexed = (await searchIndex(page, null, {}, locale)).map((result) => result.url).sort();
			const ofLocale = expected.filter((pagePath) => (locale === 'en' ? !/^[a-z]{2}\//.test(pagePath) : pagePath.startsWith(`${locale}/`)));
			expect(indexed, `the ${locale} index`).toEqual(ofLocale.map(sitePath).sort());
			expect(indexed.join(' ')).not.toContain('a-letter-to-those-who-came-to-help');
		}
	});

	test('indexes each text once, in its own language: the French index has no English-only story', async () => {
		const { page } = await open('fr/');
		expect(await searchIndex(page, 'embroidery')).toEqual([]);
		expect((await searchIndex(page, 'embroidery', {}, 'en')).map((result) => result.url)).toEqual([sitePath('stories/my-mothers-hands/')]);
	});

	test('a text written only in English is found from the French search page, marked English, and opens in French with the notice', async () => {
		const { page } = await open('fr/search/?q=embroidery');
		const result = page.locator('.search-result').first();
		await result.waitFor();
		await expect(result.locator('a').getAttribute('href')).resolves.toBe(sitePath('fr/stories/my-mothers-hands/'));
		await expect(result.locator('a').getAttribute('lang')).resolves.toBe('en');
		await expect(result.locator('.search-result__language').textContent()).resolves.toBe('Rédigé en anglais');
		await result.locator('a').click();
		await page.waitForURL(/\/fr\/stories\/my-mothers-hands\/$/);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
		await expect(page.locator('.translation-notice').textContent()).resolves.toContain('pas encore été traduite');
	});

	test('a story written only in French is found from the English search page, after the English results', async () => {
		const { page } = await open('search/?q=cahiers');
		await page.locator('.search-result').first().waitFor();
		const links = await page.locator('.search-result a').evaluateAll((anchors) => anchors.map((anchor) => decodeURI(anchor.getAttribute('href') ?? '')));
		expect(links).toContain(sitePath('stories/les-cahiers-du-maître/'));
		const languages = await page.locator('.search-result').evaluateAll((items) => items.map((item) => item.querySelector('.search-result__language')?.textContent ?? 'own'));
		// The visitor's own language first: no English result after one in another language.
		const firstOther = languages.findIndex((language) => language !== 'own');
		expect(firstOther).toBeGreaterThanOrEqual(0);
		expect(languages.slice(firstOther)).not.toContain('own');
		expect(languages).toContain('Written in French');
	});

	test('a story with content warnings has no thumbnail, and its warnings go with its result', async () => {
		const { page } = await open('');
		const [teaAtFour] = await searchIndex(page, 'geography');
		expect(teaAtFour?.url).toBe(sitePath('stories/tea-at-four-oclock/'));
		expect(teaAtFour?.meta.image ?? '').toBe('');
		expect(JSON.parse(teaAtFour?.meta.warnings ?? '[]')).toEqual(['Mentions a violent death']);
		const [mothersHands] = await searchIndex(page, 'embroidery');
		expect(mothersHands?.meta.image).toMatch(/\/_astro\/portrait-candle\.[\w-]+\.webp$/);
	});
});

describe('a withdrawn story', () => {
	test('leaves no trace in any file of dist/, the compressed search index included', () => {
		const leaks: string[] = [];
		let fragments = 0;
		for (const file of filesUnder(distDir)) {
			if (/withdrawn-sample|a-withdrawn-story/.test(file)) leaks.push(`${file}: its name`);
			const bytes = readFileSync(path.join(distDir, file));
			// Pagefind's index files are gzip streams; a fragment holds one page's text and metadata.
			const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
			const text = (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
			if (file.endsWith('.pf_fragment')) {
				fragments++;
				expect(text.startsWith('pagefind_dcd'), file).toBe(true);
			}
			for (const trace of ['lanternfish', 'withdrawn-sample', 'A sample of a withdrawn story']) {
				if (text.includes(trace)) leaks.push(`${file}: "${trace}"`);
			}
		}
		expect(fragments).toBeGreaterThan(60);
		expect(leaks).toEqual([]);
	});

	test('is found by no search, in any language', async () => {
		const { page } = await open('');
		for (const locale of languages) {
			// Quotes ask Pagefind for the exact word; nothing in any index has it.
			expect(await searchIndex(page, '"lanternfish"', {}, locale), locale).toEqual([]);
			// Unquoted, Pagefind also offers pages with a word the query starts with ("Lantern walk by the
			// river"): those are other entries, never the withdrawn story.
			const near = await searchIndex(page, 'lanternfish', {}, locale);
			expect(near.map((result) => result.url).join(' '), locale).not.toMatch(/withdrawn/);
			expect(near.map((result) => result.meta.title).join(' '), locale).not.toMatch(/withdrawn/i);
		}
	});
});

describe('the search page', () => {
	test('is reached from the header field on the home page, announces the count and lets the keyboard reach the first result', async () => {
		const record = await open('');
		const { page } = record;
		await page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox').fill('embroidery');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=embroidery$/);
		const firstResult = page.locator('.search-result a').first();
		await firstResult.waitFor();
		await expect(firstResult.getAttribute('href')).resolves.toBe(sitePath('stories/my-mothers-hands/'));
		const status = page.locator('[role="status"][aria-live="polite"]');
		// Pagefind also counts weaker matches from other languages' indexes, listed after the visitor's own.
		await expect(status.textContent()).resolves.toBe(`Results for “embroidery”: ${await page.locator('.search-result').count()}`);
		await expect(page.locator('#search-query').inputValue()).resolves.toBe('embroidery');

		await page.locator('#search-query').focus();
		let reached = false;
		for (let step = 0; step < 12 && !reached; step++) {
			await page.keyboard.press('Tab');
			reached = await firstResult.evaluate((link) => link === document.activeElement);
		}
		expect(reached).toBe(true);
		expect(record.foreignRequests).toEqual([]);
		expect(record.failedRequests).toEqual([]);
		expect(record.consoleErrors).toEqual([]);
		await saveScreenshot(page, 'search-results');
	});

	test('updates the results as one types, and keeps the search in the address', async () => {
		const { page } = await open('search/');
		await page.locator('#search-query').pressSequentially('kora', { delay: 40 });
		await page.locator('.search-result').first().waitFor();
		await expect(page.locator('.search-result a').first().getAttribute('href')).resolves.toBe(sitePath('stories/the-kora-player/'));
		await page.waitForURL(/\/search\/\?q=kora$/);
	});

	test('loads the filters only when the visitor opens them, narrows the results with the type filter, and shares the filter in the address', async () => {
		const { page } = await open('search/?q=families');
		const filterRequests: string[] = [];
		page.on('request', (request) => {
			if (/\/pagefind\/[^/]+\/filter\//.test(request.url())) filterRequests.push(request.url());
		});
		await page.locator('.search-result').first().waitFor();
		const before = await page.locator('.search-result').count();
		expect(filterRequests).toEqual([]);
		await page.locator('.search-filters__summary').click();
		await expect.poll(() => filterRequests.length).toBeGreaterThan(0);
		await page.getByLabel('Type', { exact: true }).selectOption('story');
		await page.waitForURL(/[?&]type=story/);
		await expect.poll(async () => new Set(await page.locator('.search-result__type').allTextContents())).toEqual(new Set(['Story']));
		const types = await page.locator('.search-result__type').allTextContents();
		expect(types.length).toBeLessThanOrEqual(before);
	});

	test('sorted by date, lists the newest first and still lists entries without a date', async () => {
		const { page } = await open('search/?q=memorial&sort=newest');
		await page.locator('.search-result').first().waitFor();
		// Every result, not only the first ten.
		const more = page.getByRole('button', { name: 'Show more results' });
		while (await more.isVisible()) {
			const shown = await page.locator('.search-result').count();
			await more.click();
			await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(shown);
		}
		// One order across the languages: newest first, whatever language a text is written in, then the undated.
		const listed = await page.locator('.search-result').evaluateAll((items) =>
			items.map((item) => ({ language: item.querySelector('.search-result__language')?.textContent ?? 'own', date: item.querySelector('time')?.getAttribute('datetime') ?? '' })),
		);
		const dates = listed.map((result) => result.date);
		const undated = dates.indexOf('');
		expect(undated).toBeGreaterThan(2);
		expect(dates.slice(undated).every((date) => date === ''), 'the undated come last').toBe(true);
		const dated = dates.slice(0, undated);
		expect([...dated].sort().reverse()).toEqual(dated);
		// The merge is real: results of other languages sit between those of the page's own.
		const firstOther = listed.findIndex((result) => result.language !== 'own');
		const lastOwn = listed.findLastIndex((result) => result.language === 'own' && result.date);
		expect(firstOther).toBeGreaterThanOrEqual(0);
		expect(firstOther).toBeLessThan(lastOwn);
		// The UN memorial service series has no first year, hence no date; it follows the dated results.
		const links = await page.locator('.search-result a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links).toContain(sitePath('series/un-annual-memorial-service/'));
	});

	test('an empty query, punctuation only, or 500 characters pasted in get a calm answer and no error', async () => {
		const record = await open('search/');
		const { page } = record;
		const input = page.locator('#search-query');
		const status = page.locator('[data-status]');
		await input.fill('?!… — ,.;');
		await expect.poll(() => status.textContent()).toBe('Nothing was found for “?!… — ,.;”.');
		expect(await page.locator('.search-result').count()).toBe(0);

		await input.fill('    ');
		await expect.poll(() => status.textContent()).toBe('');
		expect(await page.locator('.search-result').count()).toBe(0);

		const pasted = 'embroidery '.repeat(46).slice(0, 500);
		await input.fill(pasted);
		await expect.poll(() => status.textContent()).toMatch(/^Results for “embroidery embroidery .*…”: \d+$/);
		expect(Array.from((await status.textContent()) ?? '').length).toBeLessThan(90);
		await expect(page.locator('.search-result a').first().getAttribute('href')).resolves.toBe(sitePath('stories/my-mothers-hands/'));
		expect(record.consoleErrors).toEqual([]);
		expect(record.failedRequests).toEqual([]);
	});

	test('shows more results on request, and takes the keyboard to the first one added', async () => {
		const { page } = await open('search/?q=victims');
		await page.locator('.search-result').first().waitFor();
		expect(await page.locator('.search-result').count()).toBe(10);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(10);
		await expect(page.locator('.search-result').nth(10).locator('a').evaluate((link) => link === document.activeElement)).resolves.toBe(true);
	});

	test('without JavaScript, still shows the form, keeps the search in the address and says results need JavaScript', async () => {
		const { page } = await open('', { javaScript: false });
		await page.locator('#site-search-query').fill('embroidery');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=embroidery$/);
		await expect(page.getByRole('search', { name: 'Search', exact: true }).getByRole('searchbox').isVisible()).resolves.toBe(true);
		await expect(page.locator('main').textContent()).resolves.toContain('Search results need JavaScript');
		expect(await page.locator('.search-result').count()).toBe(0);
	});

	test('in Arabic runs right to left, in Arabic words', async () => {
		const { page } = await open(`ar/search/?q=${encodeURIComponent('الشاي')}`);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		await expect(page.locator('h1').textContent()).resolves.toBe('البحث');
		await expect(page.locator('label[for="search-query"]').textContent()).resolves.toBe('البحث في الأرشيف');
		await page.locator('.search-result').first().waitFor();
		await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(/^نتائج البحث عن «الشاي»: /);
		await expect(page.locator('.search-result a').first().getAttribute('href')).resolves.toBe(sitePath('ar/stories/tea-at-four-oclock/'));
		await expect(page.locator('.search-result__type').first().textContent()).resolves.toBe('قصة');
		// The form's button sits to the left of the field, at the end of a right-to-left line.
		const [field, button] = await Promise.all(['#search-query', '.search-form__button'].map((selector) => page.locator(selector).boundingBox()));
		expect((button?.x ?? 0) + (button?.width ?? 0)).toBeLessThanOrEqual(field?.x ?? 0);
		await saveScreenshot(page, 'search-ar');
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
		await saveScreenshot(page, 'search-ar-phone');
	});

	test('fetches only from the site itself, and downloads little for a first one-word search', async () => {
		const { page } = await open('');
		const origin = new URL(siteUrl()).origin;
		const requests: Request[] = [];
		page.on('requestfinished', (request) => requests.push(request));
		await page.goto(siteUrl('search/'), { waitUntil: 'networkidle' });
		await page.locator('#search-query').fill('embroidery');
		await page.locator('.search-result').first().waitFor();
		await page.waitForLoadState('networkidle');
		const urls = requests.map((request) => request.url());
		expect(urls.some((url) => url.endsWith('.pf_fragment'))).toBe(true);
		expect(urls.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
		// What the wire carried for Pagefind's script, index and the one result, on a page with nothing cached.
		const pagefind = requests.filter((request) => request.url().includes('/pagefind/'));
		const sizes = await Promise.all(pagefind.map(async (request) => (await request.sizes()).responseBodySize));
		const total = sizes.reduce((sum, bytes) => sum + bytes, 0);
		console.info(`A first one-word search downloaded ${pagefind.length} Pagefind files, ${total} bytes.`);
		expect(total).toBeLessThan(300_000);
	});

	test('works under the site’s Content-Security-Policy, which allows WebAssembly and no inline script', async () => {
		const record = await open('');
		const { page } = record;
		// The header the build writes to dist/_headers; the page's own <meta> policy applies as well.
		const policy = readHeadersFile(builtFile('_headers')).flatMap((rule) => rule.headers).find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
		expect(policy).toContain("'wasm-unsafe-eval'");
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		await page.route('**/search/**', async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
		});
		await page.goto(siteUrl('search/?q=embroidery'));
		await page.locator('.search-result').first().waitFor();
		await expect(page.locator('.search-result a').first().getAttribute('href')).resolves.toBe(sitePath('stories/my-mothers-hands/'));
		await expect(page.locator('.search-result__image').first().evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0)).resolves.toBe(true);
		expect(record.consoleErrors).toEqual([]);
	});

	test('looks calm on a phone and on a wide screen', async () => {
		for (const [width, height, name] of [
			[390, 844, 'search-phone'],
			[1280, 900, 'search-wide'],
		] as const) {
			const { page } = await open('search/?q=remembrance', { viewport: { width, height } });
			await page.locator('.search-result').first().waitFor();
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
			await saveScreenshot(page, name);
		}
	});
});
