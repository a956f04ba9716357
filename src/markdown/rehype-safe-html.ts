import { randomUUID } from 'node:crypto';
import type { Root } from 'hast';
// hast-util-raw is what rehype-raw, the last step of Astro's Markdown pipeline, is made of: the same
// HTML parser (parse5), the same version. It is called here, earlier, so that HTML written in a body
// is a tree of elements this plugin can clean, instead of text that would be parsed after it.
import { raw } from 'hast-util-raw';

/**
 * What a body may not carry, whoever wrote it: organisers paste text they were sent, and a story
 * or a title can hold anything. Markdown allows HTML, so without this a body could run a script
 * on every visitor's page, or load a picture, a frame or a form from another site and tell it who
 * read which story (docs/dignity-and-privacy.md, "What the site never does").
 *
 * The cleaning is the same for Markdown and MDX. MDX files are code (they can import components and
 * run expressions at build time): the cleaning covers the HTML-like tags written in them, which is
 * what a pasted text would bring, not what a maintainer's expression does.
 */

/**
 * Elements removed with everything inside them. Scripts and what can load or run other documents
 * (frames, objects, forms that send what visitors type); style, which could hide the quick-exit
 * button or restyle the page; media written as HTML, which would load from wherever it points
 * instead of going through the site's own image pipeline; and elements that change how the rest of
 * the page is read (base, meta, link) or are parsed in ways that invite mutation tricks (noscript,
 * template, svg, math).
 */
export const REMOVED_ELEMENTS: ReadonlySet<string> = new Set([
	'script',
	'noscript',
	'template',
	'style',
	'link',
	'meta',
	'base',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'portal',
	'form',
	'input',
	'button',
	'select',
	'textarea',
	'img',
	'picture',
	'source',
	'video',
	'audio',
	'track',
	'canvas',
	'svg',
	'math',
]);

/** Properties (hast names) that hold an address, and attributes (HTML names) for MDX tags. */
const URL_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'background', 'longDesc', 'ping', 'data', 'xLinkHref', 'manifest', 'codeBase']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'longdesc', 'ping', 'data', 'xlink:href', 'manifest', 'codebase']);

/** The schemes a link in a body may use; an address without a scheme (a path, #, ?) is always allowed. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Whether an address is safe to keep: no scheme (a path on this site, a fragment, a relative
 * address) or one of SAFE_SCHEMES. Browsers ignore tabs and line breaks anywhere in an address, and
 * spaces and control characters around it (WHATWG URL Standard, "basic URL parser"), so
 * "java\tscript:" is read the way a browser reads it.
 */
export function isSafeUrl(value: string): boolean {
	const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1];
	return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** Whether every address in a value is safe: one address, a srcset ("a.jpg 1x, b.jpg 2x") or a list. */
function isSafeUrlValue(value: unknown): boolean {
	const values = Array.isArray(value) ? value : [value];
	return values.every((item) => {
		if (typeof item !== 'string') return true;
		return item.split(',').every((candidate) => isSafeUrl(candidate.trim().split(/\s+/)[0] ?? ''));
	});
}

/** An event-handler attribute, in hast (onClick) or HTML (onclick) spelling. */
const isHandler = (name: string) => /^on/i.test(name);

/** The little of a hast or MDX node this plugin reads and changes. */
interface Node {
	type: string;
	tagName?: string;
	name?: string | null;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

/** A `<img>` written in Markdown (`![alt](../../images/x.jpg)`), as opposed to one written as HTML. */
const MARKDOWN_IMAGE = 'dataVigilMarkdownImage';

/** Removes handlers and unsafe addresses from an element, and says whether the element itself stays. */
function cleanElement(node: Node, markdownImage: string): boolean {
	const properties = node.properties ?? {};
	if (node.tagName === 'img' && properties[MARKDOWN_IMAGE] === markdownImage) {
		delete properties[MARKDOWN_IMAGE];
	} else if (REMOVED_ELEMENTS.has(node.tagName ?? '')) {
		return false;
	}
	for (const [name, value] of Object.entries(properties)) {
		if (isHandler(name) || name === 'style' || (URL_PROPERTIES.has(name) && !isSafeUrlValue(value))) delete properties[name];
	}
	return true;
}

/** The same for a lower-case tag written in MDX (`<a href="…">`); components (`<Figure>`) are the site's own. */
function cleanMdxTag(node: Node): boolean {
	const name = node.name ?? '';
	if (!/^[a-z]/.test(name)) return true;
	if (REMOVED_ELEMENTS.has(name)) return false;
	node.attributes = node.attributes?.filter((attribute) => {
		const attributeName = attribute.name ?? '';
		if (attribute.type !== 'mdxJsxAttribute') return true;
		if (isHandler(attributeName) || attributeName === 'style') return false;
		return !(URL_ATTRIBUTES.has(attributeName.toLowerCase()) && typeof attribute.value === 'string' && !isSafeUrlValue(attribute.value));
	});
	return true;
}

/** Node types of MDX that the HTML parser must leave as they are (as @astrojs/mdx tells rehype-raw). */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

function hasRawHtml(node: Node): boolean {
	return node.type === 'raw' || (node.children?.some(hasRawHtml) ?? false);
}

function markMarkdownImages(node: Node, mark: string): void {
	if (node.type === 'element' && node.tagName === 'img') (node.properties ??= {})[MARKDOWN_IMAGE] = mark;
	node.children?.forEach((child) => markMarkdownImages(child, mark));
}

function clean(node: Node, markdownImage: string): void {
	if (!node.children) return;
	node.children = node.children.filter((child) => {
		if (child.type === 'element') return cleanElement(child, markdownImage);
		if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') return cleanMdxTag(child);
		return true;
	});
	node.children.forEach((child) => clean(child, markdownImage));
}

/**
 * A rehype plugin for Markdown and MDX bodies: HTML written in a body is parsed, then scripts,
 * frames, forms, media and styles written as HTML are removed, and so are event-handler attributes
 * (onerror, onclick…), style attributes and addresses with any scheme but http, https, mailto and
 * tel (javascript:, data:, vbscript:…), whether written as HTML or as a Markdown link. Text stays.
 */
export function rehypeSafeHtml() {
	return (tree: Root): Root => {
		// A fresh mark per body, set before the HTML is parsed: HTML cannot claim to be a Markdown image.
		const markdownImage = randomUUID();
		markMarkdownImages(tree as unknown as Node, markdownImage);
		const root = (hasRawHtml(tree as unknown as Node) ? raw(tree, { passThrough: MDX_NODE_TYPES }) : tree) as unknown as Node;
		clean(root, markdownImage);
		return root as unknown as Root;
	};
}
