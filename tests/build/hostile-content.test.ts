import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { tagSlug } from '../../src/core/slugs';
import { imageFormatOf, matchesExtension } from '../../src/images/image-file-format';
import { archivePath, HOSTILE_ARCHIVE } from '../support/archives';
import { sharedBuildDir } from '../support/fixture-builds';

/*
 * tests/fixtures/archives/hostile/ is written to break out of the page: every text an organiser can
 * fill (titles, summaries, alt text, tags, places, names, site.yaml's texts) holds
 * `</script><script>alert(1)</script>` and `"><img src=x onerror=alert(1)>`, and every body holds
 * scripts, handlers, frames and javascript: links written in HTML and in Markdown. It is built once,
 * in English and Arabic, by the build tests' global setup, and everything the build writes is read back as
 * a browser, a feed reader, a calendar and a spreadsheet would read it.
 */

const SCRIPT_BREAKOUT = '</script><script>alert(1)</script>';
const ATTRIBUTE_BREAKOUT = '"><img src=x onerror=alert(1)>';
const LOCALES = [
	{ code: 'en', prefix: '' },
	{ code: 'ar', prefix: 'ar/' },
] as const;

/** The hostile archive's shared build (tests/support/fixture-builds.ts). */
const outDir = sharedBuildDir('hostile');

/** The frontmatter of a fixture entry, e.g. source('events', 'ar', 'hostile-event'): what the organiser wrote. */
function source(collection: string, locale: string, slug: string): Record<string, any> {
	const text = readFileSync(archivePath(`${HOSTILE_ARCHIVE}/${collection}/${locale}/${slug}.md`), 'utf8');
	return parseYaml(text.split(/^---$/m)[1] ?? '') as Record<string, any>;
}

function builtFiles(extension: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(extension))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

function built(file: string): string {
	return readFileSync(path.join(outDir, file), 'utf8');
}

const parsedPages = new Map<string, HTMLElement>();
/** A built page as a browser's parser sees its elements (node-html-parser keeps script text). */
function page(file: string): HTMLElement {
	let parsed = parsedPages.get(file);
	if (!parsed) parsedPages.set(file, (parsed = parseHtml(built(file))));
	return parsed;
}

function pages(): { file: string; root: HTMLElement }[] {
	return builtFiles('.html').map((file) => ({ file, root: page(file) }));
}

/** What a browser would make of an address: no tabs or line breaks, no leading spaces, any case. */
function scheme(url: string): string {
	return /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\t\n\r]/g, '').trim())?.[1]?.toLowerCase() ?? '';
}

interface EntryPage {
	file: string;
	/** The entry's frontmatter. */
	data: Record<string, any>;
	/** Its schema.org type, for the pages that describe their entry in JSON-LD. */
	type?: 'Event' | 'Article' | 'NewsArticle' | undefined;
	/** What the browser tab and link previews call the page, and its last breadcrumb, when not the title. */
	pageTitle?: string;
	crumb?: string;
}

/** The entry pages of the fixture, with the frontmatter they were built from. */
function entryPages(): EntryPage[] {
	return LOCALES.flatMap(({ code, prefix }) => {
		const document = source('documents', code, 'hostile-document');
		return [
			{ file: `${prefix}events/hostile-event/index.html`, data: source('events', code, 'hostile-event'), type: 'Event' as const },
			{ file: `${prefix}stories/hostile-story/index.html`, data: source('stories', code, 'hostile-story'), type: 'Article' as const },
			{ file: `${prefix}news/hostile-news/index.html`, data: source('news', code, 'hostile-news'), type: 'NewsArticle' as const },
			// A document's page is named by its symbol and title ("documents.pageTitle"), its breadcrumb by the symbol.
			{ file: `${prefix}documents/hostile-document/index.html`, data: document, pageTitle: `${document.symbol}: ${document.title}`, crumb: document.symbol },
			{ file: `${prefix}calls/hostile-call/index.html`, data: source('calls', code, 'hostile-call') },
			{ file: `${prefix}about/index.html`, data: source('pages', code, 'about') },
		];
	});
}

function jsonLdBlocks(root: HTMLElement): { text: string; data: Record<string, any> }[] {
	return root.querySelectorAll('script[type="application/ld+json"]').map((script) => ({ text: script.rawText, data: JSON.parse(script.rawText) }));
}

