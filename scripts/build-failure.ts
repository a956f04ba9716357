/**
 * What a failed Astro or Pagefind run said, turned into words for the organiser: the content file
 * and line it stopped on, what went wrong and a hint, in the checker's form (file:line: field:
 * message), without the stack trace and without the list of every page and image it got through.
 * Used by `npm run build` (scripts/build.ts).
 */
import path from 'node:path';
import { formatProblem, type Problem } from '../src/validation/problem';

/** Lines that are part of a stack trace or of Node's report of an uncaught error: shown only with --verbose. */
const STACK_LINE = /^\s+at .+|^\s*Stack trace:\s*$|^node:internal|^\s+\^$|^Node\.js v\d|^\s*triggerUncaughtException\(|^\s*(?:loc|frame|type|title|name|stack):\s.*,$|^\s*\}\s*$/;

/** A page, image or route that was finished ends with its time, e.g. "└─ /about/index.html (+12ms)". */
const FINISHED_LINE = /^\d\d:\d\d:\d\d\s+(?:[├└]─|▶).*\(\+[\d.]+m?s\)(?:\s*\(\d+\/\d+\))?\s*$|^\d\d:\d\d:\d\d\s+λ /;

/** Astro's own progress lines ("12:00:01 [build] …", "generating optimized images"): not part of what went wrong. */
const PROGRESS_LINE = /^\d\d:\d\d:\d\d\s+(?:\[(?:content|types|build|vite|glob-loader|WARN)\]|✓)|^\s*(?:generating|building) .*$|^\s*$/;

/** Where in the organiser's files the build stopped, and why, as far as its output tells. */
interface Stop {
	/** The file Astro names, absolute. */
	file?: string;
	line?: number;
	/** The page being built, e.g. /stories/amal/index.html. */
	page?: string;
	reason: string;
	hint?: string;
}

