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
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocaleSelectionError, localesToBuild, LOCALES_VARIABLE, readSiteSettings } from '../src/archive/site-settings';
import { contentRoot } from '../src/core/content-root';
import type { SiteSettings } from '../src/schemas/site';
import { indexedPages, indexSite } from '../src/search/site-index';
import { checkBeforeBuild, CONTENT_CHECKED_ENV } from '../src/validation/check-before-build';
import { failureReport, type FailureContext } from './build-failure';
import { CommandFailure, runCommand } from './cli';

const HELP = `Usage: npm run build [-- --out <folder>]

Checks the archive in content/ (or $VIGIL_CONTENT), builds the site and indexes it
for search, then puts it in dist/. Nothing in dist/ changes unless every step
succeeded: after a failure, the site built before is still there, whole.

With VIGIL_LOCALES=fr,es (codes of site.yaml's locales), it builds the pages and
search of those languages only, and the files the whole site shares (404.html,
robots.txt, sitemap-index.xml, _headers, data/) only when the default language is
among them. Builds of every group of languages, copied into one folder, make the
whole site, search across every language included (docs/deployment.md).

Options:
  --out <folder>  where to put the built site (default: dist)
  --skip-check    do not check the content first, because \`npm run check\` has
                  just passed (in a CI step of its own, say); a mistake the
                  check would have named then stops the build half-way, and
                  dist/ stays as it was
  --verbose       show the full output of Astro, and where an
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
const PROGRESS_LINE = /\[(build|vigil:[\w-]+)\]| generating | building /;
const ITEM_LINE = /^\d\d:\d\d:\d\d\s+(?:[├└]─|▶|λ)|\[vite\]/;

/** Runs one step of the build, showing its output as it goes (every line, or its progress lines), and keeping it for a failure report. */
function runStep(command: string, args: string[], show: 'every line' | 'progress', env: Record<string, string> = {}): Promise<StepResult> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** The locales VIGIL_LOCALES asks for (all when it is unset), or the reason it cannot be used, as the command's one-line failure. */
function localesBuiltOrFailure(settings: SiteSettings): string[] {
	try {
		return localesToBuild(settings);
	} catch (error) {
		if (error instanceof LocaleSelectionError) throw new CommandFailure(error.message);
		throw error;
	}
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
	options: { out: { type: 'string' }, 'skip-check': { type: 'boolean' } },
	async run({ values }) {
		const verbose = values.verbose === true || process.env.VIGIL_VERBOSE === '1';
		// First of all: a VIGIL_LOCALES naming a language the site does not have stops the build in one
		// line, before anything is checked or written. Without settings, the check (or Astro, with
		// --skip-check) says what is wrong with site.yaml.
		const settings = readSiteSettings(contentRoot());
		const builtLocales = settings && localesBuiltOrFailure(settings);
		const partial = settings && builtLocales && builtLocales.length < settings.locales.length ? builtLocales : undefined;
		// A finished build has the home page of every language it builds (the default one's at the root).
		const homePages = settings && builtLocales ? builtLocales.map((locale) => (locale === settings.defaultLocale ? 'index.html' : path.join(locale, 'index.html'))) : ['index.html'];
		const published = path.resolve(values.out ?? path.join(root, 'dist'));
		const stagingParent = path.join(root, 'node_modules', '.cache', 'vigil-build');
		const staging = path.join(stagingParent, `staging-${process.pid}`);
		mkdirSync(stagingParent, { recursive: true });
		rmSync(staging, { recursive: true, force: true });
		const removeStaging = () => rmSync(staging, { recursive: true, force: true });
		process.once('exit', removeStaging);

		const skipCheck = values['skip-check'] === true;
		const failure = (): FailureContext => {
			const content = path.resolve(contentRoot());
			const contentFiles = existsSync(content) ? readdirSync(content, { recursive: true, encoding: 'utf8' }).map((file) => path.join(content, file)) : [];
			return { contentRoot: content, cwd: process.cwd(), contentFiles, checked: !skipCheck };
		};
		const asItWas = () => (existsSync(published) ? `${shown(published)} is as it was` : 'nothing was written');

		if (skipCheck) {
			console.log('1/4 Checking the content: skipped (--skip-check).');
		} else {
			// Here rather than in Astro: a mistake stops the build in seconds, before Astro starts.
			console.log('1/4 Checking the content…');
			const check = await checkBeforeBuild(contentRoot(), path.join(root, 'public'));
			if (check.stops) throw new CommandFailure(`the site was not built; ${asItWas()}.\n\n${check.report}`);
			console.log(check.report ? `    ${check.report.replace(/\n/g, '\n    ')}` : '    no problems.');
		}

		console.log(partial ? `2/4 Building the pages and images of ${partial.join(', ')} only (${LOCALES_VARIABLE})…` : '2/4 Building the pages and images…');
		const show = verbose ? 'every line' : 'progress';
		const build = await runStep(bin('astro'), ['build', '--outDir', staging], show, { [CONTENT_CHECKED_ENV]: '1' });
		if (build.code !== 0 || !homePages.every((home) => existsSync(path.join(staging, home)))) {
			removeStaging();
			throw new CommandFailure(`the site was not built; ${asItWas()}.\n\n${failureReport(build.output, failure())}`);
		}
		console.log(`    built: ${countsIn(build.output) || 'done'}.`);

		console.log('3/4 Indexing the pages for search, each text once, in its own language…');
		try {
			if (!settings) throw new Error(`no site settings in ${contentRoot()}/site.yaml: the languages to index come from there`);
			console.log(`    indexed: ${indexedPages(await indexSite(staging, settings, builtLocales))} pages.`);
		} catch (error) {
			removeStaging();
			throw new CommandFailure(`the search index was not built, so the site was not published; ${asItWas()}.\n\n${(error as Error).message}`);
		}

		console.log(`4/4 Putting the new site in ${shown(published)}…`);
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
		if (partial) console.log(`Done: the pages of ${partial.join(', ')} are in ${shown(published)}; copy the builds of the other languages into the same folder to make the whole site.`);
		else console.log(`Done: the site is in ${shown(published)}.`);
	},
});
