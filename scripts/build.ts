/**
 * npm run build — checks the archive, builds the site and indexes it for search, all into a staging
 * folder, and puts the result in place of dist/ only when every step succeeded. A host's deploy step
 * that publishes dist/ after a failed build therefore publishes the last good site, never a
 * half-written one (pages without their images, the server build's chunks/ and
 * _noop-middleware.mjs). The staging folder is inside the repository (node_modules/.cache/), where
 * Astro bundles the build's own code beside it, and on the same disk as dist/, so that putting it in
 * place is one rename.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandFailure, runCommand } from './cli';

const HELP = `Usage: npm run build [-- --out <folder>]

Checks the archive in content/ (or $VIGIL_CONTENT), builds the site and indexes it
for search, then puts it in dist/. Nothing in dist/ changes unless every step
succeeded: after a failure, the site built before is still there, whole.

Options:
  --out <folder>  where to put the built site (default: dist)
  --verbose       show the full output of Astro and Pagefind, and where an
                  unexpected error happened (also VIGIL_VERBOSE=1)
  -h, --help      show this help

Exits with 0 when the site was built, 1 when it was not (the reason is shown).`;

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** A folder as messages name it: relative to where the command runs when inside it, in full otherwise. */
function shown(folder: string): string {
	const relative = path.relative(process.cwd(), folder);
	return relative && !relative.startsWith('..') ? relative : folder;
}

/** What a step printed, and how it ended. */
interface StepResult {
	code: number | null;
	output: string;
}

/**
 * The lines of Astro's output that say what it is doing and how far it got (its phases, pages
 * built, images encoded, the cleaning after): shown as the build goes. The line for every page,
 * image and script is shown with --verbose only.
 */
const PROGRESS_LINE = /\[(build|vigil:[\w-]+|@astrojs\/sitemap)\]| generating | building /;
const ITEM_LINE = /^\d\d:\d\d:\d\d\s+(?:[├└]─|▶|λ)|\[vite\]/;

/** Runs one step of the build, showing its output as it goes (every line, or its progress lines), and keeping it for a failure report. */
function runStep(command: string, args: string[], show: 'every line' | 'progress'): Promise<StepResult> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let partial = '';
		const keep = (chunk: Buffer) => {
			const text = chunk.toString('utf8');
			output += text;
			if (show === 'every line') {
				process.stdout.write(chunk);
				return;
			}
			const lines = (partial + text).split('\n');
			partial = lines.pop() ?? '';
			for (const line of lines) if (PROGRESS_LINE.test(line) && !ITEM_LINE.test(line)) console.log(`    ${line.replace(/^\d\d:\d\d:\d\d\s+/, '').trim()}`);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('close', (code) => resolve({ code, output }));
		child.on('error', (error) => resolve({ code: null, output: `${output}\n${error.message}` }));
	});
}

/** Lines that are part of a stack trace: shown only with --verbose. */
const STACK_LINE = /^\s+at .+|^\s*Stack trace:\s*$|^node:internal|^\s+\^$|^Node\.js v\d/;

/**
 * What a failed step said, for a person: its own report (the content check's list, Astro's error
 * with its location and hint) without the stack trace, and without the list of every page and
 * image it had got through.
 */
function failureReport(output: string): string {
	const lines = output.split('\n');
	// A page, image or route that was finished ends with its time, e.g. "└─ /about/index.html (+12ms)".
	const finished = /^\d\d:\d\d:\d\d\s+(?:[├└]─|▶).*\(\+[\d.]+m?s\)\s*$|^\d\d:\d\d:\d\d\s+λ /;
	const lastFinished = lines.findLastIndex((line) => finished.test(line));
	return lines
		.slice(lastFinished + 1)
		// The page being built when the error came: Astro prints the error on the same line.
		.map((line) => line.replace(/^\d\d:\d\d:\d\d\s+[├└]─\s+(\/\S+?\.html)(?=\S)/, 'while building $1: '))
		// The route a page belongs to, and the stack trace, are for whoever debugs Vigil (--verbose).
		.filter((line) => !STACK_LINE.test(line) && !/^\d\d:\d\d:\d\d\s+(?:▶|λ)\s+src\//.test(line))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** How many pages and images a finished Astro build reported, for the summary line. */
function countsIn(output: string): string {
	const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
	const images = [...output.matchAll(/\((\d+)\/(\d+)\)\s*$/gm)].at(-1)?.[2];
	return [pages && `${pages} pages`, images && `${images} images`].filter(Boolean).join(', ');
}

await runCommand({
	name: 'npm run build',
	help: HELP,
	options: { out: { type: 'string' } },
	async run({ values }) {
		const verbose = values.verbose === true || process.env.VIGIL_VERBOSE === '1';
		const published = path.resolve(values.out ?? path.join(root, 'dist'));
		const stagingParent = path.join(root, 'node_modules', '.cache', 'vigil-build');
		const staging = path.join(stagingParent, `staging-${process.pid}`);
		mkdirSync(stagingParent, { recursive: true });
		rmSync(staging, { recursive: true, force: true });
		const removeStaging = () => rmSync(staging, { recursive: true, force: true });
		process.once('exit', removeStaging);

		console.log('1/3 Checking the content and building the pages and images…');
		const show = verbose ? 'every line' : 'progress';
		const build = await runStep(bin('astro'), ['build', '--outDir', staging], show);
		if (build.code !== 0 || !existsSync(path.join(staging, 'index.html'))) {
			removeStaging();
			throw new CommandFailure(`the site was not built; ${existsSync(published) ? `${shown(published)} is as it was` : 'nothing was written'}.\n\n${failureReport(build.output)}`);
		}
		console.log(`    built: ${countsIn(build.output) || 'done'}.`);

		console.log('2/3 Indexing the pages for search…');
		const index = await runStep(bin('pagefind'), ['--site', staging], show);
		if (index.code !== 0) {
			removeStaging();
			throw new CommandFailure(`the search index was not built, so the site was not published; the site built before is as it was.\n\n${failureReport(index.output)}`);
		}

		console.log(`3/3 Putting the new site in ${shown(published)}…`);
		// Astro's server build leaves these behind when it stops half-way; a finished build has none, and none is ever published.
		for (const leftover of ['chunks', '_noop-middleware.mjs']) rmSync(path.join(staging, leftover), { recursive: true, force: true });
		const previous = `${published}.previous-${process.pid}`;
		if (existsSync(published)) renameSync(published, previous);
		try {
			renameSync(staging, published);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
				// A folder in use: put the previous site back before saying so.
				if (existsSync(previous)) renameSync(previous, published);
				throw error;
			}
			// --out on another disk: a copy, made only now that the whole site is there to copy.
			cpSync(staging, published, { recursive: true });
		}
		rmSync(previous, { recursive: true, force: true });
		console.log(`Done: the site is in ${shown(published)}.`);
	},
});
