import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { archivePath, OWN_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand, temporaryFolder, removeTemporaryFolders } from '../support/commands';

/*
 * An organiser replaces the sample in content/ with their own archive, and `npm test` must still
 * pass: the tests read fixture archives only. This test does exactly that in a copy of the
 * repository, with tests/fixtures/archives/own/ (three entries, English and French, no images) as
 * content/, and runs the tests of `npm test` there (all but the type check: see TEST_PROJECTS).
 *
 * Inside that run this test is skipped (it would copy itself for ever), and so are the three build
 * tests that make builds of their own from fixture archives (the corpus of broken archives, the
 * build at UTC+14, the offline build), the unit tests that run the commands in processes of their
 * own on folders they make and the checker's tests on fixture archives, and all but ten of the browser tests (tests/vitest.config.ts lists
 * them): they read nothing but the fixture archives, their builds and their own folders, take over
 * fifteen minutes together, and tests/unit/tests-read-no-content.test.ts checks their source for any
 * read of content/. Everything else runs: the other unit tests, the other build
 * tests (the shared fixture archives built afresh in the copy) and the browser tests that read the
 * site settings and every built file.
 */

/** Set inside the copy's run; tests/vitest.config.ts reads it too. */
const INSIDE_OWN_ARCHIVE_RUN = process.env.VIGIL_OWN_ARCHIVE_RUN === '1';

afterAll(removeTemporaryFolders);

/** The files of the repository as a fresh clone has them, plus changes not yet committed. */
function repositoryFiles(): string[] {
	const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
	return listed.split('\0').filter(Boolean);
}

/** What node_modules holds besides packages: Astro's and Vite's caches and the tests' builds. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the repository whose content/ is `archive`. node_modules is hard-linked rather than
 * installed again (seconds instead of minutes, no network), without its caches: the copy makes its
 * own builds.
 */
function copyOfRepository(archive: string): string {
	const copy = temporaryFolder('own-archive');
	for (const file of repositoryFiles()) {
		if (file.startsWith('content/')) continue;
		mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
		cpSync(path.join(repoRoot, file), path.join(copy, file));
	}
	cpSync(archivePath(archive), path.join(copy, 'content'), { recursive: true });
	// Package by package, leaving out the caches: the other build tests write and remove files
	// there while this copy is made.
	mkdirSync(path.join(copy, 'node_modules'));
	for (const entry of readdirSync(path.join(repoRoot, 'node_modules'))) {
		if (CACHES.has(entry)) continue;
		execFileSync('cp', ['-al', path.join(repoRoot, 'node_modules', entry), path.join(copy, 'node_modules', entry)]);
	}
	return copy;
}

/**
 * What `npm test` runs, in the copy: its test projects one after the other, as the README's script
 * does. Its first step, the type check, is left out: its script points Astro at the full fixture
 * archive (VIGIL_CONTENT in package.json), so what content/ holds cannot change it, and it would add
 * a minute to the longest test of the run.
 */
const TEST_PROJECTS = ['test:unit', 'test:build', 'test:e2e'];

describe.skipIf(INSIDE_OWN_ARCHIVE_RUN)('an organiser who replaces content/ with their own archive', () => {
	test('still passes the tests of npm test', { timeout: 40 * 60_000 }, async () => {
		const copy = copyOfRepository(OWN_ARCHIVE);
		expect(readdirSync(path.join(copy, 'content', 'stories', 'en'))).toEqual(['the-ferry-at-six.md']);
		const script = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')).scripts.test as string;
		expect(script).toBe(`npm run test:types && ${TEST_PROJECTS.map((project) => `npm run ${project}`).join(' && ')}`);

		let output = '';
		for (const project of TEST_PROJECTS) {
			const run = await runCommand('npm', ['run', project], { VIGIL_OWN_ARCHIVE_RUN: '1', CI: 'true' }, 30 * 60_000, copy);
			output += `${run.stdout}\n${run.stderr}\n`;
			expect(run.code, `${project}:\n${output.slice(-6000)}`).toBe(0);
		}
		// It really ran every project, each with tests that passed and none that failed.
		const summaries = [...output.matchAll(/^\s*Tests\s+(?:(\d+) failed \| )?(\d+) passed/gm)];
		expect(summaries.map((summary) => summary[1])).toEqual([undefined, undefined, undefined]);
		expect(summaries.every((summary) => Number(summary[2]) > 10)).toBe(true);
	});
});
