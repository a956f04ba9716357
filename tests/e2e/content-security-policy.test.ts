import { parse } from 'node-html-parser';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { builtFile, sitemapPaths } from '../support/built-site';
import { readHeadersFile } from '../support/header-files';
import { onePageOfEachKind, siteSettings } from '../support/page-kinds';
import { siteUrl } from '../support/browser';

/**
 * Loads one page of each kind in the default language and in Arabic, a search with results and the
 * 404 page among them, and the search with results in Chinese, under the site's Content-Security-Policy twice over: the <meta> every page carries, and the headers
 * the build writes to dist/_headers, added here to every response because `astro preview` does not
 * send them (a host that reads the file would). Any violation the browser reports fails the test.
 */
/**
 * The policy is the same on every page of every language, and so are the templates and scripts it
 * governs. What a language can change is the direction of the page (Arabic) and the search bundle
 * its search page loads, which segments Chinese words with code of its own; French, Spanish and
 * Russian would load what English does. every-page.test.ts still loads every kind of page in every
 * language and fails on any console error, which is where the browser reports a violation of the
 * policy in the page's <meta>.
 */
const policyLocales = [...new Set([siteSettings.defaultLocale, 'ar', 'zh'])];
/** The pages loaded in a language: every kind, or in Chinese only what differs, its search with results. */
const pagesUnderPolicy = (locale: string) => (locale === 'zh' ? onePageOfEachKind(locale).filter((pagePath) => pagePath.includes('search/?q=')) : onePageOfEachKind(locale));

const headers = Object.fromEntries(readHeadersFile(builtFile('_headers')).find((rule) => rule.path === '/*')?.headers ?? []);
const origin = new URL(siteUrl()).origin;

/** What a page under test reported: securitypolicyviolation events and console messages about the policy. */
interface Violations {
	events: string[];
	console: string[];
}

declare global {
	interface Window {
		__policyViolations?: string[];
	}
}

let browser: Browser;
beforeAll(async () => {
	browser = await chromium.connect(inject('browserEndpoint'));
});
afterAll(async () => {
	await browser?.close();
});

/**
 * A browser context whose every response from the site carries the headers of dist/_headers, and
 * whose pages note each policy violation (in every frame) before any of their own scripts runs.
 */
async function contextUnderPolicy(): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.route(
		(url) => url.origin === origin,
		async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
		},
	);
	await context.addInitScript(() => {
		window.__policyViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(event) => window.__policyViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI}`),
			true,
		);
	});
	return context;
}

/** Starts noting what a page reports about the policy; read the notes with `violationsOn`. */
function watchConsole(page: Page): string[] {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/Content[ -]Security[ -]Policy/i.test(message.text())) messages.push(message.text());
	});
	return messages;
}

/** The violations the page and its frames have noted so far. */
async function violationsOn(page: Page, consoleMessages: string[]): Promise<Violations> {
	const events = (await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__policyViolations ?? []).catch(() => [])))).flat();
	return { events, console: [...consoleMessages] };
}

describe('under the site’s Content-Security-Policy', () => {
	test('the headers to serve are the ones dist/_headers holds, the policy among them', () => {
		expect(headers['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
	});

	test.each(policyLocales)('%s: its pages load with no violation (every kind, a search with results and the 404 page; in Chinese, the search)', async (locale) => {
		const context = await contextUnderPolicy();
		const page = await context.newPage();
		const consoleMessages = watchConsole(page);
		const problems: string[] = [];
		for (const pagePath of pagesUnderPolicy(locale)) {
			const response = await page.goto(siteUrl(pagePath), { waitUntil: 'load' });
			// The policy must really be in force on the page: in its header and in its <meta>.
			expect(response?.headers()['content-security-policy'], pagePath).toBe(headers['Content-Security-Policy']);
			expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"]').count(), pagePath).toBe(1);
			// The search fetches Pagefind, compiles its WebAssembly and shows results after load.
			if (pagePath.includes('search/?q=')) {
				const found = await page.locator('.search-result').first().waitFor({ timeout: 15_000 }).then(
					() => true,
					() => false,
				);
				if (!found) problems.push(`${pagePath}: no search results appeared`);
			}
			// Every request the page started has ended before the next page is loaded: a request cut
			// off by the next navigation, half-way through route.fetch above, can leave `astro preview`
			// unable to answer the next page (a navigation then waited 30 s for its load event).
			await page.waitForLoadState('networkidle');
			const { events, console } = await violationsOn(page, consoleMessages.splice(0));
			problems.push(...[...events, ...console].map((problem) => `${pagePath}: ${problem}`));
		}
		await context.close();
		expect(problems).toEqual([]);
	}, 180_000);
});

describe('a recording’s player under the policy', () => {
	/** A built event page with a player, and the address that player loads. */
	const withPlayer = sitemapPaths()
		.filter((pagePath) => /^events\/[^/]+\/$/.test(pagePath))
		.map((pagePath) => ({ pagePath, embed: parse(builtFile(`${pagePath}index.html`)).querySelector('vigil-player[data-src]')?.getAttribute('data-src') }))
		.find((candidate) => candidate.embed !== undefined);

	/** Opens the event page with the player's site (and any other) answered by a stub: the test needs no network. */
	async function openEventWithStubPlayers() {
		const context = await contextUnderPolicy();
		await context.route(
			(url) => url.origin !== origin,
			(route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }),
		);
		const page = await context.newPage();
		const consoleMessages = watchConsole(page);
		await page.goto(siteUrl(withPlayer?.pagePath ?? ''), { waitUntil: 'load' });
		return { context, page, consoleMessages };
	}

	test('loads in its frame when the visitor presses play, with no violation', async () => {
		expect(withPlayer, 'an event page with a player in the archive').toBeDefined();
		const { context, page, consoleMessages } = await openEventWithStubPlayers();
		await page.locator('vigil-player button[data-play]').click();
		const frame = page.frameLocator(`iframe[src="${withPlayer?.embed}"]`);
		await expect(frame.locator('p').textContent({ timeout: 10_000 })).resolves.toBe('player');
		expect(await violationsOn(page, consoleMessages)).toEqual({ events: [], console: [] });
		await context.close();
	});

	test('is the only other site a page may frame: a frame from anywhere else is blocked and reported', async () => {
		const { context, page, consoleMessages } = await openEventWithStubPlayers();
		await page.evaluate(() => {
			const frame = document.createElement('iframe');
			frame.src = 'https://elsewhere.example.net/embed/1';
			document.body.append(frame);
		});
		// Reported twice: by the policy in the header and by the one in the <meta>, both in force.
		const blocked = expect.stringMatching(/^frame-src blocked https:\/\/elsewhere\.example\.net/);
		await expect.poll(async () => (await violationsOn(page, consoleMessages)).events).toEqual([blocked, blocked]);
		expect(consoleMessages.join('\n')).toContain('frame-src');
		await context.close();
	});
});