describe('the hostile archive, built', () => {
	test('is built in both languages, with a page for every entry and every tag', () => {
		const files = builtFiles('.html');
		for (const { file } of entryPages()) expect(files).toContain(file);
		// Three tags, in each language; no tag went missing for want of an address.
		expect(files.filter((file) => /(^|\/)tags\/[^/]+\/index\.html$/.test(file))).toHaveLength(6);
		// The fixture really is hostile: the strings are in the entries this test reads.
		expect(source('events', 'ar', 'hostile-event').title).toContain(SCRIPT_BREAKOUT);
		expect(source('stories', 'en', 'hostile-story').portrait.alt).toContain(ATTRIBUTE_BREAKOUT);
	});
});

describe('nothing written in the content becomes markup', () => {
	test('the only scripts are the site’s own modules under /_astro/ and JSON-LD data blocks', () => {
		const scripts = pages().flatMap(({ file, root }) => root.querySelectorAll('script').map((script) => ({ file, type: script.getAttribute('type'), src: script.getAttribute('src'), text: script.rawText })));
		expect(scripts.some((script) => script.type === 'module')).toBe(true);
		const foreign = scripts.filter(
			(script) => !(script.type === 'module' && script.src?.startsWith('/_astro/') && script.text.trim() === '') && !(script.type === 'application/ld+json' && script.src === undefined),
		);
		expect(foreign).toEqual([]);
	});

	test('no element carries an event-handler attribute', () => {
		const handlers = pages().flatMap(({ file, root }) =>
			root
				.querySelectorAll('*')
				.flatMap((element) => Object.keys(element.attributes).filter((name) => /^on/i.test(name)).map((name) => `${file}: <${element.tagName.toLowerCase()} ${name}>`)),
		);
		expect(handlers).toEqual([]);
	});

	test('no <img src=x>, and no frame, object, embed, form, base or refresh is written into a page', () => {
		const injected = pages().flatMap(({ file, root }) =>
			root
				.querySelectorAll('img[src="x"], iframe, frame, object, embed, form, base, meta[http-equiv], svg[onload]')
				// The site's own search forms (in the header and on the search page) send q= to its search page.
				.filter((element) => !(element.tagName === 'FORM' && /^\/(ar\/)?search\/$/.test(element.getAttribute('action') ?? '')))
				// The site's own Content-Security-Policy, first in every page's head (security-headers.test.ts checks it).
				.filter((element) => !(element.tagName === 'META' && element.getAttribute('http-equiv') === 'Content-Security-Policy' && element === element.parentNode?.firstElementChild))
				.map((element) => `${file}: ${element.outerHTML}`),
		);
		expect(injected).toEqual([]);
	});

	test('no address uses javascript:, data: or vbscript:', () => {
		const attributes = ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'cite', 'xlink:href', 'ping'];
		const unsafe = pages().flatMap(({ file, root }) =>
			root.querySelectorAll('*').flatMap((element) =>
				attributes
					.map((name) => [name, element.getAttribute(name)] as const)
					.filter(([, value]) => value !== undefined && value.split(',').some((candidate) => ['javascript', 'data', 'vbscript'].includes(scheme(candidate))))
					.map(([name, value]) => `${file}: ${name}="${value}"`),
			),
		);
		expect(unsafe).toEqual([]);
	});

	test('every JSON-LD block parses, and never holds "</script" or "<!--"', () => {
		const blocks = pages().flatMap(({ file, root }) => root.querySelectorAll('script[type="application/ld+json"]').map((script) => ({ file, text: script.rawText })));
		expect(blocks.length).toBeGreaterThan(20);
		for (const { file, text } of blocks) {
			expect(() => JSON.parse(text), file).not.toThrow();
			expect(text, file).not.toMatch(/<\/script|<!--|<script/i);
		}
		// The page's own parse agrees: the raw file holds as many ld+json openings as the parser found blocks.
		const openings = builtFiles('.html').reduce((count, file) => count + built(file).split('<script type="application/ld+json">').length - 1, 0);
		expect(openings).toBe(blocks.length);
	});
});

