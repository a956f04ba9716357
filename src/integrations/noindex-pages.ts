import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const NOINDEX = /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i;

/**
 * A sitemap filter that leaves out every page marked `<meta name="robots" content="noindex">`, such
 * as unlisted stories. The page itself is the one place that decides; the sitemap (written after
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
		return !NOINDEX.test(readFileSync(file, 'utf8'));
	};
}