/** An absolute path with an optional :line:column, as Astro and Vite write them. */
const LOCATED = /(\/[^\s`'"():]+?)(?::(\d+)(?::\d+)?)?(?=[\s`'"()]|$)/g;

/** The organiser's file among the paths a line names (not one of Vigil's or a package's), with its line. */
function contentFileIn(text: string, contentRoot: string): { file: string; line?: number } | undefined {
	for (const match of text.matchAll(LOCATED)) {
		const file = match[1] ?? '';
		if (!file.startsWith(contentRoot + path.sep) || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
		return { file, ...(match[2] ? { line: Number(match[2]) } : {}) };
	}
	return undefined;
}

/**
 * An image Astro names by its built address (/_astro/huge.Bu69_4p6.png, when an image fails as it is
 * encoded): the content image of the same name and extension.
 */
function contentImageNamed(text: string, contentFiles: readonly string[]): string | undefined {
	const built = /\/_astro\/([^/\s`'"]+?)\.[\w-]+\.(\w+)\b/.exec(text);
	if (!built) return undefined;
	return contentFiles.find((file) => path.basename(file).toLowerCase() === `${built[1]}.${built[2]}`.toLowerCase());
}

/**
 * The entry a page is made from: /stories/amal/index.html or /fr/stories/amal/index.html comes from
 * content/stories/<language>/…/amal.md or .mdx (the language's own, or else any).
 */
function entryOfPage(page: string, contentRoot: string, contentFiles: readonly string[]): string | undefined {
	const segments = page.split('/').filter((segment) => segment && segment !== 'index.html');
	for (let start = 0; start + 1 < segments.length && start < 2; start += 1) {
		const [collection, slug] = [segments[start], segments[start + 1]];
		const candidates = contentFiles.filter((file) => {
			const parts = path.relative(contentRoot, file).split(path.sep);
			return parts[0] === collection && /\.mdx?$/i.test(file) && path.basename(file).replace(/\.mdx?$/i, '') === slug;
		});
		const language = start === 1 ? segments[0] : undefined;
		const found = candidates.find((file) => path.relative(contentRoot, file).split(path.sep)[1] === language) ?? candidates[0];
		if (found) return found;
	}
	return undefined;
}

/** What the output says went wrong: the error's own line, Astro's hint, and the file and page it names. */
function findStop(lines: string[], contentRoot: string, contentFiles: readonly string[]): Stop | undefined {
	const text = lines.join('\n');
	const page = /while building (\/\S+?\.html)/.exec(text)?.[1] ?? /^\d\d:\d\d:\d\d\s+[├└]─\s+(\/\S+?\.html)(?=\S)/m.exec(text)?.[1];
	// The error's own line: Vite's [plugin] line, an Error, Astro's line for the page it was building
	// ("├─ /x/index.htmlExpected component…"), but not Vite's "Build failed" heading.
	const errorLine = lines.find((line) => /\[ERROR\]|^\[[\w@/:.-]+\]\s|^\w*Error\b|^\w+: .*\.|while building|Could not|^[A-Z][\w]+: |[├└]─\s+\/\S+?\.html\S/.test(line) && !/\[ERROR\] \[vite\] ✗ Build failed/.test(line));
	if (!errorLine) return undefined;
	const cause = /\[cause\]: (?:\w*Error: )?(.+)/.exec(text)?.[1];
	const reason = (cause ?? errorLine)
		.replace(/^\d\d:\d\d:\d\d\s+/, '')
		.replace(/^(?:[├└]─\s+\/\S+?\.html)/, '')
		.replace(/while building \/\S+?\.html:\s*/, '')
		.replace(/^(?:\[[^\]]+\]\s*)+/, '')
		.replace(/^[A-Z]\w+: /, '')
		.replace(/\s*See the stack trace for more information\.?/, '')
		.trim();
	const hintLine = lines.findIndex((line) => /^\s*Hint:\s*$/.test(line));
	const hint = hintLine >= 0 ? lines[hintLine + 1]?.trim() : /^\s*hint: '(.+)',$/m.exec(text)?.[1];
	const located = contentFileIn(text, contentRoot);
	const file = located?.file ?? contentImageNamed(text, contentFiles) ?? (page ? entryOfPage(page, contentRoot, contentFiles) : undefined);
	return {
		reason,
		...(file ? { file } : {}),
		...(located?.line ? { line: located.line } : {}),
		...(page ? { page } : {}),
		...(hint ? { hint } : {}),
	};
}

/** Where to find the files a failure report names. */
export interface FailureContext {
	/** The content folder, absolute. */
	contentRoot: string;
	/** The folder paths in the report are relative to (where the command runs). */
	cwd: string;
	/** Every file in the content folder, absolute: the image Astro calls by its built address, the entry of a page. */
	contentFiles: readonly string[];
	/** Whether the content check ran before the build (it did not with --skip-check). */
	checked: boolean;
}

/**
 * What a failed step said, for a person: the file and line it stopped on in the checker's form when
 * the output names one, otherwise the step's own report without the stack trace and without the
 * list of every page and image it had got through.
 */
export function failureReport(output: string, context: FailureContext): string {
	const all = output.split('\n');
	const lines = all.slice(all.findLastIndex((line) => FINISHED_LINE.test(line)) + 1).filter((line) => !STACK_LINE.test(line));
	const stop = findStop(lines, context.contentRoot, context.contentFiles);
	const next = context.checked
		? 'npm run check found nothing wrong, so this is a mistake the check does not know yet: please report it to Vigil’s developers with what `npm run build -- --verbose` shows'
		: 'run `npm run check`, which names such mistakes with their file and line; this build skipped it (--skip-check)';
	if (stop?.file) {
		const problem: Problem = {
			file: path.relative(context.cwd, stop.file).split(path.sep).join('/'),
			...(stop.line ? { line: stop.line } : {}),
			field: '(build)',
			message: `the build stopped on this file${stop.page ? ` while building ${stop.page}` : ''}: ${stop.reason}`,
			hint: [stop.hint?.replace(/\.$/, ''), next].filter(Boolean).join('; '),
			severity: 'error',
		};
		return formatProblem(problem);
	}
	// No file named: what the step said, without its progress and its stack trace.
	const said = lines
		.map((line) => line.replace(/^\d\d:\d\d:\d\d\s+[├└]─\s+(\/\S+?\.html)(?=\S)/, 'while building $1: '))
		.filter((line) => !PROGRESS_LINE.test(line) && !/^\d\d:\d\d:\d\d\s+(?:▶|λ)\s+src\//.test(line))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return `${said || 'the step stopped without saying why'}\n    hint: ${next}`;
}