describe('what the organiser wrote is shown as written, as text', () => {
	test('each entry’s heading is its title, character for character', () => {
		for (const { file, data } of entryPages()) {
			expect(page(file).querySelector('h1')?.text.trim(), file).toBe(data.title);
		}
	});

	test('the browser tab, the description and the link-preview tags carry the title and summary as written', () => {
		for (const { file, data, pageTitle = data.title } of entryPages()) {
			const root = page(file);
			const meta = (selector: string) => root.querySelector(`meta[${selector}]`)?.getAttribute('content');
			expect(root.querySelector('title')?.text, file).toContain(pageTitle);
			expect(meta('property="og:title"'), file).toBe(pageTitle);
			expect(meta('name="twitter:title"'), file).toBe(pageTitle);
			if (data.summary) {
				expect(meta('name="description"'), file).toBe(data.summary);
				expect(meta('property="og:description"'), file).toBe(data.summary);
			}
		}
	});

	test('names and headlines in JSON-LD are the titles, summaries and places as written', () => {
		for (const { file, data, type, crumb = data.title } of entryPages()) {
			const blocks = jsonLdBlocks(page(file)).map((block) => block.data);
			const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
			expect(breadcrumbs?.itemListElement.at(-1).name, file).toBe(crumb);
			if (type === undefined) continue;
			const entry = blocks.find((block) => block['@type'] === type);
			if (type === 'Event') {
				expect(entry?.name, file).toBe(data.title);
				expect(entry?.description, file).toBe(data.summary);
				expect(entry?.location[0].name, file).toBe(data.venue.name);
				expect(entry?.location[0].address.addressLocality, file).toBe(data.venue.city);
				expect(entry?.organizer[0].name, file).toBe(data.organisers[0]);
			} else {
				expect(entry?.headline, file).toBe(data.title);
				expect(entry?.description, file).toBe(data.summary);
			}
		}
	});

	test('alt text, places, names and content warnings are shown as written', () => {
		for (const { code, prefix } of LOCALES) {
			const event = source('events', code, 'hostile-event');
			const eventPage = page(`${prefix}events/hostile-event/index.html`);
			expect(eventPage.querySelectorAll('img').map((img) => img.getAttribute('alt'))).toContain(event.image.alt);
			expect(eventPage.querySelector('main')?.text).toContain(event.venue.name);
			expect(eventPage.querySelector('main')?.text).toContain(event.venue.city);

			const story = source('stories', code, 'hostile-story');
			const storyPage = page(`${prefix}stories/hostile-story/index.html`);
			expect(storyPage.querySelectorAll('img').map((img) => img.getAttribute('alt'))).toContain(story.portrait.alt);
			const storyText = storyPage.querySelector('main')?.text ?? '';
			for (const words of [story.remembered[0].name, story.narrator.name, story.incident.place, story.contentWarnings[0]]) expect(storyText, words).toContain(words);
		}
	});

	test('tags become addresses of letters and digits, their pages exist, and their labels are the tags as written', () => {
		for (const { code, prefix } of LOCALES) {
			for (const tag of source('events', code, 'hostile-event').tags as string[]) {
				const slug = tagSlug(tag);
				expect(slug).toMatch(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u);
				const tagPage = page(`${prefix}tags/${slug}/index.html`);
				expect(tagPage.querySelector('h1')?.text, `${prefix}tags/${slug}/`).toContain(tag);
				const link = page(`${prefix}events/hostile-event/index.html`).querySelectorAll('a').find((a) => a.getAttribute('href') === `/${prefix}tags/${slug}/`);
				expect(link?.text, tag).toBe(tag);
			}
		}
	});

	test('site.yaml’s texts are text too: the tagline on the home page, the organisation in the footer', () => {
		const site = parseYaml(readFileSync(archivePath(`${HOSTILE_ARCHIVE}/site.yaml`), 'utf8'));
		const home = page('index.html');
		expect(home.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(site.tagline);
		expect(home.querySelector('footer')?.text).toContain(site.organisation.name);
	});
});

describe('HTML written in bodies', () => {
	test('keeps its words and the safe links, and loses scripts, handlers and script addresses', () => {
		for (const { file } of entryPages()) {
			const body = page(file).querySelector('.entry-body');
			expect(body, file).not.toBeNull();
			const text = body?.text ?? '';
			expect(text, file).toContain('A raw link');
			expect(text, file).toContain('A paragraph with a handler.');
			expect(body?.querySelector('code')?.text, file).toBe('<script>alert(1)</script>');
			const hrefs = body?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
			expect(hrefs, file).toContain('https://example.org/');
			expect(hrefs.filter(Boolean).every((href) => ['https', ''].includes(scheme(href ?? ''))), file).toBe(true);
			// The picture written in Markdown stays, through the site's image pipeline; the one written as HTML is gone.
			expect(body?.querySelectorAll('img').map((img) => img.getAttribute('alt')), file).toEqual(['A candle on a step']);
		}
	});
});

describe('feeds, calendars and open data', () => {
	test('every RSS feed is well-formed XML and gives the titles as written', () => {
		const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false });
		for (const { code, prefix } of LOCALES) {
			const text = built(`${prefix}rss.xml`);
			expect(XMLValidator.validate(text), `${prefix}rss.xml`).toBe(true);
			const items = [xml.parse(text).rss.channel.item].flat() as { title: string; description: string }[];
			const event = source('events', code, 'hostile-event');
			expect(items.map((item) => item.title)).toContain(event.title);
			expect(items.map((item) => item.description)).toContain(event.summary);
		}
		expect(built('rss.xml')).not.toContain(SCRIPT_BREAKOUT);
	});

	test('every calendar file parses, and the event’s summary and place are as written', () => {
		const files = builtFiles('.ics');
		expect(files.length).toBeGreaterThanOrEqual(4);
		for (const file of files) {
			const calendar = new ICAL.Component(ICAL.parse(built(file)));
			const events = calendar.getAllSubcomponents('vevent');
			expect(events.length, file).toBeGreaterThan(0);
			const locale = file.startsWith('ar/') ? 'ar' : 'en';
			const event = source('events', locale, 'hostile-event');
			expect(events[0]?.getFirstPropertyValue('summary'), file).toBe(event.title);
			expect(String(events[0]?.getFirstPropertyValue('location')), file).toContain(event.venue.name);
		}
	});

	test('the open data parses as JSON and as CSV, with the titles as written', () => {
		const event = source('events', 'en', 'hostile-event');
		const story = source('stories', 'en', 'hostile-story');
		for (const [dataset, entry] of [
			['events', event],
			['stories', story],
			['news', source('news', 'en', 'hostile-news')],
			['documents', source('documents', 'en', 'hostile-document')],
		] as const) {
			const records = JSON.parse(built(`data/${dataset}.json`)) as { title: string }[];
			expect(records.map((record) => record.title), dataset).toContain(entry.title);
			const rows = parseCsv(built(`data/${dataset}.csv`), { bom: true, columns: true }) as { title: string }[];
			expect(rows.map((row) => row.title), dataset).toContain(entry.title);
		}
	});
});

