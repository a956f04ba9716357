import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The browser tests the own-archive test (tests/build/own-archive.test.ts) runs in the npm test it
 * makes in a copy of the repository with another content/: the ones that read the site settings and
 * every built file without a browser, and the home page in one. The others read the full fixture
 * archive's build only, as these do, and take over fifteen minutes together; running them twice
 * proves nothing more about content/, which tests/unit/tests-read-no-content.test.ts guards by reading
 * the tests' source.
 */
const ownArchiveBrowserTests = [
	'page-structure', 'feeds-and-data', 'calendar-files', 'event-structured-data', 'built-files', 'links', 'privacy', 'security-headers', 'social-and-articles', 'home',
].map((name) => `tests/e2e/${name}.test.ts`);
/**
 * The build tests the own-archive run leaves out: they build fixture archives, or the benchmark's own
 * synthetic one, and read nothing of content/.
 */
const fixtureOnlyBuilds = ['staged-build', 'offline-build', 'partial-locale-builds', 'init-command', 'added-languages', 'benchmark'].map((name) => `tests/build/${name}.test.ts`);
/**
 * The unit tests the own-archive run leaves out: the commands run as a person runs them, each in a
 * process of its own, on folders the tests make (npm run new, npm run import:people, the command
 * framework), and the checker's tests, which check fixture archives and folders they make and run
 * `npm run check` with --content or VIGIL_CONTENT naming a fixture every time. They are three
 * quarters of the unit tests' time, on the longest path of the build tests, and what they read is in
 * their source, which tests/unit/tests-read-no-content.test.ts checks as it checks the rest.
 */
const commandTests = ['cli', 'new-command', 'import-people', 'content-checker'].map((name) => `tests/unit/${name}.test.ts`);
const insideOwnArchiveRun = process.env.VIGIL_OWN_ARCHIVE_RUN === '1';

/**
 * Three projects, run one after the other by `npm test`:
 * - `unit`: pure TypeScript and the commands, no site build;
 * - `build`: tests that build fixture archives. Its global setup builds each shared fixture once
 *   (tests/support/fixture-builds.ts), and every test that reads one reads that build;
 * - `e2e`: Chromium against the full fixture archive's shared build.
 * None of them reads content/: an organiser's own archive there changes no test.
 */
export default defineConfig({
	root,
	test: {
		// Time-sensitive code takes its clock as an argument; TZ is pinned so that nothing can lean
		// on the machine's zone by accident. VIGIL_CONTENT names the full fixture archive for code
		// that reads the archive by default (the interface strings read its i18n/ folder), so that
		// no test reads content/; the commands tests run get their own (tests/support/commands.ts).
		env: { TZ: 'Pacific/Kiritimati', VIGIL_CONTENT: 'tests/fixtures/archives/full' },
		// Two test files at a time (Vitest's default is one fewer than the cores, so one here): many
		// of them mostly wait, on a command they run or a build, and the own-archive test waits ten
		// minutes on a whole npm test while the other build tests run beside it. The browser tests
		// still run one file at a time (npm run test:e2e passes --no-file-parallelism).
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: insideOwnArchiveRun ? commandTests : [],
					environment: 'node',
					// Some tests run the commands as a person would (npx tsx …): on a shared, busy machine
					// starting one can take far longer than Vitest's 5 s default.
					testTimeout: 60_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					exclude: insideOwnArchiveRun ? fixtureOnlyBuilds : [],
					environment: 'node',
					globalSetup: ['tests/support/build-shared-fixtures.ts'],
					testTimeout: 600_000,
					hookTimeout: 600_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: insideOwnArchiveRun ? ownArchiveBrowserTests : ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/serve-built-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
