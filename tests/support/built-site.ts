import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedBuildDir } from './fixture-builds';

/** The built site the browser tests run against: the full fixture archive's shared build, with a trailing slash. */
export const distDir = `${sharedBuildDir('full')}/`;

/** The text of a file in dist/, e.g. builtFile('events/index.html'). */
export function builtFile(relativePath: string): string {
	return readFileSync(`${distDir}${relativePath}`, 'utf8');
}

/** Whether a page was built, e.g. isBuilt('stories/some-slug/'). */
export function isBuilt(pagePath: string): boolean {
	return existsSync(`${distDir}${pagePath.replace(/^\//, '')}index.html`);
}

/** The sitemap files the index names (one per language, src/integrations/locale-sitemaps.ts), as names inside the site, and the site's base path. */
function sitemapFiles(): { files: string[]; basePath: string } {
	const index = builtFile('sitemap-index.xml');
	const addresses = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? ''));
	const basePath = (addresses[0]?.pathname ?? '/').replace(/[^/]*$/, '');
	return { files: addresses.map((address) => address.pathname.split('/').pop() ?? ''), basePath };
}

/** The text of every sitemap file the index names, one after the other. */
export function sitemapText(): string {
	return sitemapFiles().files.map((file) => builtFile(file)).join('\n');
}

/**
 * Every page address the sitemap lists, as paths relative to the site's base (e.g. "events/"). The
 * sitemap's shape is fixed by the sitemaps.org protocol, so reading its <loc> elements is enough.
 */
export function sitemapPaths(): string[] {
	const { files, basePath } = sitemapFiles();
	return files.flatMap((file) =>
		[...builtFile(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decodeURI(new URL(match[1] ?? '').pathname).slice(basePath.length)),
	);
}

/**
 * Every page of the built site that search engines may see, as paths relative to the site's base
 * (e.g. "fr/stories/some-slug/"): the sitemap's pages, and besides them the pages that show an
 * entry's text in a language it is not yet translated into (the sitemap lists the original only).
 * Not the pages kept out of search engines (unlisted stories) nor the 404 page.
 */
export function pagePaths(): string[] {
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
		.filter((file) => !/<meta name="robots" content="noindex"/.test(builtFile(file)))
		.map((file) => file.replace(/index\.html$/, ''))
		.sort();
}

/**
 * The printable programmes of the events (e.g. "fr/events/some-slug/programme/"): pages a visitor
 * reaches from the event's page, kept out of search engines as copies of it, so not in pagePaths().
 */
export function printableProgrammePaths(): string[] {
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => /(^|\/)events\/[^/]+\/programme\/index\.html$/.test(file))
		.map((file) => file.replace(/index\.html$/, ''))
		.sort();
}

let texts: { file: string; text: string }[] | undefined;

/**
 * Every file of the built site that can hold text, as text, with gzip streams (Pagefind's index
 * files) decompressed: what the tests search for traces that must never be published. Read once.
 */
export function builtTexts(): { file: string; text: string }[] {
	texts ??= readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => !/\.(jpe?g|png|webp|avif|gif|svg|ico|wasm|woff2?)$/i.test(file))
		.filter((file) => statSync(`${distDir}${file}`).isFile())
		.map((file) => {
			const bytes = readFileSync(`${distDir}${file}`);
			return { file, text: (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8') };
		});
	return texts;
}
