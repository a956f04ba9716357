import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFolder, buildSite, removeTemporaryFolders } from './support/fixtures';

afterAll(removeTemporaryFolders);

/** The pages and calendar files of a built site, as paths inside it, sorted. */
function builtPagesAndCalendars(outDir: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|ics)$/.test(file))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

/*
 * Events are written in their own zones and the build is pinned to one moment (VIGIL_NOW), so the
 * machine's zone must change nothing: no date may move a day, no offset change, no event switch
 * between upcoming and past. The sample is built twice, at UTC and at UTC+14 (where the tests run),
 * into folders of their own (never dist/), without Pagefind, and every page and calendar compared.
 */
test('the built pages and calendar files are the same, byte for byte, whether the machine is at UTC or at UTC+14', { timeout: 300_000 }, async () => {
	const builds = ['UTC', 'Pacific/Kiritimati'].map((zone) => ({ zone, outDir: path.join(buildFolder('zone-build'), 'out') }));
	for (const { zone, outDir } of builds) {
		const build = await buildSite(outDir, { TZ: zone, VIGIL_NOW: '2026-11-28T12:00:00Z' });
		expect(build.code, `${zone}: ${build.stderr}`).toBe(0);
	}
	const [atUtc, atKiritimati] = builds.map(({ outDir }) => builtPagesAndCalendars(outDir)) as [string[], string[]];

	expect(atKiritimati).toEqual(atUtc);
	// Cannot pass by comparing nothing: six languages of pages, and an .ics file per event.
	expect(atUtc.length).toBeGreaterThan(300);
	expect(atUtc.filter((file) => file.endsWith('.ics')).length).toBeGreaterThan(12);
	// Built from a test runner (NODE_ENV=test) and still a build: the sample's draft story is not in it.
	expect(atUtc.filter((file) => file.includes('a-grandfathers-olive-grove'))).toEqual([]);

	const differing = atUtc.filter((file) => !readFileSync(path.join(builds[0]?.outDir ?? '', file)).equals(readFileSync(path.join(builds[1]?.outDir ?? '', file))));
	expect(differing).toEqual([]);
});
