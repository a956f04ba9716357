import { describe, expect, test } from 'vitest';
import { saveScreenshot, useBrowser } from '../support/browser';

/**
 * Arabic is read right to left: the whole layout mirrors. These tests measure where things are on
 * the screen, and save screenshots (tests/artifacts/) for a person to look at.
 */
const open = useBrowser();

/** The horizontal centres of the elements a locator finds, in document order. */
async function centres(locator: import('playwright-core').Locator): Promise<number[]> {
	return locator.evaluateAll((elements) => elements.map((element) => {
		const box = element.getBoundingClientRect();
		return box.left + box.width / 2;
	}));
}

describe('the Arabic home page', () => {
	test('is right to left, with the navigation starting on the right', async () => {
		const { page } = await open('ar/');
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		const items = await centres(page.locator('nav.main-navigation a'));
		expect(items.length).toBeGreaterThan(3);
		expect([...items].sort((a, b) => b - a)).toEqual(items);
		const siteName = await centres(page.locator('.site-name'));
		expect(siteName[0]).toBeGreaterThan(640);
		await saveScreenshot(page, 'ar-home');
	});

	test('on a phone too, the first item of the navigation is the one furthest to the right', async () => {
		const { page } = await open('ar/', { viewport: { width: 390, height: 844 } });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		await saveScreenshot(page, 'ar-home-phone');
	});
});

describe('an Arabic story', () => {
	const path = 'ar/stories/tea-at-four-oclock/';

	test('has breadcrumbs that run right to left', async () => {
		const { page } = await open(path);
		const crumbs = await centres(page.locator('nav.breadcrumbs li'));
		expect(crumbs.length).toBeGreaterThanOrEqual(3);
		expect([...crumbs].sort((a, b) => b - a)).toEqual(crumbs);
	});

	test('starts its text at the right edge of the column', async () => {
		const { page } = await open(path);
		const heading = await page.locator('h1').evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			const text = range.getBoundingClientRect();
			const box = element.getBoundingClientRect();
			return { textRight: text.right, boxRight: box.right, textLeft: text.left, boxLeft: box.left };
		});
		expect(Math.abs(heading.boxRight - heading.textRight)).toBeLessThan(2);
		expect(heading.textLeft - heading.boxLeft).toBeGreaterThan(-1);
		await page.locator('details.story-fold > summary').click();
		await saveScreenshot(page, 'ar-story');
	});
});

describe('a page in another language', () => {
	test('the banner on the French home page leads to the French page of the event', async () => {
		const { page } = await open('fr/');
		await page.locator('.home-banners a.action').first().click();
		await page.waitForURL(/\/fr\/events\/international-day-of-remembrance-2027\/$/);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
	});

	test('a link in a French text leads to the French page it names', async () => {
		const { page } = await open('fr/news/secretary-general-report-on-assisting-victims-of-terrorism/');
		await expect(page.locator('.entry-body a[href$="/documents/a-74-790/"]').getAttribute('href')).resolves.toBe(new URL(page.url()).pathname.replace(/news\/.*$/, 'documents/a-74-790/'));
	});

	test('the language switcher leads to the same story in Arabic', async () => {
		const { page } = await open('stories/tea-at-four-oclock/');
		await page.getByRole('link', { name: 'العربية' }).click();
		await page.waitForURL(/\/ar\/stories\/tea-at-four-oclock\/$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('الشاي');
	});
});
