import type { CollectionName } from './collections';

/**
 * The content format's history: every field a version of Vigil renamed or moved. When one changes,
 * an entry is added here (and the change named in docs/changelog.md), and then:
 * - `npm run check` names the old field and the new one wherever the old one is still written
 *   (src/validation/unknown-fields.ts), as an error, since the site no longer reads it;
 * - `npm run migrate` moves it in every file, keeping the organiser's comments (scripts/migrate.ts).
 * A change that is not mechanical (one field split in two by judgement, say) gets no entry: the
 * changelog says what to do by hand.
 */
export interface FieldRename {
	/** The version of Vigil that made the change, e.g. "0.3.0". */
	since: string;
	/** The collection whose entries have the field, or "site" for content/site.yaml. */
	collection: CollectionName | 'site';
	/** Where the field was, as a path; "*" stands for every item of a list, e.g. ["media", "*", "file"]. */
	from: readonly string[];
	/** Where it is now, in the same form. */
	to: readonly string[];
}

/** Every rename so far, oldest first. Vigil 0.2.0 is the first release, so nothing has moved yet. */
export const renamedFields: readonly FieldRename[] = [];

/** Whether a field's path (numbers for list items) is a rename's path ("*" for list items). */
export function matchesFieldPath(pattern: readonly string[], at: readonly (string | number)[]): boolean {
	return pattern.length === at.length && pattern.every((part, index) => (part === '*' ? typeof at[index] === 'number' : part === at[index]));
}
