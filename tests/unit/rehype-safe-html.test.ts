import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { isSafeUrl, rehypeSafeHtml } from '../../src/markdown/rehype-safe-html';

/*
 * The cleaning of Markdown and MDX bodies, on the trees rehype hands it: HTML written in a body
 * arrives as `raw` nodes (Astro parses them only after its own plugins), Markdown links and images
 * as elements, MDX tags as mdxJsx nodes. tests/build/hostile-content.test.ts reads a whole archive's build
 * of hostile bodies through Astro.
 */

interface Node {
	type: string;
	tagName?: string;
	name?: string;
	value?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name: string; value?: unknown }[];
	children?: Node[];
}

function cleaned(...children: Node[]): Node {
	return rehypeSafeHtml()({ type: 'root', children } as unknown as Root) as unknown as Node;
}

/** Every element (and MDX tag) in a tree, depth first. */
function elements(node: Node): Node[] {
	const own = node.type === 'element' || node.type.startsWith('mdxJsx') ? [node] : [];
	return [...own, ...(node.children ?? []).flatMap(elements)];
}

function textOf(node: Node): string {
	return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

const raw = (value: string): Node => ({ type: 'raw', value });
const element = (tagName: string, properties: Record<string, unknown>, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });

describe('addresses in bodies', () => {
	test.each(['https://example.org/', 'http://example.org/', 'mailto:a@example.org', 'tel:+44808000000', '/events/', '../x/', '#notes', '?q=candles', 'report.pdf'])(
		'%s is kept',
		(url) => expect(isSafeUrl(url)).toBe(true),
	);

	test.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
		'%j is removed',
		(url) => expect(isSafeUrl(url)).toBe(false),
	);
});

describe('HTML written in a body', () => {
	test('a script is removed with what it holds, and the words around it stay', () => {
		const tree = cleaned(element('p', {}, [text('Before. ')]), raw('<script>alert(1)</script>'), element('p', {}, [text('After.')]));
		expect(elements(tree).map((node) => node.tagName)).toEqual(['p', 'p']);
		expect(textOf(tree)).toBe('Before. After.');
	});

	test('an image written as HTML is removed, handler and all; one written in Markdown stays, with its address', () => {
		const tree = cleaned(raw('<img src=x onerror=alert(1)>'), element('p', {}, [element('img', { src: '../../images/candles.jpg', alt: 'A candle' })]));
		expect(elements(tree).map((node) => [node.tagName, node.properties])).toEqual([
			['p', {}],
			['img', { src: '../../images/candles.jpg', alt: 'A candle' }],
		]);
	});

	test('HTML cannot pass itself off as a Markdown image', () => {
		const tree = cleaned(raw('<img src="https://tracker.example.org/x.gif" data-vigil-markdown-image="guess">'));
		expect(elements(tree)).toEqual([]);
	});

	test('links keep their words and lose a javascript: address and their handlers', () => {
		const tree = cleaned(element('p', {}, [raw('<a href="javascript:alert(1)" onclick="alert(1)">A raw link</a>'), text(' and '), raw('<a href="JaVaScRiPt&#58;alert(1)">an encoded one</a>')]));
		expect(elements(tree).map((node) => [node.tagName, node.properties])).toEqual([
			['p', {}],
			['a', {}],
			['a', {}],
		]);
		expect(textOf(tree)).toBe('A raw link and an encoded one');
	});

	test('frames, objects, forms, media, styles and SVG are removed; a paragraph keeps its words but not its handler or style', () => {
		const tree = cleaned(
			raw('<iframe src="https://example.org/"></iframe><object data="x"></object><embed src="x"><form action="https://example.org/"><input name="q"></form>'),
			raw('<video src="https://example.org/v.mp4"></video><style>body { display: none }</style><svg onload="alert(1)"><a href="javascript:alert(1)">svg</a></svg>'),
			raw('<p style="position: fixed" onmouseover="alert(1)">Words stay.</p><details><summary>More</summary>Kept.</details>'),
		);
		expect(elements(tree).map((node) => [node.tagName, node.properties])).toEqual([
			['p', {}],
			['details', {}],
			['summary', {}],
		]);
		expect(textOf(tree)).toBe('Words stay.MoreKept.');
	});

	test('every address of an element is checked: srcset, poster, action, formaction, cite', () => {
		const tree = cleaned(raw('<blockquote cite="javascript:alert(1)"><a href="https://example.org/" ping="javascript:alert(1)">Safe</a></blockquote>'));
		expect(elements(tree).map((node) => [node.tagName, node.properties])).toEqual([
			['blockquote', {}],
			['a', { href: 'https://example.org/' }],
		]);
	});
});

describe('Markdown links', () => {
	test('a [link](javascript:alert(1)) keeps its words and loses its address; web and site links stay', () => {
		const tree = cleaned(
			element('p', {}, [
				element('a', { href: 'javascript:alert(1)' }, [text('link')]),
				element('a', { href: 'data:text/html,alert' }, [text('data')]),
				element('a', { href: 'https://example.org/' }, [text('web')]),
				element('a', { href: '/events/' }, [text('site')]),
			]),
		);
		expect(elements(tree).map((node) => node.properties)).toEqual([{}, {}, {}, { href: 'https://example.org/' }, { href: '/events/' }]);
		expect(textOf(tree)).toBe('linkdatawebsite');
	});
});

describe('tags written in MDX', () => {
	test('lower-case tags lose handlers and script addresses, scripts and frames go, components stay as written', () => {
		const attribute = (name: string, value: unknown) => ({ type: 'mdxJsxAttribute', name, value });
		const tree = cleaned(
			{ type: 'mdxJsxFlowElement', name: 'script', attributes: [], children: [text('alert(1)')] },
			{ type: 'mdxJsxFlowElement', name: 'iframe', attributes: [attribute('src', 'https://example.org/')], children: [] },
			{ type: 'mdxJsxFlowElement', name: 'a', attributes: [attribute('href', 'javascript:alert(1)'), attribute('onClick', 'alert(1)'), attribute('title', 'Kept')], children: [text('link')] },
			{ type: 'mdxJsxFlowElement', name: 'Figure', attributes: [attribute('src', 'whatever:it-is')], children: [] },
		);
		expect(elements(tree).map((node) => [node.name, node.attributes?.map((a) => a.name)])).toEqual([
			['a', ['title']],
			['Figure', ['src']],
		]);
	});
});
