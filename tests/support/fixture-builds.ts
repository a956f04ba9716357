import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { archivePath, FULL_ARCHIVE, HOSTILE_ARCHIVE } from './archives';
import { repoRoot, runCommand, type CommandResult } from './commands';

/**
 * Builds of fixture archives. Each archive that several test files read is built once per run, by
 * the build project's global setup (tests/support/build-shared-fixtures.ts), into a folder of its
 * own, and every test that reads it reads that one build.
 */

/** The moment every fixture build is made for: pages decide upcoming and past against it. */
export const BUILD_MOMENT = '2026-11-28T12:00:00Z';

/**
 * Where builds go: inside the repository (node_modules/.cache/), because Astro bundles a build's
 * own server code into its output folder when that folder is inside the working directory, and
 * into the shared ./.astro/ otherwise, where two builds at once would overwrite each other's.
 */
const buildsRoot = path.join(repoRoot, 'node_modules/.cache/vigil-tests');

/** An Astro config for tests: the project's own, without the content check (see the file). */
const WITHOUT_CONTENT_CHECK = 'tests/support/astro-config-without-check.mjs';

/** How a shared build is made: the archive, whether it is indexed for search, and the Astro config when not the project's own. */
interface SharedBuildRecipe {
	archive: string;
	pagefind: boolean;
	config?: string;
}

/** The archives built once and shared. */
export const sharedBuilds = {
	/** The browser tests' site, and the whole build that the partial builds, made at UTC+14, are compared with. */
	full: { archive: FULL_ARCHIVE, pagefind: true },
	/**
	 * Read back as a browser, a feed reader, a calendar and a spreadsheet would read it. Built without
	 * the content check, which refuses its SVG drawings, to show that the build never publishes them.
	 */
	hostile: { archive: HOSTILE_ARCHIVE, pagefind: false, config: WITHOUT_CONTENT_CHECK },
} satisfies Record<string, SharedBuildRecipe>;

export type SharedBuild = keyof typeof sharedBuilds;

/** The output folder of a shared build. */
export function sharedBuildDir(name: SharedBuild): string {
	return path.join(buildsRoot, name, 'dist');
}

/**
 * The Astro cache of a shared build (its encoded images and parsed content), beside its output, where
 * buildArchive() keeps a build's cache unless told otherwise. A test that builds the same archive
 * again can start from a copy of it, and encode no image a second time.
 */
export function sharedBuildCacheDir(name: SharedBuild): string {
	return path.join(buildsRoot, name, 'cache');
}

/** The file that records a finished shared build; it is written last, so a failed build leaves none. */
function finishedMark(name: SharedBuild): string {
	return path.join(buildsRoot, name, 'finished.json');
}

/**
 * What a shared build is made from: the code (src/, public/, the Astro config, the locked package
 * versions), the archive, the settings and the folder the repository is in (Astro names images
 * by a hash that includes their path). Two builds from the same inputs write the same files (the
 * partial-builds test, at another zone, holds the build to that), so a finished build whose inputs are unchanged is used again
 * rather than made again, as when a developer runs the tests twice.
 */
function inputsOf(name: SharedBuild, settings: Record<string, string>): string {
	const hash = createHash('sha256');
	const add = (relative: string) => {
		const absolute = path.join(repoRoot, relative);
		if (!existsSync(absolute)) return;
		const files = statSync(absolute).isDirectory() ? readdirSync(absolute, { recursive: true, encoding: 'utf8' }).map((file) => path.join(relative, file)) : [relative];
		for (const file of files.sort()) {
			const full = path.join(repoRoot, file);
			if (!statSync(full).isFile()) continue;
			hash.update(`${file.split(path.sep).join('/')}\0`);
			hash.update(readFileSync(full));
		}
	};
	for (const input of ['src', 'public', 'astro.config.mjs', 'scripts/index-search.ts', WITHOUT_CONTENT_CHECK, 'package-lock.json', 'tsconfig.json', sharedBuilds[name].archive]) add(input);
	hash.update(JSON.stringify({ repoRoot, settings, pagefind: sharedBuilds[name].pagefind }));
	return hash.digest('hex');
}

/** The VIGIL_* settings a shared build is made with: the archive, the moment, and what passes through from the caller. */
function settingsFor(name: SharedBuild): Record<string, string> {
	const passedOn = Object.fromEntries(['VIGIL_BASE', 'VIGIL_SITE_URL'].flatMap((key) => (process.env[key] ? [[key, process.env[key] ?? '']] : [])));
	return { VIGIL_CONTENT: archivePath(sharedBuilds[name].archive), VIGIL_NOW: BUILD_MOMENT, ...passedOn };
}

