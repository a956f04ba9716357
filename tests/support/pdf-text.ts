import { getDocumentProxy } from 'unpdf';

/**
 * The text of a PDF, read with PDF.js (through unpdf, which needs no canvas), as lines of words
 * where they are printed, for print.test.ts.
 */

/** One line of a printed page: its text, and where it starts and ends across the page. */
export interface PrintedLine {
	page: number;
	/** The line as read from left to right, as it is drawn. */
	drawn: string;
	/** The line in reading order (a right-to-left line is drawn glyph by glyph from the left: see readRightToLeft). */
	text: string;
	left: number;
	right: number;
	rightToLeft: boolean;
}

export interface PrintedDocument {
	lines: PrintedLine[];
	/** The width of a page, in PDF points. */
	pageWidth: number;
	/** Every line's text, compact (see `compact`) and run together, for looking words up wherever the lines break. */
	compactText: string;
}

/**
 * Text made comparable across how it was drawn: Arabic presentation forms folded to letters (NFKC),
 * spaces and the marks that isolate directions removed, since a PDF places words, not spaces.
 */
export function compact(text: string): string {
	return (
		text
			.normalize('NFKC')
			// Spaces, direction marks and soft hyphens; Arabic's vowel marks and tatweel, which a PDF
			// draws as glyphs of their own beside their letter; brackets, which right to left are drawn
			// mirrored.
			.replace(/[\s\u200e\u200f\u2066-\u2069\u00ad\u0640\u064b-\u065f\u0670()[\]{}]+/g, '')
	);
}

/** A run of characters set left to right inside a right-to-left line: numbers, Latin words, addresses. */
const LEFT_TO_RIGHT_RUN = /[0-9A-Za-z\u00c0-\u024f][0-9A-Za-z\u00c0-\u024f.,:;/\-_%+=?&#@~]*/g;

/**
 * A right-to-left line in reading order. It is drawn from the left: its right-to-left letters in
 * reverse, and within it each left-to-right run (a year, an address) in its own order.
 */
function readRightToLeft(drawn: string): string {
	const runs: string[] = [];
	let last = 0;
	for (const match of drawn.matchAll(LEFT_TO_RIGHT_RUN)) {
		runs.push([...drawn.slice(last, match.index)].reverse().join(''), match[0]);
		last = match.index + match[0].length;
	}
	runs.push([...drawn.slice(last)].reverse().join(''));
	return runs.reverse().join('');
}

export async function readPdf(pdf: Uint8Array): Promise<PrintedDocument> {
	const document = await getDocumentProxy(pdf);
	const lines: PrintedLine[] = [];
	let pageWidth = 0;
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		pageWidth = page.view[2] ?? 0;
		const content = await page.getTextContent();
		const rows = new Map<number, { x: number; width: number; text: string; rightToLeft: boolean }[]>();
		for (const item of content.items) {
			if (!('str' in item) || !item.str) continue;
			const y = Math.round(item.transform[5] ?? 0);
			const row = rows.get(y) ?? [];
			row.push({ x: item.transform[4] ?? 0, width: item.width, text: item.str, rightToLeft: item.dir === 'rtl' });
			rows.set(y, row);
		}
		// From the top of the page down (PDF's y grows upwards).
		for (const [, row] of [...rows].sort(([a], [b]) => b - a)) {
			row.sort((a, b) => a.x - b.x);
			const drawn = row.map((item) => item.text).join('');
			const rightToLeft = row.filter((item) => item.rightToLeft).length > row.length / 2;
			const left = Math.min(...row.map((item) => item.x));
			const right = Math.max(...row.map((item) => item.x + item.width));
			lines.push({ page: number, drawn, text: rightToLeft ? readRightToLeft(drawn) : drawn, left, right, rightToLeft });
		}
	}
	return { lines, pageWidth, compactText: lines.map((line) => compact(line.text)).join('') };
}

/** Whether the printed text holds `words`, wherever the lines break. */
export function holds(document: PrintedDocument, words: string): boolean {
	const wanted = compact(words);
	return wanted.length > 0 && document.compactText.includes(wanted);
}

/** How many of each character a text has. */
function tally(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
	return counts;
}

/** Whether every character of `wanted` is in `found`, as many times. */
function within(wanted: Map<string, number>, found: Map<string, number>): boolean {
	return [...wanted].every(([character, count]) => (found.get(character) ?? 0) >= count);
}

/**
 * Whether the printed text holds `words` letter for letter, in any order within a stretch a few
 * letters longer than they are. Arabic needs this: a PDF of Arabic text draws joined letters as
 * glyphs that PDF.js gives back with a letter now and then moved past its neighbour or a space
 * ("اليوم الدولي" read back as "اليوا مﻟﺪوﻟﻲ"), so its order cannot be compared exactly. Every letter
 * of the words must still be printed, and printed there.
 */
export function holdsLetters(document: PrintedDocument, words: string): boolean {
	const wanted = compact(words);
	if (!wanted) return false;
	const text = [...document.compactText];
	const needed = tally(wanted);
	const span = [...wanted].length + 4;
	for (let start = 0; start + [...wanted].length <= text.length; start++) {
		if (!needed.has(text[start] ?? '')) continue;
		if (within(needed, tally(text.slice(start, start + span).join('')))) return true;
	}
	return false;
}

/** Whether a printed line is made only of letters of `words` (a line of a title that wraps, say). */
export function isLineOf(line: PrintedLine, words: string): boolean {
	const letters = compact(line.text);
	return letters.length > 4 && [...letters].every((character) => compact(words).includes(character));
}

