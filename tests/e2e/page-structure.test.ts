import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/archive/site-settings';
import { dictionaries } from '../../src/i18n/index';
import { localeDirection } from '../../src/i18n/locale-direction';
import { builtFile, distDir, isBuilt } from '../support/built-site';
import { archivePath, FULL_ARCHIVE } from '../support/archives';

/**
 * Checks every HTML page in dist/, in every language, without a browser: the structure each page
 * promises (language and direction, one h1, the quick exit and the skip link, breadcrumbs that match their JSON-LD)
 * and the links between languages (switcher, hreflang and canonical links that name only real
 * translations, the not-yet-translated notice).
 */
const contentDir = archivePath(FULL_ARCHIVE);
const settings = readSiteSettings(contentDir);
if (!settings) throw new Error('tests/fixtures/archives/full/site.yaml must be valid for the browser tests');
const defaultLocale = settings.defaultLocale;
const quickExit = settings.quickExit;
const localeCodes = settings.locales.map((locale) => locale.code);

/** Every built page, as its path inside the site (e.g. "fr/events/"), with its parsed HTML. */
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.map((file) => file.split(path.sep).join('/'))
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
	.map((file) => ({ path: file === '404.html' ? file : file.replace(/index\.html$/, ''), html: parse(builtFile(file)) }));

/** The locale a page belongs to, from the first segment of its address. */
function localeOf(pagePath: string): string {
	const first = pagePath.split('/')[0] ?? '';
	return localeCodes.includes(first) && first !== defaultLocale ? first : defaultLocale;
}

/** The page's address inside its locale, e.g. "events/" for both "events/" and "fr/events/". */
function withinLocale(pagePath: string): string {
	const locale = localeOf(pagePath);
	return locale === defaultLocale ? pagePath : pagePath.slice(locale.length + 1);
}

/** A built page's path from an absolute or root-relative link on the production site. */
function pagePathOf(href: string): string {
	return decodeURI(new URL(href, settings?.url).pathname).slice((settings?.base ?? '/').length);
}

/** Which locales have their own file for each entry: "events/some-slug" → {"en", "fr"}. */
const ENTRY_FILE = /\.mdx?$/;
const translationsOf = new Map<string, Set<string>>();
for (const collection of ['events', 'stories', 'news', 'documents', 'series', 'calls', 'pages', 'people', 'incidents']) {
	for (const locale of localeCodes) {
		const folder = path.join(contentDir, collection, locale);
		let files: string[] = [];
		try {
			files = readdirSync(folder, { recursive: true, encoding: 'utf8' });
		} catch {
			continue;
		}
		for (const file of files.filter((name) => ENTRY_FILE.test(name))) {
			const key = `${collection}/${path.basename(file).replace(ENTRY_FILE, '')}`;
			translationsOf.set(key, (translationsOf.get(key) ?? new Set()).add(locale));
		}
	}
}

