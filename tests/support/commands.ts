import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Running the project's commands from tests: where they run, what they print, and the temporary
 * folders tests make for them.
 */

/** The repository root: the folder `npm run check` and `astro build` run from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const temporaryFolders: string[] = [];

/** A fresh empty folder in the system's temporary folder, removed by removeTemporaryFolders(). */
export function temporaryFolder(prefix: string): string {
	const folder = mkdtempSync(path.join(tmpdir(), `vigil-${prefix}-`));
	temporaryFolders.push(folder);
	return folder;
}

/** Removes every folder temporaryFolder() made in this test file; for afterAll. */
export function removeTemporaryFolders(): void {
	for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** What a command printed and how it ended. */
export interface CommandResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs a command from the repository root (or `cwd`) with the given extra environment, without the
 * caller's VIGIL_* settings leaking in, and resolves however it exits. Astro's telemetry is off, as
 * in every npm script.
 */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 60_000, cwd = repoRoot): Promise<CommandResult> {
	// NODE_ENV goes too: the test runner sets it to "test", and a command should run as a person runs it.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_') && name !== 'NODE_ENV'));
	return new Promise((resolve) => {
		execFile(
			command,
			args,
			{ cwd, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
				resolve({ code, stdout: String(stdout), stderr: String(stderr) });
			},
		);
	});
}

/** A line of a Node stack trace, e.g. "    at main (scripts/check.ts:12:3)". */
export const STACK_FRAME = /^\s+at .+[(:]/m;

/**
 * Every file under a folder, hidden ones included, with its contents: to see that a command changed
 * nothing. As latin1 (one character a byte, so any bytes compare exactly) unless the caller compares
 * with texts it wrote, as UTF-8.
 */
export function folderSnapshot(root: string, encoding: 'latin1' | 'utf8' = 'latin1'): Record<string, string> {
	return Object.fromEntries(
		readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((file) => statSync(path.join(root, file)).isFile())
			.sort()
			.map((file) => [file, readFileSync(path.join(root, file), encoding)]),
	);
}
