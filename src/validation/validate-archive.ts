import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { checkPeopleReferences } from './people-references';
import { collectionNames, collectionSchemas, type CollectionName } from '../schemas/collections';
import { siteSchema, type SiteSettings } from '../schemas/site';
import { buildTime } from '../core/clock';
import { publicationState } from '../archive/publication';
import { localeFromPath, slugFromPath } from '../core/entry-id';
import { pageCount } from '../archive/pagination';
import { basePath } from '../archive/site-settings';
import { siteSections } from '../core/routes';
import { isPlaceholder } from '../archive/placeholders';
import { containsName, narratorNamedIn } from '../archive/story-rules';
import { SLUG, tagSlug } from '../core/slugs';
import { markdownBody, parseFrontmatter, parseYaml } from '../core/frontmatter';
import { contentImageProblems } from './image-files';
import { dictionaryProblems } from './dictionaries';
import { renamedFieldsIn, unknownFieldProblem, unknownFields } from './unknown-fields';
import { renamedFields, type FieldRename } from '../schemas/renamed-fields';
import { DICTIONARY_FOLDER } from '../i18n/content-dictionaries';
import { firstLineNotUtf8 } from './text-encoding';
import { imageWidthWarnings, type UsedImage } from './image-widths';
import { mdxBodyProblems } from './mdx-bodies';
import { mediaFileProblems } from './media-files';
import { MEDIA_FOLDER } from '../media/media-location';
import { posterImageWidth } from '../images/image-sizes';
import { removedFromBody } from './body-html';
import { checkSitePath, isSitePath, linksInBody, type PageState, type SiteRoutes } from './internal-links';
import { describeFound, type Problem } from './problem';
import { translationWarnings } from './translations';
import { problemsFromZod } from './zod-problems';

/** What the checker learnt about one entry, for the checks that look across entries. */
interface CheckedEntry {
	collection: CollectionName;
	locale: string;
	slug: string;
	file: string;
	/** The file on disk. */
	absolute: string;
	data: Record<string, unknown>;
	/** Whether the data passed its schema (and so has its defaults and normalised values). */
	valid: boolean;
	lineOf: (path: (string | number)[]) => number;
	/** The Markdown after the frontmatter, and the file line it starts on. */
	body: string;
	bodyLine: number;
	/** The images the entry names, resolved to files that exist. */
	images: UsedImage[];
	/** The posters of its videos, which are drawn smaller than its other images. */
	posters: UsedImage[];
}

/** What `validateArchive` found. */
export interface ArchiveReport {
	problems: Problem[];
	/** How many entry files were read. */
	entryCount: number;
}

const ENTRY_FILE = /\.mdx?$/i;
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;
const KNOWN_TOP_LEVEL = new Set(['site.yaml', 'images', 'files', MEDIA_FOLDER, DICTIONARY_FOLDER, ...collectionNames]);

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

/**
 * A collection's schema for the files of one folder (image paths are relative to the file), made
 * once per folder: building a schema costs more than using it, and an archive keeps thousands of
 * stories in one folder.
 */
const schemasByFolder = new WeakMap<(file: string) => string, Map<string, ReturnType<(typeof collectionSchemas)[CollectionName]>>>();
function schemaFor(collection: CollectionName, folder: string, display: (file: string) => string) {
	// Per run (one `display`), since the messages name files the way that run shows them.
	const forThisRun = schemasByFolder.get(display) ?? new Map<string, ReturnType<(typeof collectionSchemas)[CollectionName]>>();
	schemasByFolder.set(display, forThisRun);
	const key = `${collection}\0${folder}`;
	let schema = forThisRun.get(key);
	if (!schema) {
		schema = collectionSchemas[collection](imageFileSchema(path.join(folder, 'entry'), display));
		forThisRun.set(key, schema);
	}
	return schema;
}

/** site.yaml as read: its settings when valid, and its data and lines for the checks that read it again. */
interface LoadedSiteSettings {
	settings: SiteSettings | undefined;
	file: string;
	data: unknown;
	lineOf: (path: (string | number)[]) => number;
}

