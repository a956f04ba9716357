import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';

const open = useBrowser();

describe('calls to action', () => {
	test('the calls page lists the open call under Open and the 2018 call under Closed', async () => {
		const { page } = await open('calls/');
		const openSection = page.getByRole('region', { name: 'Open' });
		const closedSection = page.getByRole('region', { name: 'Closed' });
		await expect(openSection.textContent()).resolves.toContain('2027 International Day of Remembrance');
		await expect(closedSection.textContent()).resolves.toMatch(/Ask our expert/i);
	});

	test('a closed call says when it closed and offers no way to respond', async () => {
		const { page } = await open('calls/ask-our-expert-2018/');
		const main = page.locator('main');
		await expect(main.textContent()).resolves.toMatch(/Closed on Tuesday, March 20, 2018/);
		expect(await main.getByRole('link', { name: /Respond online|Write to/ }).count()).toBe(0);
	});

	test('an open call gives its deadline in its own time zone and a way to respond', async () => {
		const { page } = await open('calls/testimonies-for-the-2027-day-of-remembrance/');
		const main = page.locator('main');
		await expect(main.textContent()).resolves.toMatch(/Respond by Saturday, May 15, 2027.*Central European Summer Time \(UTC\+2\)/s);
		await expect(main.getByRole('link', { name: 'Write to remembrance@example.org' }).getAttribute('href')).resolves.toBe('mailto:remembrance@example.org');
	});
});
