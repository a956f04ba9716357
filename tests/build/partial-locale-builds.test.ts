import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/archive/site-settings';
import { archivePath, FULL_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand, type CommandResult } from '../support/commands';
import { oneBuildAtATime, ownBuildFolder, sharedBuildCacheDir, sharedBuildDir, sharedBuildSettings } from '../support/fixture-builds';

/*
 * Issue 18, "Beyond one machine": builds limited to some languages (VIGIL_LOCALES), each on its own
 * machine, are copied together into one folder, and that folder must be the site one build of
 * every language makes. Here the full fixture archive (six languages) is built twice more with
 * `npm run build`, once with the default language and Arabic, once with the four others, in exactly
 * the settings of its shared build (the archive, the moment, the base path and address passed on),
 * and the two folders copied together, in both orders, are compared with the shared build file by
 * file, byte for byte: pages, feeds, calendars, open data, sitemaps, _headers, _astro/ and the
 * search bundles alike. The two partial builds are made with the machine at UTC+14 and the shared
 * build at UTC, so the comparison also holds every page and calendar file to being the same
 * whatever the machine's zone: events are written in their own zones and the build is pinned to one
 * moment (VIGIL_NOW), so no date may move a day, no offset change and no event switch between
 * upcoming and past. Nothing is normalised: Astro bundles the scripts and styles of every route
 * whatever the routes' static paths return, so both builds name the same _astro/ files as the
 * whole one, and the pictures they share are encoded from the same sources with the same settings.
 */

const folder = ownBuildFolder('partial-locales');
const wholeDir = sharedBuildDir('full');
const settings = readSiteSettings(archivePath(FULL_ARCHIVE));
if (!settings) throw new Error(`${FULL_ARCHIVE}/site.yaml did not read`);
const { defaultLocale } = settings;
const locales = settings.locales.map((locale) => locale.code);
/** Two machines: the default language with Arabic (written right to left), and every other language. */
const groups = [[defaultLocale, 'ar'], locales.filter((code) => code !== defaultLocale && code !== 'ar')] as const;
const partDirs = groups.map((group) => path.join(folder, `part-${group.join('-')}`));
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every file of a folder, as paths inside it with "/", sorted. */
function filesOf(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(path.join(root, file)).isFile())
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

/** The files of `files` whose bytes differ between two folders. */
function differing(files: readonly string[], one: string, other: string): string[] {
	return files.filter((file) => !readFileSync(path.join(one, file)).equals(readFileSync(path.join(other, file))));
}

/** The build folders copied into a new folder, one after the other, as the last job of a CI matrix does. */
function merged(name: string, parts: readonly string[]): string {
	const target = path.join(folder, name);
	for (const part of parts) cpSync(part, target, { recursive: true });
	return target;
}

const builds: CommandResult[] = [];

beforeAll(async () => {
	// The shared build's own cache, copied: its pictures are encoded already, and the shared build keeps its cache as it left it.
	const cacheDir = path.join(folder, 'cache');
	cpSync(sharedBuildCacheDir('full'), cacheDir, { recursive: true });
	// At UTC+14, where the shared build is at UTC (above).
	const env = { ...sharedBuildSettings('full'), TZ: 'Pacific/Kiritimati', VIGIL_CACHE_DIR: cacheDir };
	for (const [index, group] of groups.entries()) {
		// The content check is left out: it does not depend on the languages built, and the shared build ran it.
		const args = ['scripts/build.ts', '--out', partDirs[index] ?? '', '--skip-check'];
		builds.push(await oneBuildAtATime(() => runCommand(tsx, args, { ...env, VIGIL_LOCALES: group.join(',') }, 600_000)));
	}
}, 1_200_000);

test('each partial build succeeds, builds only its languages, and says so', () => {
	for (const [index, build] of builds.entries()) {
		expect(build.code, build.stderr).toBe(0);
		// In site.yaml's order, whatever the order of VIGIL_LOCALES.
		const named = locales.filter((locale) => groups[index]?.includes(locale));
		expect(build.stdout).toContain(`Building the pages and images of ${named.join(', ')} only (VIGIL_LOCALES)`);
	}
	expect(groups[1].length).toBeGreaterThanOrEqual(2);
});

