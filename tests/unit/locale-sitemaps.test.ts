import { describe, expect, test } from 'vitest';
import { hreflangAlternates, localeOfPage, localeSitemapFile, sitemapIndexXml, sitemapXml } from '../../src/integrations/locale-sitemaps';
import { belongsToLocales } from '../../src/integrations/partial-build';

const locales = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

describe('a page’s place in the sitemap', () => {
	test('is its locale’s file: the default locale’s pages are at the root, the others under their code', () => {
		expect(localeOfPage('', locales, 'en')).toBe('en');
		expect(localeOfPage('events/some-event/', locales, 'en')).toBe('en');
		expect(localeOfPage('fr/events/some-event/', locales, 'en')).toBe('fr');
		expect(localeOfPage('zh/tags/纪念/', locales, 'en')).toBe('zh');
		// A section that happens to look like a code is not a locale the site has.
		expect(localeOfPage('de/', locales, 'en')).toBe('en');
	});

	test('has one file per locale, and further files only past the first', () => {
		expect(localeSitemapFile('fr')).toBe('sitemap-fr.xml');
		expect(localeSitemapFile('fr', 2)).toBe('sitemap-fr-2.xml');
	});
});

describe('the alternates of a page', () => {
	const head = (links: [string, string][]) => links.map(([lang, href]) => `<link rel="alternate" hreflang="${lang}" href="${href}">`).join('');

	test('are the languages its own hreflang links name, x-default aside, in the order of their addresses', () => {
		const html = head([
			['ar', 'https://example.org/ar/about/'],
			['en', 'https://example.org/about/'],
			['fr', 'https://example.org/fr/about/'],
			['x-default', 'https://example.org/about/'],
		]);
		expect(hreflangAlternates(`<head>${html}<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>`)).toEqual([
			{ lang: 'en', url: 'https://example.org/about/' },
			{ lang: 'ar', url: 'https://example.org/ar/about/' },
			{ lang: 'fr', url: 'https://example.org/fr/about/' },
		]);
	});

	test('are none for a text written in one language only, whose page names itself alone', () => {
		expect(hreflangAlternates(head([['en', 'https://example.org/stories/my-mothers-hands/']]))).toEqual([]);
		expect(hreflangAlternates('<head></head>')).toEqual([]);
	});

	test('read addresses as the page escaped them', () => {
		expect(hreflangAlternates(head([['en', 'https://example.org/?a=1&amp;b=2'], ['fr', 'https://example.org/fr/']]))[0]?.url).toBe('https://example.org/?a=1&b=2');
	});
});

describe('the sitemap files', () => {
	test('list each page with its alternates, escaped for XML', async () => {
		const xml = await sitemapXml([
			{ url: 'https://example.org/about/', alternates: [{ lang: 'en', url: 'https://example.org/about/' }, { lang: 'fr', url: 'https://example.org/fr/about/' }] },
			{ url: 'https://example.org/?a=1&b=2', alternates: [] },
		]);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
		expect(xml).toContain('<url><loc>https://example.org/about/</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/about/"/><xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/about/"/></url>');
		expect(xml).toContain('<url><loc>https://example.org/?a=1&amp;b=2</loc></url>');
		expect(xml.endsWith('</urlset>')).toBe(true);
	});

	test('are named by an index, in the order given', async () => {
		const xml = await sitemapIndexXml(['https://example.org/sitemap-ar.xml', 'https://example.org/sitemap-en.xml']);
		expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual(['https://example.org/sitemap-ar.xml', 'https://example.org/sitemap-en.xml']);
		expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
	});
});

describe('a build without the default locale', () => {
	test('keeps its locales’ folders, sitemaps and search bundles, and the _astro/ files', () => {
		for (const name of ['fr', 'es', 'sitemap-fr.xml', 'sitemap-es-2.xml', 'pagefind', '_astro']) expect(belongsToLocales(name, ['fr', 'es']), name).toBe(true);
	});

	test('leaves out the files of the whole site and of the other locales, for the builds that write them', () => {
		for (const name of ['index.html', '404.html', 'robots.txt', '_headers', 'sitemap-index.xml', 'data', 'favicon.svg', 'about', 'ar', 'sitemap-ar.xml', 'sitemap-french.xml']) {
			expect(belongsToLocales(name, ['fr', 'es']), name).toBe(false);
		}
	});
});
