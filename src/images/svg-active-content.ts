/**
 * What in an SVG file could act rather than be seen: code, or a reach outside the file. An SVG is
 * an XML document that a browser runs when someone opens its address, so a portrait sent in by a
 * family could carry a script for the archive's origin. The build never publishes a content SVG as
 * SVG (src/images/image-service.ts draws it into pixels), and the checker names what this finds,
 * so that the file is replaced by one that carries nothing but a picture.
 *
 * Read as text, on purpose: a finding is reported with its line, and a file too broken for an XML
 * parser is exactly the kind of file to look at closely. Numeric character references are undone
 * first, so "&#106;avascript:" is seen as what a browser sees.
 */

/** One thing found, with the line it is on. */
export interface ActiveContent {
	line: number;
	/** What it is, for a person: e.g. "a <script> element". */
	what: string;
	/** The text found, shortened. */
	found: string;
}

/** Patterns of active content, each with the words that name it. */
const ACTIVE_PATTERNS: { pattern: RegExp; what: string }[] = [
	{ pattern: /<\s*(?:[\w.-]+:)?script\b/gi, what: 'a <script> element' },
	{ pattern: /<\s*(?:[\w.-]+:)?foreignObject\b/gi, what: 'a <foreignObject> element, which can hold HTML' },
	{ pattern: /<!ENTITY\b/gi, what: 'an entity declaration, which can pull in other files' },
	{ pattern: /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/gi, what: 'a javascript: address' },
	{ pattern: /@import\b/gi, what: 'a style sheet import from elsewhere' },
];

/** An event-handler attribute inside a tag, such as onload= or onclick=. */
const EVENT_HANDLER = /<[^>]*?\s(on[a-z]+)\s*=/gi;
/** An address in an attribute: href, xlink:href or src. */
const ADDRESS_ATTRIBUTE = /\s((?:[\w.-]+:)?href|src)\s*=\s*(["'])([\s\S]*?)\2/gi;
/** An address in CSS: url(…). */
const CSS_URL = /url\(\s*(["']?)([^"')]*)\1\s*\)/gi;

/** The text with numeric character references (&#106; &#x6A;) replaced by their characters. */
function withReferencesUndone(text: string): string {
	return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
		const value = code.startsWith('x') || code.startsWith('X') ? Number.parseInt(code.slice(1), 16) : Number(code);
		// A line break written as a reference stays a space, so every line keeps its number.
		if (value === 10 || value === 13) return ' ';
		return Number.isFinite(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
	});
}

/** The line (from 1) that a position in the text is on. */
function lineAt(text: string, index: number): number {
	let line = 1;
	for (let position = text.indexOf('\n'); position !== -1 && position < index; position = text.indexOf('\n', position + 1)) line += 1;
	return line;
}

/** A found text for a report: one line, at most 60 characters. */
function shortened(found: string): string {
	const oneLine = found.replace(/\s+/g, ' ').trim();
	return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

/**
 * Whether an address is no reference outside the file: a fragment such as "#gradient" stays inside
 * it, and a javascript: address is reported once already, as what it is.
 */
function isNotOutsideReference(address: string): boolean {
	return address.trim().startsWith('#') || /^javascript:/i.test(address.replace(/\s/g, ''));
}

/**
 * Everything active in an SVG text: scripts, event handlers, foreignObject, entity declarations,
 * javascript: addresses, and references outside the file (an href, src or CSS url() that is not a
 * #fragment, data: addresses included, since one can hold a whole document of its own). Sorted by line.
 */
export function findActiveContent(svg: string): ActiveContent[] {
	const text = withReferencesUndone(svg);
	const found: ActiveContent[] = [];
	for (const { pattern, what } of ACTIVE_PATTERNS) {
		for (const match of text.matchAll(pattern)) found.push({ line: lineAt(text, match.index), what, found: shortened(match[0]) });
	}
	for (const match of text.matchAll(EVENT_HANDLER)) {
		const handler = match[1] ?? '';
		found.push({ line: lineAt(text, match.index + match[0].length - handler.length - 1), what: `an event handler (${handler.toLowerCase()})`, found: shortened(`${handler}=`) });
	}
	for (const match of text.matchAll(ADDRESS_ATTRIBUTE)) {
		const address = match[3] ?? '';
		if (isNotOutsideReference(address)) continue;
		found.push({ line: lineAt(text, match.index + 1), what: `a reference outside the file (${match[1]})`, found: shortened(address) });
	}
	for (const match of text.matchAll(CSS_URL)) {
		const address = match[2] ?? '';
		if (isNotOutsideReference(address)) continue;
		found.push({ line: lineAt(text, match.index), what: 'a reference outside the file (url())', found: shortened(address) });
	}
	return found.sort((a, b) => a.line - b.line);
}
