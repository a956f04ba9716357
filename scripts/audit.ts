/**
 * npm run audit — runs Lighthouse over four pages of the built site (the home page, an event, a
 * story and a search with results) and prints the four category scores of each. It is a benchmark,
 * not a gate: it exits with 0 whatever the scores, 1 when it cannot run (no dist/, no Chromium,
 * Lighthouse failed), 2 when it was used wrongly. The scores and the audits that scored below 100
 * are written to tests/artifacts/lighthouse/summary.json (git ignores tests/artifacts/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from 'lighthouse';
import { readSiteSettings } from '../src/archive/site-settings';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { CommandFailure, runCommand, type CommandArguments } from './cli';
import { freePort } from './free-port';

const HELP = `Usage: npm run audit [-- [--desktop] [--out <folder>]]

Serves the built site in dist/ and runs Lighthouse 12 on four of its pages:
the home page, an event, a story and a search with results, chosen from the
site map. Prints the performance, accessibility, best-practices and SEO
scores of each page, and writes them, with every audit that scored below
100, to <folder>/summary.json. Build the site first: npm run build.

Scores depend on the machine: performance is measured with Lighthouse's
simulated throttling (a mid-range phone on a slow 4G network, or a desktop
with --desktop), and a busy machine scores lower.

Options:
  --desktop          audit as a desktop browser (default: Lighthouse's mobile)
  --out <folder>     where to write summary.json (default: tests/artifacts/lighthouse)
  --verbose          on an unexpected error, show where it happened
                     (also VIGIL_VERBOSE=1)
  -h, --help         show this help

Environment:
  CHROMIUM_PATH      the Chromium or Chrome to run (default: /usr/bin/chromium)

Exits with 0 once every page is audited, whatever its scores; 1 when the
audit cannot run.`;

const OPTIONS = { desktop: { type: 'boolean' }, out: { type: 'string' } } as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(root, 'dist');
// Lighthouse launches Chromium itself: headless, with the flags every Chromium of ours gets.
const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A page to audit: what it is, and its address relative to the site's base. */
interface AuditedPage {
	name: string;
	path: string;
}

/** What summary.json holds for one page. */
interface PageSummary extends AuditedPage {
	url: string;
	scores: Record<(typeof CATEGORIES)[number], number | null>;
	/** Every audit of the four categories that scored below 1, worst first. */
	below100: { category: string; id: string; title: string; score: number; displayValue?: string | undefined }[];
}

function builtText(file: string): string {
	return readFileSync(path.join(distDir, file), 'utf8');
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

/**
 * The sitemap's pages, as paths relative to the base the site was built with, and that base. The
 * sitemap's shape is fixed by the sitemaps.org protocol, so its <loc> elements are enough.
 */
function sitemap(): { base: string; paths: string[] } {
	if (!existsSync(path.join(distDir, 'sitemap-index.xml'))) throw new CommandFailure('dist/ has no sitemap-index.xml: build the site with `npm run build` first.');
	const files = locs(builtText('sitemap-index.xml'));
	const base = new URL(files[0] ?? 'http://localhost/').pathname.replace(/[^/]*$/, '');
	const paths = files.flatMap((file) => locs(builtText(new URL(file).pathname.slice(base.length))).map((loc) => decodeURI(new URL(loc).pathname).slice(base.length)));
	return { base, paths };
}

/**
 * The four pages, in the default language: the home page, the first event and the first story of
 * the site map, and a search for the first tag, which has results by definition.
 */
function pagesToAudit(paths: string[]): AuditedPage[] {
	const settings = readSiteSettings();
	const otherLocales = (settings?.locales ?? []).map((locale) => locale.code).filter((code) => code !== settings?.defaultLocale);
	const inDefaultLocale = paths.filter((page) => !otherLocales.some((code) => page.startsWith(`${code}/`)));
	const first = (kind: string, pattern: RegExp) => {
		const found = inDefaultLocale.find((page) => pattern.test(page));
		if (found === undefined) throw new CommandFailure(`the site map lists no ${kind} page to audit.`);
		return found;
	};
	const tag = first('tag', /^tags\/[^/]+\/$/).split('/')[1] ?? '';
	return [
		{ name: 'home', path: first('home', /^$/) },
		{ name: 'event', path: first('event', /^events\/[^/]+\/$/) },
		{ name: 'story', path: first('story', /^stories\/(?!page\/)[^/]+\/$/) },
		{ name: 'search', path: `search/?q=${encodeURIComponent(tag.replace(/-/g, ' '))}` },
	];
}

function summarise(page: AuditedPage, url: string, lhr: Result): PageSummary {
	const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null])) as PageSummary['scores'];
	const below100 = CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 || category === 'performance')
			.map((ref) => lhr.audits[ref.id])
			.filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
			.map((audit) => ({ category, id: audit.id, title: audit.title, score: audit.score ?? 0, displayValue: audit.displayValue })),
	).sort((a, b) => a.score - b.score);
	return { ...page, url, scores, below100 };
}

function table(summaries: PageSummary[]): string {
	const header = ['page', ...CATEGORIES];
	const rows = summaries.map((summary) => [summary.name, ...CATEGORIES.map((id) => (summary.scores[id] === null ? '–' : String(Math.round((summary.scores[id] ?? 0) * 100))))]);
	const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
	const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Audits the four pages, prints their scores and writes summary.json. */
async function audit({ values: options }: CommandArguments<typeof OPTIONS>): Promise<void> {
	const outDir = path.resolve(options.out ?? path.join(root, 'tests/artifacts/lighthouse'));
	if (!existsSync(path.join(distDir, 'index.html'))) throw new CommandFailure('there is no built site in dist/: run `npm run build` first.');
	if (!existsSync(CHROMIUM_PATH)) throw new CommandFailure(`Chromium was not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);

	// Loaded only now: Astro and Lighthouse take seconds to load, and --help or a missing dist/ should not wait for them.
	const [{ preview }, { launch }, { default: lighthouse, desktopConfig }] = await Promise.all([import('astro'), import('chrome-launcher'), import('lighthouse')]);
	const { base, paths } = sitemap();
	const pages = pagesToAudit(paths);
	const port = await freePort();
	const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
	const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
	const formFactor = options.desktop ? 'desktop' : 'mobile';
	const summaries: PageSummary[] = [];
	let version = '';
	try {
		for (const [index, page] of pages.entries()) {
			const url = `http://127.0.0.1:${port}${base}${page.path}`;
			console.error(`Auditing ${page.name} (${index + 1}/${pages.length}, ${formFactor}): ${url}`);
			const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] }, options.desktop ? desktopConfig : undefined);
			if (!result) throw new CommandFailure(`Lighthouse returned no result for ${url}.`);
			if (result.lhr.runtimeError) throw new CommandFailure(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
			version = result.lhr.lighthouseVersion;
			summaries.push(summarise(page, url, result.lhr));
		}
	} finally {
		chrome.kill();
		await server.stop();
	}

	console.log(`\nLighthouse ${version} scores (${formFactor}), out of 100:\n\n${table(summaries)}\n`);
	for (const summary of summaries) {
		if (!summary.below100.length) continue;
		console.log(`${summary.name}: ${summary.below100.map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`).join(', ')}`);
	}
	mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, 'summary.json');
	writeFileSync(file, `${JSON.stringify({ lighthouse: version, formFactor, date: new Date().toISOString(), pages: summaries }, null, '\t')}\n`);
	console.log(`\nWritten to ${path.relative(process.cwd(), file) || file}.`);
}

await runCommand({ name: 'npm run audit', help: HELP, options: OPTIONS, run: audit });
