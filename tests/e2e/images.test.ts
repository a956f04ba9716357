import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';

const open = useBrowser();
const eventPath = 'events/september-11-twentieth-anniversary-memorial-ceremony/';

/** The widths a srcset offers, e.g. [400, 800, 1200, 1600]. */
function widthsIn(srcset: string | null): number[] {
	return (srcset ?? '').split(',').map((candidate) => Number(candidate.trim().split(/\s+/)[1]?.replace('w', '')));
}

describe('content images', () => {
	test('are offered as AVIF in several widths with sizes, and as one JPEG for other browsers, with width and height', async () => {
		const { page } = await open(eventPath);
		const picture = page.locator('main figure picture').first();
		const avif = picture.locator('source[type="image/avif"]');
		expect(widthsIn(await avif.getAttribute('srcset'))).toEqual([400, 800, 1200, 1600]);
		await expect(avif.getAttribute('sizes')).resolves.toBeTruthy();
		// One source only: a WebP set as well would cost an encode per width for few visitors (docs/performance.md).
		await expect(picture.locator('source').count()).resolves.toBe(1);
		const image = picture.locator('img');
		await expect(image.getAttribute('src')).resolves.toMatch(/\.jpg$/);
		await expect(image.getAttribute('srcset')).resolves.toBeNull();
		await expect(image.getAttribute('width')).resolves.toBe('1200');
		await expect(image.getAttribute('height')).resolves.toBe('750');
		await expect(image.getAttribute('alt')).resolves.toMatch(/beams of light/i);
	});

	test('a story portrait is offered at 400 and 800 px, and its link preview is the same JPEG as its fallback', async () => {
		const storyPath = 'stories/a-letter-to-those-who-came-to-help/';
		const { page } = await open(storyPath);
		const picture = page.locator('.story__portrait picture');
		expect(widthsIn(await picture.locator('source[type="image/avif"]').getAttribute('srcset'))).toEqual([400, 800]);
		const fallback = await picture.locator('img').getAttribute('src');
		expect(fallback).toMatch(/\.jpg$/);
		const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(new URL(preview ?? '').pathname).toBe(fallback);
	});

	test('load through srcset: a phone downloads a smaller AVIF than a wide screen', async () => {
		const chosen: Record<string, { source: string; loaded: boolean }> = {};
		for (const [name, viewport] of [
			['phone', { width: 390, height: 844 }],
			['desktop', { width: 1440, height: 900 }],
		] as const) {
			const { page } = await open(eventPath, { viewport });
			const image = page.locator('main figure img').first();
			await image.evaluate((element: HTMLImageElement) => (element.complete ? undefined : new Promise((resolve) => element.addEventListener('load', resolve, { once: true }))));
			chosen[name] = await image.evaluate((element: HTMLImageElement) => ({ source: element.currentSrc, loaded: element.complete && element.naturalWidth > 0 }));
		}
		for (const { source, loaded } of Object.values(chosen)) {
			expect(loaded).toBe(true);
			expect(source).toMatch(/\.avif$/);
		}
		expect(chosen.phone?.source).not.toBe(chosen.desktop?.source);
	});

	test('below the fold load lazily, while the image at the top of an event loads at once', async () => {
		const { page } = await open(eventPath);
		await expect(page.locator('main figure img').first().getAttribute('loading')).resolves.toBe('eager');
		const story = await open('stories/my-mothers-hands/');
		await expect(story.page.locator('main figure img').first().getAttribute('loading')).resolves.toBe('lazy');
	});

	test('are served from the site itself, never from another origin', async () => {
		const { page, foreignRequests } = await open('');
		const sources = await page.locator('img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).currentSrc || (image as HTMLImageElement).src));
		expect(foreignRequests).toEqual([]);
		for (const source of sources) expect(new URL(source).origin).toBe(new URL(page.url()).origin);
	});
});
