import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { archivePath, BROKEN_ARCHIVE, VALID_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand, STACK_FRAME, temporaryFolder, removeTemporaryFolders, type CommandResult } from '../support/commands';
import { brokenCases, materialiseCase } from '../support/broken-cases';
import { BUILD_MOMENT, oneBuildAtATime, ownBuildFolder } from '../support/fixture-builds';
import { checkBeforeBuild } from '../../src/validation/check-before-build';
import { formatReport } from '../../src/validation/problem';

/*
 * `npm run build` builds into a staging folder and puts the result in place only when every step
 * succeeded, so that a deploy step that publishes the folder after a failed build publishes the
 * last good site. Here the valid archive is built into a folder of its own, then archives that fail
 * are built over it: every case of the corpus of mistakes (tests/fixtures/broken-cases/), which the
 * content check stops, and two that Astro itself stops half-way when the check is skipped.
 */

const folder = ownBuildFolder('staged');
const published = path.join(folder, 'site');
const staging = path.join(repoRoot, 'node_modules/.cache/vigil-build');
/** tsx itself rather than through npx, which adds a Node start to each of the corpus's fifty commands. */
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

// The checks run in this process judge scheduled entries against the build's moment, as the builds do.
vi.stubEnv('VIGIL_NOW', BUILD_MOMENT);

afterAll(() => {
	vi.unstubAllEnvs();
	rmSync(folder, { recursive: true, force: true });
	removeTemporaryFolders();
});

/** Runs `npm run build` (the script itself) on an archive, into the test's folder, with an Astro cache of its own (cached images would hide a broken one). */
function npmRunBuild(archive: string, options: { skipCheck?: boolean } = {}): Promise<CommandResult> {
	const args = ['scripts/build.ts', '--out', published, ...(options.skipCheck ? ['--skip-check'] : [])];
	return oneBuildAtATime(() => runCommand(tsx, args, { VIGIL_CONTENT: archive, VIGIL_NOW: BUILD_MOMENT, VIGIL_CACHE_DIR: temporaryFolder('cache') }, 600_000));
}

