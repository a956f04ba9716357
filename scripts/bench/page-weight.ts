import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { CommandFailure } from '../cli';

/** What a visitor's browser downloaded: as served here (no compression) and as a host that gzips text would send it. */
export interface Transfer {
	requests: number;
	bytes: number;
	gzippedBytes: number;
}

/** Text that every common host compresses (nginx's gzip_types in docs/nginx.conf); images, wasm and Pagefind's own .pf_* files are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml))/;

async function transferOf(requests: readonly Request[]): Promise<Transfer> {
	let bytes = 0;
	let gzippedBytes = 0;
	for (const request of requests) {
		const response = await request.response();
		if (!response) continue;
		const body = await response.body().catch(() => Buffer.alloc(0));
		bytes += body.length;
		gzippedBytes += COMPRESSIBLE.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length;
	}
	return { requests: requests.length, bytes, gzippedBytes };
}

function recordRequests(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('requestfinished', (request) => requests.push(request));
	return requests;
}

/**
 * Loads pages of the served site in Chromium with an empty cache, as a first-time visitor on a
 * phone would (390 × 844 CSS px at 3 device pixels per CSS pixel: the largest portrait rendition a
 * phone asks for):
 * - a story page with its portrait, scrolled to the end so that every lazy image loads;
 * - the search page, then a first one-word search: every Pagefind file and everything fetched once
 *   the word is typed (index chunk, result fragments, thumbnails) is counted, not the page itself.
 */
export async function measurePageWeights(siteUrl: string, storyPath: string, searchWord: string): Promise<{ storyPage: Transfer; firstSearch: Transfer }> {
	if (!existsSync(CHROMIUM_PATH)) throw new CommandFailure(`Chromium was not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

		const storyContext = await browser.newContext(phone);
		const storyTab = await storyContext.newPage();
		const storyRequests = recordRequests(storyTab);
		await storyTab.goto(new URL(storyPath, siteUrl).href, { waitUntil: 'networkidle' });
		await storyTab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await storyTab.waitForLoadState('networkidle');
		await storyTab.waitForTimeout(500);
		const portraitLoaded = await storyTab.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.story__portrait img')].some((image) => image.complete && image.naturalWidth > 0));
		if (!portraitLoaded) throw new CommandFailure(`the story page ${storyPath} showed no portrait: the benchmark would measure a page without its image.`);
		const storyPage = await transferOf(storyRequests);
		await storyContext.close();

		const searchContext = await browser.newContext(phone);
		const searchTab = await searchContext.newPage();
		// Pagefind's script, WebAssembly and metadata may load with the page, before anything is typed:
		// they are part of what the first search costs, as is everything fetched once the word is typed.
		const fromOpening = recordRequests(searchTab);
		await searchTab.goto(new URL('search/', siteUrl).href, { waitUntil: 'networkidle' });
		const pagefindAtOpening = fromOpening.filter((request) => new URL(request.url()).pathname.includes('/pagefind/'));
		const afterTyping = recordRequests(searchTab);
		await searchTab.locator('#search-query').fill(searchWord);
		await searchTab.locator('.search-result').first().waitFor({ timeout: 60_000 });
		await searchTab.waitForLoadState('networkidle');
		const firstSearch = await transferOf([...pagefindAtOpening, ...afterTyping]);
		await searchContext.close();
		return { storyPage, firstSearch };
	} finally {
		await browser.close();
	}
}
