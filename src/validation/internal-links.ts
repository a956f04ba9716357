import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isPageRoute, matchRoute, type MatchedRoute } from '../core/routes';
import { datasets, openDataFormats } from '../feeds/open-data';

/**
 * Links that organisers write to pages and files of the site ("/events/some-event/",
 * "/files/report.pdf"), found in Markdown and MDX bodies, and checked against the addresses the
 * build will produce: those of the route table (src/core/routes.ts).
 */

/** A link to the site found in an entry, with the line it is written on. */
export interface FoundLink {
	href: string;
	line: number;
}

/** The small part of an mdast node this module reads. */
interface MarkdownNode {
	type: string;
	url?: string;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: MarkdownNode[];
}

// The same parsers as Astro's Markdown and MDX pipelines (remark-parse, GitHub-flavoured Markdown,
// MDX), so that a link inside a code block is not a link here either.
const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * Text without any of these has no link to the site: "](/…" (a link or image), "]: /…" (a link
 * reference definition), or an href or src attribute.
 */
const MAY_LINK_TO_SITE = /\]\(\s*<?\/|\]:\s*<?\/|\b(?:href|src)\s*=/;

/** href="…" and src="…" in raw HTML written in Markdown. */
const HTML_LINK = /\b(?:href|src)\s*=\s*(["'])(.*?)\1/gi;

/** Whether an address is a path on this site: starts with one "/", not "//" (another site). */
export function isSitePath(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}

/**
 * Every link and image address in a Markdown or MDX body that is a path on this site, with its line
 * in the file. `firstLine` is the file line the body starts on. An MDX body that does not parse as
 * MDX (the build reports that) is read as plain Markdown, so its links are still checked.
 */
export function linksInBody(body: string, firstLine: number, isMdx: boolean): FoundLink[] {
	// Parsing is the slow part of the check; most bodies have no link to the site at all.
	if (!MAY_LINK_TO_SITE.test(body)) return [];
	let tree: MarkdownNode;
	try {
		tree = (isMdx ? mdx : markdown).parse(body) as MarkdownNode;
	} catch {
		tree = markdown.parse(body) as MarkdownNode;
	}
	const found: FoundLink[] = [];
	const lineOf = (node: MarkdownNode) => (node.position?.start.line ?? 1) + firstLine - 1;
	const walk = (node: MarkdownNode) => {
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
			found.push({ href: node.url, line: lineOf(node) });
		} else if (node.type === 'html' && node.value) {
			for (const match of node.value.matchAll(HTML_LINK)) {
				const linesBefore = node.value.slice(0, match.index).split('\n').length - 1;
				found.push({ href: match[2] ?? '', line: lineOf(node) + linesBefore });
			}
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			for (const attribute of node.attributes ?? []) {
				if ((attribute.name === 'href' || attribute.name === 'src') && typeof attribute.value === 'string') {
					found.push({ href: attribute.value, line: lineOf(node) });
				}
			}
		}
		node.children?.forEach(walk);
	};
	walk(tree);
	return found.filter((link) => isSitePath(link.href));
}

/** Where an entry stands, as far as its page in the built site goes. */
export type PageState = 'published' | 'scheduled' | 'draft' | 'withdrawn';

/** Everything the checker knows about the addresses the build will produce. */
export interface SiteRoutes {
	defaultLocale: string;
	/** Every locale code in site.yaml. */
	locales: ReadonlySet<string>;
	/** Per collection, per address: the best state among its language versions. */
	entries: ReadonlyMap<string, ReadonlyMap<string, { state: PageState; publishDate?: string | undefined }>>;
	/** The address segments of tags that have a page. */
	tags: ReadonlySet<string>;
	/** How many pages the stories list has. */
	storyPages: number;
	/** The public/ folder, whose files are served as they are. */
	publicDir: string;
}

/** What is wrong with a link, when something is. */
export interface LinkVerdict {
	severity: 'error' | 'warning';
	message: string;
	hint?: string;
}

function decoded(segment: string): string {
	try {
		return decodeURIComponent(segment).normalize('NFC');
	} catch {
		return segment;
	}
}

function isPublicFile(publicDir: string, segments: string[]): boolean {
	if (segments.length === 0) return false;
	const file = path.join(publicDir, ...segments);
	// Never let a "../" in a link read outside public/.
	if (!file.startsWith(path.resolve(publicDir) + path.sep)) return false;
	return existsSync(file) && statSync(file).isFile();
}

function entryVerdict(routes: SiteRoutes, collection: string, slug: string): LinkVerdict | undefined {
	const entry = routes.entries.get(collection)?.get(slug);
	if (!entry) {
		return {
			severity: 'error',
			message: `expected the address of an entry in content/${collection}/, but no file there is named ${slug}.md or ${slug}.mdx`,
			hint: 'the address is the file name without .md; check its spelling',
		};
	}
	if (entry.state === 'withdrawn') {
		return {
			severity: 'error',
			message: `expected a link to a page that exists, but the story ${slug} has no page: its consent is withdrawn`,
			hint: 'remove the link: nothing may lead to a withdrawn story',
		};
	}
	if (entry.state === 'draft') {
		return { severity: 'warning', message: `expected a link to a published page, but ${collection}/${slug} is a draft, left out of the built site`, hint: 'the link works once that entry is published' };
	}
	if (entry.state === 'scheduled') {
		return {
			severity: 'warning',
			message: `expected a link to a published page, but ${collection}/${slug} is scheduled for ${entry.publishDate}`,
			hint: 'the link works in builds made on or after that day',
		};
	}
	return undefined;
}

/** What is wrong with the value standing in a route's parameter: undefined when it has a page or file. */
function parameterVerdict(routes: SiteRoutes, { route, value = '' }: MatchedRoute): LinkVerdict | undefined {
	switch (route.parameter) {
		case undefined:
			return undefined;
		case 'entry':
			return entryVerdict(routes, route.collection ?? '', value);
		case 'stories-page': {
			const page = Number(value);
			if (Number.isInteger(page) && page >= 2 && page <= routes.storyPages) return undefined;
			return {
				severity: 'error',
				message: routes.storyPages < 2 ? 'expected a page of the stories list, but the list has one page only' : `expected a page of the stories list from 2 to ${routes.storyPages}`,
			};
		}
		case 'tag':
			if (routes.tags.has(value)) return undefined;
			return { severity: 'error', message: `expected the address of a tag that a published entry uses, but no entry is tagged ${JSON.stringify(value)}`, hint: 'see the tags page for the tags in use' };
		case 'open-data-file': {
			const [name, format] = value.split('.');
			if ((datasets as readonly string[]).includes(name ?? '') && (openDataFormats as readonly string[]).includes(format ?? '') && value.split('.').length === 2) return undefined;
			return { severity: 'error', message: `expected one of the open-data files, e.g. /data/events.json, found /data/${value}`, hint: 'see docs/open-data.md for the files the build writes' };
		}
	}
}

/**
 * What is wrong with a path on this site, as a link in content: undefined when it leads to a page
 * the build makes or to a file in public/. Paths are written from the site's root, without the base
 * path; a link to a page may name a language (/fr/events/…) or not (the reader's language).
 */
export function checkSitePath(href: string, routes: SiteRoutes): LinkVerdict | undefined {
	const pathPart = href.split(/[?#]/)[0] ?? '';
	const segments = pathPart.split('/').filter(Boolean).map(decoded);
	if (isPublicFile(routes.publicDir, segments)) return undefined;

	let withinLocale = segments;
	const [first] = segments;
	if (first !== undefined && routes.locales.has(first)) {
		if (first === routes.defaultLocale) {
			const rest = segments.slice(1).join('/');
			return {
				severity: 'error',
				message: `expected the address without /${first}/: the pages in ${first}, the default language, are at the root of the site`,
				hint: `write /${rest}${rest && pathPart.endsWith('/') ? '/' : ''}`,
			};
		}
		withinLocale = segments.slice(1);
	}
	const matched = matchRoute(withinLocale, withinLocale !== segments);
	if (!matched || !matched.route.linkable) {
		return {
			severity: 'error',
			message: `expected a page of this site or a file in ${path.basename(routes.publicDir)}/, but ${pathPart} is neither`,
			hint: 'pages: /, /events/, /events/<file name>/, /stories/…, /news/…, /documents/…, /series/…, /calls/…, /tags/…, /about/, /search/; files: put them in public/, e.g. public/files/report.pdf for /files/report.pdf',
		};
	}
	const verdict = parameterVerdict(routes, matched);
	if (verdict) return verdict;
	if (isPageRoute(matched.route) && !pathPart.endsWith('/')) {
		return { severity: 'warning', message: 'expected the address of a page to end with /', hint: `write ${pathPart}/ : every page is a folder, and some servers do not add the / themselves` };
	}
	return undefined;
}