/** The entry a page shows, as "collection/slug", or undefined for listings and other pages. */
function entryShownBy(pagePath: string): string | undefined {
	const within = withinLocale(pagePath);
	if (within === 'about/') return 'pages/about';
	const match = /^(events|stories|news|documents|series|calls|people|incidents)\/([^/]+)\/$/.exec(within);
	return match && match[2] !== 'page' ? `${match[1]}/${match[2]}` : undefined;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

describe.each(pages.map((page) => [page.path, page.html] as const))('%s', (pagePath, html) => {
	const locale = localeOf(pagePath);
	const isNotFound = pagePath === '404.html';
	const t = dictionaries[locale] ?? {};

	test('declares its language and direction', () => {
		const root = html.querySelector('html');
		expect(root?.getAttribute('lang')).toBe(locale);
		expect(root?.getAttribute('dir')).toBe(localeDirection(locale));
	});

	test(`has one h1, one main landmark, and ${quickExit.enabled ? 'the quick exit, then the skip link' : 'the skip link'} first`, () => {
		expect(html.querySelectorAll('h1')).toHaveLength(1);
		expect(html.querySelectorAll('main')).toHaveLength(1);
		expect(html.querySelector('main')?.id).toBe('main-content');
		const [first, second] = html.querySelector('body')?.querySelectorAll(FOCUSABLE) ?? [];
		const skipLink = quickExit.enabled ? second : first;
		if (quickExit.enabled) {
			// A plain link that leaves without JavaScript and tells the next site nothing.
			expect(first?.getAttribute('href')).toBe(quickExit.url);
			expect(first?.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
			expect(first?.textContent.trim()).toBe(t['quickExit.label']);
		}
		expect(skipLink?.getAttribute('href')).toBe('#main-content');
		expect(skipLink?.textContent.trim()).toBe(t['skipLink.label']);
	});

	if (pagePath !== '' && withinLocale(pagePath) !== '' && !isNotFound) {
		test('has breadcrumbs that match its BreadcrumbList data', () => {
			const trail = html.querySelector(`nav[aria-label="${t['breadcrumbs.label']}"]`);
			expect(trail, 'breadcrumbs').not.toBeNull();
			const crumbs = (trail as HTMLElement).querySelectorAll('li').map((item) => item.textContent.trim());
			expect(crumbs.length).toBeGreaterThanOrEqual(2);
			expect((trail as HTMLElement).querySelectorAll('[aria-current="page"]')).toHaveLength(1);
			const data = html
				.querySelectorAll('script[type="application/ld+json"]')
				.map((script) => JSON.parse(script.textContent) as { '@type': string; itemListElement?: { name: string; position: number; item: string }[] })
				.find((block) => block['@type'] === 'BreadcrumbList');
			expect(data?.itemListElement?.map((item) => item.name)).toEqual(crumbs);
			expect(data?.itemListElement?.map((item) => item.position)).toEqual(crumbs.map((_, index) => index + 1));
			expect(pagePathOf(data?.itemListElement?.at(-1)?.item ?? '')).toBe(pagePath);
		});
	}

	const entry = entryShownBy(pagePath);
	if (entry) {
		const translated = translationsOf.get(entry)?.has(locale) ?? false;
		test(`${translated ? 'has no' : 'has the'} not-yet-translated notice, because ${entry} ${translated ? 'has' : 'has no'} ${locale} file`, () => {
			const notices = html.querySelectorAll('.translation-notice');
			expect(notices).toHaveLength(translated ? 0 : 1);
			if (!translated) {
				// The entry's own words are marked with the language they are really written in: one of
				// the languages that has a file for it, and so never the page's own.
				const words = html.querySelector('.entry-body') ?? html.querySelector('h1');
				expect([...(translationsOf.get(entry) ?? [])]).toContain(words?.getAttribute('lang'));
			}
		});
	}

	if (!isNotFound) {
		// An entry's text exists in the languages that have a file for it; every other language's page
		// shows it in the first of those, in the site's order (the default locale first).
		const fallbackOrder = [defaultLocale, ...localeCodes.filter((code) => code !== defaultLocale)];
		const textLocales = entry ? fallbackOrder.filter((code) => translationsOf.get(entry)?.has(code)) : fallbackOrder;
		const pageIn = (code: string) => (code === defaultLocale ? withinLocale(pagePath) : `${code}/${withinLocale(pagePath)}`);

		test('offers the same page in every language through the switcher, marking those that show the text untranslated', () => {
			const switcher = html.querySelector(`nav[aria-label="${t['languages.label']}"]`);
			const links = switcher?.querySelectorAll('a') ?? [];
			const targets = links.map((link) => ({ code: link.getAttribute('hreflang'), path: pagePathOf(link.getAttribute('href') ?? '') }));
			expect(targets.map((target) => target.code)).toEqual(localeCodes);
			for (const target of targets) {
				expect(isBuilt(target.path), `${target.code}: /${target.path}`).toBe(true);
				expect(withinLocale(target.path)).toBe(withinLocale(pagePath));
			}
			expect(switcher?.querySelector('[aria-current="page"]')?.getAttribute('hreflang')).toBe(locale);
			const marked = links.filter((link) => link.querySelector('.language-switcher__original')).map((link) => link.getAttribute('hreflang'));
			expect(marked).toEqual(localeCodes.filter((code) => !textLocales.includes(code)));
		});

		test(`names as alternates only the languages its text is written in${entry && textLocales.length < localeCodes.length ? ` (${textLocales.join(', ')})` : ''}, and as canonical the page of its own text`, () => {
			const alternates = html.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => ({ code: link.getAttribute('hreflang'), path: pagePathOf(link.getAttribute('href') ?? '') }));
			const inSiteOrder = localeCodes.filter((code) => textLocales.includes(code));
			expect(alternates.map((alternate) => alternate.code)).toEqual(textLocales.length > 1 ? [...inSiteOrder, 'x-default'] : inSiteOrder);
			if (textLocales.length > 1) expect(alternates.find((alternate) => alternate.code === 'x-default')?.path).toBe(pageIn(textLocales[0] ?? defaultLocale));
			for (const alternate of alternates) expect(isBuilt(alternate.path), `/${alternate.path}`).toBe(true);
			const canonical = pagePathOf(html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
			expect(canonical).toBe(textLocales.includes(locale) ? pagePath : pageIn(textLocales[0] ?? defaultLocale));
		});
	}
});
