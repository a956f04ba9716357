import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { installProbe } from '../support/focus-and-targets';
import { onePageOfEachKind, siteSettings } from '../support/page-kinds';
import { buildTime, siteUrl } from '../support/browser';

/**
 * What axe checks only in part, on one page of each kind in English and in Arabic, on a desktop and
 * on a phone (where the header wraps onto more rows): every element a visitor can operate is reached
 * with the Tab key; wherever focus is, it can be seen and nothing fixed or sticky lies over it (WCAG
 * 2.1.1, 2.4.7, 2.4.11); and every target other than a link in a sentence is at least 24 by 24 CSS
 * pixels or has room around it (WCAG 2.5.8). A page with folded parts is walked folded and again
 * unfolded. The dark scheme's focus rings are checked on the desktop. The measuring is done in the
 * page, by focus-and-targets.ts; docs/architecture.md describes the whole accessibility gate.
 */
interface Setting {
	name: string;
	viewport: { width: number; height: number };
	/** Also check the focus rings of the dark scheme, which changes only colours, without a second walk. */
	darkRings: boolean;
}
const settings: Setting[] = [
	{ name: 'a desktop', viewport: { width: 1280, height: 900 }, darkRings: true },
	{ name: 'a phone', viewport: { width: 390, height: 844 }, darkRings: false },
];
const paths = [siteSettings.defaultLocale, 'ar'].flatMap(onePageOfEachKind);
/**
 * The pages also walked back up with Shift+Tab, as a bar pinned to the top (the quick exit's) asks:
 * those of the default language. What keeps focus clear of the bar is one rule of the root
 * (scroll-padding-block-start, QuickExit.astro) and the bar's height, the same on every page, and a
 * right-to-left page scrolls up and down as a left-to-right one does; the walk back doubles the
 * test's time.
 */
const walkedBackwards = new Set(onePageOfEachKind(siteSettings.defaultLocale));

interface Findings {
	unreached: string[];
	invisibleFocus: string[];
	hiddenFocus: string[];
	smallTargets: string[];
	pagesWalked: number;
	stops: number;
	/** How many focus rings were checked in the dark scheme. */
	darkRings: number;
}

/**
 * Presses Tab from the top of the page until focus leaves it, and checks every stop on the way. When
 * something is pinned to the top of the screen (the quick exit's bar), it then goes back up with
 * Shift+Tab, on the pages that ask for it: focus scrolled into view from below is the focus such a
 * bar hides.
 */
async function walk(page: Page, where: string, findings: Findings, backwardsToo: boolean) {
	const { names, pinnedAtTop } = await page.evaluate(() => window.vigilProbe.interactive());
	const reached = new Set<number>();
	for (const key of pinnedAtTop && backwardsToo ? ['Tab', 'Shift+Tab'] : ['Tab']) {
		const seen = new Set<number>();
		let previous: number | undefined;
		for (let presses = 0; presses < names.length + 20; presses++) {
			await page.keyboard.press(key);
			const stop = await page.evaluate(() => window.vigilProbe.focusStop());
			// A player's own controls (play, time, volume) are stops inside the <audio> or <video>, which
			// the page sees as the same element several presses in a row: focus is moving through it, not
			// back round to where it began.
			const withinTheSameElement = stop.index >= 0 && stop.index === previous;
			if (stop.offPage || (stop.index >= 0 && seen.has(stop.index) && !withinTheSameElement)) break;
			previous = stop.index;
			if (withinTheSameElement) continue;
			seen.add(stop.index);
			reached.add(stop.index);
			findings.stops++;
			if (stop.invisible) findings.invisibleFocus.push(`${where}: focus on ${stop.name} (${key}) cannot be seen: ${stop.invisible}`);
			if (stop.coveredBy) findings.hiddenFocus.push(`${where}: focus on ${stop.name} (${key}) is under ${stop.coveredBy}`);
		}
	}
	names.forEach((name, index) => {
		if (!reached.has(index)) findings.unreached.push(`${where}: Tab never reaches ${name}`);
	});
	findings.pagesWalked++;
}

