import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';

/** The repository root: the folder `npm run check` and `astro build` run from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The fixture archives, as paths relative to the repository root (the way reports show files). */
export const VALID_ARCHIVE = 'tests/fixtures/archives/valid';
export const BROKEN_ARCHIVE = 'tests/fixtures/archives/broken';

/** A fixture archive as an absolute path. */
export function archivePath(relative: string): string {
	return path.join(repoRoot, relative);
}

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
 * Runs a command from the repository root with the given extra environment, without the caller's
 * VIGIL_* settings leaking in, and resolves however it exits.
 */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<CommandResult> {
	// NODE_ENV goes too: the test runner sets it to "test", and a command should run as a person runs it.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VIGIL_') && name !== 'NODE_ENV'));
	return new Promise((resolve) => {
		execFile(
			command,
			args,
			{ cwd: repoRoot, env: { ...inherited, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
				resolve({ code, stdout: String(stdout), stderr: String(stderr) });
			},
		);
	});
}

/**
 * A fresh empty folder for a build's output, inside the repository (node_modules/.cache/), removed
 * by removeTemporaryFolders(). Astro bundles a build's own server code into its output folder when
 * that folder is inside the working directory, and into the shared ./.astro/ otherwise, where two
 * builds at once would overwrite each other's; inside the repository, the bundle also finds
 * node_modules.
 */
export function buildFolder(prefix: string): string {
	const parent = path.join(repoRoot, 'node_modules/.cache/vigil-builds');
	mkdirSync(parent, { recursive: true });
	const folder = mkdtempSync(path.join(parent, `${prefix}-`));
	temporaryFolders.push(folder);
	return folder;
}

/**
 * Builds the site (`astro build`, without Pagefind) from another archive into `outDir`, which must
 * be a buildFolder(). `cacheDir` gives the build its own Astro cache.
 */
export function buildSite(outDir: string, env: Record<string, string>, options: { cacheDir?: string; timeoutMs?: number } = {}): Promise<CommandResult> {
	const astro = path.join(repoRoot, 'node_modules/.bin/astro');
	const cache: Record<string, string> = options.cacheDir ? { VIGIL_CACHE_DIR: options.cacheDir } : {};
	return runCommand(astro, ['build', '--outDir', outDir], { ...env, ...cache }, options.timeoutMs ?? 240_000);
}

/** A line of a Node stack trace, e.g. "    at main (scripts/check.ts:12:3)". */
export const STACK_FRAME = /^\s+at .+[(:]/m;

/** Runs `body` with process.env.TZ set to `zone`, then puts the previous value back. */
export function inTimeZone<T>(zone: string, body: () => T): T {
	const previous = process.env.TZ;
	process.env.TZ = zone;
	try {
		return body();
	} finally {
		if (previous === undefined) delete process.env.TZ;
		else process.env.TZ = previous;
	}
}

/** One zod issue, as the organiser would read its location and words. */
export interface Issue {
	field: string;
	message: string;
}

/** The issues a schema raises for a value; empty when the value is valid. */
export function issuesOf(schema: z.ZodTypeAny, value: unknown): Issue[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

/** The fields a schema complains about for a value. */
export function fieldsWithIssues(schema: z.ZodTypeAny, value: unknown): string[] {
	return issuesOf(schema, value).map((issue) => issue.field);
}

/** The value a schema produces, failing the test with the issues when it rejects the value. */
export function parsedBy<Schema extends z.ZodTypeAny>(schema: Schema, value: unknown): z.output<Schema> {
	const result = schema.safeParse(value);
	if (!result.success) throw new Error(`expected a valid value, got issues: ${JSON.stringify(result.error.issues, null, 2)}`);
	return result.data;
}

/** The smallest valid content/site.yaml: one language, English. */
export const MINIMAL_SITE_YAML = [
	'name: Vigil',
	'tagline: Remembrance',
	'organisation:',
	'  name: Vigil test organisation',
	'url: https://remembrance.example.org',
	'contact:',
	'  email: contact@example.org',
	'defaultLocale: en',
	'locales:',
	'  - code: en',
	'    name: English',
	'',
].join('\n');

/** Writes a small archive into a temporary folder: file paths relative to it, and their text. */
export function writeArchive(files: Record<string, string>): string {
	const root = temporaryFolder('archive');
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), text);
	}
	return root;
}
