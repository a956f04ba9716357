import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML document with a way back from a field's path to the line it is written on. */
export interface ParsedYaml {
	/** The plain data, with dates left as the strings the organiser wrote. */
	data: unknown;
	/** Syntax errors, each with the line it was found on. */
	syntaxErrors: { line: number; message: string }[];
	/** The line of the field at `path`, or of the nearest enclosing field that exists. */
	lineOf(path: (string | number)[]): number;
}

/**
 * The frontmatter block of a Markdown or MDX file. The same pattern Astro's Markdown pipeline uses,
 * so that the checker and the build agree on where frontmatter starts and ends.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * Parses YAML with the core schema: unlike the YAML 1.1 rules, it leaves `2021-02-30` a string, so
 * the checker can say it is not a real day instead of rolling it over to March.
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const document: Document = parseDocument(source, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	return {
		data: document.errors.length ? undefined : document.toJS(),
		syntaxErrors: document.errors.map((error) => ({ line: toLine(error.pos[0]), message: error.message.split('\n')[0] ?? error.message })),
		lineOf(path) {
			let node: unknown = document.contents;
			let line = node && typeof node === 'object' && 'range' in node ? toLine((node as { range: [number] }).range[0]) : firstLine;
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
					if (!pair) break;
					const keyNode = pair.key as { range?: [number] };
					if (keyNode.range) line = toLine(keyNode.range[0]);
					node = pair.value;
				} else if (isSeq(node) && typeof key === 'number') {
					const item = node.items[key] as { range?: [number] } | undefined;
					if (!item) break;
					if (item.range) line = toLine(item.range[0]);
					node = item;
				} else {
					break;
				}
			}
			return line;
		},
	};
}

/** Splits a Markdown or MDX file into its parsed frontmatter; a file without any gets an empty block. */
export function parseFrontmatter(fileText: string): ParsedYaml & { hasFrontmatter: boolean } {
	const match = FRONTMATTER.exec(fileText);
	if (!match && /^\uFEFF?---[ \t]*\r?\n/.test(fileText)) {
		// An opening --- with no closing one: say so, instead of reporting every field as missing.
		return {
			data: undefined,
			syntaxErrors: [{ line: 1, message: 'the frontmatter starts with --- but has no closing --- line' }],
			lineOf: () => 1,
			hasFrontmatter: true,
		};
	}
	if (!match) {
		return { data: {}, syntaxErrors: [], lineOf: () => 1, hasFrontmatter: false };
	}
	// The YAML text starts on the line of the opening ---, right after the dashes.
	const openingLine = fileText.slice(0, match.index + match[0].indexOf('---')).split('\n').length;
	return { ...parseYaml(match[1] ?? '', openingLine), hasFrontmatter: true };
}

/** The Markdown after the frontmatter, and the line of the file it starts on (1 with no frontmatter). */
export function markdownBody(fileText: string): { body: string; firstLine: number } {
	const match = FRONTMATTER.exec(fileText);
	if (!match) return { body: fileText, firstLine: 1 };
	const end = match.index + match[0].length;
	return { body: fileText.slice(end), firstLine: fileText.slice(0, end).split('\n').length };
}

/** The file with its frontmatter's YAML replaced by `yaml` (which ends with a newline), the rest byte for byte; undefined when it has none. */
export function withFrontmatter(fileText: string, yaml: string): string | undefined {
	const match = FRONTMATTER.exec(fileText);
	if (!match) return undefined;
	const start = match.index + match[0].indexOf('---') + 3;
	const end = start + (match[1] ?? '').length;
	return `${fileText.slice(0, start)}\n${yaml}${fileText.slice(end)}`;
}

/** The YAML text of a file's frontmatter, as withFrontmatter replaces it; undefined when it has none. */
export function frontmatterText(fileText: string): string | undefined {
	const match = FRONTMATTER.exec(fileText);
	return match ? (match[1] ?? '').replace(/^\r?\n/, '') : undefined;
}
