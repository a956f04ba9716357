/**
 * schema.org data for search engines, written into pages as JSON-LD. Titles come from content, so
 * the JSON is escaped for the inside of a <script> element: a title containing "</script>" must
 * not end the element early (HTML Living Standard, "Restrictions for contents of script elements").
 */

/** A step in a breadcrumb trail: its words and its address (the last one is the current page). */
export interface Crumb {
	label: string;
	href: string;
	/** The label's language when it is not the page's: an entry's title shown before it is translated. */
	lang?: string | undefined;
}

/** JSON for a <script type="application/ld+json">, with <, > and & escaped so no markup can appear in it. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** A schema.org BreadcrumbList for a trail, with absolute addresses (https://schema.org/BreadcrumbList). */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: new URL(crumb.href, site).href,
		})),
	};
}