function loadSiteSettings(root: string, display: (file: string) => string, problems: Problem[], renames: readonly FieldRename[]): LoadedSiteSettings | undefined {
	const file = path.join(root, 'site.yaml');
	if (!existsSync(file)) {
		problems.push({ file: display(file), field: '(file)', message: 'expected the site settings file; copy the one from the sample archive and edit it', severity: 'error' });
		return undefined;
	}
	const bytes = readFileSync(file);
	const notUtf8 = firstLineNotUtf8(bytes);
	if (notUtf8 !== undefined) problems.push(encodingProblem(display(file), notUtf8));
	const parsed = parseYaml(bytes.toString('utf8'));
	for (const error of parsed.syntaxErrors) {
		problems.push({ file: display(file), line: error.line, field: '(yaml)', message: `expected valid YAML: ${error.message}`, severity: 'error' });
	}
	if (parsed.syntaxErrors.length) return undefined;
	const result = siteSchema.safeParse(parsed.data ?? {});
	if (!result.success) problems.push(...problemsFromZod(result.error.issues, parsed.data, display(file), parsed.lineOf));
	const dropped = result.success ? unknownFields(parsed.data, result.data) : renamedFieldsIn(parsed.data, 'site', renames);
	for (const field of dropped) problems.push(unknownFieldProblem(field, { collection: 'site', file: display(file), lineOf: parsed.lineOf, schema: siteSchema, renames }));
	return { settings: result.success ? result.data : undefined, file: display(file), data: parsed.data, lineOf: parsed.lineOf };
}

/**
 * The "TODO:" lines that npm run init writes into site.yaml, the support lines above all: while
 * every entry is a draft they are warnings, to do before publishing; once an entry is published they
 * are errors, because a support line that is a placeholder must never reach a visitor in distress.
 */
function checkSitePlaceholders(site: LoadedSiteSettings, published: boolean, problems: Problem[]): void {
	for (const { path: fieldPath, text } of textValues(site.data)) {
		if (!isPlaceholder(text)) continue;
		problems.push({
			file: site.file,
			line: site.lineOf(fieldPath),
			field: fieldPath.join('.'),
			message: published
				? 'expected your own words in place of the placeholder: an entry is published, and this would be shown to visitors'
				: 'expected your own words in place of the placeholder before anything is published',
			found: describeFound(text),
			hint: fieldPath[0] === 'support' ? 'name a real service where you publish (a listening line, a victims\' association, urgent help), with its number or address' : undefined,
			severity: published ? 'error' : 'warning',
		});
	}
}

/** A file that is not UTF-8 from a line on. */
function encodingProblem(file: string, line: number): Problem {
	return {
		file,
		line,
		field: '(text)',
		message: 'expected text saved as UTF-8, but this line has a character in another encoding (Latin-1 or Windows-1252, perhaps)',
		hint: 'open the file and save it again choosing UTF-8 (in Notepad: Save As, Encoding: UTF-8); otherwise every accented letter is shown as �',
		severity: 'error',
	};
}

