import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slugFromPath } from '../../src/core/entry-id';
import { collectionOfKind, entryFile, renderEntry, type ScaffoldInput } from './scaffold';
import { isValidSlug, slugFromTitle, uniqueSlug } from '../../src/core/slugs';

/**
 * Where `npm run new` puts a new entry, and the writing of it. The rules: the address comes from
 * the title (or --slug); an address already used in the collection, in any language, is never
 * reused, because a file with the same name in another language folder is that entry's
 * translation; and an existing file is never overwritten.
 */

/** Every address used in a collection, in every language and sub-folder, .md and .mdx alike. */
export function takenSlugs(contentRoot: string, collection: string): Set<string> {
	const folder = path.join(contentRoot, collection);
	if (!existsSync(folder)) return new Set();
	return new Set(
		readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.mdx?$/i.test(file))
			.map((file) => slugFromPath(file).normalize('NFC')),
	);
}

/** A new entry, ready to write. */
export interface PlannedEntry {
	slug: string;
	/** The file, absolute. */
	file: string;
	/** The file relative to the content folder, e.g. events/en/2027/some-event.md. */
	relative: string;
	text: string;
	/** True when the title's address was taken and a number was added to it. */
	renamed: boolean;
}

/** Why an entry cannot be planned, said for the organiser. */
export interface PlanFailure {
	reason: string;
}

/** The address to fall back on when a title has no letters or digits: the kind and its date. */
function fallbackSlug(input: ScaffoldInput): string {
	const day = input.kind === 'event' ? input.start.slice(0, 10) : input.date;
	return `${input.kind}-${day}`;
}

/**
 * Decides a new entry's address, file and text. With `slug` given, that address is used or the plan
 * fails; without, the title's address is used, with -2, -3, … added when it is taken.
 */
export function planEntry(contentRoot: string, input: ScaffoldInput, options: { slug?: string | undefined } = {}): PlannedEntry | PlanFailure {
	const taken = takenSlugs(contentRoot, collectionOfKind[input.kind]);
	let slug: string;
	let renamed = false;
	if (options.slug !== undefined) {
		slug = options.slug.normalize('NFC');
		if (!isValidSlug(slug)) {
			return { reason: `--slug: expected lower-case words joined by hyphens, e.g. day-of-remembrance-2027, found ${JSON.stringify(options.slug)}` };
		}
		if (taken.has(slug)) {
			return { reason: `--slug: the address ${slug} is already used by an entry in content/${collectionOfKind[input.kind]}/; nothing was written. Choose another --slug, or leave it out to get a free one.` };
		}
	} else {
		const base = slugFromTitle(input.title) || fallbackSlug(input);
		slug = uniqueSlug(base, (candidate) => taken.has(candidate));
		renamed = slug !== base;
	}
	const relative = entryFile(input, slug);
	return { slug, relative, file: path.join(contentRoot, relative), text: renderEntry(input), renamed };
}

/** Whether a plan failed. */
export function isPlanFailure(plan: PlannedEntry | PlanFailure): plan is PlanFailure {
	return 'reason' in plan;
}

/**
 * Writes a planned entry, creating its folder. The file is opened with "wx", so an existing file,
 * even one that appeared since the plan was made, is never overwritten: the write fails instead.
 */
export function writeEntry(entry: PlannedEntry): void {
	mkdirSync(path.dirname(entry.file), { recursive: true });
	writeFileSync(entry.file, entry.text, { encoding: 'utf8', flag: 'wx' });
}
