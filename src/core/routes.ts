/**
 * The route table: every address the build writes, one row per route file in src/pages/ (plus the
 * sitemap index, which src/integrations/locale-sitemaps.ts writes beside a sitemap per locale). Astro routes by file name, so the table cannot drive the
 * routing itself; instead the content checker reads it to tell a link to a page that will exist
 * from one that will not, the routing code reads it to tell a page from a file in public/, and
 * tests/unit/route-table.test.ts fails when a route file is added, renamed or removed without its row.
 */

/** What a parameter in a route stands for, so the checker can tell whether a value has a page. */
export type RouteParameter =
	/** The address of an entry of the collection named in `collection`. */
	| 'entry'
	/** A page of the stories list, from 2 up (page 1 is the list itself). */
	| 'stories-page'
	/** The address of a tag that a published entry uses. */
	| 'tag'
	/** One of the open-data files, e.g. events.json. */
	| 'open-data-file';

/** One route of the built site. */
export interface Route {
	/**
	 * The address inside the locale (or inside the site, for routes that exist once), with one
	 * parameter in brackets at most: "events/[slug]/" is a page, "events/[slug].ics" a file.
	 */
	path: string;
	/** The route file under src/pages/ that makes it; undefined when an integration writes it. */
	source: string | undefined;
	/** Whether it exists once per language (under /<locale>/ for every language but the default). */
	localized: boolean;
	/** What its parameter stands for, when it has one. */
	parameter?: RouteParameter;
	/** For `entry` parameters: the collection whose file names are the addresses. */
	collection?: 'events' | 'stories' | 'news' | 'documents' | 'series' | 'calls' | 'people' | 'incidents';
	/** Whether organisers can link to it from content (the 404 page is served, never linked). */
	linkable: boolean;
}

const page = (path: string, source: string, extra: Partial<Route> = {}): Route => ({ path, source: `[...lang]/${source}`, localized: true, linkable: true, ...extra });
const entryPage = (collection: NonNullable<Route['collection']>): Route =>
	page(`${collection}/[slug]/`, `${collection}/[slug].astro`, { parameter: 'entry', collection });

/** Every route of the built site. */
export const routes: readonly Route[] = [
	page('', 'index.astro'),
	page('about/', 'about.astro'),
	page('search/', 'search.astro'),
	page('events/', 'events/index.astro'),
	entryPage('events'),
	page('events/[slug].ics', 'events/[slug].ics.ts', { parameter: 'entry', collection: 'events' }),
	// The printable programme exists only for events that have one, which the table cannot tell: not offered for links from content.
	page('events/[slug]/programme/', 'events/[slug]/programme.astro', { parameter: 'entry', collection: 'events', linkable: false }),
	page('events.ics', 'events.ics.ts'),
	page('rss.xml', 'rss.xml.ts'),
	page('stories/', 'stories/index.astro'),
	entryPage('stories'),
	page('stories/page/[page]/', 'stories/page/[page].astro', { parameter: 'stories-page' }),
	page('news/', 'news/index.astro'),
	entryPage('news'),
	page('documents/', 'documents/index.astro'),
	entryPage('documents'),
	page('series/', 'series/index.astro'),
	entryPage('series'),
	page('calls/', 'calls/index.astro'),
	entryPage('calls'),
	page('people/', 'people/index.astro'),
	entryPage('people'),
	page('incidents/', 'incidents/index.astro'),
	entryPage('incidents'),
	page('tags/', 'tags/index.astro'),
	page('tags/[tag]/', 'tags/[tag].astro', { parameter: 'tag' }),
	{ path: 'data/[file]', source: 'data/[file].ts', localized: false, parameter: 'open-data-file', linkable: true },
	{ path: 'robots.txt', source: 'robots.txt.ts', localized: false, linkable: true },
	{ path: 'sitemap-index.xml', source: undefined, localized: false, linkable: true },
	{ path: '404.html', source: '404.astro', localized: false, linkable: false },
];

/**
 * The first address segments of the pages that exist in every language: what the navigation can
 * list, and what a link written in content leads to in the reader's language.
 */
export const siteSections = ['events', 'stories', 'news', 'documents', 'series', 'calls', 'people', 'incidents', 'tags', 'about', 'search'] as const;

/** A section of the site, e.g. "events". */
export type SiteSection = (typeof siteSections)[number];

/** Whether an address segment is the first segment of a localized page. */
export function isSiteSection(segment: string | undefined): segment is SiteSection {
	return (siteSections as readonly (string | undefined)[]).includes(segment);
}

/** A route whose path matched an address, with its parameter's value. */
export interface MatchedRoute {
	route: Route;
	/** The value that stands in the route's parameter, e.g. the slug; undefined for routes without one. */
	value: string | undefined;
}

/**
 * The route an address leads to, given as its segments inside the locale (or the site, for
 * `localized: false`), or undefined when no route has that shape. `localized` says whether the
 * address named a language (/fr/…): then only routes that exist in every language can match.
 */
export function matchRoute(segments: readonly string[], localized: boolean): MatchedRoute | undefined {
	let best: (MatchedRoute & { literal: number }) | undefined;
	for (const route of routes) {
		// A route that exists once, at the root, has no copy under /<locale>/.
		if (localized && !route.localized) continue;
		const pattern = route.path.split('/').filter(Boolean);
		if (pattern.length !== segments.length) continue;
		let value: string | undefined;
		let literal = 0;
		const matches = pattern.every((part, index) => {
			const segment = segments[index] ?? '';
			const parameter = /^(.*)\[[a-z]+\](.*)$/.exec(part);
			if (!parameter) return part === segment;
			const [, before = '', after = ''] = parameter;
			if (!segment.startsWith(before) || !segment.endsWith(after) || segment.length <= before.length + after.length) return false;
			value = segment.slice(before.length, segment.length - after.length);
			literal += before.length + after.length;
			return true;
		});
		// events/x.ics fits both events/[slug]/ and events/[slug].ics: the route with more fixed text wins.
		if (matches && (!best || literal > best.literal)) best = { route, value, literal };
	}
	return best && { route: best.route, value: best.value };
}

/** Whether a route is a page (served as a folder with index.html) rather than a file. */
export function isPageRoute(route: Route): boolean {
	return route.path === '' || route.path.endsWith('/');
}
