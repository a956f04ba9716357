import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/archive/site-settings';
import { containsName } from '../../src/archive/story-rules';
import { dictionaries } from '../../src/i18n/index';
import { builtFile, builtTexts as readBuiltTexts, isBuilt } from '../support/built-site';
import { contentDir, imagesReferredToBy, sourceFiles, storyFiles } from '../support/content-files';
import { useBrowser } from '../support/browser';

/**
 * Dignity and privacy for the people in the stories, as the built site shows it in every language:
 * anonymous narrators are never named, warned stories stay folded with their pictures, and nothing
 * moves or plays by itself. docs/dignity-and-privacy.md explains each rule to organisers.
 */
const settings = readSiteSettings(contentDir);
if (!settings) throw new Error('tests/fixtures/archives/full/site.yaml must be valid for the browser tests');
const { defaultLocale } = settings;
const locales = settings.locales.map((locale) => locale.code);
const prefixOf = (locale: string) => (locale === defaultLocale ? '' : `${locale}/`);
const open = useBrowser();

const builtTexts = readBuiltTexts();

/** Every built HTML page, as its path inside the site, with its parsed HTML. */
const pages = builtTexts.filter(({ file }) => file.endsWith('.html') && !file.startsWith('pagefind/')).map(({ file, text }) => ({ file: file.split(path.sep).join('/'), html: parse(text) }));

/** Text with runs of white space made one space, as a reader sees it. */
const words = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const stories = storyFiles();
/** Story slugs with at least one file, in any language, whose page is built. */
const builtSlugs = new Set(stories.filter((file) => isBuilt(`stories/${file.slug}/`)).map((file) => file.slug));

/** The file a locale's page of a story shows: its own translation, or the default language's, then any. */
function shownFile(slug: string, locale: string) {
	const files = stories.filter((file) => file.slug === slug);
	return files.find((file) => file.locale === locale) ?? files.find((file) => file.locale === defaultLocale) ?? files[0];
}

describe('an anonymous story', () => {
	const anonymousSlugs = [...builtSlugs].filter((slug) => stories.some((file) => file.slug === slug && file.story.consent.scope === 'anonymous'));

	test('the full fixture archive has anonymous stories, one of them translated, for these tests to read', () => {
		expect(anonymousSlugs.length).toBeGreaterThanOrEqual(3);
		expect(stories.filter((file) => file.story.consent.scope === 'anonymous').length).toBeGreaterThan(anonymousSlugs.length);
	});

	test.each(anonymousSlugs)('%s never shows its narrator’s name: on no page, in no language, in no search index, feed or data file', (slug) => {
		const names = [...new Set(stories.filter((file) => file.slug === slug).map((file) => file.story.narrator.name))];
		const leaks = names.flatMap((name) => builtTexts.filter(({ text }) => containsName(text, name)).map(({ file }) => `${file}: "${name}"`));
		expect(leaks).toEqual([]);
		for (const locale of locales) expect(isBuilt(`${prefixOf(locale)}stories/${slug}/`), `${locale}: ${slug}`).toBe(true);
	});

	test.each(anonymousSlugs)('%s shows its narrator by relation only, in neutral words, and says the names were changed, in every language', (slug) => {
		for (const locale of locales) {
			const t = dictionaries[locale] ?? {};
			const { story } = shownFile(slug, locale) ?? { story: undefined };
			const html = parse(builtFile(`${prefixOf(locale)}stories/${slug}/index.html`));
			const toldBy = html.querySelectorAll('.story-details dt').find((term) => words(term) === t['story.toldBy']);
			expect(words(toldBy?.nextElementSibling), `${locale}: told by`).toBe((t['story.narratorAnonymous'] ?? '').replace('{relation}', story?.narrator.relation ?? ''));
			expect(words(html.querySelector('.story__names-changed')), `${locale}: the notice`).toBe(t['story.anonymous']);
		}
	});

	test('its card in the stories list says the same, in every language', () => {
		let cards = 0;
		for (const page of pages.filter(({ file }) => /^(?:[a-z]{2}\/)?stories\/(?:page\/\d+\/)?index\.html$/.test(file))) {
			const locale = locales.find((code) => code !== defaultLocale && page.file.startsWith(`${code}/`)) ?? defaultLocale;
			for (const card of page.html.querySelectorAll('main article')) {
				const slug = decodeURI(card.querySelector('h2 a')?.getAttribute('href') ?? '').split('/').at(-2) ?? '';
				const file = shownFile(slug, locale);
				if (file?.story.consent.scope !== 'anonymous') continue;
				cards++;
				const withheld = (dictionaries[locale]?.['story.narratorAnonymous'] ?? '').replace('{relation}', file.story.narrator.relation);
				expect(words(card.querySelector('.meta')), `${page.file}: ${slug}`).toContain(withheld);
			}
		}
		expect(cards).toBeGreaterThanOrEqual(3 * locales.length);
	});
});

