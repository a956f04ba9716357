import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { isIndexableHtml } from './noindex-pages';

/**
 * The sitemap (https://www.sitemaps.org/protocol.html), written after the build: one file per
 * locale, sitemap-<locale>.xml, listing the indexable pages of that locale's part of the site, each
 * with the versions of its text in other languages as xhtml:link alternates; and sitemap-index.xml,
 * which names every locale's file.
 *
 * One file per locale, rather than one for the whole site, is what lets builds limited to some
 * locales (VIGIL_LOCALES, on several machines) be copied together into the whole site: each writes
 * the sitemaps of its own locales, and no two write the same one. The index is written only by the
 * build that writes the default locale, from site.yaml's full list of locales, so it is the same
 * whichever locales that build has. The alternates are read from each page's own hreflang links
 * (BaseLayout names its real translations there), not from the other pages this build happens to
 * have made, so a page's entry is the same in a partial build as in the whole one.
 */

/** How many pages one sitemap file lists at most: @astrojs/sitemap's default, under the protocol's 50,000, leaving room in its 50 MB for the alternates. */
export const PAGES_PER_SITEMAP = 45_000;

/** The name of the index that robots.txt, the footer and every page's <link rel="sitemap"> point to. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * The file names of a locale's sitemap: sitemap-fr.xml, then sitemap-fr-2.xml and on when the
 * locale has more pages than one file may list.
 */
export function localeSitemapFile(locale: string, part = 1): string {
	return part === 1 ? `sitemap-${locale}.xml` : `sitemap-${locale}-${part}.xml`;
}

/** The locale whose part of the site a built page is in, from its address inside the base path (e.g. "fr/events/"). */
export function localeOfPage(pathname: string, locales: readonly string[], defaultLocale: string): string {
	const first = pathname.split('/').find(Boolean) ?? '';
	return first !== defaultLocale && locales.includes(first) ? first : defaultLocale;
}

/** A page as the sitemap lists it: its address and the addresses of its text in other languages. */
export interface SitemapEntry {
	url: string;
	alternates: { lang: string; url: string }[];
}

const HREFLANG_LINK = /<link\s+rel=["']?alternate["']?\s+hreflang=["']?([^"'\s>]+)["']?\s+href=["']?([^"'\s>]+)/gi;

/** Text as it stands in an HTML attribute, with the character references Astro writes turned back. */
function attributeText(value: string): string {
	return value.replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * The languages a built page names as versions of its text (its `<link rel="alternate" hreflang>`,
 * x-default aside), in the order of their addresses. None when the page names only itself: a text
 * written in one language has no alternates.
 */
export function hreflangAlternates(html: string): SitemapEntry['alternates'] {
	const alternates = [...html.matchAll(HREFLANG_LINK)]
		.map(([, lang = '', href = '']) => ({ lang, url: attributeText(href) }))
		.filter(({ lang }) => lang !== 'x-default')
		.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
	return alternates.length > 1 ? alternates : [];
}

/** Text of a finished stream of the sitemap library. */
async function xmlOf(stream: SitemapStream | SitemapIndexStream, items: readonly object[]): Promise<string> {
	for (const item of items) stream.write(item);
	stream.end();
	return (await streamToPromise(stream)).toString('utf8');
}

/**
 * A sitemap file: the pages, in the order given, each with its alternates. Written by the `sitemap`
 * package, the one @astrojs/sitemap writes with, which escapes and validates every address.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): Promise<string> {
	const stream = new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false }, level: ErrorLevel.THROW });
	return xmlOf(stream, entries.map(({ url, alternates }) => ({ url, links: alternates.map(({ lang, url: href }) => ({ lang, url: href })) })));
}

/** The sitemap index: the addresses of the sitemap files, in the order given. */
export function sitemapIndexXml(fileUrls: readonly string[]): Promise<string> {
	return xmlOf(new SitemapIndexStream({ level: ErrorLevel.THROW }), fileUrls.map((url) => ({ url })));
}

/** What the sitemap needs to know of the site and of this build. */
export interface LocaleSitemapOptions {
	/** Every locale of the site, in site.yaml's order: the index names a sitemap for each. */
	locales: readonly string[];
	defaultLocale: string;
	/** The locales whose pages this build writes (VIGIL_LOCALES, src/archive/site-settings.ts). */
	builtLocales: readonly string[];
}

/**
 * Writes the sitemap of each locale this build writes, and the index when it writes the default
 * locale. A locale built without the default one must fit in one file, since the build that writes
 * the index can only name the file it expects; the build stops and says so otherwise.
 */
export function localeSitemaps({ locales, defaultLocale, builtLocales }: LocaleSitemapOptions): AstroIntegration {
	let siteUrl: URL | undefined;
	let base = '/';
	return {
		name: 'vigil:locale-sitemaps',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				siteUrl = config.site ? new URL(base, config.site) : undefined;
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (!siteUrl) {
					logger.warn('no site address (url in site.yaml or VIGIL_SITE_URL): no sitemap written');
					return;
				}
				const outDir = fileURLToPath(dir);
				const byLocale = new Map<string, SitemapEntry[]>(builtLocales.map((locale) => [locale, []]));
				for (const { pathname } of pages) {
					// Pages only: the 404 page is 404.html, not 404/index.html, and has no canonical address anyway.
					const file = path.join(outDir, pathname, 'index.html');
					if (!existsSync(file)) continue;
					const html = readFileSync(file, 'utf8');
					// "./" first, so that no segment is ever read as a scheme.
					const url = new URL(`./${pathname}`, siteUrl).href;
					if (!isIndexableHtml(html, url)) continue;
					byLocale.get(localeOfPage(pathname, locales, defaultLocale))?.push({ url, alternates: hreflangAlternates(html) });
				}

				const written = new Map<string, string[]>();
				for (const [locale, entries] of byLocale) {
					entries.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
					const files: string[] = [];
					for (let start = 0; start < entries.length; start += PAGES_PER_SITEMAP) {
						const file = localeSitemapFile(locale, files.length + 1);
						writeFileSync(path.join(outDir, file), await sitemapXml(entries.slice(start, start + PAGES_PER_SITEMAP)));
						files.push(file);
					}
					written.set(locale, files);
				}

				if (!builtLocales.includes(defaultLocale)) {
					const tooLarge = [...written].filter(([, files]) => files.length > 1).map(([locale]) => `${locale} (${byLocale.get(locale)?.length} pages)`);
					if (tooLarge.length > 0) {
						throw new Error(
							`The sitemap of ${tooLarge.join(', ')} needs more than one file of ${PAGES_PER_SITEMAP} pages, and only a build of the whole site or one with the default locale (${defaultLocale}) can list such a language in sitemap-index.xml: build it together with ${defaultLocale} (VIGIL_LOCALES).`,
						);
					}
					logger.info(`${[...written.values()].flat().join(', ')} written; the build with ${defaultLocale} writes ${SITEMAP_INDEX}`);
					return;
				}
				// A locale another build writes has the one file such a build may write (checked there, above).
				const files = locales.flatMap((locale) => written.get(locale) ?? [localeSitemapFile(locale)]);
				writeFileSync(path.join(outDir, SITEMAP_INDEX), await sitemapIndexXml(files.map((file) => new URL(file, siteUrl).href)));
				logger.info(`${SITEMAP_INDEX} written, naming ${files.join(', ')}`);
			},
		},
	};
}
