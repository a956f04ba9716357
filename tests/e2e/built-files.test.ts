import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { builtFile, distDir, isBuilt, sitemapPaths, sitemapText } from '../support/built-site';
import { siteUrl, useBrowser } from '../support/browser';

const open = useBrowser();

describe('the built site', () => {
	test.each([
		'',
		'events/',
		'events/international-day-of-remembrance-2027/',
		'stories/',
		'stories/page/2/',
		'stories/the-kora-player/',
		'news/',
		'news/secretary-general-report-on-assisting-victims-of-terrorism/',
		'documents/',
		'documents/a-74-790/',
		'documents/a-res-73-305/',
		'documents/a-res-60-288/',
		'series/',
		'series/international-day-of-remembrance/',
		'tags/',
		'tags/remembrance/',
		'about/',
	])('has the page /%s', (path) => {
		expect(isBuilt(path)).toBe(true);
	});

	test('has a 404 page that a visitor reaches for a missing address, with a way home', async () => {
		expect(builtFile('404.html')).toContain('<h1');
		const { page } = await open('no-such-page/');
		const response = await page.request.get(siteUrl('no-such-page/'));
		expect(response.status()).toBe(404);
		await expect(page.getByRole('link', { name: /home/i }).count()).resolves.toBeGreaterThan(0);
	});

	test('publishes no image that carries EXIF, XMP or IPTC metadata, and no unused original', async () => {
		const images = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(jpe?g|png|webp|avif|tiff?)$/i.test(file));
		expect(images.length).toBeGreaterThan(50);
		const withMetadata: string[] = [];
		for (const file of images) {
			const { exif, xmp, iptc } = await sharp(`${distDir}${file}`).metadata();
			if (exif || xmp || iptc) withMetadata.push(file);
		}
		expect(withMetadata).toEqual([]);
		// Astro copies each source image as it is; only resized, re-encoded versions may remain.
		expect(images.filter((file) => /^_astro\/[^_/]+\.[A-Za-z0-9-]+\.(jpe?g|png)$/.test(file))).toEqual([]);
	});

	test('holds nothing of the visual editor (npm run edit): no admin/ page, no editor bundle, no configuration', () => {
		const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
		expect(files.filter((file) => /^admin(\/|$)|decap|(^|\/)config\.yml$/i.test(file))).toEqual([]);
		expect(files.filter((file) => file.endsWith('.js')).filter((file) => builtFile(file).includes('decap-cms'))).toEqual([]);
	});

	test('has a robots.txt that points to the sitemap at the production address', () => {
		const robots = builtFile('robots.txt');
		expect(robots).toMatch(/^User-agent: \*/m);
		expect(robots).toMatch(/^Sitemap: https:\/\/remembrance\.example\.org\/sitemap-index\.xml$/m);
	});

	test('has a sitemap of public pages only: no 404, no drafts, no unlisted stories', () => {
		const paths = sitemapPaths();
		expect(paths).toContain('stories/tea-at-four-oclock/');
		expect(paths.some((path) => path.startsWith('404'))).toBe(false);
		expect(paths).not.toContain('stories/a-grandfathers-olive-grove/');
		expect(paths).not.toContain('stories/a-letter-to-those-who-came-to-help/');
	});

	test('has a sitemap that gives every page its versions in the six languages', () => {
		const sitemap = sitemapText();
		const about = /<url><loc>https:\/\/remembrance\.example\.org\/about\/<\/loc>(.*?)<\/url>/.exec(sitemap)?.[1] ?? '';
		const languages = [...about.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`);
		expect(languages.sort()).toEqual(
			['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((code) => `${code} https://remembrance.example.org/${code === 'en' ? '' : `${code}/`}about/`).sort(),
		);
	});

	test('lists a text once, in its own language: no untranslated copy, and alternates only for real translations', () => {
		const sitemap = sitemapText();
		const paths = sitemapPaths();
		// "My mother's hands" is written in English only: its pages in the five other languages show the English text.
		expect(paths).toContain('stories/my-mothers-hands/');
		expect(paths.filter((path) => path.endsWith('stories/my-mothers-hands/'))).toEqual(['stories/my-mothers-hands/']);
		const story = /<url><loc>https:\/\/remembrance\.example\.org\/stories\/my-mothers-hands\/<\/loc>(.*?)<\/url>/.exec(sitemap)?.[1] ?? '';
		expect(story).not.toContain('hreflang');
		// "Las palomas de la plaza" is written in Spanish only, so it is listed once, under /es/.
		expect(paths.filter((path) => path.endsWith('stories/las-palomas-de-la-plaza/'))).toEqual(['es/stories/las-palomas-de-la-plaza/']);
	});

	test('lists the recommendations of report A/74/790 as a nested numbered list', async () => {
		const { page } = await open('news/secretary-general-report-on-assisting-victims-of-terrorism/');
		const nested = page.locator('main ol > li > ol > li');
		expect(await nested.count()).toBe(4);
		const documents = await page.locator('main').textContent();
		for (const symbol of ['A/74/790', 'A/RES/73/305', 'A/RES/60/288']) expect(documents).toContain(symbol);
	});

	test('links each document in every official language it is published in', async () => {
		const { page } = await open('documents/');
		const links = page.locator('main a[hreflang]');
		const languages = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('hreflang')));
		for (const language of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) expect(languages).toContain(language);
	});
});
