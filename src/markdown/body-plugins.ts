import { rehypeSafeHtml } from './rehype-safe-html';
import { rehypeSiteLinks, type SiteLinkOptions } from './rehype-site-links';

/**
 * The rehype plugins every Markdown and MDX body goes through, in order: given to Astro in
 * astro.config.mjs, and to the checker's MDX compile (src/validation/mdx-bodies.ts), so that the
 * checker compiles a body the way the build does and a body it passes cannot fail the build.
 */
export function bodyRehypePlugins(links: SiteLinkOptions) {
	return [
		// First: HTML written in a body becomes elements here, cleaned of scripts, handlers and unsafe
		// addresses, so that the next step also reaches links written as HTML.
		rehypeSafeHtml,
		rehypeSiteLinks(links),
	];
}