function checkEntryFile(
	root: string,
	collection: CollectionName,
	relative: string,
	locales: Set<string> | undefined,
	display: (file: string) => string,
	problems: Problem[],
	renames: readonly FieldRename[],
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
	const bytes = readFileSync(absolute);
	const notUtf8 = firstLineNotUtf8(bytes);
	if (notUtf8 !== undefined) problems.push(encodingProblem(file, notUtf8));
	const text = bytes.toString('utf8');
	const parsed = parseFrontmatter(text);
	for (const error of parsed.syntaxErrors) {
		problems.push({ file, line: error.line, field: '(frontmatter)', message: `expected valid YAML between the --- lines: ${error.message}`, severity: 'error' });
	}
	if (parsed.syntaxErrors.length) return undefined;
	const schema = schemaFor(collection, path.dirname(absolute), display);
	const result = schema.safeParse(parsed.data ?? {});
	if (!result.success) problems.push(...problemsFromZod(result.error.issues, parsed.data, file, parsed.lineOf));
	// Fields the schema dropped are found by comparing with its output, so only once it parsed;
	// a renamed field names the new one either way (its absence may be the error above).
	const dropped = result.success ? unknownFields(parsed.data, result.data) : renamedFieldsIn(parsed.data, collection, renames);
	for (const field of dropped) problems.push(unknownFieldProblem(field, { collection, file, lineOf: parsed.lineOf, schema, renames }));
	// An entry with mistakes still takes part in the checks across entries, so that every problem
	// shows up in one run instead of one layer at a time.
	const data = (result.success ? result.data : parsed.data ?? {}) as Record<string, unknown>;
	const { body, firstLine } = markdownBody(text);
	const images: UsedImage[] = [];
	const posters: UsedImage[] = [];
	if (result.success) {
		for (const field of ['image', 'portrait']) {
			const src = (data[field] as { src?: unknown } | undefined)?.src;
			if (typeof src === 'string') images.push({ image: path.resolve(path.dirname(absolute), src), file, field: `${field}.src`, line: parsed.lineOf([field, 'src']) });
		}
		((data.media ?? []) as { poster?: { src?: unknown } }[]).forEach((media, index) => {
			const src = media.poster?.src;
			if (typeof src === 'string') posters.push({ image: path.resolve(path.dirname(absolute), src), file, field: `media.${index}.poster.src`, line: parsed.lineOf(['media', index, 'poster', 'src']) });
		});
	}
	return { collection, locale, slug, file, absolute, data, valid: result.success, lineOf: parsed.lineOf, body, bodyLine: firstLine, images, posters };
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

/** Which of an entry's language versions best says whether its address has a page: a published one wins. */
const STATE_RANK: Record<PageState, number> = { published: 3, scheduled: 2, draft: 1, withdrawn: 0 };

/** The addresses the build will make from these entries, for the link check. */
function siteRoutes(entries: readonly CheckedEntry[], site: SiteSettings | undefined, publicDir: string, now: Date): SiteRoutes {
	const states = new Map<string, Map<string, { state: PageState; publishDate?: string | undefined }>>();
	const tags = new Set<string>();
	const listedStories = new Set<string>();
	for (const { collection, slug, data } of entries) {
		const publishDate = typeof data.publishDate === 'string' ? data.publishDate : undefined;
		const withdrawn =
			(collection === 'stories' && (data.consent as { status?: unknown } | undefined)?.status !== 'given') ||
			(collection === 'people' && (data.listing as { status?: unknown } | undefined)?.status !== 'given');
		const state: PageState = withdrawn ? 'withdrawn' : publicationState({ draft: data.draft === true, publishDate }, now);
		const versions = states.get(collection) ?? new Map<string, { state: PageState; publishDate?: string | undefined }>();
		const known = versions.get(slug.normalize('NFC'));
		if (!known || STATE_RANK[state] > STATE_RANK[known.state]) versions.set(slug.normalize('NFC'), { state, publishDate });
		states.set(collection, versions);
		// Tag pages and the stories list show published entries only, and no unlisted story (src/archive/entries.ts).
		const listed = collection !== 'stories' || data.visibility !== 'unlisted';
		if (state !== 'published' || !listed) continue;
		if (collection === 'stories') listedStories.add(slug);
		if (['events', 'stories', 'news', 'documents'].includes(collection) && Array.isArray(data.tags)) {
			for (const label of data.tags) if (typeof label === 'string') tags.add(tagSlug(label));
		}
	}
	return {
		defaultLocale: site?.defaultLocale ?? '',
		locales: new Set(site?.locales.map((locale) => locale.code) ?? []),
		entries: states,
		tags,
		storyPages: pageCount(listedStories.size, site?.storiesPerPage ?? 12),
		publicDir,
	};
}

/** The paths on this site that an entry's frontmatter names: banner links, document files, recordings. */
function frontmatterLinks(entry: CheckedEntry): { href: string; line: number; field: string }[] {
	const links: { href: string; line: number; field: string }[] = [];
	const add = (value: unknown, fieldPath: (string | number)[]) => {
		if (typeof value === 'string' && isSitePath(value)) links.push({ href: value, line: entry.lineOf(fieldPath), field: fieldPath.join('.') });
	};
	const { data } = entry;
	if (entry.collection === 'banners') add((data.link as { href?: unknown } | undefined)?.href, ['link', 'href']);
	if (entry.collection === 'documents' && data.links && typeof data.links === 'object') {
		for (const [language, href] of Object.entries(data.links)) add(href, ['links', language]);
	}
	if (entry.collection === 'events' && Array.isArray(data.recordings)) {
		data.recordings.forEach((recording: unknown, index) => add((recording as { url?: unknown } | null)?.url, ['recordings', index, 'url']));
	}
	return links;
}

/** Links to pages that the build will not make, or to files that public/ does not have. */
function checkLinks(entries: readonly CheckedEntry[], routes: SiteRoutes, problems: Problem[]): void {
	for (const entry of entries) {
		const links = [
			...frontmatterLinks(entry),
			...linksInBody(entry.body, entry.bodyLine, /\.mdx$/i.test(entry.file)).map((link) => ({ ...link, field: '(text)' })),
		];
		for (const link of links) {
			const verdict = checkSitePath(link.href, routes);
			if (!verdict) continue;
			problems.push({
				file: entry.file,
				line: link.line,
				field: link.field,
				message: verdict.message,
				found: JSON.stringify(link.href),
				...(verdict.hint ? { hint: verdict.hint } : {}),
				severity: verdict.severity,
			});
		}
	}
}

/** Links and HTML in bodies that the build takes out of the page (src/markdown/rehype-safe-html.ts): a warning each. */
function checkBodyHtml(entries: readonly CheckedEntry[], problems: Problem[]): void {
	for (const entry of entries) {
		for (const removed of removedFromBody(entry.body, entry.bodyLine, /\.mdx$/i.test(entry.file))) {
			problems.push({
				file: entry.file,
				line: removed.line,
				field: '(text)',
				message:
					removed.kind === 'address'
						? 'expected a link to a web address (https://…), an email address (mailto:) or a page of the site; the page shows the words without the link'
						: 'expected text and HTML that only shapes it; the page leaves out scripts, styles, event handlers (on…=), frames, forms, pictures and media written as HTML, and javascript: or data: addresses',
				found: describeFound(removed.found),
				hint: removed.kind === 'address' ? 'write the address in full, e.g. [the report](https://undocs.org/A/74/790)' : 'put pictures in as Markdown, ![what it shows](../../images/candles.jpg), and links as [words](https://…)',
				severity: 'warning',
			});
		}
	}
}

/** Every text value in an entry's data, with its path. */
function textValues(value: unknown, at: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
	if (typeof value === 'string') return [{ path: at, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, index) => textValues(item, [...at, index]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textValues(item, [...at, key]));
	return [];
}

/**
 * An anonymous story's own words that name its narrator by the name in narrator.name: the site hides
 * that name wherever it shows the narrator (src/archive/story-rules.ts), but it cannot hide it from
 * the title, the summary, the text or the captions. A warning each, on the field's line, or on the
 * first line of the text that names them.
 */
function checkAnonymousNarrators(entries: readonly CheckedEntry[], problems: Problem[]): void {
	for (const entry of entries) {
		if (entry.collection !== 'stories' || !entry.valid) continue;
		const story = entry.data as unknown as Parameters<typeof narratorNamedIn>[0];
		for (const field of narratorNamedIn(story, entry.body)) {
			const bodyLine = entry.body.split('\n').findIndex((line) => containsName(line, story.narrator.name));
			problems.push({
				file: entry.file,
				line: field === 'body' ? entry.bodyLine + Math.max(0, bodyLine) : entry.lineOf(field.split('.')),
				field: field === 'body' ? '(text)' : field,
				message: 'expected an anonymous story not to name its narrator, but this names them by the name in narrator.name',
				found: JSON.stringify(story.narrator.name),
				hint: 'write "my mother", "a survivor" or the like instead; the consent is for an anonymous story, and a name here would be published',
				severity: 'warning',
			});
		}
	}
}

/**
 * Placeholders that `npm run new` wrote ("TODO: …") and that are still there once an entry is no
 * longer a draft: they would be published as they are.
 */
function checkPlaceholders(entries: readonly CheckedEntry[], problems: Problem[]): void {
	const hint = 'replace it with your own words, or put back draft: true until the entry is ready';
	for (const entry of entries) {
		if (entry.data.draft === true) continue;
		for (const { path: fieldPath, text } of textValues(entry.data)) {
			if (!isPlaceholder(text)) continue;
			problems.push({
				file: entry.file,
				line: entry.lineOf(fieldPath),
				field: fieldPath.join('.'),
				message: 'expected your own words in place of the placeholder that npm run new wrote; this entry is not a draft, so it would be published',
				found: describeFound(text),
				hint,
				severity: 'warning',
			});
		}
		entry.body.split('\n').forEach((line, index) => {
			if (!isPlaceholder(line)) return;
			problems.push({
				file: entry.file,
				line: entry.bodyLine + index,
				field: '(text)',
				message: 'expected your own words in place of the placeholder that npm run new wrote; this entry is not a draft, so it would be published',
				found: describeFound(line.trim()),
				hint,
				severity: 'warning',
			});
		});
	}
}

/** Where `validateArchive` looks besides the content folder, and the moment it checks for. */
export interface ArchiveCheckOptions {
	/** The folder of files served as they are, which links such as /files/report.pdf lead to (default: public/ in `cwd`). */
	publicDir?: string | undefined;
	/** The moment drafts and scheduled entries are judged against (default: the build clock, VIGIL_NOW when set). */
	now?: Date | undefined;
	/** The fields Vigil has renamed (default: src/schemas/renamed-fields.ts; tests pass their own). */
	renames?: readonly FieldRename[] | undefined;
}

/**
 * Checks the whole archive and reports every problem at once: site settings, every entry's
 * frontmatter against its schema, image files (what they hold, their widths), file names, duplicate addresses,
 * references between entries, links to pages and files of the site, MDX bodies (compiled as the
 * build compiles them), recordings and their caption files (src/validation/media-files.ts),
 * translations that disagree with their original and placeholders left in published entries. Reads files only; writes nothing.
 */
export async function validateArchive(root: string, cwd: string = process.cwd(), options: ArchiveCheckOptions = {}): Promise<ArchiveReport> {
	const problems: Problem[] = [];
	const display = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
	if (!existsSync(root)) {
		problems.push({ file: display(root), field: '(folder)', message: 'expected the content folder to exist', severity: 'error' });
		return { problems, entryCount: 0 };
	}
	const renames = options.renames ?? renamedFields;
	const loadedSite = loadSiteSettings(root, display, problems, renames);
	const site = loadedSite?.settings;
	const locales = site ? new Set(site.locales.map((locale) => locale.code)) : undefined;

	for (const name of readdirSync(root)) {
		if (!name.startsWith('.') && !KNOWN_TOP_LEVEL.has(name)) {
			problems.push({
				file: display(path.join(root, name)),
				field: '(file)',
				message: `expected only site.yaml, images/, ${MEDIA_FOLDER}/, ${DICTIONARY_FOLDER}/ and the folders ${collectionNames.join(', ')}; this is not read`,
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
			const entry = checkEntryFile(root, collection, relative, locales, display, problems, renames);
			if (entry) entries.push(entry);
		}
	}
	checkDuplicateSlugs(located, problems);
	checkReferences(entries, site?.defaultLocale, (collection, locale) => display(path.join(root, collection, locale)), problems);
	checkPeopleReferences(entries, site?.defaultLocale, (collection, locale) => display(path.join(root, collection, locale)), problems);
	const publicDir = path.resolve(cwd, options.publicDir ?? 'public');
	checkLinks(entries, siteRoutes(entries, site, publicDir, options.now ?? buildTime()), problems);
	checkPlaceholders(entries, problems);
	// Published means written to go out: a draft never does, whatever its dates.
	const published = entries.some((entry) => entry.data.draft !== true);
	if (loadedSite) checkSitePlaceholders(loadedSite, published, problems);
	if (site) problems.push(...dictionaryProblems(root, site.locales.map((locale) => locale.code), published, display));
	checkAnonymousNarrators(entries, problems);
	checkBodyHtml(entries, problems);
	const links = { base: basePath(site), defaultLocale: site?.defaultLocale ?? 'en', sections: siteSections, contentRoot: root };
	for (const entry of entries) {
		if (/\.mdx$/i.test(entry.file)) problems.push(...(await mdxBodyProblems({ file: entry.file, absolute: entry.absolute, body: entry.body, bodyLine: entry.bodyLine }, links, cwd)));
	}
	if (site) problems.push(...translationWarnings(entries.filter((entry) => entry.valid), site.defaultLocale));
	problems.push(...(await imageWidthWarnings(entries.flatMap((entry) => entry.images))));
	problems.push(...(await imageWidthWarnings(entries.flatMap((entry) => entry.posters), posterImageWidth)));
	problems.push(...mediaFileProblems(entries, { root, publicDir, display }));
	problems.push(...(await contentImageProblems(root, display)));

	problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file.localeCompare(b.file)));
	return { problems, entryCount: located.length };
}
