import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { archivePath, BROKEN_ARCHIVE, VALID_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand, STACK_FRAME, temporaryFolder, removeTemporaryFolders, type CommandResult } from '../support/commands';
import { BUILD_MOMENT, oneBuildAtATime, ownBuildFolder } from '../support/fixture-builds';

/*
 * `npm run build` builds into a staging folder and puts the result in place only when every step
 * succeeded, so that a deploy step that publishes the folder after a failed build publishes the
 * last good site. Here the valid archive is built into a folder of its own, then two archives that
 * fail are built over it: one the content check stops, one that fails half-way through the pages.
 */

const folder = ownBuildFolder('staged');
const published = path.join(folder, 'site');
const staging = path.join(repoRoot, 'node_modules/.cache/vigil-build');

afterAll(() => {
	rmSync(folder, { recursive: true, force: true });
	removeTemporaryFolders();
});

/** Runs `npm run build` (the script itself) on an archive, into the test's folder. */
function npmRunBuild(archive: string): Promise<CommandResult> {
	return oneBuildAtATime(() => runCommand('npx', ['tsx', 'scripts/build.ts', '--out', published], { VIGIL_CONTENT: archive, VIGIL_NOW: BUILD_MOMENT, VIGIL_CACHE_DIR: path.join(folder, 'cache') }, 600_000));
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
		expect(existsSync(path.join(published, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(first.stdout).toMatch(/^1\/3 .*\n[\s\S]*built: \d+ pages, \d+ images\.\n2\/3 [\s\S]*3\/3 [\s\S]*Done: the site is in /m);
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

	test('half-way through the pages: exit 1, the page and Astro’s words, no stack trace, the site before untouched', async () => {
		const archive = temporaryFolder('mdx-archive');
		cpSync(archivePath(VALID_ARCHIVE), archive, { recursive: true });
		writeFileSync(path.join(archive, 'news/en/widget.mdx'), '---\ntitle: Widget\ndate: 2026-01-15\nsummary: A news item with a component that does not exist.\n---\n\nSome text.\n\n<UnknownWidget />\n');
		const failed = await npmRunBuild(archive);
		expect(failed.code).toBe(1);
		expect(failed.stderr).toContain('while building /news/widget/index.html: Expected component `UnknownWidget` to be defined');
		expect(failed.stdout + failed.stderr).not.toMatch(STACK_FRAME);
		expect(fingerprint(published)).toEqual(before);
		expect(stagingLeft()).toEqual([]);
	});
});
