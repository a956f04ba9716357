import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildTime, siteUrl } from '../support/browser';
import { compact, holds, holdsLetters, readPdf, type PrintedDocument } from '../support/pdf-text';

/**
 * An event's order of service (issue 20): the event's page lists it, and its printable page prints
 * it on A5 sheets, every item in order, right to left in Arabic. The fixture's 2021 Day of
 * Remembrance has eight items, one of them given in Arabic. One browser context, three page loads.
 */
const EVENT = 'events/international-day-of-remembrance-2021/';
const PRINTABLE = `${EVENT}programme/`;
const ARABIC_ITEM = 'شهادة أحد الناجين من الإرهاب';
const TITLES = [
	'Opening and welcome',
	'A minute of silence',
	'Reading of the names of victims',
	'Music',
	ARABIC_ITEM,
	'Panel: what long-term support looks like in practice',
	'Remarks',
	'Closing words',
];
/** The titles a PDF gives back letter for letter, in the order they are printed (Arabic's joined letters come back reordered: see holdsLetters). */
const LATIN_TITLES = TITLES.filter((title) => title !== ARABIC_ITEM);
/** An A5 sheet is 148 mm wide: 419.5 PDF points. */
const A5_WIDTH = (148 / 25.4) * 72;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await chromium.connect(inject('browserEndpoint'));
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.clock.install({ time: buildTime });
	page = await context.newPage();
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
});

/** The printed page's text, Chromium printing as it would for a visitor, at the page's own paper size. */
async function printed(path: string): Promise<PrintedDocument & { pages: number }> {
	await page.goto(siteUrl(path), { waitUntil: 'load' });
	const document = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
	return { ...document, pages: Math.max(...document.lines.map((line) => line.page)) };
}

/**
 * Where each title begins in the printed text, or -1 where it is missing. Looked up by its first
 * letters: on a right-to-left page a title that wraps is drawn with its time on its first line,
 * which PDF.js gives back between the title's lines.
 */
function positionsOf(document: PrintedDocument, titles: readonly string[]): number[] {
	return titles.map((title) => document.compactText.indexOf(compact(title).slice(0, 16)));
}

describe('the order of service', () => {
	test('is on the event’s page, in its searchable text: every item in order, with its time, the Arabic item marked as Arabic, and a link to print it', async () => {
		await page.goto(siteUrl(EVENT), { waitUntil: 'load' });
		const programme = page.locator('main[data-pagefind-body] .programme');
		await expect(programme.locator('h2').textContent()).resolves.toBe('Programme');
		const titles = await programme.locator('ol > li .programme__title').allTextContents();
		expect(titles.map((title) => title.trim())).toEqual(TITLES);
		await expect(programme.locator('ol > li').first().locator('time').getAttribute('datetime')).resolves.toBe('2021-08-20T10:00-04:00');
		const arabic = programme.locator('.programme__title[lang="ar"]');
		await expect(arabic.textContent()).resolves.toContain(ARABIC_ITEM);
		await expect(arabic.getAttribute('dir')).resolves.toBe('rtl');
		await expect(programme.getByRole('link', { name: 'Print the programme' }).getAttribute('href')).resolves.toMatch(new RegExp(`/${PRINTABLE}$`));
	});

	test('prints on at most four A5 pages, every item in order, without the site’s header, footer or the page’s buttons', async () => {
		const document = await printed(PRINTABLE);
		await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(true);
		// Chromium rounds the sheet to whole points.
		expect(Math.abs(document.pageWidth - A5_WIDTH)).toBeLessThan(1);
		expect(document.pages).toBeLessThanOrEqual(4);
		expect(holds(document, 'International Day of Remembrance of and Tribute to the Victims of Terrorism 2021')).toBe(true);
		const positions = positionsOf(document, LATIN_TITLES);
		expect(positions.every((position) => position >= 0), LATIN_TITLES.filter((_, index) => positions[index] === -1).join(', ')).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		for (const title of LATIN_TITLES) expect(holds(document, title), title).toBe(true);
		expect(holdsLetters(document, ARABIC_ITEM)).toBe(true);
		for (const absent of ['Back to the event', 'Vigil sample archive', 'Remembrance Network']) expect(holds(document, absent), absent).toBe(false);
	});

	test('prints right to left in Arabic, every item in order', async () => {
		const document = await printed(`ar/${PRINTABLE}`);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		expect(document.pages).toBeLessThanOrEqual(4);
		const positions = positionsOf(document, LATIN_TITLES);
		expect(positions.every((position) => position >= 0), LATIN_TITLES.filter((_, index) => positions[index] === -1).join(', ')).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(holdsLetters(document, ARABIC_ITEM)).toBe(true);
		// The heading is the page's own, in Arabic, set from the right.
		const heading = document.lines.find((line) => compact(line.text).includes(compact('البرنامج')));
		expect(heading?.rightToLeft).toBe(true);
		expect(document.pageWidth - (heading?.right ?? 0)).toBeLessThan(heading?.left ?? 0);
	});
});
