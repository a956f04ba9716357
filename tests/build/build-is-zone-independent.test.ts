import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { FULL_ARCHIVE } from '../support/archives';
import { buildArchive, ownBuildFolder, sharedBuildDir } from '../support/fixture-builds';

/** The pages and calendar files of a built site, as paths inside it, sorted. */
function builtPagesAndCalendars(outDir: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|ics)$/.test(file))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

const folder = ownBuildFolder('zone-build');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/*
 * Events are written in their own zones and the build is pinned to one moment (VIGIL_NOW), so the
 * machine's zone must change nothing: no date may move a day, no offset change, no event switch
 * between upcoming and past. The full fixture archive's shared build is made at UTC; here it is
 * built once more at UTC+14 (where the tests run), without Pagefind, and every page and calendar compared.
 */
test('the built pages and calendar files are the same, byte for byte, whether the machine is at UTC or at UTC+14', { timeout: 600_000 }, async () => {
	const atUtcDir = sharedBuildDir('full');
	const atKiritimatiDir = path.join(folder, 'out');
	const build = await buildArchive(FULL_ARCHIVE, atKiritimatiDir, { env: { TZ: 'Pacific/Kiritimati' } });
	expect(build.code, build.stderr).toBe(0);
	const [atUtc, atKiritimati] = [atUtcDir, atKiritimatiDir].map(builtPagesAndCalendars) as [string[], string[]];

	expect(atKiritimati).toEqual(atUtc);
	// Cannot pass by comparing nothing: six languages of pages, and an .ics file per event.
	expect(atUtc.length).toBeGreaterThan(300);
	expect(atUtc.filter((file) => file.endsWith('.ics')).length).toBeGreaterThan(12);
	// Built from a test runner (NODE_ENV=test) and still a build: the archive's draft story is not in it.
	expect(atUtc.filter((file) => file.includes('a-grandfathers-olive-grove'))).toEqual([]);

	const differing = atUtc.filter((file) => !readFileSync(path.join(atUtcDir, file)).equals(readFileSync(path.join(atKiritimatiDir, file))));
	expect(differing).toEqual([]);
});
