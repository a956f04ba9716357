// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePath, LocaleSelectionError, localesToBuild, readSiteSettings } from './src/archive/site-settings.ts';
import { contentRoot } from './src/core/content-root.ts';
import { localeSitemaps } from './src/integrations/locale-sitemaps.ts';
import { partialBuild } from './src/integrations/partial-build.ts';
import { bodyRehypePlugins } from './src/markdown/body-plugins.ts';
import { siteSections } from './src/core/routes.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSchemaCache } from './src/integrations/content-schema-cache.ts';
import { contentStoreAtBuild } from './src/integrations/content-store-at-build.ts';
import { devServerFlag } from './src/integrations/dev-server-flag.ts';
import { imageHygiene } from './src/integrations/image-hygiene.ts';
import { publishedMedia } from './src/integrations/published-media.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { visualEditor } from './src/integrations/visual-editor.ts';

// Organisers in sensitive settings build offline: nothing about an archive leaves the machine. The
// npm scripts set this before Astro starts (astro dev records before it reads this file); this line
// covers `npx astro build` run by hand.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const settings = readSiteSettings();
const base = basePath(settings);
const outDir = fileURLToPath(new URL('./dist/', import.meta.url));
// Astro keeps encoded images and the parsed content here between builds; VIGIL_CACHE_DIR moves it
// (the benchmark keeps its own, and a CI/CD pipeline can point it at a folder it caches).
const cacheDir = process.env.VIGIL_CACHE_DIR || './node_modules/.astro';
const localeCodes = settings?.locales.map((locale) => locale.code) ?? [];
const defaultLocale = settings?.defaultLocale ?? 'en';
/** The locales whose pages this build writes: all, or those VIGIL_LOCALES names (docs/deployment.md). */
const builtLocales = builtLocalesOrExit();

/**
 * localesToBuild(), or, for a VIGIL_LOCALES that names a locale site.yaml does not have, its one-line
 * reason and exit code 1, as the content check stops a build (npm run build says the same before it
 * starts Astro; this is for `astro build` typed by hand). No settings: the content check reports why.
 */
function builtLocalesOrExit() {
	if (!settings) return localeCodes;
	try {
		return localesToBuild(settings);
	} catch (error) {
		if (!(error instanceof LocaleSelectionError)) throw error;
		console.error(`\n${error.message}\n`);
		process.exit(1);
	}
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: process.env.VIGIL_SITE_URL || settings?.url || 'http://localhost:4321',
	base,
	outDir,
	cacheDir,
	// Every page is a folder with an index.html, which every static server can serve as /page/.
	trailingSlash: 'always',
	// Stylesheets are always files, never <style> in a page: the Content-Security-Policy allows styles
	// from the site's own files only (style-src 'self', no 'unsafe-inline'). Astro's default, 'auto',
	// inlines small stylesheets.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [
		devServerFlag(),
		contentCheck(),
		// Before Astro reads the content: parsed entries cached under older schemas are parsed again.
		contentSchemaCache(),
		// The content store read from Astro's cache file when pages render, not bundled by Vite.
		contentStoreAtBuild(),
		mdx(),
		// One sitemap per locale, each page with its versions in the other languages, and the index.
		localeSitemaps({ locales: localeCodes, defaultLocale, builtLocales }),
		imageHygiene(),
		// Recordings and captions: only those that published pages refer to are copied into the site.
		publishedMedia(),
		// npm run edit's visual editor at /admin/, in astro dev only: never part of a build.
		visualEditor(),
		securityHeaders(),
		// Last: in a build without the default locale, removes what the build with it writes.
		partialBuild({ defaultLocale, builtLocales }),
	],
	markdown: {
		// MDX takes these too (its extendMarkdownConfig), and so does the checker's compile of MDX bodies.
		rehypePlugins: bodyRehypePlugins({ base, defaultLocale: settings?.defaultLocale ?? 'en', sections: siteSections, contentRoot: contentRoot() }),
	},
	image: {
		// Astro's sharp service, decoding each picture once and encoding AVIF fast (see the file).
		// An absolute path: Astro resolves a relative one from the working directory, not the project.
		service: { entrypoint: fileURLToPath(new URL('./src/images/image-service.ts', import.meta.url)) },
		// Local images only: the archive must build offline and never fetch from another origin.
		remotePatterns: [],
	},
	// `astro dev` and `astro preview` both read `server`; Astro has no separate preview option.
	vite: {
		// Never inline a script or asset into the HTML: pages carry a Content-Security-Policy that
		// allows scripts from the site's own files only (no 'unsafe-inline').
		build: { assetsInlineLimit: 0 },
	},
	server: { port: 4321, host: 'localhost' },
	devToolbar: { enabled: false },
});
