import { describe, expect, test } from 'vitest';
import { sitemapPaths } from './built-site';
import { useBrowser } from './site';

/**
 * A sweep over every page in the sitemap (and the 404 page): the structure every visitor and every
 * assistive technology relies on, and nothing loaded from anywhere but the site itself.
 */
const pages = [...sitemapPaths(), '404.html'];
const open = useBrowser();

describe('every page of the built site', () => {
	test('the sitemap lists the pages of every section', () => {
		for (const section of ['', 'events/', 'stories/', 'news/', 'documents/', 'series/', 'tags/', 'about/']) {
			expect(pages).toContain(section);
		}
		expect(pages.length).toBeGreaterThan(40);
	});

	test.each(pages)('%s has one h1, a main landmark reached by the skip link, and its language and direction', async (path) => {
		const { page, foreignRequests, failedRequests, consoleErrors } = await open(path);
		const html = page.locator('html');
		await expect(html.getAttribute('lang')).resolves.toBe('en');
		await expect(html.getAttribute('dir')).resolves.toBe('ltr');
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('main').count()).toBe(1);
		expect(await page.locator('header').count()).toBeGreaterThanOrEqual(1);
		expect(await page.locator('footer').count()).toBeGreaterThanOrEqual(1);

		// The skip link is the first thing the keyboard reaches, and it leads into <main>.
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLAnchorElement | null;
			return { href: element?.getAttribute('href'), visible: element ? element.getBoundingClientRect().height > 0 : false };
		});
		expect(focused.href).toBe('#main-content');
		expect(focused.visible).toBe(true);
		await expect(page.locator('main#main-content').count()).resolves.toBe(1);

		expect(foreignRequests).toEqual([]);
		expect(failedRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test.each(pages.filter((path) => path !== '' && path !== '404.html'))('%s has breadcrumbs ("You are here") that match its BreadcrumbList data', async (path) => {
		const { page } = await open(path);
		const trail = page.getByRole('navigation', { name: 'You are here' });
		const visibleNames = (await trail.getByRole('listitem').allTextContents()).map((text) => text.trim());
		expect(visibleNames[0]).toBe('Home');
		expect(visibleNames.length).toBeGreaterThanOrEqual(2);
		await expect(trail.locator('[aria-current="page"]').textContent()).resolves.toMatch(visibleNames.at(-1) ?? '');

		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		const lists = blocks.map((text) => JSON.parse(text) as { '@type': string; itemListElement?: { position: number; name: string; item: string }[] });
		const breadcrumbList = lists.find((data) => data['@type'] === 'BreadcrumbList');
		expect(breadcrumbList?.itemListElement?.map((item) => item.name)).toEqual(visibleNames);
		expect(breadcrumbList?.itemListElement?.map((item) => item.position)).toEqual(visibleNames.map((_, index) => index + 1));
		expect(new URL(breadcrumbList?.itemListElement?.at(-1)?.item ?? '').pathname).toMatch(new RegExp(`${encodeURI(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	});
});
