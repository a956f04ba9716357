import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Figures, TargetResult } from '../../scripts/bench/targets';
import { removeTemporaryFolders, repoRoot, runCommand, temporaryFolder, type CommandResult } from '../support/commands';

/*
 * `npm run bench` measures what docs/performance.md reports, and nothing times it here: speed
 * belongs to the benchmark, not the tests. What the tests hold is its measuring code, run whole on a
 * tiny archive (20 stories in two languages, about 40 s): the builds it makes, the images it counts
 * as encoded and reused, the pages and story pages it counts, the bare Astro reference's pages, the
 * memory it samples, the page weights Chromium loads, and the targets it prints. A figure that stops
 * matching the thing it claims to count fails here, long before a five-hour run reports it.
 */

const STORIES = 20;
const work = temporaryFolder('bench');
const figuresFile = path.join(work, 'figures.json');
/** Where scripts/bench.ts writes its builds: inside the repository, so the built code finds node_modules. */
const outDir = path.join(repoRoot, 'node_modules/.cache/vigil-bench', String(STORIES));
let run: CommandResult;
let figures: Figures & { archive: { stories: number; storyToEdit: string; portraits: number }; targets: TargetResult[] };

beforeAll(async () => {
	run = await runCommand(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/bench.ts', '--stories', String(STORIES), '--locales', '2', '--work', work, '--json', figuresFile], {}, 540_000);
	if (existsSync(figuresFile)) figures = JSON.parse(readFileSync(figuresFile, 'utf8'));
}, 600_000);
afterAll(removeTemporaryFolders);

const filesIn = (folder: string, pattern: RegExp) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => pattern.test(file));

describe('npm run bench, on a tiny archive', () => {
	test('runs to the end and writes its figures', () => {
		expect(run.code, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);
		expect(figures.stories).toBe(STORIES);
		expect(figures.locales).toBe(2);
		expect(figures.archive.portraits).toBe(STORIES);
	});

	test('counts the images each build encoded and reused as the builds left them', () => {
		const renditions = filesIn(path.join(outDir, '_astro'), /\.(avif|webp|jpe?g|png)$/).length;
		// Four renditions a portrait (docs/performance.md): fewer would mean the log lines were missed.
		expect(renditions).toBeGreaterThanOrEqual(STORIES * 3);
		expect(figures.output.images).toBe(renditions);
		expect(figures.cold?.imagesEncoded).toBe(renditions);
		expect(figures.cold?.imagesReused).toBe(0);
		for (const build of [figures.warm, figures.textOnly]) {
			expect(build.imagesEncoded).toBe(0);
			expect(build.imagesReused).toBe(renditions);
		}
	});

	test('counts the pages, the story pages and the reference’s pages as built', () => {
		expect(figures.output.htmlPages).toBe(filesIn(outDir, /\.html$/).length);
		// Every story has a page in each of the two languages, translated or not.
		expect(figures.output.storyPages).toBe(STORIES * 2);
		expect(filesIn(outDir, /^(ar\/)?stories\/story-\d+\/index\.html$/)).toHaveLength(STORIES * 2);
		// The reference: one page per story file (translations included) and the list.
		const storyFiles = filesIn(path.join(work, 'content/stories'), /\.md$/).length;
		expect(figures.reference?.cold.pages).toBe(storyFiles + 1);
		expect(figures.reference?.warm.pages).toBe(storyFiles + 1);
	});

	test('times and samples every build', () => {
		for (const build of [figures.cold, figures.warm, figures.textOnly, figures.reference?.cold, figures.reference?.warm]) {
			expect(build).toBeDefined();
			if (!build) continue;
			expect(build.seconds).toBeCloseTo(build.astroSeconds + build.pagefindSeconds, 6);
			expect(build.astroSeconds).toBeGreaterThan(0);
			expect(build.pagefindSeconds).toBeGreaterThan(0);
			// Node and Astro alone hold more than 100 MB: a smaller peak means the sampler missed the tree.
			expect(build.peakRssBytes).toBeGreaterThan(100 * 1024 ** 2);
		}
	});

	test('weighs a story page with its portrait and a first search as a phone loads them', () => {
		const { storyPage, firstSearch } = figures.pages;
		// The page, its style sheet and script, and the portrait at least.
		expect(storyPage.requests).toBeGreaterThanOrEqual(4);
		// The portrait alone is more than 10 KB: a lighter page was weighed without it.
		expect(storyPage.gzippedBytes).toBeGreaterThan(10_000);
		expect(storyPage.gzippedBytes).toBeLessThan(storyPage.bytes);
		expect(firstSearch.requests).toBeGreaterThanOrEqual(3);
		expect(firstSearch.gzippedBytes).toBeGreaterThan(0);
	});

	test('prints each target with what was measured, the ratio from the same run', () => {
		expect(figures.targets.map((target) => target.limit)).toEqual(['4 GiB', '120 s', '0', '300 s', '1200 s', '1.5×', '250 KB', '100 KB']);
		for (const target of figures.targets) {
			expect(typeof target.met).toBe('boolean');
			expect(run.stdout).toContain(`${target.name}: ${target.measured} (target ${target.limit})`);
		}
		const ratio = figures.targets.find((target) => target.limit === '1.5×');
		expect(ratio?.measured).toContain(`${((figures.warm.seconds) / (figures.reference?.warm.seconds ?? Number.NaN)).toFixed(2)}×`);
	});

	test('builds with the content store read as pages render, not bundled (src/integrations/content-store-at-build.ts)', () => {
		// An Astro that named its store module otherwise would bundle it again, silently: slower and larger
		// at 10,000 stories (docs/performance.md), so the builds' own logs must say the store was read.
		for (const log of ['cold-build-every-image.log', 'warm-rebuild-after-one-story-changed.log', 'cold-build-of-the-text-images-cached.log']) {
			expect(readFileSync(path.join(work, log), 'utf8')).toMatch(/\[vigil:content-store-at-build\] the content store \([\d.]+ MB\) is read from data-store\.json as pages render/);
		}
	});

	test('puts the story it changed for the warm rebuild back as it was', () => {
		expect(readFileSync(figures.archive.storyToEdit, 'utf8')).not.toContain('benchmark');
	});
});
