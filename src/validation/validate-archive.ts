import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { collectionNames, collectionSchemas, type CollectionName } from '../schemas/collections';
import { siteSchema, type SiteSettings } from '../schemas/site';
import { localeFromPath, slugFromPath } from '../lib/entry-id';
import { parseFrontmatter, parseYaml } from './frontmatter';
import type { Problem } from './problem';
import { problemsFromZod } from './zod-problems';

/** What the checker learnt about one entry, for the checks that look across entries. */
interface CheckedEntry {
	collection: CollectionName;
	locale: string;
	slug: string;
	file: string;
	data: Record<string, unknown>;
	lineOf: (path: (string | number)[]) => number;
}

/** What `validateArchive` found. */
export interface ArchiveReport {
	problems: Problem[];
	/** How many entry files were read. */
	entryCount: number;
}

const ENTRY_FILE = /\.mdx?$/i;
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;
/** Lower-case letters (any script), digits and single hyphens: the file name becomes the address. */
const SLUG = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}\p{M}]*(?:-[\p{Ll}\p{Lo}\p{N}\p{M}]+)*$/u;
const KNOWN_TOP_LEVEL = new Set(['site.yaml', 'images', 'files', ...collectionNames]);

function filesUnder(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((relative) => relative.split(path.sep).join('/'))
		.filter((relative) => !relative.split('/').some((part) => part.startsWith('.')))
		.filter((relative) => statSync(path.join(folder, relative)).isFile())
		.sort();
}

/** The schema for an image path in one file: the file must exist beside it, as Astro's image() needs. */
function imageFileSchema(entryFile: string, display: (file: string) => string) {
	const folder = path.dirname(entryFile);
	return z.string({ errorMap: () => ({ message: 'expected the path of an image file, relative to this file, e.g. ../../images/candles.jpg' }) }).superRefine((src, ctx) => {
		if (/^(https?:)?\/\//.test(src) || src.startsWith('/')) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'expected a path relative to this file, e.g. ../../images/candles.jpg; images must live in content/images/ so they can be resized and cleaned, not on another site or in public/',
			});
		} else if (!IMAGE_FILE.test(src)) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a .jpg, .png, .webp, .avif, .gif, .tiff or .svg image file' });
		} else if (!existsSync(path.resolve(folder, src))) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: `expected an image file at ${display(path.resolve(folder, src))}, but there is no such file; check the spelling and the number of ../`,
			});
		}
	});
}

function loadSiteSettings(root: string, display: (file: string) => string, problems: Problem[]): SiteSettings | undefined {
	const file = path.join(root, 'site.yaml');
	if (!existsSync(file)) {
		problems.push({ file: display(file), field: '(file)', message: 'expected the site settings file; copy the one from the sample archive and edit it', severity: 'error' });
		return undefined;
	}
	const parsed = parseYaml(readFileSync(file, 'utf8'));
	for (const error of parsed.syntaxErrors) {
		problems.push({ file: display(file), line: error.line, field: '(yaml)', message: `expected valid YAML: ${error.message}`, severity: 'error' });
	}
	if (parsed.syntaxErrors.length) return undefined;
	const result = siteSchema.safeParse(parsed.data ?? {});
	if (!result.success) {
		problems.push(...problemsFromZod(result.error.issues, parsed.data, display(file), parsed.lineOf));
		return undefined;
	}
	return result.data;
}

function checkEntryFile(
	root: string,
	collection: CollectionName,
	relative: string,
	locales: Set<string> | undefined,
	display: (file: string) => string,
	problems: Problem[],
): CheckedEntry | undefined {
	const absolute = path.join(root, collection, relative);
	const file = display(absolute);
	if (!ENTRY_FILE.test(relative)) {
		problems.push({ file, field: '(file)', message: 'expected a .md or .mdx file; this file is not read', hint: 'images belong in content/images/, downloads in public/files/', severity: 'warning' });
		return undefined;
	}
	if (!relative.includes('/')) {
		problems.push({
			file,
			field: '(file)',
			message: `expected the file inside a language folder, e.g. content/${collection}/en/${relative}`,
			severity: 'error',
		});
		return undefined;
	}
	const locale = localeFromPath(relative);
	const slug = slugFromPath(relative);
	if (locales && !locales.has(locale)) {
		problems.push({
			file,
			field: '(folder)',
			message: `expected a language folder named after one of the locales in content/site.yaml (${[...locales].join(', ')})`,
			found: JSON.stringify(locale),
			severity: 'error',
		});
	}
	if (!SLUG.test(slug)) {
		problems.push({
			file,
			field: '(file name)',
			message: 'expected a file name of lower-case words joined by hyphens, e.g. annual-memorial-service-2018.md; it becomes the page address',
			found: JSON.stringify(slug),
			severity: 'error',
		});
	}
	const parsed = parseFrontmatter(readFileSync(absolute, 'utf8'));
	for (const error of parsed.syntaxErrors) {
		problems.push({ file, line: error.line, field: '(frontmatter)', message: `expected valid YAML between the --- lines: ${error.message}`, severity: 'error' });
	}
	if (parsed.syntaxErrors.length) return undefined;
	const schema = collectionSchemas[collection](imageFileSchema(absolute, display));
	const result = schema.safeParse(parsed.data ?? {});
	if (!result.success) problems.push(...problemsFromZod(result.error.issues, parsed.data, file, parsed.lineOf));
	// An entry with mistakes still takes part in the checks across entries, so that every problem
	// shows up in one run instead of one layer at a time.
	const data = (result.success ? result.data : parsed.data ?? {}) as Record<string, unknown>;
	return { collection, locale, slug, file, data, lineOf: parsed.lineOf };
}

