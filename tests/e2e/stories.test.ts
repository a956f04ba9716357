import { describe, expect, test } from 'vitest';
import { isBuilt, sitemapPaths } from '../support/built-site';
import { saveScreenshot, useBrowser } from '../support/browser';

const open = useBrowser();

/** Every story address linked from the paginated stories list, page after page. */
async function listedStoryPaths(): Promise<string[]> {
	const found: string[] = [];
	let path: string | undefined = 'stories/';
	while (path) {
		const { page } = await open(path);
		found.push(
			...(await page
				.locator('main article h2 a, main article h3 a')
				.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))),
		);
		const next = page.locator('a[rel="next"]');
		path = (await next.count()) ? new URL(await next.first().evaluate((link) => (link as HTMLAnchorElement).href)).pathname.replace(/^\//, '') : undefined;
	}
	return found;
}

describe('the stories list', () => {
	test('is paginated, six to a page, newest first, with previous and next links', async () => {
		const { page } = await open('stories/page/2/');
		expect(await page.locator('main article').count()).toBe(6);
		await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toMatch(/\/stories\/$/);
		await expect(page.locator('a[rel="next"]').getAttribute('href')).resolves.toMatch(/\/stories\/page\/3\/$/);
		await expect(page.locator('[aria-current="page"]').last().textContent()).resolves.toContain('2');
		const dates = await page.locator('main article time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
		expect([...dates].sort().reverse()).toEqual(dates);
	});

	test('lists every listed story exactly once, and never the unlisted one', async () => {
		const paths = await listedStoryPaths();
		// 14 English stories, one written only in French and one only in Spanish.
		expect(paths.length).toBe(16);
		expect(paths).toEqual(expect.arrayContaining(['/stories/les-cahiers-du-ma%C3%AEtre/', '/stories/las-palomas-de-la-plaza/']));
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths.join(' ')).not.toContain('a-letter-to-those-who-came-to-help');
	});
});

describe('an unlisted story', () => {
	const path = 'stories/a-letter-to-those-who-came-to-help/';

	test('keeps its own page, which asks search engines not to index it', async () => {
		const { page } = await open(path);
		await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
	});

	test('is left out of the sitemap', () => {
		expect(sitemapPaths()).not.toContain(path);
	});
});

describe('a draft story', () => {
	test('is not built at all', () => {
		expect(isBuilt('stories/a-grandfathers-olive-grove/')).toBe(false);
		expect(isBuilt('stories/tea-at-four-oclock/')).toBe(true);
	});
});

describe('a story with content warnings', () => {
	const path = 'stories/tea-at-four-oclock/';

	for (const javaScript of [true, false]) {
		test(`shows the warnings first and keeps the story and its portrait folded until the visitor continues (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
			const { page } = await open(path, { javaScript });
			const warning = page.getByRole('region', { name: 'Before you read' });
			await expect(warning.textContent()).resolves.toContain('Mentions a violent death');
			const portrait = page.locator('main figure img');
			const body = page.getByText('My father taught geography');
			expect(await portrait.isVisible()).toBe(false);
			expect(await body.isVisible()).toBe(false);

			await page.getByText('Continue to the story').click();
			await portrait.waitFor({ state: 'visible' });
			expect(await body.isVisible()).toBe(true);
			if (javaScript) await saveScreenshot(page, 'story-unfolded');
		});
	}

	test('tells the reader that the names are pseudonyms and where to find support', async () => {
		const { page } = await open(path);
		await expect(page.locator('main').textContent()).resolves.toContain('names in this story have been changed');
		const support = page.locator('#support');
		await expect(support.getByRole('heading').first().textContent()).resolves.toContain('Where to find support');
		await expect(support.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
	});
});

describe('a story without content warnings', () => {
	test('shows the remembered person, the narrator and the portrait at once', async () => {
		const { page } = await open('stories/my-mothers-hands/');
		const main = page.locator('main');
		await expect(main.textContent()).resolves.toMatch(/Ayşe Yıldız \(1961–2019\)/);
		await expect(main.textContent()).resolves.toContain('Elif');
		expect(await page.locator('main figure img').isVisible()).toBe(true);
	});
});
