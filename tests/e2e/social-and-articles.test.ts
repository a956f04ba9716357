import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/archive/site-settings';
import { builtFile, distDir } from '../support/built-site';
import { contentDir, imagesReferredToBy, storyFiles } from '../support/content-files';

/**
 * Link previews (Open Graph, Twitter cards) and Article JSON-LD, checked over every page in dist/
 * without a browser: each preview points at a file the site really has, at the page's own address,
 * and never at the portrait of a story that has content warnings.
 */
const settings = readSiteSettings(contentDir);
if (!settings) throw new Error('content/site.yaml must be valid for the browser tests');
const { defaultLocale } = settings;
const locales = settings.locales.map((locale) => locale.code);
const origin = new URL(settings.url).origin;
const base = settings.base ?? '/';

const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.map((file) => file.split(path.sep).join('/'))
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && file !== '404.html')
	.map((file) => ({ file, html: parse(builtFile(file)) }));

const meta = (html: HTMLElement, key: string) => html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The file in dist/ an absolute address on the production site refers to. */
function distFileOf(url: string): string {
	const parsed = new URL(url);
	expect(parsed.origin).toBe(origin);
	return path.join(distDir, decodeURI(parsed.pathname).slice(base.length));
}

/** The locale and kind of an entry page, e.g. "fr/stories/x/index.html" → { locale: "fr", kind: "stories", slug: "x" }. */
function entryOf(file: string): { locale: string; kind: string; slug: string } | undefined {
	const parts = file.split('/');
	const locale = locales.includes(parts[0] ?? '') && parts[0] !== defaultLocale ? (parts.shift() ?? defaultLocale) : defaultLocale;
	if (parts.length !== 3 || parts[2] !== 'index.html') return undefined;
	return { locale, kind: parts[0] ?? '', slug: parts[1] ?? '' };
}

const articles = pages.map((page) => ({ ...page, entry: entryOf(page.file) })).filter(({ entry }) => entry && (entry.kind === 'news' || entry.kind === 'stories'));

describe('link previews', () => {
	test('every page has a title, its canonical address, a picture that exists and a large Twitter card', () => {
		expect(pages.length).toBeGreaterThan(100);
		const problems: string[] = [];
		for (const { file, html } of pages) {
			const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
			const image = meta(html, 'og:image');
			if (!meta(html, 'og:title')) problems.push(`${file}: no og:title`);
			if (!canonical || meta(html, 'og:url') !== canonical) problems.push(`${file}: og:url ${meta(html, 'og:url')} is not the canonical ${canonical}`);
			if (!image || !existsSync(distFileOf(image))) problems.push(`${file}: og:image ${image} is not a file in dist/`);
			if (!meta(html, 'og:image:alt')) problems.push(`${file}: no og:image:alt`);
			if (meta(html, 'twitter:image') !== image) problems.push(`${file}: twitter:image differs from og:image`);
			if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${file}: twitter:card is ${meta(html, 'twitter:card')}`);
		}
		expect(problems).toEqual([]);
	});

	test('og:locale is the page’s language, with the other languages as alternates; news and stories are articles', () => {
		for (const { file, html } of pages) {
			const locale = html.querySelector('html')?.getAttribute('lang');
			expect(meta(html, 'og:locale'), file).toBe(locale);
			const alternates = html.querySelectorAll('meta[property="og:locale:alternate"]').map((element) => element.getAttribute('content'));
			expect(alternates.sort(), file).toEqual(locales.filter((code) => code !== locale).sort());
			const entry = entryOf(file);
			expect(meta(html, 'og:type'), file).toBe(entry && (entry.kind === 'news' || entry.kind === 'stories') ? 'article' : 'website');
		}
	});

	test('no story page with content warnings uses its portrait as its preview; one without warnings does', () => {
		const stories = storyFiles();
		let warned = 0;
		let shown = 0;
		for (const { file, html, entry } of articles.filter(({ entry }) => entry?.kind === 'stories')) {
			if (!entry) continue;
			const files = stories.filter((story) => story.slug === entry.slug);
			const source = files.find((story) => story.locale === entry.locale) ?? files.find((story) => story.locale === defaultLocale) ?? files[0];
			const portrait = imagesReferredToBy(String(source?.story.portrait?.src ?? ''))[0];
			if (!portrait) continue;
			const previews = [meta(html, 'og:image'), meta(html, 'twitter:image'), ...html.querySelectorAll('script[type="application/ld+json"]').map((script) => script.textContent)].join(' ');
			if ((source?.story.contentWarnings ?? []).length > 0) {
				warned++;
				expect(previews.includes(`/${portrait}.`), file).toBe(false);
				expect(meta(html, 'og:image'), file).toBe(`${origin}${base}social-card.jpg`);
			} else {
				shown++;
				expect(meta(html, 'og:image'), file).toContain(`/${portrait}.`);
			}
		}
		expect(warned).toBeGreaterThan(0);
		expect(shown).toBeGreaterThan(0);
	});
});

describe('Article JSON-LD', () => {
	test('every news page has a NewsArticle and every story page an Article, with headline, date and language', () => {
		expect(articles.length).toBeGreaterThan(10);
		const stories = storyFiles();
		for (const { file, html, entry } of articles) {
			const blocks = html.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
			const article = blocks.find((block) => block['@type'] === 'Article' || block['@type'] === 'NewsArticle');
			expect(article?.['@type'], file).toBe(entry?.kind === 'news' ? 'NewsArticle' : 'Article');
			expect(article?.headline, file).toEqual(expect.any(String));
			expect(article?.datePublished, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(locales, file).toContain(article?.inLanguage);
			expect(article?.url, file).toBe(html.querySelector('link[rel="canonical"]')?.getAttribute('href'));
			expect(article?.publisher, file).toMatchObject({ '@type': 'Organization' });
			// A story names no author, least of all when it is told under changed names.
			if (entry?.kind === 'stories') expect(article, file).not.toHaveProperty('author');
			if (entry?.kind === 'stories') {
				const narrators = stories.filter((story) => story.slug === entry.slug && story.story.consent.scope === 'anonymous').map((story) => story.story.narrator.name);
				for (const name of narrators) expect(JSON.stringify(article), file).not.toContain(name);
			}
		}
	});
});