test('copied together, in either order, the partial builds made at UTC+14 are the whole build made at UTC: the same files, byte for byte', () => {
	const whole = filesOf(wholeDir);
	// Cannot pass by comparing little: six languages of pages, an _astro/ folder, a search bundle per language.
	expect(whole.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(400);
	expect(whole.filter((file) => file.startsWith('_astro/')).length).toBeGreaterThan(100);
	expect(whole.filter((file) => file.endsWith('.ics')).length).toBeGreaterThan(12);
	// Built from a test runner (NODE_ENV=test) and still a build: the archive's draft story is not in it.
	expect(whole.filter((file) => file.includes('a-grandfathers-olive-grove'))).toEqual([]);
	for (const [name, parts] of [['merged-in-order', partDirs], ['merged-in-reverse', [...partDirs].reverse()]] as const) {
		const mergedDir = merged(name, parts);
		expect(filesOf(mergedDir), name).toEqual(whole);
		expect(differing(whole, wholeDir, mergedDir), name).toEqual([]);
	}
});

/**
 * What every language's pages share: the scripts, styles and images (_astro/), and the recordings
 * and captions that pages in any language play (media/). Both builds write them, the same bytes.
 */
const sharedAsset = (file: string) => file.startsWith('_astro/') || file.startsWith('media/');

test('a file that both partial builds write is the same in each, and only shared assets (_astro/, media/) are written by both', () => {
	const [first = [], second = []] = partDirs.map(filesOf);
	const inBoth = first.filter((file) => second.includes(file));
	expect(inBoth.length).toBeGreaterThan(0);
	expect(differing(inBoth, partDirs[0] ?? '', partDirs[1] ?? '')).toEqual([]);
	expect(inBoth.filter((file) => file.startsWith('media/')).length).toBeGreaterThan(0);
	expect(inBoth.filter((file) => !sharedAsset(file))).toEqual([]);
});

test('the build without the default language writes its languages’ pages, sitemaps and search bundles, and no file the whole site shares', () => {
	const others = groups[1];
	const ownFile = (file: string, locale: string) => file.startsWith(`${locale}/`) || file === `sitemap-${locale}.xml` || file.startsWith(`pagefind/${locale}/`);
	const outside = filesOf(partDirs[1] ?? '').filter((file) => !sharedAsset(file) && !others.some((locale) => ownFile(file, locale)));
	expect(outside).toEqual([]);
	for (const locale of others) expect(existsSync(path.join(partDirs[1] ?? '', locale, 'index.html')), locale).toBe(true);
	// The site-wide files come from the build with the default language.
	for (const file of ['index.html', '404.html', 'robots.txt', 'sitemap-index.xml', '_headers', 'data/events.json']) {
		expect(existsSync(path.join(partDirs[0] ?? '', file)), file).toBe(true);
	}
});

test('the merged site has every language’s search bundle, each written by the build of that language', () => {
	const mergedDir = path.join(folder, 'merged-in-order');
	for (const locale of locales) {
		for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(path.join(mergedDir, 'pagefind', locale, file)), `${locale}/${file}`).toBe(true);
	}
	for (const [index, group] of groups.entries()) expect(readdirSync(path.join(partDirs[index] ?? '', 'pagefind')).sort()).toEqual([...group].sort());
});

test('the merged sitemap index names a sitemap for every language, and each is there', () => {
	const mergedDir = path.join(folder, 'merged-in-order');
	const index = readFileSync(path.join(mergedDir, 'sitemap-index.xml'), 'utf8');
	const named = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname.split('/').pop() ?? '');
	expect(named).toEqual(locales.map((locale) => `sitemap-${locale}.xml`));
	for (const file of named) expect(existsSync(path.join(mergedDir, file)), file).toBe(true);
});
