import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { holds, holdsLetters, isLineOf, readPdf, type PrintedDocument } from '../support/pdf-text';
import { useBrowser } from '../support/browser';

/**
 * Pages as they print: a family prints a story as a keepsake, an organiser prints an event for a
 * noticeboard. Chromium makes the PDF (page.pdf, print media), and PDF.js reads its text back: the
 * title, the text, the picture's credit, the people remembered and the event's date, time, zone and
 * place are on paper, with the addresses of links after their text; the navigation, the search, the
 * quick exit, the language list and the support box's links are not. Arabic is set right to left.
 */
const open = useBrowser({ viewport: { width: 1280, height: 900 } });

interface PrintCase {
	name: string;
	path: string;
	rightToLeft: boolean;
}

const cases: PrintCase[] = [
	{ name: 'a story in English', path: 'stories/tea-at-four-oclock/', rightToLeft: false },
	{ name: 'a story in Arabic', path: 'ar/stories/tea-at-four-oclock/', rightToLeft: true },
	{ name: 'an event in English', path: 'events/international-day-of-remembrance-2027/', rightToLeft: false },
	{ name: 'an event in Arabic', path: 'ar/events/international-day-of-remembrance-2027/', rightToLeft: true },
];

/** What the page shows on screen that paper must keep, and the words only its navigation and tools say. */
interface OnScreen {
	title: string;
	siteName: string;
	/** The first sentences of the text, which on a story with warnings is folded on screen. */
	opening: string;
	credits: string[];
	/** The people remembered (story) or the date, time, zone and place (event), line by line. */
	facts: string[];
	/** External links in the text and facts, with their addresses. */
	links: { text: string; href: string }[];
	/** The names of the support lines, which stay, and the texts of their links, which go. */
	supportLines: string[];
	supportLinks: string[];
	/** Words said only by the header, its navigation and tools: none of them may be printed. */
	toolWords: string[];
}

async function readScreen(page: Page): Promise<OnScreen> {
	return page.evaluate(() => {
		const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
		const main = document.querySelector('main');
		const body = main?.querySelector('.entry-body');
		const opening = text(body?.querySelector('p:not(:has(em:only-child))') ?? body?.querySelector('p')).slice(0, 80);
		const facts = [...(main?.querySelectorAll('.facts dd') ?? [])].map((fact) => text(fact)).filter(Boolean);
		const links = [...(main?.querySelectorAll<HTMLAnchorElement>('.entry-body a[href^="http"], .facts a[href^="http"]') ?? [])].map((link) => ({ text: text(link), href: link.getAttribute('href') ?? '' }));
		const TOOLS = '.quick-exit, .skip-link, .language-switcher, .main-navigation, .site-search, .site-header button';
		const toolElements = [...document.querySelectorAll(TOOLS)];
		// Words the rest of the page says too (a section's name in the text) may be printed there.
		const rest = document.body.cloneNode(true) as HTMLElement;
		rest.querySelectorAll(TOOLS).forEach((element) => element.remove());
		const restText = text(rest);
		// Word by word, each link, button and label on its own (a list's links have no spaces between them).
		const parts = toolElements.flatMap((element) => [element, ...element.querySelectorAll('a, button, label, span')]);
		const toolWords = [...new Set(parts.flatMap((element) => text(element).split(' ')))].filter((word) => word.length > 3 && !restText.includes(word));
		return {
			title: text(main?.querySelector('h1')),
			siteName: text(document.querySelector('.site-name')),
			opening,
			credits: [...(main?.querySelectorAll('figcaption') ?? [])].map((caption) => text(caption)).filter(Boolean),
			facts,
			links,
			supportLines: [...document.querySelectorAll('.support h3')].map((line) => text(line)),
			supportLinks: [...document.querySelectorAll('.support a:not(.support__call)')].map((link) => text(link)),
			toolWords,
		};
	});
}

describe.each(cases)('$name, printed', ({ path, rightToLeft }) => {
	let screen: OnScreen;
	let printed: PrintedDocument;
	/** Whether the PDF holds these words: in order, or for Arabic letter for letter (see holdsLetters). */
	const printedWords = (words: string) => (rightToLeft ? holdsLetters(printed, words) : holds(printed, words));

	beforeAll(async () => {
		const { page } = await open(path);
		screen = await readScreen(page);
		printed = await readPdf(new Uint8Array(await page.pdf({ format: 'A4' })));
	}, 60_000);

	test('holds the title, the opening of the text and the picture’s credit', () => {
		expect(screen.title).not.toBe('');
		expect(printedWords(screen.title), screen.title).toBe(true);
		expect(screen.opening.length).toBeGreaterThan(30);
		expect(printedWords(screen.opening), screen.opening).toBe(true);
		expect(screen.credits.length).toBeGreaterThan(0);
		for (const credit of screen.credits) expect(printedWords(credit), credit).toBe(true);
	});

	test('holds the facts: the people remembered, or the event’s date, time, zone and place', () => {
		expect(screen.facts.length).toBeGreaterThan(1);
		for (const fact of screen.facts) expect(printedWords(fact), fact).toBe(true);
	});

	// The stories of the fixture link nowhere from their text; an event links to its registration and stream.
	test.runIf(path.includes('events/'))('prints the address of each link after its text', () => {
		expect(screen.links.length).toBeGreaterThan(0);
		for (const { href } of screen.links) expect(holds(printed, href), href).toBe(true);
	});

	test('leaves out the navigation, the search, the quick exit and the language list', () => {
		// Looked for in order, even in Arabic: letter for letter, a short word would be found anywhere.
		// The other languages' names in the list are in scripts read back exactly.
		expect(screen.toolWords.filter((word) => !/[\u0600-\u06ff]/.test(word)).length).toBeGreaterThan(3);
		expect(screen.toolWords.filter((word) => holds(printed, word))).toEqual([]);
	});

	test.runIf(path.includes('stories/'))('keeps the support box’s lines, without its links', () => {
		expect(screen.supportLines.length).toBeGreaterThan(0);
		for (const line of screen.supportLines) expect(printedWords(line), line).toBe(true);
		expect(screen.supportLinks.length).toBeGreaterThan(0);
		expect(screen.supportLinks.filter((link) => printedWords(link))).toEqual([]);
	});

	test(rightToLeft ? 'sets the title from the right' : 'sets the title from the left', () => {
		const titleLine = printed.lines.find((line) => line.page === 1 && isLineOf(line, screen.title) && !isLineOf(line, screen.siteName));
		expect(titleLine, screen.title).toBeDefined();
		const fromLeft = titleLine?.left ?? 0;
		const fromRight = printed.pageWidth - (titleLine?.right ?? 0);
		if (rightToLeft) expect(fromRight).toBeLessThan(fromLeft);
		else expect(fromLeft).toBeLessThan(fromRight);
		expect(titleLine?.rightToLeft).toBe(rightToLeft);
	});
});
