import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { axeExceptions, type AxeException } from '../support/accessibility-exceptions';
import { SEARCH_WITH_RESULTS, axeSweepPaths as sweepPaths, onePageOfEachKind, siteSettings } from '../support/page-kinds';
import { buildTime, siteUrl } from '../support/browser';

/**
 * axe-core on the pages of axeSweepPaths (every page in English, Arabic's own and one of each kind,
 * and one of each kind in Chinese and Russian), a search with results and the 404 page among them:
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices, in the scheme the page was
 * loaded in (light and dark by turns). One page of each kind in English and in Arabic is also
 * checked with the colour rules in the other scheme. The schemes change colours only, and only the
 * tokens of global.css, which no entry can change (rehype-safe-html.ts removes style), so a
 * template's colours are the same on every page of its kind; a direction of its own is what a
 * language adds to them. Every violation on every page
 * is collected into one list, so that a failure shows them all at once. Rules switched off for an
 * element, and why, are in accessibility-exceptions.ts. Keyboard, focus and target size, which axe
 * checks only in part, are in keyboard-and-targets.test.ts.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/** Whether an exception covers a violation of `rule` on the element axe names by `target`. */
async function isExcepted(page: Page, pagePath: string, rule: string, target: string, used: Set<AxeException>): Promise<boolean> {
	for (const exception of axeExceptions) {
		if (exception.rule !== rule || (exception.pages && !exception.pages.test(pagePath))) continue;
		const matches = await page.evaluate(([target, selector]) => document.querySelector(target)?.matches(selector) ?? false, [target, exception.selector] as const);
		if (matches) {
			used.add(exception);
			return true;
		}
	}
	return false;
}

/**
 * The rules a change of colour scheme can change the outcome of: the scheme changes colours only
 * (global.css), never what is on the page or how it is marked up.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The pages checked in both schemes: one of each kind, left to right and right to left. */
const inBothSchemes = new Set([siteSettings.defaultLocale, 'ar'].flatMap(onePageOfEachKind));

/**
 * What axe finds on the page that is open, in the scheme it is shown in, one line per element: every
 * rule, or only the colour rules (for a page already checked whole in the other scheme).
 */
