import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const NOINDEX = /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i;
const CANONICAL = /<link\s+rel=["']?canonical["']?\s+href=["']?([^"'\s>]+)/i;

/**
 * A sitemap filter that leaves out every page marked `<meta name="robots" content="noindex">`, such
 * as unlisted stories, and every page whose canonical link names another page, such as an entry's
 * page in a language it is not yet translated into (it shows the original's text; the original's
 * page is listed). Left out of the list, such a page is also left out of the sitemap's hreflang
 * alternates, which @astrojs/sitemap makes from the listed pages. The page itself is the one place that decides; the sitemap (written after
 * the pages, in astro:build:done) reads that decision from the built HTML instead of repeating the
 * archive's rules in the Astro config. The output folder is asked for when the filter runs, because
 * `astro build --outDir` settles it only after the config is read.
 */
export function isIndexablePage(outDirOf: () => string, base: string) {
	return (pageUrl: string): boolean => {
		const pathname = decodeURIComponent(new URL(pageUrl).pathname);
		const withinBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
		const file = path.join(outDirOf(), withinBase, withinBase === '' || withinBase.endsWith('/') ? 'index.html' : '');
		if (!existsSync(file)) return true;
		const html = readFileSync(file, 'utf8');
		const canonical = CANONICAL.exec(html)?.[1];
		if (canonical && decodeURIComponent(new URL(canonical, pageUrl).pathname) !== pathname) return false;
		return !NOINDEX.test(html);
	};
}
