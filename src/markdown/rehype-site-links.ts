import path from 'node:path';

/** The little of a HAST tree this plugin reads: elements with properties, and children. */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

export interface SiteLinkOptions {
	/** The base path the site is served under, e.g. "/" or "/remembrance/". */
	base: string;
	/** The locale whose pages live at the root. */
	defaultLocale: string;
	/** The first path segments that are pages of the site (events, stories, …); others are files in public/. */
	sections: readonly string[];
	/** The content folder, to read an entry's locale from its path (content/<collection>/<locale>/…). */
	contentRoot: string;
}

/**
 * A rehype plugin for Markdown and MDX bodies. Organisers write links to the site from its root
 * ("/events/some-event/", "/files/report.pdf"). This puts the base path in front, so the links work
 * when the site is served under a sub-path, and sends links to pages to the same language as the
 * entry they are written in ("/events/x/" in a French entry leads to "/fr/events/x/").
 */
export function rehypeSiteLinks(options: SiteLinkOptions) {
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	return () => (tree: HastNode, file: { path?: string }) => {
		const relative = file.path ? path.relative(options.contentRoot, file.path).split(path.sep) : [];
		const locale = relative.length > 2 && !relative[0]?.startsWith('..') ? relative[1] : undefined;
		const rewrite = (href: string): string => {
			if (!href.startsWith('/') || href.startsWith('//')) return href;
			const first = href.split(/[/?#]/)[1] ?? '';
			const isPage = first === '' || options.sections.includes(first);
			const prefix = isPage && locale && locale !== options.defaultLocale ? `${locale}/` : '';
			return `${base}${prefix}${href.slice(1)}`;
		};
		const walk = (node: HastNode) => {
			if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
				node.properties.href = rewrite(node.properties.href);
			}
			node.children?.forEach(walk);
		};
		walk(tree);
	};
}
