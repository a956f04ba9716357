const NOINDEX = /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i;
const CANONICAL = /<link\s+rel=["']?canonical["']?\s+href=["']?([^"'\s>]+)/i;

/**
 * Whether a built page belongs in the sitemap: not when it is marked `<meta name="robots"
 * content="noindex">`, such as unlisted stories, nor when its canonical link names another page,
 * such as an entry's page in a language it is not yet translated into (it shows the original's
 * text; the original's page is listed), nor when it has no canonical link at all (the 404 page,
 * which has no address of its own). The page itself is the one place that decides; the sitemap
 * (written after the pages, in astro:build:done, by src/integrations/locale-sitemaps.ts) reads that
 * decision from the built HTML instead of repeating the archive's rules in the Astro config.
 */
export function isIndexableHtml(html: string, pageUrl: string): boolean {
	const canonical = CANONICAL.exec(html)?.[1];
	if (!canonical || decodeURIComponent(new URL(canonical, pageUrl).pathname) !== decodeURIComponent(new URL(pageUrl).pathname)) return false;
	return !NOINDEX.test(html);
}