/** Whether a shared build finished, from this run or an earlier one, from the inputs there are now. */
export function isSharedBuildReady(name: SharedBuild): boolean {
	if (!existsSync(finishedMark(name)) || !existsSync(path.join(sharedBuildDir(name), 'index.html'))) return false;
	const mark = JSON.parse(readFileSync(finishedMark(name), 'utf8')) as { inputs?: string };
	return mark.inputs === inputsOf(name, settingsFor(name));
}

/** The settings a shared build was made with (VIGIL_CONTENT, VIGIL_BASE, …), read back by the tests that serve it. */
export function sharedBuildSettings(name: SharedBuild): Record<string, string> {
	return (JSON.parse(readFileSync(finishedMark(name), 'utf8')) as { settings: Record<string, string> }).settings;
}

/** Held by the one Astro build running from this repository at a time; it names the holder's process. */
const buildLock = path.join(buildsRoot, 'astro-build.lock');

/**
 * Runs `body` while no other Astro build from this repository runs. Every build writes the list of
 * its content's images to the project's own .astro/ folder (content-assets.mjs), whatever its
 * cache and output folders; two builds at once overwrite each other's list there, and one of them
 * then fails to find its images. A lock left by a process that has died is taken over.
 */
export async function oneBuildAtATime<T>(body: () => Promise<T>): Promise<T> {
	mkdirSync(buildsRoot, { recursive: true });
	for (;;) {
		try {
			writeFileSync(buildLock, String(process.pid), { flag: 'wx' });
			break;
		} catch {
			const holder = Number(readFileSync(buildLock, { encoding: 'utf8', flag: 'a+' }));
			if (holder && !isRunning(holder)) rmSync(buildLock, { force: true });
			else await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		return await body();
	} finally {
		rmSync(buildLock, { force: true });
	}
}

/** Whether a process is still running. */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Builds a fixture archive as `npm run build` builds content/: `astro build`, then the search index
 * when asked. `env` adds VIGIL_* settings (the archive and the moment are given already); the build gets
 * its own Astro cache, since two builds sharing one read each other's content back.
 */
export async function buildArchive(
	archive: string,
	outDir: string,
	options: { env?: Record<string, string>; pagefind?: boolean; cacheDir?: string; timeoutMs?: number; config?: string } = {},
): Promise<CommandResult> {
	const astro = path.join(repoRoot, 'node_modules/.bin/astro');
	const env = {
		VIGIL_CONTENT: archivePath(archive),
		VIGIL_NOW: BUILD_MOMENT,
		VIGIL_CACHE_DIR: options.cacheDir ?? path.join(path.dirname(outDir), 'cache'),
		...options.env,
	};
	const timeoutMs = options.timeoutMs ?? 600_000;
	const config = options.config ? ['--config', options.config] : [];
	const build = await oneBuildAtATime(() => runCommand(astro, ['build', '--outDir', outDir, ...config], env, timeoutMs));
	if (build.code !== 0 || !options.pagefind) return build;
	// As npm run build indexes: one bundle per locale, each text once (src/search/site-index.ts).
	const index = await runCommand('npx', ['tsx', 'scripts/index-search.ts', '--site', outDir], env, timeoutMs);
	return { code: index.code, stdout: `${build.stdout}${index.stdout}`, stderr: `${build.stderr}${index.stderr}` };
}

/**
 * Makes one of the shared builds, at UTC (the partial-builds test builds the same archive at UTC+14 and
 * compares), unless a finished one from the same inputs is there already. VIGIL_BASE and
 * VIGIL_SITE_URL pass through from the caller, so the browser tests can run against a site under a
 * base path.
 */
export async function buildSharedArchive(name: SharedBuild): Promise<void> {
	if (isSharedBuildReady(name)) return;
	const outDir = sharedBuildDir(name);
	// The Astro cache beside it stays: images already encoded need not be encoded again.
	rmSync(finishedMark(name), { force: true });
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const settings = settingsFor(name);
	const { archive, pagefind, config }: SharedBuildRecipe = sharedBuilds[name];
	const build = await buildArchive(archive, outDir, { env: { ...settings, TZ: 'UTC' }, pagefind, config, cacheDir: sharedBuildCacheDir(name) });
	if (build.code !== 0) throw new Error(`${archive} did not build (exit ${build.code}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
	writeFileSync(finishedMark(name), JSON.stringify({ inputs: inputsOf(name, settings), settings }, null, '\t'));
}

/** A fresh empty folder for a test's own build, inside the repository; the caller removes it. */
export function ownBuildFolder(prefix: string): string {
	const parent = path.join(buildsRoot, 'own');
	mkdirSync(parent, { recursive: true });
	return mkdtempSync(path.join(parent, `${prefix}-`));
}
