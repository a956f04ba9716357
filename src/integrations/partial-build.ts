import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeSitemapFile } from './locale-sitemaps';

/**
 * Builds limited to some locales (VIGIL_LOCALES), each on its own machine, are copied together
 * into the whole site; copied in any order, they must give the same site as one build of every
 * locale, so no file may come from two builds with different contents.
 *
 * Every build writes its locales' pages (src/i18n/routing.ts), their sitemaps
 * (src/integrations/locale-sitemaps.ts), their search bundles (src/search/site-index.ts) and the
 * _astro/ files those pages use, which are named by a hash of their contents, so two builds that
 * both use one write the same file. The files that exist once for the whole site (404.html,
 * robots.txt, sitemap-index.xml, _headers, the open data in data/, the copies of public/, and the
 * default locale's pages at the root) are written by the build that has the default locale. This
 * integration, the last to run, removes them from a build that does not: whatever Astro, another
 * integration or public/ put there, only the parts of the site that are the build's own remain.
 */

/** Whether a top-level file or folder of the built site belongs to a build of these locales (not the default one). */
export function belongsToLocales(name: string, builtLocales: readonly string[]): boolean {
	if (name === '_astro' || builtLocales.includes(name)) return true;
	// Search bundles are written after Astro, into pagefind/<locale>/ (src/search/site-index.ts): only this build's locales are ever there.
	if (name === 'pagefind') return true;
	// Each build copies into media/ the recordings its own pages play (src/media/published-media.ts),
	// byte for byte from the archive, so copied together the builds give the whole site's media/.
	if (name === 'media') return true;
	return builtLocales.some((locale) => name === localeSitemapFile(locale) || new RegExp(`^sitemap-${locale}-\\d+\\.xml$`).test(name));
}

/** Leaves out of a build without the default locale the files that the build with it writes. */
export function partialBuild({ defaultLocale, builtLocales }: { defaultLocale: string; builtLocales: readonly string[] }): AstroIntegration {
	return {
		name: 'vigil:partial-build',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (builtLocales.includes(defaultLocale)) return;
				const outDir = fileURLToPath(dir);
				const siteWide = readdirSync(outDir)
					.filter((name) => !belongsToLocales(name, builtLocales))
					.sort();
				for (const name of siteWide) rmSync(path.join(outDir, name), { recursive: true, force: true });
				logger.info(`only ${builtLocales.join(', ')} written; left out, for the build with ${defaultLocale} to write: ${siteWide.join(', ') || 'nothing'}`);
			},
		},
	};
}
