/**
 * npm run bench — builds a synthetic archive with the project's own pipeline and measures it.
 *
 * It writes an archive in the shape of a real one to a folder outside content/
 * (scripts/bench/synthetic-archive.ts): N stories with a portrait each, N people, N/25 attacks, N/10
 * events and N/20 news items, in six languages by default, most texts in one language only. Then:
 *   1. a cold build: no image cache, no content cache (every image encoded);
 *   2. a warm rebuild after one story's text changed (everything cached);
 *   3. a cold build of the text alone: the content cache removed, the image cache kept;
 * each one `astro build` followed by the search index (`npm run index-search`), as `npm run build` does.
 * Beside the first two it builds a bare Astro reference over the same story files (one page per
 * story, a list, Pagefind: scripts/bench/bare-astro-reference.ts), cold and after the same change,
 * so that Vigil's times are printed as a ratio to what Astro alone costs on this machine. It then serves the
 * output and loads a story page and a first search in Chromium, as a visitor on a phone would.
 * The figures are printed, compared with the targets of docs/performance.md and written as JSON.
 *
 * Exit codes: 0 when the benchmark ran (whether or not targets were met), 1 when a build or a
 * measurement failed, 2 when the command was used wrongly.
 */
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandFailure, runCommand, UsageError, type CommandArguments } from './cli';
import { imageCounts, measureCommand, type CommandMeasurement } from './bench/measured-command';
import { freePort } from './free-port';
import { measurePageWeights, type Transfer } from './bench/page-weight';
import { buildBareReference, type ReferenceBuild } from './bench/bare-astro-reference';
import { LANGUAGES, writeSyntheticArchive } from './bench/synthetic-archive';
import { targetsFor, type BuildFigures, type Figures } from './bench/targets';

const HELP = `Usage: npm run bench [-- options]

Generates a synthetic archive in the shape of a real one (N stories with a
portrait each, N people, N/25 attacks, N/10 events and N/20 news items, in six
languages, one story in ten translated) outside content/, builds it three times
with the project's own pipeline (cold, warm after one change, text only) and
measures build time, peak memory, images encoded and reused, output size, the
Pagefind index, a first search and a story page as a phone loads them.

Options:
  --stories <N>     how many stories (default 1000; the full run is 10000)
  --locales <N>     how many of the sample's languages, English first: en, ar,
                    fr, es, ru, zh (default 6)
  --work <folder>   where the archive, caches and builds go
                    (default: <system temp>/vigil-bench/<N>); a kept archive of
                    the same N is reused, its portraits are not drawn again
  --json <file>     where to write the figures (default: <work>/bench-<N>.json)
  --mdx             write stories, events and news as .mdx instead of .md, to
                    measure what MDX costs
  --skip-cold       reuse the image cache of an earlier run instead of the
                    cold build with every image (for quick repeats)
  --skip-reference  do not build the bare Astro reference
  --verbose         on an unexpected error, show where it happened
                    (also VIGIL_VERBOSE=1)
  -h, --help        show this help

Exits with 0 when the benchmark ran, 1 when a build or measurement failed,
2 when the options were wrong.`;

const OPTIONS = {
	stories: { type: 'string', default: '1000' },
	locales: { type: 'string', default: '6' },
	work: { type: 'string' },
	json: { type: 'string' },
	'skip-cold': { type: 'boolean', default: false },
	'skip-reference': { type: 'boolean', default: false },
	mdx: { type: 'boolean', default: false },
} as const;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Builds are made for one fixed moment, as the tests' are, so that two runs build the same pages. */
const BUILD_MOMENT = '2026-11-28T12:00:00Z';
/** A word that the synthetic stories use often: a first search has many results to fetch. */
const SEARCH_WORD = 'harvest';

