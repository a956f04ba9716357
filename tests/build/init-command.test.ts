import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeManifest, manifestText, SAMPLE_MANIFEST } from '../../scripts/init/content-manifest';
import { INIT_RECORD } from '../../scripts/init/init-record';
import { isPlaceholder } from '../../src/archive/placeholders';
import { parseYaml } from '../../src/core/frontmatter';
import { siteSchema } from '../../src/schemas/site';
import { archivePath, VALID_ARCHIVE } from '../support/archives';
import { folderSnapshot as snapshot, removeTemporaryFolders, runCommand, STACK_FRAME, temporaryFolder, type CommandResult } from '../support/commands';
import { buildArchive, ownBuildFolder } from '../support/fixture-builds';

/*
 * `npm run init` on a fresh checkout: the sample archive goes, and a new, empty archive for an
 * organisation takes its place, all drafts, that passes the check and builds. The sample here is a
 * copy of the valid fixture archive with a sample manifest made for it, as
 * `npm run sample:manifest` makes content/.vigil-sample.json. Whatever init cannot be sure is the
 * sample's, or its own unchanged work, it refuses to touch, and then changes nothing at all.
 */

const buildFolders: string[] = [];

afterAll(() => {
	for (const folder of buildFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
	removeTemporaryFolders();
});

/** The moment every run is made at: the first event is then on the next 21 August, in 2027. */
const NOW = { VIGIL_NOW: '2026-11-28T12:00:00Z' };

/** The answers an organisation gives, as options, with nothing asked. */
const ANSWERS = [
	'--yes',
	'--name',
	'Harbour Memorial',
	'--organisation',
	'Harbour Memorial Association',
	'--url',
	'https://harbour.example.org',
	'--contact',
	'contact@harbour.example.org',
	'--locales',
	'en,sw',
	'--time-zone',
	'Africa/Nairobi',
];

/** A content folder that stands in for the sample: a copy of the valid fixture archive, with its manifest. */
function sampleCopy(): string {
	const root = path.join(temporaryFolder('init'), 'content');
	cpSync(archivePath(VALID_ARCHIVE), root, { recursive: true });
	writeFileSync(path.join(root, SAMPLE_MANIFEST), manifestText(computeManifest(root)));
	return root;
}

/** Runs npm run init as a person would, on a content folder. */
const init = (root: string, ...args: string[]) => runCommand('npx', ['tsx', 'scripts/init.ts', '--content', root, ...args], NOW);

/** Runs npm run check on a content folder. */
const check = (root: string) => runCommand('npx', ['tsx', 'scripts/check.ts', '--content', root], NOW);


const read = (root: string, relative: string) => readFileSync(path.join(root, relative), 'utf8');

/** The lines of a check report about a field of site.yaml, e.g. support.en.0.name. */
const reportLines = (output: string, field: string) => output.split('\n').filter((line) => /site\.yaml:\d+: /.test(line) && line.includes(`: ${field}: `));

describe('npm run init on the sample', () => {
	let root: string;
	let sampleFiles: string[];
	let run: CommandResult;

	beforeAll(async () => {
		root = sampleCopy();
		sampleFiles = Object.keys(computeManifest(root).files);
		run = await init(root, ...ANSWERS);
	}, 120_000);

	test('exits with 0, and says what it wrote and what to do next', () => {
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`Set up ${root} for Harbour Memorial Association: removed the sample's ${sampleFiles.length} files, and wrote`);
		expect(run.stdout).toContain(`  ${root}/events/sw/2027/commemoration-2027.md (a draft)`);
		expect(run.stdout).toContain(`  ${root}/i18n/sw.json (to translate)`);
		expect(run.stdout).toMatch(/1\. .*npm run dev/);
		expect(run.stdout).toContain('Replace every line that starts with TODO:, the support lines in');
		expect(run.stdout).toMatch(/4\. .*npm run build, then publish the site in dist\/ as docs\/deployment\.md describes/);
	});

	test('leaves no file of the sample, nor its manifest', () => {
		expect(sampleFiles).toEqual(expect.arrayContaining(['stories/en/amal.md', 'images/candles.jpg', 'pages/en/about.md']));
		const left = Object.keys(computeManifest(root).files);
		expect(left.filter((file) => sampleFiles.includes(file) && file !== 'pages/en/about.md')).toEqual([]);
		// The About page has the sample's address, and init's own text.
		expect(read(root, 'pages/en/about.md')).not.toBe(readFileSync(path.join(archivePath(VALID_ARCHIVE), 'pages/en/about.md'), 'utf8'));
		expect(existsSync(path.join(root, SAMPLE_MANIFEST))).toBe(false);
		expect(existsSync(path.join(root, 'stories'))).toBe(false);
	});

	test('writes site.yaml from the answers, with placeholders where only the organisation can answer', () => {
		const site = siteSchema.parse(parseYaml(read(root, 'site.yaml')).data);
		expect(site.name).toBe('Harbour Memorial');
		expect(site.organisation).toEqual({ name: 'Harbour Memorial Association' });
		expect(site.url).toBe('https://harbour.example.org');
		expect(site.base).toBe('/');
		expect(site.contact.email).toBe('contact@harbour.example.org');
		expect(site.defaultLocale).toBe('en');
		expect(site.locales).toEqual([
			{ code: 'en', name: 'English' },
			{ code: 'sw', name: 'Kiswahili' },
		]);
		expect(site.navigation).toEqual(['events', 'stories', 'news', 'documents', 'series', 'about']);
		expect(site.storiesPerPage).toBe(12);
		expect(isPlaceholder(site.tagline)).toBe(true);
		for (const locale of ['en', 'sw']) {
			const lines = site.support[locale] ?? [];
			expect(lines).toHaveLength(3);
			expect(lines.every((line) => isPlaceholder(line.name) && isPlaceholder(line.description))).toBe(true);
			expect(lines.map((line) => line.phone !== undefined)).toEqual([true, true, false]);
		}
		expect(site.quickExit).toEqual({ enabled: true, url: 'https://www.wikipedia.org/' });
		expect(read(root, 'site.yaml')).toMatch(/^# Where to find support, per language/m);
	});

	test('writes a draft event and a draft About page in each language, and a dictionary to translate for Swahili', () => {
		for (const locale of ['en', 'sw']) {
			const event = read(root, `events/${locale}/2027/commemoration-2027.md`);
			expect(event).toMatch(/^title: "TODO: the name of your first commemoration"$/m);
			expect(event).toMatch(/^start: 2027-08-21T10:00 /m);
			expect(event).toMatch(/^timeZone: Africa\/Nairobi /m);
			expect(event).toMatch(/^ {2}country: KE /m);
			expect(event).toMatch(/^draft: true$/m);
			const about = read(root, `pages/${locale}/about.md`);
			expect(about).toMatch(/^title: About$/m);
			expect(about).toMatch(/^draft: true$/m);
			expect(about).toMatch(/^TODO: how stories are gathered/m);
		}
		const dictionary = JSON.parse(read(root, 'i18n/sw.json')) as Record<string, string>;
		expect(dictionary['quickExit.label']).toBe('TODO: Leave this site quickly');
		expect(existsSync(path.join(root, 'i18n/en.json'))).toBe(false);
	});

	test('keeps a record of what it wrote, dated by the build clock', () => {
		const record = JSON.parse(read(root, INIT_RECORD)) as { writtenOn: string; files: Record<string, string> };
		expect(record.writtenOn).toBe('2026-11-28T12:00:00.000Z');
		expect(Object.keys(record.files).sort()).toEqual(
			['events/en/2027/commemoration-2027.md', 'events/sw/2027/commemoration-2027.md', 'i18n/sw.json', 'pages/en/about.md', 'pages/sw/about.md', 'site.yaml'].sort(),
		);
	});

	test('leaves an archive that passes the check, the support lines listed as warnings to do', async () => {
		const { code, stdout, stderr } = await check(root);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		for (const field of ['support.en.0.name', 'support.en.0.phone', 'support.sw.2.description']) {
			expect(reportLines(stdout, field), field).toEqual([expect.stringMatching(/^warning: /)]);
		}
	}, 120_000);

	test('leaves an archive that builds, in both languages', async () => {
		const folder = ownBuildFolder('init');
		buildFolders.push(folder);
		const dist = path.join(folder, 'dist');
		const build = await buildArchive(root, dist, { pagefind: false });
		expect(build.code, `${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`).toBe(0);
		expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
		expect(existsSync(path.join(dist, 'sw/index.html'))).toBe(true);
		// Drafts are never built.
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('TODO: the name of your first commemoration');
	});

	test('once an entry is published, the support placeholders are errors that stop the check', async () => {
		const event = path.join(root, 'events/en/2027/commemoration-2027.md');
		writeFileSync(event, readFileSync(event, 'utf8').replace(/^draft: true\n/m, ''));
		const { code, stdout, stderr } = await check(root);
		expect(stderr).toBe('');
		expect(code).toBe(1);
		for (const field of ['support.en.0.name', 'support.en.0.phone', 'support.sw.2.description']) {
			const lines = reportLines(stdout, field);
			expect(lines, field).toHaveLength(1);
			expect(lines[0], field).not.toMatch(/^warning: /);
			expect(lines[0], field).toContain('expected your own words in place of the placeholder: an entry is published');
		}
	}, 120_000);
});

describe('npm run init run again', () => {
	let root: string;
	let first: CommandResult;

	beforeAll(async () => {
		root = sampleCopy();
		first = await init(root, ...ANSWERS);
	}, 120_000);

	test('refuses without --force, names the day it ran and changes nothing', async () => {
		expect(first.code).toBe(0);
		const before = snapshot(root);
		const { code, stdout, stderr } = await init(root, ...ANSWERS);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain(`npm run init: ${root} was already set up by npm run init on 2026-11-28. Pass --force to start again`);
		expect(stderr).not.toMatch(STACK_FRAME);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);

	test('with --force, writes its unchanged drafts again, from the new answers', async () => {
		const { code, stdout, stderr } = await init(root, ...ANSWERS, '--locales', 'sw,en', '--force');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout).toContain("removed the earlier setup's 5 files, and wrote");
		expect(siteSchema.parse(parseYaml(read(root, 'site.yaml')).data).defaultLocale).toBe('sw');
		expect(existsSync(path.join(root, 'events/en/2027/commemoration-2027.md'))).toBe(true);
		expect(existsSync(path.join(root, 'i18n/sw.json'))).toBe(true);
	}, 120_000);

	test('with --force, refuses to touch a draft the organiser has changed since', async () => {
		const about = path.join(root, 'pages/en/about.md');
		writeFileSync(about, readFileSync(about, 'utf8').replace('TODO: who you are', 'We are the families of the harbour.'));
		const before = snapshot(root);
		const { code, stderr } = await init(root, ...ANSWERS, '--force');
		expect(code).toBe(1);
		expect(stderr).toContain(`${root}/pages/en/about.md`);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);

	test('with --force, refuses to rewrite site.yaml once the organiser has filled it in', async () => {
		const about = path.join(root, 'pages/en/about.md');
		rmSync(about);
		const site = path.join(root, 'site.yaml');
		writeFileSync(site, read(root, 'site.yaml').replace('TODO: the name of a listening line for survivors and bereaved families', 'Harbour listening line'));
		const before = snapshot(root);
		const { code, stderr } = await init(root, ...ANSWERS, '--force');
		expect(code).toBe(1);
		expect(stderr).toContain(`${root}/site.yaml`);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);
});

describe('npm run init never removes the organiser’s own files', () => {
	test('a file added to the sample is refused, even with --force, and nothing changes', async () => {
		const root = sampleCopy();
		writeFileSync(path.join(root, 'stories/en/my-own.md'), '---\ntitle: My own story\n---\n');
		const edited = path.join(root, 'news/en/report-published.md');
		writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA line of my own.\n`);
		const before = snapshot(root);
		const { code, stdout, stderr } = await init(root, ...ANSWERS, '--force');
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain('holds files of your own, and npm run init never removes those, even with --force:');
		expect(stderr).toContain(`  ${root}/stories/en/my-own.md\n`);
		expect(stderr).toContain(`  ${root}/news/en/report-published.md\n`);
		expect(stderr).not.toContain('amal.md');
		expect(stderr).not.toMatch(STACK_FRAME);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);

	test('without a sample manifest, every entry is taken for the organiser’s own', async () => {
		const root = sampleCopy();
		rmSync(path.join(root, SAMPLE_MANIFEST));
		const before = snapshot(root);
		const { code, stderr } = await init(root, ...ANSWERS);
		expect(code).toBe(1);
		expect(stderr).toContain(`There is no ${SAMPLE_MANIFEST} in ${root}, so none of its files is taken for the sample's.`);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);
});

describe('npm run init used in other ways', () => {
	test('--example sample keeps the sample and changes nothing', async () => {
		const root = sampleCopy();
		const before = snapshot(root);
		const { code, stdout } = await init(root, '--example', 'sample');
		expect(code).toBe(0);
		expect(stdout).toContain(`The sample archive in ${root} is kept as it is; nothing was changed.`);
		expect(stdout).toContain('npm start');
		expect(snapshot(root)).toEqual(before);
	}, 120_000);

	test('--yes without --url exits with 2, naming --url, and changes nothing', async () => {
		const root = sampleCopy();
		const before = snapshot(root);
		const { code, stdout, stderr } = await init(root, ...ANSWERS.filter((arg, index, all) => arg !== '--url' && all[index - 1] !== '--url'));
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('npm run init: --url is required with --yes');
		expect(stderr).toContain('Usage: npm run init');
		expect(stderr).not.toMatch(STACK_FRAME);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);

	test('a language code that is not one exits with 2, naming --locales, and changes nothing', async () => {
		const root = sampleCopy();
		const before = snapshot(root);
		const { code, stderr } = await init(root, ...ANSWERS, '--locales', 'en,Swahili');
		expect(code).toBe(2);
		expect(stderr).toContain('npm run init: --locales: expected a language code such as en, fr or sw; "Swahili" is not one');
		expect(stderr).not.toMatch(STACK_FRAME);
		expect(snapshot(root)).toEqual(before);
	}, 120_000);
});
