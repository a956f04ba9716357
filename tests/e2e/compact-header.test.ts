import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/index';
import { siteSettings } from '../support/page-kinds';
import { useBrowser } from '../support/browser';

/**
 * The header on a phone folds the language list, the navigation and the search into panels that
 * buttons open, with or without JavaScript; the current language stays in sight and the search is
 * one tap away. A wide screen shows them all in place, as before. (How much of the first screen the
 * header takes is measured in first-screen.test.ts.)
 */
const open = useBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const languageNames = siteSettings.locales.map((locale) => locale.name);

/** Which of the header's parts can be seen. */
async function visibleParts(page: Page) {
	return {
		languageLinks: await page.locator('.language-switcher a').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length),
		navigationLinks: await page.locator('.main-navigation a').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length),
		searchField: await page.locator('.site-search input').isVisible(),
		buttons: await page.locator('.header-panel-button').evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).map((button) => button.textContent?.replace(/\s+/g, ' ').trim())),
	};
}

describe('on a phone', () => {
	test.each([
		['', 'en'],
		['ar/stories/', 'ar'],
	])('/%s shows the site’s name, the current language, Menu and Search, with the lists folded', async (pagePath, locale) => {
		const { page } = await open(pagePath, { viewport: PHONE });
		const t = dictionaries[locale] ?? {};
		const current = siteSettings.locales.find((entry) => entry.code === locale)?.name ?? '';
		const parts = await visibleParts(page);
		expect(parts).toEqual({ languageLinks: 0, navigationLinks: 0, searchField: false, buttons: [`${t['languages.label']}: ${current}`, t['header.menu'], t['nav.search']] });
		await expect(page.locator('.site-name').isVisible()).resolves.toBe(true);
	});

	for (const javaScript of [true, false]) {
		test(`the buttons open their panels ${javaScript ? 'with' : 'without'} JavaScript, and Escape closes them`, async () => {
			const { page } = await open('stories/', { viewport: PHONE, javaScript });
			await page.getByRole('button', { name: 'Menu' }).click();
			expect((await visibleParts(page)).navigationLinks).toBeGreaterThan(4);
			await page.keyboard.press('Escape');
			expect((await visibleParts(page)).navigationLinks).toBe(0);

			await page.locator('.header-panel-button', { hasText: 'English' }).click();
			expect((await visibleParts(page)).languageLinks).toBe(languageNames.length);
			// Opening one panel closes the other.
			await page.getByRole('button', { name: 'Search' }).click();
			expect(await visibleParts(page)).toMatchObject({ languageLinks: 0, searchField: true });
		});
	}

	test('the search is one tap away: the field is ready to type in, and a search leads to the results', async () => {
		const { page } = await open('events/', { viewport: PHONE });
		await page.getByRole('button', { name: 'Search' }).click();
		// The panel's toggle event, which moves the cursor, comes a moment after the click.
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
		await page.keyboard.type('remembrance');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=remembrance$/);
		await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
	});

	test('the keyboard goes from a button into its open panel, and with JavaScript the button says whether it is expanded', async () => {
		const { page } = await open('', { viewport: PHONE });
		const menu = page.getByRole('button', { name: 'Menu' });
		await expect(page.getByRole('button', { name: 'Menu', expanded: false }).count()).resolves.toBe(1);
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('button', { name: 'Menu', expanded: true }).count()).toBe(1);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.closest('.main-navigation') !== null)).resolves.toBe(true);
	});
});

describe('on a wide screen', () => {
	test('the language list, the navigation and the search field are in place, and the buttons are not shown', async () => {
		const { page } = await open('stories/', { viewport: DESKTOP });
		const parts = await visibleParts(page);
		expect(parts.languageLinks).toBe(languageNames.length);
		expect(parts.navigationLinks).toBeGreaterThan(4);
		expect(parts.searchField).toBe(true);
		expect(parts.buttons).toEqual([]);
	});
});
