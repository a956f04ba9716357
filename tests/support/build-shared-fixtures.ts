import { buildSharedArchive, sharedBuilds, type SharedBuild } from './fixture-builds';

/**
 * Global setup of the build tests: builds each shared fixture archive once, before any test file
 * reads them (one Astro build at a time; one's Pagefind indexing overlaps the next one's build). The browser tests that run next serve the same build.
 */
export default async function buildSharedFixtures(): Promise<void> {
	await Promise.all((Object.keys(sharedBuilds) as SharedBuild[]).map((name) => buildSharedArchive(name)));
}