describe('a story with content warnings', () => {
	const warnedSlugs = [...builtSlugs].filter((slug) => (shownFile(slug, defaultLocale)?.story.contentWarnings ?? []).length > 0);

	test.each(warnedSlugs)('%s shows its warnings first, and keeps the story and its portrait folded in every language', (slug) => {
		for (const locale of locales) {
			const t = dictionaries[locale] ?? {};
			const file = shownFile(slug, locale);
			const html = parse(builtFile(`${prefixOf(locale)}stories/${slug}/index.html`));
			const main = html.querySelector('main') as HTMLElement;
			const warning = main.querySelector('.content-warning');
			expect(words(warning?.querySelector('h2')), locale).toBe(t['story.contentWarning.title']);
			expect(warning?.querySelectorAll('li').map(words), locale).toEqual(file?.story.contentWarnings);

			const fold = main.querySelector('details.story-fold');
			expect(fold, `${locale}: the fold`).not.toBeNull();
			expect(fold?.hasAttribute('open'), `${locale}: folded until the visitor opens it`).toBe(false);
			expect(words(fold?.querySelector('summary .story-fold__closed')), locale).toBe(t['story.continue']);
			// The warning comes before the fold in the page, and everything that tells the story is inside it.
			expect(main.innerHTML.indexOf('content-warning')).toBeLessThan(main.innerHTML.indexOf('story-fold'));
			for (const part of ['.entry-body', '.story-details', ...(file?.story.portrait ? ['figure img'] : [])]) {
				expect(main.querySelectorAll(part).length, `${locale}: ${part}`).toBeGreaterThan(0);
				expect(main.querySelectorAll(part).every((element) => element.closest('details.story-fold') === fold), `${locale}: ${part} inside the fold`).toBe(true);
			}
		}
	});

	test.each(locales)('in %s, stays folded without JavaScript until the visitor chooses to continue', async (locale) => {
		const slug = warnedSlugs.find((candidate) => shownFile(candidate, locale)?.story.portrait) ?? '';
		const { page } = await open(`${prefixOf(locale)}stories/${slug}/`, { javaScript: false });
		const warning = page.locator('.content-warning');
		const portrait = page.locator('main figure img');
		const body = page.locator('main .entry-body');
		expect(await warning.isVisible()).toBe(true);
		expect(await portrait.isVisible()).toBe(false);
		expect(await body.isVisible()).toBe(false);
		await page.getByText(dictionaries[locale]?.['story.continue'] ?? '', { exact: true }).click();
		await portrait.waitFor({ state: 'visible' });
		expect(await body.isVisible()).toBe(true);
	});

	/**
	 * The pictures that only stories with warnings use, by file name: a picture that an event or a
	 * story without warnings also uses may rightly appear elsewhere.
	 */
	const warnedOnly = (() => {
		const warned = new Set<string>();
		const elsewhere = new Set<string>();
		for (const collection of readdirSync(contentDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'images')) {
			for (const file of sourceFiles(collection.name)) {
				const isStory = collection.name === 'stories';
				if (isStory && !builtSlugs.has(file.slug)) continue; // drafts and withdrawn stories are not built
				const isWarned = isStory && ((file.data.contentWarnings as string[] | undefined) ?? []).length > 0;
				for (const image of imagesReferredToBy(file.text)) (isWarned ? warned : elsewhere).add(image);
			}
		}
		return [...warned].filter((image) => !elsewhere.has(image));
	})();
	/** Where a page refers to one of those pictures outside the fold of a warned story. */
	function warnedPicturesOutsideTheFold(html: HTMLElement): string[] {
		const copy = parse(html.toString());
		for (const fold of copy.querySelectorAll('details.story-fold')) fold.remove();
		const text = copy.toString();
		return warnedOnly.filter((image) => text.includes(`/${image}.`));
	}

	test('its portrait appears nowhere but behind its warnings: not on cards, in search results, link previews or structured data', () => {
		expect(warnedOnly.length).toBeGreaterThanOrEqual(2);
		// The scan finds the pictures where they are, so it could find them where they must not be.
		const inFolds = pages.filter(({ html }) => html.querySelectorAll('details.story-fold').some((fold) => warnedOnly.some((image) => fold.toString().includes(`/${image}.`))));
		expect(inFolds.length).toBeGreaterThanOrEqual(warnedSlugs.length);
		const leaks = pages.flatMap(({ file, html }) => warnedPicturesOutsideTheFold(html).map((image) => `${file}: ${image}`));
		expect(leaks).toEqual([]);
	});

	test('listing cards on the home page, the stories list and tag pages, in every language, show no portrait of a warned story', () => {
		const listings = pages.filter(({ file }) => /^(?:[a-z]{2}\/)?(?:index\.html|stories\/(?:page\/\d+\/)?index\.html|tags\/(?:[^/]+\/)?index\.html)$/.test(file));
		expect(listings.length).toBeGreaterThan(locales.length * 4);
		const warnedCards = listings.flatMap(({ html }) => html.querySelectorAll('main article').filter((card) => warnedSlugs.some((slug) => card.querySelector(`a[href$="/stories/${slug}/"]`))));
		expect(warnedCards.length, 'warned stories are listed, so their cards are checked').toBeGreaterThan(locales.length);
		for (const card of warnedCards) expect(card.querySelectorAll('img, picture, source')).toHaveLength(0);
		expect(listings.flatMap(({ file, html }) => warnedPicturesOutsideTheFold(html).map((image) => `${file}: ${image}`))).toEqual([]);
	});

	test('its page offers no link-preview picture of its portrait (Open Graph, Twitter cards)', () => {
		const previewImages = 'meta[property="og:image"], meta[property="og:image:url"], meta[property="og:image:secure_url"], meta[name="twitter:image"], meta[name="twitter:image:src"]';
		for (const slug of warnedSlugs) {
			for (const locale of locales) {
				const html = parse(builtFile(`${prefixOf(locale)}stories/${slug}/index.html`));
				const portrait = imagesReferredToBy(String(shownFile(slug, locale)?.story.portrait?.src ?? ''))[0];
				const previews = html.querySelectorAll(previewImages).map((meta) => meta.getAttribute('content') ?? '');
				expect(previews.filter((content) => portrait && content.includes(`/${portrait}.`)), `${locale}: ${slug}`).toEqual([]);
			}
		}
	});
});

