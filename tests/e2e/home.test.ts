import { describe, expect, test } from 'vitest';
import { saveScreenshot, useBrowser } from '../support/browser';

// The test builds pin the archive's clock to 2026-11-28T12:00Z (BUILD_MOMENT in
// tests/support/fixture-builds.ts), so what is upcoming, current or open here does not depend on
// the day the tests run.
const open = useBrowser();

describe('the home page', () => {
	test('shows the current banner, which leads to the 2027 Day of Remembrance', async () => {
		const { page } = await open('');
		const highlights = page.getByRole('region', { name: 'Highlights' });
		await expect(highlights.getByRole('heading', { name: 'International Day of Remembrance 2027' }).count()).resolves.toBe(1);
		const link = highlights.getByRole('link', { name: 'See the programme' });
		await link.click();
		await page.waitForURL(/\/events\/international-day-of-remembrance-2027\/$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('2027');
	});

	test('leaves out banners whose window has closed', async () => {
		const { page } = await open('');
		const text = await page.locator('main').textContent();
		expect(text).not.toContain('20th anniversary of 9/11');
		expect(text).not.toMatch(/Model Legislative Provisions launch/i);
	});

	test('lists upcoming events soonest first and no past ones', async () => {
		const { page } = await open('');
		const section = page.getByRole('region', { name: 'Upcoming events' });
		const titles = await section.getByRole('heading', { level: 3 }).allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.join(' ')).not.toMatch(/2018|2020|2021|Madrid, 2026/);
		const starts = await section
			.getByRole('article')
			.evaluateAll((cards) => cards.map((card) => card.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''));
		const instants = starts.map((value) => Date.parse(value));
		expect(instants.every((instant) => !Number.isNaN(instant))).toBe(true);
		expect([...instants].sort((a, b) => a - b)).toEqual(instants);
	});

	test('shows the newest stories and news, newest first, each with a link to the full list', async () => {
		const { page } = await open('');
		for (const [name, listLink] of [
			['Stories of remembrance', 'All stories'],
			['News', 'All news'],
		] as const) {
			const section = page.getByRole('region', { name });
			const dates = await section.locator('time[datetime]').evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
			expect(dates.length).toBeGreaterThanOrEqual(3);
			expect([...dates].sort().reverse()).toEqual(dates);
			await expect(section.getByRole('link', { name: listLink }).count()).resolves.toBe(1);
		}
	});

	test('shows the open call and not the call that closed in 2018', async () => {
		const { page } = await open('');
		const calls = page.getByRole('region', { name: 'Open calls' });
		await expect(calls.textContent()).resolves.toContain('2027 International Day of Remembrance');
		await expect(page.locator('main').textContent()).resolves.not.toMatch(/Ask our expert/i);
	});

	test('reads well on a 320 px phone screen, without scrolling sideways', async () => {
		const { page } = await open('', { viewport: { width: 320, height: 720 } });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		await saveScreenshot(page, 'home-320px');
	});
});
