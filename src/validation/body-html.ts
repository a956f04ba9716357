import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isSafeUrl, REMOVED_ELEMENTS } from '../markdown/rehype-safe-html';

/**
 * What the build will take out of a body (src/markdown/rehype-safe-html.ts), found beforehand so that
 * the organiser hears of it instead of finding a picture or a link missing from the page. The build
 * does the real cleaning on a parsed tree; this looks at the HTML as written, so it only warns.
 */

/** Something in a body that the build removes, with the line it is written on. */
export interface RemovedFromBody {
	line: number;
	/** The link's address or the HTML, as written. */
	found: string;
	kind: 'address' | 'html';
}

interface MarkdownNode {
	type: string;
	url?: string;
	value?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: MarkdownNode[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** A tag the build removes, an event handler, a style attribute or an address with a scheme it does not keep. */
const REMOVED_HTML = new RegExp(
	[`<(?:${[...REMOVED_ELEMENTS].join('|')})(?=[\\s/>])`, '\\son[a-z]+\\s*=', '\\sstyle\\s*=', '(?:href|src|srcset|action|formaction|poster|data|cite)\\s*=\\s*["\']?\\s*(?!https?:|mailto:|tel:)[a-z][a-z\\d+.-]*:'].join('|'),
	'i',
);

/**
 * Text without any of these has nothing the build removes: HTML, or a link whose scheme is not one
 * the build keeps. Parsing is the slow part, and most bodies have neither.
 */
const MAY_HOLD = /<[a-z]|(?:\]\(|\]:)\s*<?(?!(?:https?|mailto|tel):)[a-z][a-z\d+.-]*:/i;

/** The links and HTML in a Markdown or MDX body that the build removes from the page, top to bottom. */
export function removedFromBody(body: string, firstLine: number, isMdx: boolean): RemovedFromBody[] {
	if (!MAY_HOLD.test(body)) return [];
	let tree: MarkdownNode;
	try {
		tree = (isMdx ? mdx : markdown).parse(body) as MarkdownNode;
	} catch {
		tree = markdown.parse(body) as MarkdownNode;
	}
	const found: RemovedFromBody[] = [];
	const lineOf = (node: MarkdownNode) => (node.position?.start.line ?? 1) + firstLine - 1;
	const walk = (node: MarkdownNode) => {
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined && !isSafeUrl(node.url)) {
			found.push({ line: lineOf(node), found: node.url, kind: 'address' });
		} else if (node.type === 'html' && node.value && REMOVED_HTML.test(node.value)) {
			found.push({ line: lineOf(node), found: node.value.trim(), kind: 'html' });
		} else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z]/.test(node.name ?? '')) {
			const removedAttribute = node.attributes?.some(
				({ type, name = '', value }) => type === 'mdxJsxAttribute' && (/^on/i.test(name) || name === 'style' || (typeof value === 'string' && /^(href|src|srcset|action|formaction|poster|data|cite)$/i.test(name) && !isSafeUrl(value))),
			);
			if (REMOVED_ELEMENTS.has(node.name ?? '') || removedAttribute) found.push({ line: lineOf(node), found: `<${node.name}>`, kind: 'html' });
		}
		node.children?.forEach(walk);
	};
	walk(tree);
	return found;
}