/** Loads every page in one tab with the given setting, and walks it. */
async function check(browser: Browser, { name, viewport, darkRings }: Setting): Promise<Findings> {
	const findings: Findings = { unreached: [], invisibleFocus: [], hiddenFocus: [], smallTargets: [], pagesWalked: 0, stops: 0, darkRings: 0 };
	// Reduced motion turns smooth scrolling off, so focus has arrived where it scrolls to when it is
	// measured; where it arrives is the same either way.
	// The probe stops transitions with a <style> of its own, which the pages' Content-Security-Policy
	// rightly refuses; the policy has its own tests (content-security-policy.test.ts).
	const context = await browser.newContext({ viewport, reducedMotion: 'reduce', bypassCSP: true });
	await context.clock.install({ time: buildTime });
	await context.addInitScript(installProbe);
	const page = await context.newPage();
	const load = async (pagePath: string, reload = false) => {
		await (reload ? page.reload({ waitUntil: 'load' }) : page.goto(siteUrl(pagePath), { waitUntil: 'load' }));
		// The results, then their count in the status line above the order: the walk starts once the page stands still.
		if (pagePath.includes('search/?q=')) await page.waitForFunction(() => document.querySelector('.search-results li') && !document.querySelector('[data-results][aria-busy]') && document.querySelector('[data-status]')?.textContent, undefined, { timeout: 10_000 });
	};
	for (const pagePath of paths) {
		const where = `${name}: /${pagePath}`;
		await load(pagePath);
		const small = await page.evaluate(() => window.vigilProbe.smallTargets());
		findings.smallTargets.push(...small.map((target) => `${where}: ${target.name} is ${target.width}×${target.height} px, and ${target.tooCloseTo} is less than 12 px from its centre`));
		await walk(page, where, findings, walkedBackwards.has(pagePath));
		if (darkRings) {
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.evaluate(() => window.vigilProbe.interactive());
			await page.keyboard.press('Tab');
			const rings = await page.evaluate(() => window.vigilProbe.focusRings());
			findings.darkRings += rings.checked;
			findings.invisibleFocus.push(...rings.problems.map((problem) => `${where} (dark scheme): ${problem}`));
			await page.emulateMedia({ colorScheme: 'light' });
		}
		// Folded parts (a story behind its content warning, the search filters on a phone) must be
		// reachable once unfolded, too. The page is loaded again so that Tab starts from the top.
		if (await page.evaluate(() => document.querySelectorAll('details:not([open])').length)) {
			await load(pagePath, true);
			await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
			// The search's filters load their values as they open, and each filter shows once it has some.
			if (pagePath.includes('search/?q=')) await page.locator('[data-filter-item]:not([hidden])').first().waitFor({ timeout: 10_000 });
			await walk(page, `${where} (unfolded)`, findings, walkedBackwards.has(pagePath));
		}
	}
	await context.close();
	return findings;
}

const findingsBy = new Map<string, Findings>();
let browser: Browser;

beforeAll(async () => {
	browser = await chromium.connect(inject('browserEndpoint'));
	// Two tabs at a time, as the machine has two cores.
	const queue = [...settings];
	await Promise.all(
		[0, 1].map(async () => {
			for (let setting = queue.shift(); setting; setting = queue.shift()) findingsBy.set(setting.name, await check(browser, setting));
		}),
	);
}, 600_000);

afterAll(async () => {
	await browser?.close();
});

for (const { name, viewport, darkRings } of settings) {
	describe(`on ${name} (${viewport.width}×${viewport.height})`, () => {
		const findings = () => findingsBy.get(name) as Findings;

		test('the Tab key reaches every link, button and field that can be seen', () => {
			expect(findings().unreached).toEqual([]);
			// Every page and every folded part was walked, and the walks went somewhere.
			expect(findings().pagesWalked).toBeGreaterThan(paths.length);
			expect(findings().stops).toBeGreaterThan(paths.length * 20);
		});

		test('focus can always be seen', () => {
			expect(findings().invisibleFocus).toEqual([]);
			if (darkRings) expect(findings().darkRings).toBeGreaterThan(paths.length * 20);
		});

		test('focus is never hidden under a fixed or sticky element', () => {
			expect(findings().hiddenFocus).toEqual([]);
		});

		test('every target outside a sentence is at least 24 by 24 px, or has room around it', () => {
			expect(findings().smallTargets).toEqual([]);
		});
	});
}