function folderBytes(folder: string): number {
	if (!existsSync(folder)) return 0;
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function countFiles(folder: string, pattern: RegExp): number {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => pattern.test(file)).length;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** `astro build` then the search index, as `npm run build` runs them, into the work folder. */
async function build(label: string, work: string, content: string, outDir: string): Promise<BuildFigures> {
	rmSync(outDir, { recursive: true, force: true });
	const env = { ...process.env, VIGIL_CONTENT: content, VIGIL_CACHE_DIR: path.join(work, 'cache'), VIGIL_NOW: BUILD_MOMENT, NO_COLOR: '1', FORCE_COLOR: '0' };
	const progress = (line: string) => {
		// Astro prints a line per page and per image: show only the phases.
		if (/^\d\d:\d\d:\d\d \[(build|content|vigil(?::[\w-]+)?|assets|check)\]/.test(line) && !/ ▶ | ├─ | └─ /.test(line)) console.log(`    ${line}`);
	};
	console.log(`\n${label}: astro build`);
	const astro = await measureCommand(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd: repoRoot, env, echo: progress });
	// The whole log, with a line and a time for every page and image, for whoever profiles the run.
	writeFileSync(path.join(work, `${label.toLowerCase().replace(/[^a-z]+/g, '-')}.log`), astro.output);
	failUnlessDone(astro, 'astro build');
	console.log(`${label}: npm run index-search (Pagefind, one bundle per locale)`);
	const pagefind = await measureCommand(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/index-search.ts', '--site', outDir], { cwd: repoRoot, env });
	failUnlessDone(pagefind, 'index-search');
	const images = imageCounts(astro.output);
	const figures = {
		seconds: astro.seconds + pagefind.seconds,
		astroSeconds: astro.seconds,
		pagefindSeconds: pagefind.seconds,
		peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
		imagesEncoded: images.encoded,
		imagesReused: images.reused,
	};
	console.log(
		`${label}: ${figures.seconds.toFixed(1)} s (astro ${astro.seconds.toFixed(1)} s, pagefind ${pagefind.seconds.toFixed(1)} s), peak ${megabytes(figures.peakRssBytes)}, images ${images.encoded} encoded / ${images.reused} reused`,
	);
	return figures;
}

function failUnlessDone(run: CommandMeasurement, what: string): void {
	if (run.exitCode === 0) return;
	console.error(run.output.split('\n').slice(-40).join('\n'));
	throw new CommandFailure(`the benchmark stopped: ${what} exited with ${run.exitCode} (the end of its output is above)`);
}

/** Writes the synthetic archive, builds it three ways, measures the output and two pages, and writes the figures. */
async function benchmark({ values: options }: CommandArguments<typeof OPTIONS>): Promise<void> {
	const stories = Number(options.stories);
	if (!Number.isInteger(stories) || stories < 20) throw new UsageError(`--stories expects a whole number of at least 20, found "${options.stories}"`);
	const locales = Number(options.locales);
	if (!Number.isInteger(locales) || locales < 1 || locales > LANGUAGES.length) throw new UsageError(`--locales expects a whole number from 1 to ${LANGUAGES.length}, found "${options.locales}"`);
	const work = path.resolve(options.work ?? path.join(tmpdir(), 'vigil-bench', String(stories)));
	const content = path.join(work, 'content');
	const jsonFile = path.resolve(options.json ?? path.join(work, `bench-${stories}.json`));
	console.log(`Vigil benchmark: ${stories} stories in ${locales} locales, in ${work}`);

	const archive = await writeSyntheticArchive(content, stories, (line) => console.log(line), { extension: options.mdx ? 'mdx' : 'md', locales });

	const cache = path.join(work, 'cache');
	// The output goes inside the repository: Astro bundles the build's own code into the output folder
	// when it is inside the working directory (elsewhere into ./.astro/), and that code must find
	// node_modules. Archive and caches stay in the work folder.
	const outDir = path.join(repoRoot, 'node_modules/.cache/vigil-bench', String(stories));
	let cold: BuildFigures | undefined;
	if (options['skip-cold'] && existsSync(path.join(cache, 'assets'))) {
		console.log('\nSkipping the cold build: the image cache of an earlier run is kept (--skip-cold).');
	} else {
		rmSync(cache, { recursive: true, force: true });
		cold = await build('Cold build, every image', work, content, outDir);
	}

	const referenceProject = path.join(work, 'bare-astro');
	const buildReference = async (label: string, cold: boolean) => {
		console.log(`\n${label}: the bare Astro reference (one page per story, a list, Pagefind)`);
		const figures = await buildBareReference({ storiesDir: path.join(content, 'stories'), projectDir: referenceProject, repoRoot, cold, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		console.log(`${label}: reference ${figures.seconds.toFixed(1)} s (astro ${figures.astroSeconds.toFixed(1)} s, pagefind ${figures.pagefindSeconds.toFixed(1)} s), ${figures.pages} pages, peak ${megabytes(figures.peakRssBytes)}`);
		return figures;
	};
	const referenceCold = options['skip-reference'] ? undefined : await buildReference('Cold build', true);

	// One story's text changes, as an organiser's correction would; everything else is cached.
	const original = readFileSync(archive.storyToEdit, 'utf8');
	writeFileSync(archive.storyToEdit, `${original}\nA sentence added by the benchmark's warm rebuild.\n`);
	let warm: BuildFigures;
	let referenceWarm: ReferenceBuild | undefined;
	try {
		warm = await build('Warm rebuild after one story changed', work, content, outDir);
		if (referenceCold) referenceWarm = await buildReference('Warm rebuild after one story changed', false);
	} finally {
		writeFileSync(archive.storyToEdit, original);
	}
	const reference = referenceCold && referenceWarm ? { cold: referenceCold, warm: referenceWarm } : undefined;

	// The content cache goes; the image cache stays: what a CI runner that caches images sees.
	for (const entry of readdirSync(cache)) if (entry !== 'assets') rmSync(path.join(cache, entry), { recursive: true, force: true });
	const textOnly = await build('Cold build of the text, images cached', work, content, outDir);

	const output = {
		bytes: folderBytes(outDir),
		htmlPages: countFiles(outDir, /\.html$/),
		storyPages: countFiles(outDir, /(^|\/)stories\/(?!page\/)[^/]+\/index\.html$/),
		images: countFiles(path.join(outDir, '_astro'), /\.(avif|webp|jpe?g|png)$/),
		pagefindBytes: folderBytes(path.join(outDir, 'pagefind')),
	};
	console.log(`\nOutput: ${output.htmlPages} pages (${output.storyPages} story pages), ${output.images} images, ${megabytes(output.bytes)}; Pagefind index ${megabytes(output.pagefindBytes)}`);

	const storyPath = path.relative(content, archive.storyToEdit).replace(/^stories\/en\//, 'stories/').replace(/\.mdx?$/, '/');
	const { preview } = await import('astro');
	process.env.VIGIL_CONTENT = content;
	process.env.VIGIL_CACHE_DIR = cache;
	const port = await freePort();
	const server = await preview({ root: repoRoot, outDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
	let pages: { storyPage: Transfer; firstSearch: Transfer };
	try {
		pages = await measurePageWeights(`http://127.0.0.1:${port}/`, storyPath, SEARCH_WORD);
	} finally {
		await server.stop();
	}
	console.log(`Story page with its portrait (phone): ${pages.storyPage.requests} requests, ${kilobytes(pages.storyPage.gzippedBytes)} gzipped (${kilobytes(pages.storyPage.bytes)} uncompressed)`);
	console.log(`First one-word search ("${SEARCH_WORD}"): ${pages.firstSearch.requests} requests, ${kilobytes(pages.firstSearch.gzippedBytes)} gzipped (${kilobytes(pages.firstSearch.bytes)} uncompressed)`);

	if (reference) {
		console.log(`\nAgainst the bare Astro reference: warm ${(warm.seconds / reference.warm.seconds).toFixed(2)}× (${warm.seconds.toFixed(1)} s / ${reference.warm.seconds.toFixed(1)} s), cold text ${(textOnly.seconds / reference.cold.seconds).toFixed(2)}× (${textOnly.seconds.toFixed(1)} s / ${reference.cold.seconds.toFixed(1)} s)`);
		console.log(`  Vigil built ${output.htmlPages} pages, the reference ${reference.warm.pages}: what six locales, people, events and the other pages cost.`);
	}
	const figures: Figures = { stories, locales, format: options.mdx ? 'mdx' : 'md', cold, warm, textOnly, reference, output, pages };
	const targets = targetsFor(figures);
	console.log(`\nTargets (docs/performance.md; set for 10,000 stories in six locales):`);
	for (const target of targets) console.log(`  ${target.met === undefined ? '–' : target.met ? '✓' : '✗'} ${target.name}: ${target.measured} (target ${target.limit})`);

	const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, platform: `${process.platform} ${process.arch}` };
	writeFileSync(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), machine, archive: { ...archive, root: undefined }, ...figures, targets }, null, '\t')}\n`);
	console.log(`\nFigures written to ${jsonFile}`);
}

await runCommand({ name: 'npm run bench', help: HELP, options: OPTIONS, run: benchmark });
