import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import english from '../../src/i18n/en.json';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, LANGUAGES_ARCHIVE } from '../support/archives';
import { repoRoot } from '../support/commands';
import { buildArchive, ownBuildFolder } from '../support/fixture-builds';

/*
 * Issue 21, "Any language, from content/": tests/fixtures/archives/languages/ is published in
 * English, Swahili and Persian (right to left), which Vigil has no dictionaries for, and French,
 * whose built-in dictionary the archive overrides in one string. Its dictionaries are in its own
 * i18n/ folder, as an organiser writes them: the strings a visitor needs are translated, the rest
 * still start with "TODO:". Built once here, with its search bundles, and read back.
 */

const folder = ownBuildFolder('added-languages');
const outDir = path.join(folder, 'dist');
const dictionary = (code: string) => JSON.parse(readFileSync(archivePath(`${LANGUAGES_ARCHIVE}/i18n/${code}.json`), 'utf8')) as Record<string, string>;
const page = (file: string) => parseHtml(readFileSync(path.join(outDir, file), 'utf8'));

beforeAll(async () => {
	const build = await buildArchive(LANGUAGES_ARCHIVE, outDir, { pagefind: true });
	if (build.code !== 0) throw new Error(`${LANGUAGES_ARCHIVE} did not build (exit ${build.code}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('the checker passes it, and lists the strings left to translate as warnings', async () => {
	const { problems } = await validateArchive(archivePath(LANGUAGES_ARCHIVE), repoRoot);
	expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
	const untranslated = problems.filter((problem) => problem.field === '(strings)').map((problem) => problem.file);
	expect(untranslated).toEqual([`${LANGUAGES_ARCHIVE}/i18n/fa.json`, `${LANGUAGES_ARCHIVE}/i18n/sw.json`]);
});

describe.each([
	{ code: 'sw', prefix: 'sw/', dir: 'ltr' },
	{ code: 'fa', prefix: 'fa/', dir: 'rtl' },
])('a page in $code', ({ code, prefix, dir }) => {
	const strings = dictionary(code);

	test('takes its direction from the language and its words from the archive’s dictionary', () => {
		const home = page(`${prefix}index.html`);
		expect(home.querySelector('html')?.getAttribute('lang')).toBe(code);
		expect(home.querySelector('html')?.getAttribute('dir')).toBe(dir);
		expect(home.querySelector('.quick-exit__link')?.text.trim()).toBe(strings['quickExit.label']);
		expect(home.querySelector('nav.main-navigation')?.text).toContain(strings['nav.events']);
	});

	test('warns before an English story in its own words, and offers the site’s support in them', () => {
		const story = page(`${prefix}stories/the-blue-kettle/index.html`).text;
		for (const key of ['story.contentWarning.title', 'story.continue', 'support.title']) expect(story, key).toContain(strings[key]);
		expect(story).not.toContain('Before you read');
	});

	test('shows English, never the placeholder, for a string not yet translated', () => {
		const footer = page(`${prefix}index.html`).querySelector('footer')?.text ?? '';
		expect(strings['footer.sitemap']).toMatch(/^TODO: /);
		expect(footer).toContain(english['footer.sitemap']);
	});
});

test('no page or file of the site carries a placeholder', () => {
	const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json|ics|txt|csv)$/.test(file));
	expect(files.length).toBeGreaterThan(40);
	expect(files.filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes('TODO:'))).toEqual([]);
});

test('a dictionary in the archive overrides one string of a built-in language and leaves the others', () => {
	const navigation = page('fr/index.html').querySelector('nav.main-navigation')?.text ?? '';
	expect(navigation).toContain('Témoignages');
	expect(navigation).toContain('Événements');
});

test('Persian dates come from Intl, in its own digits', () => {
	const when = page('fa/events/lamps-on-the-lake-2026/index.html').querySelector('time[datetime^="2026-08-21"]');
	expect(when?.text).toMatch(/[۰-۹]/);
});

test('each language gets its own search bundle, without stemming where Pagefind has none, holding its own words', () => {
	for (const code of ['sw', 'fa']) {
		const entry = JSON.parse(readFileSync(path.join(outDir, `pagefind/${code}/pagefind-entry.json`), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string | null }> };
		expect(Object.keys(entry.languages)).toEqual([code]);
		expect(entry.languages[code]?.wasm).toBeNull();
		expect(entry.languages[code]?.page_count).toBeGreaterThan(0);
	}
	// Pagefind's index chunks are gzip; the words of the Persian story are in the Persian bundle.
	const indexFolder = path.join(outDir, 'pagefind/fa/index');
	const words = readdirSync(indexFolder).map((file) => gunzipSync(readFileSync(path.join(indexFolder, file))).toString('utf8')).join('\n');
	expect(words).toContain('انار');
});
