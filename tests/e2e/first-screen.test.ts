import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { locales, onePageOfEachKind, prefixOf, siteSettings } from '../support/page-kinds';
import { readPinnedElements, type Bar, type Covering } from '../support/pinned-elements';
import { buildTime, siteUrl } from '../support/browser';

/**
 * The reader's first screen, on one page of each kind in English and in Arabic at four widths, from
 * a small phone to a desktop: nothing pinned to the screen (the quick exit) lies over the page's
 * text, links or controls, wherever the page is scrolled, and on a phone the header, quick exit
 * included, leaves three quarters of the first screen to the page. How the pinned elements are
 * measured, and why a bar across the top is the screen's edge, is in pinned-elements.ts.
 */
const screens = [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 },
];
/** The phone the header is measured on, and the share of its first screen the header may take. */
const PHONE = { width: 390, height: 844 };
const HEADER_SHARE = 0.25;
/** A bar across the top may take this share of any screen at most: it is an edge, not a header. */
const BAR_SHARE = 0.1;

const paths = [siteSettings.defaultLocale, 'ar'].flatMap(onePageOfEachKind);

interface ScreenFindings {
	coverings: (Covering & { where: string })[];
	bars: (Bar & { where: string; screenHeight: number })[];
	/** Where the header ends on the phone's first screen, for every page. */
	headerEnds: { where: string; bottom: number }[];
	positions: number;
	scanned: number;
	targets: number;
	/** Pages wider than the screen, which would scroll sideways. */
	sideways: string[];
}

async function load(page: Page, pagePath: string) {
	await page.goto(siteUrl(pagePath), { waitUntil: 'load' });
	if (pagePath.includes('search/?q=')) await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
	await page.evaluate(() => document.fonts.ready);
}

/** Loads each page once and reads it at every width, folded parts unfolded (their text must not be covered either). */
async function sweep(browser: Browser, options: { plantedStyle?: string; pagePaths: string[]; screens: typeof screens }): Promise<ScreenFindings> {
	const findings: ScreenFindings = { coverings: [], bars: [], headerEnds: [], positions: 0, scanned: 0, targets: 0, sideways: [] };
	// The planted fault is a <style> added to the page, which its Content-Security-Policy would refuse.
	const context = await browser.newContext({ viewport: options.screens[0], reducedMotion: 'reduce', bypassCSP: Boolean(options.plantedStyle) });
	await context.clock.install({ time: buildTime });
	const page = await context.newPage();
	for (const pagePath of options.pagePaths) {
		await load(page, pagePath);
		if (options.plantedStyle) await page.addStyleTag({ content: options.plantedStyle });
		for (const screen of options.screens) {
			await page.setViewportSize(screen);
			const where = `/${pagePath} at ${screen.width}×${screen.height}`;
			if (screen.width === PHONE.width && screen.height === PHONE.height) {
				const bottom = await page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY);
				findings.headerEnds.push({ where, bottom });
			}
			// A page can be wider for a moment while it lays itself out again at the new width (the
			// search's results as they arrive): only a width that stays counts.
			const fits = await page.waitForFunction(() => document.documentElement.scrollWidth <= innerWidth, null, { timeout: 2000 }).then(() => true, () => false);
			if (!fits) findings.sideways.push(`${where}: ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
			await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
			const reading = await page.evaluate(readPinnedElements);
			findings.coverings.push(...reading.coverings.map((covering) => ({ ...covering, where })));
			findings.bars.push(...reading.bars.map((bar) => ({ ...bar, where, screenHeight: screen.height })));
			findings.positions += reading.positions;
			findings.scanned += reading.scanned;
			findings.targets += reading.targets;
		}
	}
	await context.close();
	return findings;
}

let browser: Browser;
let findings: ScreenFindings;

beforeAll(async () => {
	browser = await chromium.connect(inject('browserEndpoint'));
	findings = await sweep(browser, { pagePaths: paths, screens });
}, 300_000);

afterAll(async () => {
	await browser?.close();
});

describe(`on one page of each kind in English and Arabic, at ${screens.map((screen) => screen.width).join(', ')} px`, () => {
	test('nothing scrolls sideways', () => {
		expect(findings.sideways).toEqual([]);
	});

	test('nothing fixed or sticky covers any text, link or control, at the top of the page or scrolled anywhere', () => {
		expect(findings.coverings.map(({ where, scrollY, pinned, covered }) => `${where}, scrolled ${scrollY} px: ${pinned} covers ${covered}`)).toEqual([]);
		// The sweep really ran: every page at every width, scrolled, with text and controls to cover at
		// the top of the page at least.
		expect(findings.positions).toBeGreaterThan(paths.length * screens.length * 2);
		expect(findings.scanned).toBeGreaterThanOrEqual(paths.length * screens.length);
		expect(findings.targets).toBeGreaterThan(findings.scanned * 20);
	});

	test('the quick exit’s bar across the top takes a tenth of the screen at most', () => {
		if (!siteSettings.quickExit.enabled) return;
		// Every page has it, at every width.
		expect(new Set(findings.bars.map((bar) => bar.where)).size).toBe(paths.length * screens.length);
		expect(findings.bars.filter((bar) => bar.height > bar.screenHeight * BAR_SHARE).map((bar) => `${bar.where}: ${bar.name} is ${bar.height} px tall`)).toEqual([]);
	});

	test(`on a ${PHONE.width}×${PHONE.height} phone, the header, quick exit included, takes a quarter of the first screen at most`, () => {
		expect(findings.headerEnds).toHaveLength(paths.length);
		const limit = PHONE.height * HEADER_SHARE;
		expect(findings.headerEnds.filter(({ bottom }) => bottom > limit).map(({ where, bottom }) => `${where}: the header ends ${Math.round(bottom)} px down, over ${limit} px`)).toEqual([]);
	});
});

describe('on the narrowest screen, 320 px wide, in every language', () => {
	test('the quick exit’s label fits: nothing scrolls sideways, the bar takes a tenth of the screen at most and covers nothing', async () => {
		const pages = locales.map((locale) => `${prefixOf(locale)}stories/`);
		const narrow = await sweep(browser, { pagePaths: pages, screens: [{ width: 320, height: 568 }] });
		expect(narrow.coverings).toEqual([]);
		expect(narrow.bars.filter((bar) => bar.height > bar.screenHeight * BAR_SHARE).map((bar) => `${bar.where}: ${bar.name} is ${bar.height} px tall`)).toEqual([]);
		expect(narrow.sideways).toEqual([]);
	});
});

describe('a planted fault', () => {
	test('the quick exit put back where it was, fixed in the corner over the page, is found covering text', async () => {
		// QuickExit.astro's position before issue #19: fixed at the block-end, inline-end corner.
		const where = '.quick-exit-bar { position: static !important; } .quick-exit { position: fixed !important; inset-block-end: 0.75rem !important; inset-inline-end: 0.75rem !important; inset-block-start: auto !important; z-index: 20; }';
		const planted = await sweep(browser, { plantedStyle: where, pagePaths: ['', 'stories/', 'ar/stories/'], screens: [screens[1] ?? PHONE, screens[3] ?? PHONE] });
		const pagesCovered = new Set(planted.coverings.filter((covering) => covering.pinned.includes('quick-exit')).map((covering) => covering.where));
		expect([...pagesCovered].sort()).toEqual(['/ at 390×844', '/ar/stories/ at 390×844', '/stories/ at 390×844', '/ at 1280×800', '/ar/stories/ at 1280×800', '/stories/ at 1280×800'].sort());
	});
});
