import { describe, expect, test } from 'vitest';
import { findActiveContent } from '../../src/images/svg-active-content';

/** What findActiveContent reports for a drawing, as "line: what". */
function found(svg: string): string[] {
	return findActiveContent(svg).map((active) => `${active.line}: ${active.what}`);
}

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">';

describe('active content in an SVG drawing', () => {
	test('a plain drawing, with gradients and shapes referring to each other by #fragment, holds none', () => {
		const plain = `${open}\n<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h1"/></defs>\n<rect width="10" height="10" fill="url(#g)" style="fill: url('#g')"/>\n<use href="#p"/><use xlink:href="#p"/>\n</svg>`;
		expect(found(plain)).toEqual([]);
	});

	test.each([
		['a <script> element', '<script>alert(1)</script>'],
		['a <script> element', '<svg:script>alert(1)</svg:script>'],
		['a <foreignObject> element, which can hold HTML', '<foreignObject><div>hi</div></foreignObject>'],
		['an entity declaration, which can pull in other files', '<!ENTITY x SYSTEM "file:///etc/passwd">'],
		['a style sheet import from elsewhere', '<style>@import "https://example.org/a.css";</style>'],
		['an event handler (onload)', '<g onload="alert(1)"/>'],
		['an event handler (onclick)', '<rect ONCLICK = "alert(1)"/>'],
		['a reference outside the file (href)', '<image href="https://example.org/pixel.png"/>'],
		['a reference outside the file (xlink:href)', '<use xlink:href="sprites.svg#icon"/>'],
		['a reference outside the file (href)', '<image href="data:image/svg+xml;base64,PHN2Zz4="/>'],
		['a reference outside the file (url())', '<rect style="fill: url(https://example.org/paint)"/>'],
	])('finds %s on the line it is written on', (what, element) => {
		expect(found(`${open}\n\n${element}\n</svg>`)).toContain(`3: ${what}`);
	});

	test('finds a javascript: address however it is written: in any case, with spaces, or as character references', () => {
		for (const link of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java script:alert(1)', '&#106;avascript:alert(1)', '&#x6A;&#x61;vascript:alert(1)']) {
			expect(found(`${open}\n<a href="${link}"><circle r="1"/></a>\n</svg>`), link).toEqual(['2: a javascript: address']);
		}
	});

	test('a line break written as a reference moves no finding to another line', () => {
		expect(found(`${open}<desc>a&#10;b&#13;c</desc>\n<script/>\n</svg>`)).toEqual(['2: a <script> element']);
	});

	test('reports every finding, sorted by line, with the text found', () => {
		const drawing = `${open}\n<script>alert(1)</script>\n<rect onclick="x()"/>\n<foreignObject/>\n</svg>`;
		expect(findActiveContent(drawing)).toEqual([
			{ line: 2, what: 'a <script> element', found: '<script' },
			{ line: 3, what: 'an event handler (onclick)', found: 'onclick=' },
			{ line: 4, what: 'a <foreignObject> element, which can hold HTML', found: '<foreignObject' },
		]);
	});
});