/** Every file of a folder with a hash of its bytes, to tell whether anything changed. */
function fingerprint(root: string): Record<string, string> {
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(path.join(root, file)).isFile());
	return Object.fromEntries(files.sort().map((file) => [file, createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex')]));
}

/** The staging folders left in the repository: none after any build, good or bad. */
function stagingLeft(): string[] {
	return existsSync(staging) ? readdirSync(staging) : [];
}

let first: CommandResult;
let before: Record<string, string>;

beforeAll(async () => {
	first = await npmRunBuild(archivePath(VALID_ARCHIVE));
	before = existsSync(published) ? fingerprint(published) : {};
}, 600_000);

describe('a build that succeeds', () => {
	test('puts the whole site, indexed for search, in the folder, and says how far it got', () => {
		expect(first.code, first.stderr).toBe(0);
		expect(existsSync(path.join(published, 'index.html'))).toBe(true);
		// The valid archive is in English only: one search bundle, for English (src/search/site-index.ts).
		expect(existsSync(path.join(published, 'pagefind', 'en', 'pagefind.js'))).toBe(true);
		expect(first.stdout).toMatch(/^1\/4 Checking the content…\n[\s\S]*2\/4 [\s\S]*built: \d+ pages, \d+ images\.\n3\/4 [\s\S]*4\/4 [\s\S]*Done: the site is in /m);
		expect(Object.keys(before).length).toBeGreaterThan(30);
	});

	test('leaves no server build and no staging folder behind', () => {
		expect(Object.keys(before).filter((file) => file.startsWith('chunks') || file.endsWith('.mjs'))).toEqual([]);
		expect(stagingLeft()).toEqual([]);
	});
});

describe('a build that fails', () => {
	test('stopped by the content check: exit 1, the checker’s words, no stack trace, the site before untouched', async () => {
		const failed = await npmRunBuild(archivePath(BROKEN_ARCHIVE));
		expect(failed.code).toBe(1);
		expect(failed.stderr).toContain('the site was not built;');
		expect(failed.stderr).toContain(`${BROKEN_ARCHIVE}/stories/en/consent-yes.md:9: consent.status: expected "given" or "withdrawn", found "yes"`);
		expect(failed.stdout + failed.stderr).not.toMatch(STACK_FRAME);
		expect(fingerprint(published)).toEqual(before);
		expect(stagingLeft()).toEqual([]);
	});

	test('half-way through the pages (the check skipped): exit 1, the file, the page and Astro’s words, no stack trace, the site before untouched', async () => {
		const archive = temporaryFolder('mdx-archive');
		cpSync(archivePath(VALID_ARCHIVE), archive, { recursive: true });
		writeFileSync(path.join(archive, 'news/en/widget.mdx'), '---\ntitle: Widget\ndate: 2026-01-15\nsummary: A news item with a component that does not exist.\n---\n\nSome text.\n\n<UnknownWidget />\n');
		const failed = await npmRunBuild(archive, { skipCheck: true });
		expect(failed.code).toBe(1);
		expect(failed.stderr).toContain('news/en/widget.mdx: (build): the build stopped on this file while building /news/widget/index.html: Expected component `UnknownWidget` to be defined');
		expect(failed.stderr).toContain('hint: ');
		expect(failed.stdout + failed.stderr).not.toMatch(STACK_FRAME);
		expect(fingerprint(published)).toEqual(before);
		expect(stagingLeft()).toEqual([]);
	});

	test('a picture over the pixel limit (the check skipped), which crashes Astro after it wrote pages: exit 1, the image named, the site before untouched', async () => {
		const overLimit = brokenCases().find((brokenCase) => brokenCase.name === 'image-over-pixel-limit');
		if (!overLimit) throw new Error('the corpus has no image-over-pixel-limit case');
		const archive = materialiseCase(overLimit, path.join(temporaryFolder('pixel-limit'), 'archive'));
		const failed = await npmRunBuild(archive, { skipCheck: true });
		expect(failed.code).toBe(1);
		expect(failed.stderr).toContain('images/scan.png: (build): the build stopped on this file: Input image exceeds pixel limit');
		expect(failed.stdout + failed.stderr).not.toMatch(STACK_FRAME);
		expect(failed.stdout + failed.stderr).not.toMatch(/triggerUncaughtException|\[cause\]/);
		expect(fingerprint(published)).toEqual(before);
		expect(stagingLeft()).toEqual([]);
	});
});

/*
 * The promise to organisers: if `npm run check` is clean, the build succeeds; if it is not, the build
 * stops with the same words and the site built before stays whole. `npm run build` stops on the
 * check it runs before Astro starts (checkBeforeBuild, the same check as `npm run check`): each
 * case's report is compared with what that check tells the build, run here in the test's process.
 * The tests above run the build script itself on a broken archive and show that it stops there,
 * exit 1, with the site untouched. The two mistakes in site.yaml are also built for real, because
 * the script reads site.yaml itself before its check.
 */
const BUILT_FOR_REAL = new Set(['site-settings-missing-field', 'site-settings-yaml-syntax']);

/**
 * The check both commands run, in the test's process, once: checkBeforeBuild makes the same list of
 * problems as `npm run check` (the archive's checks, then public/'s images), which the command prints
 * with formatReport, and tells the build whether to stop and in what words. The command itself, its
 * exit codes and its words on the broken archive, is run as a person runs it in
 * content-checker.test.ts.
 */
async function checkInProcess(archive: string): Promise<{ errors: number; lines: string[]; build: CommandResult }> {
	const check = await checkBeforeBuild(archive, path.join(repoRoot, 'public'), repoRoot);
	return {
		errors: check.problems.filter((problem) => problem.severity === 'error').length,
		lines: formatReport(check.problems).split('\n'),
		build: { code: check.stops ? 1 : 0, stdout: '', stderr: check.report },
	};
}

describe('every mistake in the corpus of broken archives', () => {
	const cases = brokenCases();

	test('has at least twenty cases, each a different mistake, and the ones built for real among them', () => {
		expect(cases.filter((brokenCase) => BUILT_FOR_REAL.has(brokenCase.name))).toHaveLength(BUILT_FOR_REAL.size);
		expect(cases.length).toBeGreaterThanOrEqual(20);
		expect(new Set(cases.map((brokenCase) => brokenCase.mistake)).size).toBe(cases.length);
	});

	test.each(cases.map((brokenCase) => [brokenCase.name, brokenCase] as const))('%s: the check names it, and the build stops on it with the same words', async (_name, brokenCase) => {
		const archive = materialiseCase(brokenCase, path.join(temporaryFolder(brokenCase.name), 'archive'));
		const [check, realBuild] = await Promise.all([
			checkInProcess(archive),
			BUILT_FOR_REAL.has(brokenCase.name)
				? runCommand(tsx, ['scripts/build.ts', '--out', published], { VIGIL_CONTENT: archive, VIGIL_NOW: BUILD_MOMENT, VIGIL_CACHE_DIR: temporaryFolder('cache') }, 600_000)
				: undefined,
		]);
		const build = realBuild ?? check.build;
		const passedTheCheckButFailedTheBuild = check.errors === 0 && build.code !== 0;
		expect(passedTheCheckButFailedTheBuild, `${brokenCase.mistake}: npm run check passed, npm run build failed:\n${build.stderr}`).toBe(false);

		const { file, line, words } = brokenCase.reported;
		const place = `${path.relative(repoRoot, path.join(archive, file)).split(path.sep).join('/')}${line ? `:${line}` : ''}: `;
		const reported = check.lines.find((reportLine) => reportLine.startsWith(place) && reportLine.includes(words));
		expect(check.errors, check.lines.join('\n')).toBeGreaterThan(0);
		expect(reported, `expected a line starting ${place} with ${JSON.stringify(words)} in:\n${check.lines.join('\n')}`).toBeDefined();
		expect(build.code).toBe(1);
		expect(build.stderr).toContain(reported);
		expect(build.stdout + build.stderr).not.toMatch(STACK_FRAME);
		expect(fingerprint(published)).toEqual(before);
	});

	test('leaves no staging folder behind', () => {
		expect(stagingLeft()).toEqual([]);
	});
});