type LocatedEntry = Pick<CheckedEntry, 'collection' | 'locale' | 'slug' | 'file'>;

function checkDuplicateSlugs(entries: LocatedEntry[], problems: Problem[]): void {
	const firstFile = new Map<string, string>();
	for (const entry of entries) {
		const key = `${entry.collection}/${entry.locale}/${entry.slug}`;
		const earlier = firstFile.get(key);
		if (earlier) {
			problems.push({
				file: entry.file,
				field: '(file name)',
				message: `expected a file name not used by another ${entry.collection} entry in this language; ${earlier} already has the address ${entry.slug}`,
				hint: 'rename one of the two files (sub-folders do not change the address)',
				severity: 'error',
			});
		} else {
			firstFile.set(key, entry.file);
		}
	}
}

function checkReferences(entries: CheckedEntry[], defaultLocale: string | undefined, folderOf: (collection: CollectionName, locale: string) => string, problems: Problem[]): void {
	const known = new Set(entries.map((entry) => `${entry.collection}/${entry.locale}/${entry.slug}`));
	const exists = (collection: CollectionName, locale: string, slug: string) =>
		known.has(`${collection}/${locale}/${slug}`) || (defaultLocale !== undefined && known.has(`${collection}/${defaultLocale}/${slug}`));
	const available = (collection: CollectionName, locale: string) =>
		[...new Set(entries.filter((e) => e.collection === collection && (e.locale === locale || e.locale === defaultLocale)).map((e) => e.slug))].join(', ') || 'none yet';

	for (const entry of entries) {
		const series = entry.data.series;
		if (entry.collection === 'events' && typeof series === 'string' && !exists('series', entry.locale, series)) {
			problems.push({
				file: entry.file,
				line: entry.lineOf(['series']),
				field: 'series',
				message: `expected the file name of a series in ${folderOf('series', entry.locale)}/ (available: ${available('series', entry.locale)})`,
				found: JSON.stringify(series),
				severity: 'error',
			});
		}
		const documents = entry.data.documents;
		if (entry.collection === 'news' && Array.isArray(documents)) {
			documents.forEach((slug, index) => {
				if (typeof slug === 'string' && !exists('documents', entry.locale, slug)) {
					problems.push({
						file: entry.file,
						line: entry.lineOf(['documents', index]),
						field: `documents.${index}`,
						message: `expected the file name of a document in ${folderOf('documents', entry.locale)}/ (available: ${available('documents', entry.locale)})`,
						found: JSON.stringify(slug),
						severity: 'error',
					});
				}
			});
		}
	}
}

/**
 * Checks the whole archive and reports every problem at once: site settings, every entry's
 * frontmatter against its schema, image files, file names, duplicate addresses and references
 * between entries. Reads files only; writes nothing.
 */
export function validateArchive(root: string, cwd: string = process.cwd()): ArchiveReport {
	const problems: Problem[] = [];
	const display = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
	if (!existsSync(root)) {
		problems.push({ file: display(root), field: '(folder)', message: 'expected the content folder to exist', severity: 'error' });
		return { problems, entryCount: 0 };
	}
	const site = loadSiteSettings(root, display, problems);
	const locales = site ? new Set(site.locales.map((locale) => locale.code)) : undefined;

	for (const name of readdirSync(root)) {
		if (!name.startsWith('.') && !KNOWN_TOP_LEVEL.has(name)) {
			problems.push({
				file: display(path.join(root, name)),
				field: '(file)',
				message: `expected only site.yaml, images/ and the folders ${collectionNames.join(', ')}; this is not read`,
				severity: 'warning',
			});
		}
	}

	const entries: CheckedEntry[] = [];
	// Every entry file in a language folder, valid or not: a duplicate address is worth reporting
	// even while one of the two files has other mistakes.
	const located: LocatedEntry[] = [];
	for (const collection of collectionNames) {
		for (const relative of filesUnder(path.join(root, collection))) {
			if (ENTRY_FILE.test(relative) && relative.includes('/')) {
				located.push({ collection, locale: localeFromPath(relative), slug: slugFromPath(relative), file: display(path.join(root, collection, relative)) });
			}
			const entry = checkEntryFile(root, collection, relative, locales, display, problems);
			if (entry) entries.push(entry);
		}
	}
	checkDuplicateSlugs(located, problems);
	checkReferences(entries, site?.defaultLocale, (collection, locale) => display(path.join(root, collection, locale)), problems);

	problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file.localeCompare(b.file)));
	return { problems, entryCount: located.length };
}
