import { describe, expect, test } from 'vitest';
import { saveScreenshot, useBrowser } from '../support/browser';

const open = useBrowser();

describe('the events list', () => {
	test('shows upcoming events first, then past events grouped by year, newest year first', async () => {
		const { page } = await open('events/');
		const headings = await page.locator('main h2, main h3[id^="year-"]').allTextContents();
		const trimmed = headings.map((text) => text.trim());
		expect(trimmed.indexOf('Upcoming')).toBeLessThan(trimmed.indexOf('Past events'));
		const years = trimmed.filter((text) => /^\d{4}$/.test(text)).map(Number);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(years).toEqual(expect.arrayContaining([2018, 2020, 2021, 2022]));
	});

	test('marks a cancelled and a rescheduled event in the listing', async () => {
		const { page } = await open('events/');
		const cancelled = page.getByRole('article').filter({ hasText: 'Lantern walk by the river' });
		await expect(cancelled.textContent()).resolves.toContain('Cancelled');
		const rescheduled = page.getByRole('article').filter({ hasText: "Survivors' voices" });
		await expect(rescheduled.textContent()).resolves.toContain('Rescheduled');
	});
});

describe('an event page', () => {
	const path = 'events/september-11-twentieth-anniversary-memorial-ceremony/';

	test('gives the date and time in the time zone of the event, with the zone named', async () => {
		const { page } = await open(path);
		const when = page.locator('.event-when').first();
		await expect(when.textContent()).resolves.toMatch(/September 11, 2021.*10:00/s);
		await expect(when.textContent()).resolves.toContain('Eastern Daylight Time (UTC\u22124)');
		await expect(when.locator('time').getAttribute('datetime')).resolves.toBe('2021-09-11T10:00-04:00');
	});

	test('says where it took place and lists its recording', async () => {
		const { page } = await open(path);
		const main = page.locator('main');
		await expect(main.textContent()).resolves.toContain('New York, United States');
		const recording = main.getByRole('link', { name: 'Full ceremony' });
		await expect(recording.getAttribute('rel')).resolves.toContain('noopener');
	});

	test('renders an MDX body with its headings under the page title', async () => {
		const { page } = await open(path);
		const subheadings = await page.locator('main .entry-body h2').allTextContents();
		expect(subheadings).toContain('Programme');
		expect(await page.locator('main .entry-body h1').count()).toBe(0);
	});

	test('an online event shows where to join instead of a venue', async () => {
		const { page } = await open('events/launch-of-model-legislative-provisions/');
		await expect(page.locator('main').textContent()).resolves.toMatch(/Online/);
		await saveScreenshot(page, 'event-online');
	});

	test('an all-day event shows its days without a time of day', async () => {
		const { page } = await open('events/threads-of-memory-exhibition-nairobi/');
		const when = await page.locator('.event-when').first().textContent();
		expect(when).toMatch(/November 16/);
		expect(when).not.toMatch(/\d{1,2}:\d{2}/);
	});

	test('reads well on a 320 px phone screen, without scrolling sideways', async () => {
		const { page } = await open(path, { viewport: { width: 320, height: 720 } });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		await saveScreenshot(page, 'event-320px');
	});
});
