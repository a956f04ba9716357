import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/problem';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, BROKEN_ARCHIVE } from '../support/archives';
import { repoRoot, STACK_FRAME, type CommandResult } from '../support/commands';
import { buildArchive, ownBuildFolder } from '../support/fixture-builds';

/*
 * Builds the broken archive into a folder of its own (never dist/), and expects the content check
 * to stop the build before anything is written.
 */
describe('a build of an archive with content mistakes', () => {
	const folder = ownBuildFolder('broken');
	const outDir = path.join(folder, 'out');
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	let build: CommandResult;

	beforeAll(async () => {
		build = await buildArchive(BROKEN_ARCHIVE, outDir, { timeoutMs: 120_000 });
	}, 130_000);

	test('fails with a non-zero exit code', () => {
		// null would mean the build was killed by the timeout, not that it stopped by itself.
		expect(build.code).not.toBeNull();
		expect(build.code).not.toBe(0);
	});

	test('prints every problem the content checker finds, in the same words', async () => {
		const output = build.stdout + build.stderr;
		expect(output).toContain('The archive has content problems, so nothing was built:');
		expect(output).toContain(`${BROKEN_ARCHIVE}/stories/en/consent-yes.md:9: consent.status: expected "given" or "withdrawn", found "yes"`);
		for (const problem of (await validateArchive(archivePath(BROKEN_ARCHIVE), repoRoot)).problems) {
			expect(output).toContain(formatProblem(problem));
		}
		expect(output).toContain('25 errors, 3 warnings.');
	});

	test('prints no stack trace', () => {
		expect(build.stdout + build.stderr).not.toMatch(STACK_FRAME);
	});

	test('writes no page', () => {
		const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }) : [];
		expect(written.filter((file) => file.endsWith('.html'))).toEqual([]);
		expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
	});
});