async function analyse(page: Page, pagePath: string, scheme: Scheme, used: Set<AxeException>, rules: 'every rule' | 'colour rules') {
	// Legacy mode runs axe.run in the page itself rather than finishing in a second, blank page:
	// much faster, and the one thing it gives up, frames from other origins, the site never has.
	// Only violations come back with every element: passes would be a large message per page, unread.
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
	const results = await (rules === 'every rule' ? builder.withTags(TAGS) : builder.withRules(COLOUR_RULES)).analyze();
	const violations: string[] = [];
	for (const violation of results.violations) {
		for (const node of violation.nodes) {
			const target = node.target.map(String).join(' >>> ');
			if (await isExcepted(page, pagePath, violation.id, target, used)) continue;
			const why = (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').replace(/^Fix (any|all) of the following: /, '');
			violations.push(`${scheme} /${pagePath}: ${violation.id} at ${target}: ${why} (${violation.helpUrl.replace(/\?.*$/, '')})`);
		}
	}
	return { violations, rulesRun: results.passes.length };
}

/**
 * Takes pages from the queue into one tab and checks each with every rule in the scheme it was
 * loaded in; a page of `inBothSchemes` is then switched to the other and analysed again with the
 * colour rules. The pages' scripts never ask for the scheme, so a switched page is the page loaded in
 * that scheme, and about half the pages are loaded (and checked whole) in each.
 */
async function sweep(browser: Browser, queue: string[], used: Set<AxeException>) {
	// Reduced motion makes every transition 0.01 ms (global.css), so colours land a frame after a switch.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
	// Pages correct "upcoming" and "open" from the visitor's clock: see them on the day of the build.
	await context.clock.install({ time: buildTime });
	const page = await context.newPage();
	const violations: string[] = [];
	const rulesRun = { light: 0, dark: 0 };
	const wholeChecks = { light: 0, dark: 0 };
	let colourChecks = 0;
	// Each page is loaded in the scheme the page before ended in (the emulation stays with the tab).
	let scheme: Scheme = 'light';
	for (let pagePath = queue.shift(); pagePath !== undefined; pagePath = queue.shift()) {
		await page.goto(siteUrl(pagePath), { waitUntil: 'load' });
		if (pagePath.endsWith(SEARCH_WITH_RESULTS)) await page.locator('.search-results li').first().waitFor({ timeout: 10_000 });
		// A story folded behind its content warning is checked unfolded, so its text is checked too.
		await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		for (const switched of inBothSchemes.has(pagePath) ? [false, true] : [false]) {
			if (switched) {
				scheme = scheme === 'light' ? 'dark' : 'light';
				await page.emulateMedia({ colorScheme: scheme });
				// A transition that the switch itself cancels rejects its `finished` promise: it is over all the same.
				await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
			}
			const found = await analyse(page, pagePath, scheme, used, switched ? 'colour rules' : 'every rule');
			violations.push(...found.violations);
			rulesRun[scheme] += found.rulesRun;
			if (!switched) wholeChecks[scheme] += 1;
			else colourChecks += 1;
		}
		// The next page is loaded in the other scheme, so that each is checked whole on about half the pages.
		if (!inBothSchemes.has(pagePath)) {
			scheme = scheme === 'light' ? 'dark' : 'light';
			await page.emulateMedia({ colorScheme: scheme });
		}
	}
	await context.close();
	return { violations, rulesRun, wholeChecks, colourChecks };
}

/** A first line for a failure: how many violations of each rule, in which scheme, on how many pages. */
function summarise(violations: string[]): string {
	const counts = new Map<string, { count: number; pages: Set<string> }>();
	for (const line of violations) {
		const [, scheme = '', page = '', rule = ''] = /^(\w+) (\S*): (\S+) at /.exec(line) ?? [];
		const key = `${rule} (${scheme})`;
		const entry = counts.get(key) ?? { count: 0, pages: new Set<string>() };
		entry.count++;
		entry.pages.add(page);
		counts.set(key, entry);
	}
	return `axe found ${violations.length} violations: ${[...counts].map(([key, { count, pages }]) => `${key} ${count}× on ${pages.size} pages`).join('; ')}`;
}

test(`axe finds no violation of WCAG 2.2 AA or best practice on ${sweepPaths.length} pages, in the light and the dark scheme, and ${inBothSchemes.size} pages in both`, { timeout: 600_000 }, async () => {
	const browser = await chromium.connect(inject('browserEndpoint'));
	const used = new Set<AxeException>();
	// Two tabs at a time, as the machine has two cores, taking pages from one queue.
	const queue = [...sweepPaths];
	const results = await Promise.all([1, 2].map(() => sweep(browser, queue, used)));
	await browser.close();

	const violations = results.flatMap((result) => result.violations).sort();
	expect(violations, summarise(violations)).toEqual([]);
	// The sweep really ran: about half the pages were checked whole in each scheme, and they passed
	// more than ten rules each.
	for (const scheme of schemes) {
		const whole = results.reduce((sum, result) => sum + result.wholeChecks[scheme], 0);
		expect(whole).toBeGreaterThan(sweepPaths.length / 3);
		expect(results.reduce((sum, result) => sum + result.rulesRun[scheme], 0)).toBeGreaterThan(whole * 10);
	}
	expect(results.reduce((sum, result) => sum + result.colourChecks, 0)).toBe([...inBothSchemes].filter((pagePath) => sweepPaths.includes(pagePath)).length);
	// An exception that matched nothing has outlived its reason.
	expect(axeExceptions.filter((exception) => !used.has(exception)).map(({ rule, selector }) => `${rule} on ${selector} is never needed`)).toEqual([]);
});