describe('support and links out', () => {
	test('every story page, in every language, ends with the support lines of its language, which the warning links to', () => {
		let checked = 0;
		for (const slug of builtSlugs) {
			for (const locale of locales) {
				const t = dictionaries[locale] ?? {};
				const lines = settings.support[locale] ?? settings.support[defaultLocale] ?? [];
				const html = parse(builtFile(`${prefixOf(locale)}stories/${slug}/index.html`));
				const support = html.querySelector('main aside#support');
				expect(words(support?.querySelector('h2')), `${locale}: ${slug}`).toBe(t['support.title']);
				expect(support?.querySelectorAll('h3').map(words), `${locale}: ${slug}`).toEqual(lines.map((line) => line.name));
				const warningLink = html.querySelector('.content-warning a');
				if (warningLink) expect(warningLink.getAttribute('href')).toBe('#support');
				checked++;
			}
		}
		expect(checked).toBeGreaterThanOrEqual(15 * locales.length);
	});

	test('every link to another site, on every page, opens without a handle on the page and tells it nothing', () => {
		const own = new URL(settings.url).origin;
		const links = pages.flatMap(({ file, html }) =>
			html
				.querySelectorAll('a[href]')
				.filter((link) => /^https?:\/\//i.test(link.getAttribute('href') ?? '') && new URL(link.getAttribute('href') ?? '').origin !== own)
				.map((link) => ({ file, href: link.getAttribute('href'), rel: (link.getAttribute('rel') ?? '').split(/\s+/) })),
		);
		expect(links.length).toBeGreaterThan(100);
		expect(links.filter((link) => !link.rel.includes('noopener') || !link.rel.includes('noreferrer'))).toEqual([]);
		// And no page sends a Referer header to the sites it links to or loads from (Referrer Policy).
		expect(pages.filter(({ html }) => html.querySelector('meta[name="referrer"]')?.getAttribute('content') !== 'no-referrer').map(({ file }) => file)).toEqual([]);
	});
});

describe('calm defaults', () => {
	test('nothing plays by itself: no autoplaying video, audio or embedded player, and no page that moves on by itself', () => {
		const found = pages.flatMap(({ file, html }) => [
			...html.querySelectorAll('video[autoplay], audio[autoplay], marquee, meta[http-equiv="refresh" i]').map((element) => `${file}: <${element.tagName.toLowerCase()}>`),
			...html
				.querySelectorAll('iframe')
				.filter((frame) => /[?&](autoplay|auto_play)=(1|true)/i.test(frame.getAttribute('src') ?? '') || /\bautoplay\b/i.test(frame.getAttribute('allow') ?? ''))
				.map(() => `${file}: an iframe that plays by itself`),
		]);
		expect(pages.length).toBeGreaterThan(100);
		expect(found).toEqual([]);
	});

	/** The longest transition or animation on elements a visitor uses, in seconds, with what has it. */
	async function longestMotion(pagePath: string, reducedMotion: 'reduce' | 'no-preference') {
		const { page } = await open(pagePath, { reducedMotion });
		return page.evaluate(() => {
			const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)) || 0));
			const elements = [...document.querySelectorAll('a, button, summary, details, input, select, .quick-exit, .quick-exit__link')];
			let longest = { seconds: 0, element: '' };
			for (const element of elements) {
				for (const pseudo of [null, '::before', '::after']) {
					const style = getComputedStyle(element, pseudo);
					const duration = Math.max(seconds(style.transitionDuration), seconds(style.animationDuration));
					if (duration > longest.seconds) longest = { seconds: duration, element: `${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}` };
				}
			}
			return { ...longest, elements: elements.length, scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior };
		});
	}

	test.each(['stories/tea-at-four-oclock/', 'ar/search/', 'fr/'])('on /%s, nothing moves when the visitor asks for reduced motion: links, buttons, the story fold, the quick exit', async (pagePath) => {
		const calm = await longestMotion(pagePath, 'reduce');
		expect(calm.elements).toBeGreaterThan(20);
		expect(calm.seconds, calm.element).toBeLessThanOrEqual(0.001);
		expect(calm.scrollBehavior).toBe('auto');
		// Without the preference links do ease, so the check above can tell the difference.
		const moving = await longestMotion(pagePath, 'no-preference');
		expect(moving.seconds).toBeGreaterThan(0.05);
		expect(moving.scrollBehavior).toBe('smooth');
	});
});