/*
 * images/hostile-drawing.svg is the news item's picture and a picture in the English series' body.
 * It holds a script, two event handlers, a foreignObject, a javascript: link and two references to
 * another site, each marked with a word that appears nowhere else ("planted-…").
 */
describe('an SVG drawing from the content', () => {
	const PLANTED = ['planted-svg-onload', 'planted-svg-script', 'planted-svg-onclick', 'planted-foreign-object', 'planted-svg-javascript', 'planted-tracker.example.org'];
	const everyFile = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(path.join(outDir, file)).isFile());

	test('is never published as SVG: the only SVG in the site is the favicon from public/', () => {
		expect(everyFile.filter((file) => /\.svg$/i.test(file))).toEqual(['favicon.svg']);
		expect(readFileSync(archivePath(`${HOSTILE_ARCHIVE}/images/hostile-drawing.svg`), 'utf8')).toContain('planted-svg-script');
	});

	test('leaves nothing of what it carried in any file, pictures included', () => {
		// Read as bytes: a marker would show in an image file as plain ASCII.
		const traces = everyFile.flatMap((file) => {
			const bytes = readFileSync(path.join(outDir, file)).toString('latin1');
			return PLANTED.filter((marker) => bytes.includes(marker)).map((marker) => `${file}: ${marker}`);
		});
		expect(everyFile.length).toBeGreaterThan(50);
		expect(traces).toEqual([]);
	});

	test('is shown as pictures drawn from it, AVIF with a JPEG, in the entry and in the body', () => {
		const news = page('news/hostile-news/index.html');
		const sources = news.querySelectorAll('picture source').map((source) => source.getAttribute('srcset') ?? '');
		const images = news.querySelectorAll('picture img').map((img) => img.getAttribute('src') ?? '');
		expect(sources.some((srcset) => /hostile-drawing[^ ]*\.avif /.test(srcset))).toBe(true);
		expect(images.some((src) => /hostile-drawing[^"]*\.jpg$/.test(src))).toBe(true);
		const series = page('series/hostile-series/index.html');
		expect(series.querySelectorAll('img').map((img) => img.getAttribute('src') ?? '').filter((src) => src.includes('hostile-drawing'))).toEqual([expect.stringMatching(/\.webp$/)]);
	});

	test('is a picture in every rendition: each file is the raster format its name says', async () => {
		const renditions = everyFile.filter((file) => file.includes('hostile-drawing'));
		expect(renditions.length).toBeGreaterThanOrEqual(4);
		for (const file of renditions) {
			const format = await imageFormatOf(path.join(outDir, file));
			expect(matchesExtension(file, format), `${file} holds ${format}`).toBe(true);
			expect(format).not.toBe('svg');
		}
	});
});
