import type { CollectionName } from '../schemas/collections';
import { matchesFieldPath, type FieldRename } from '../schemas/renamed-fields';
import { objectShape, schemaDefinition, unwrapSchema } from '../schemas/schema-structure';
import type { Problem } from './problem';

/**
 * Fields the schema does not know. Zod drops them without a word, so a misspelt field
 * (`contentWarning:` for `contentWarnings:`), or one a newer Vigil renamed, would silently vanish
 * from the site: a content warning not shown is harm done. They are found by walking what the
 * organiser wrote beside what the schema gave back: a key of a mapping that the schema's output
 * lacks was dropped. Values the schema turned into something else (a date, an image) are not walked.
 */

/** A dropped field: its path, and the fields that the same mapping does have, for a suggestion. */
export interface UnknownField {
	path: (string | number)[];
	known: string[];
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Every field of `written` that `parsed`, the schema's output for it, dropped. */
export function unknownFields(written: unknown, parsed: unknown, at: (string | number)[] = []): UnknownField[] {
	if (Array.isArray(written) && Array.isArray(parsed) && written.length === parsed.length) {
		return written.flatMap((item, index) => unknownFields(item, parsed[index], [...at, index]));
	}
	if (!isMapping(written) || !isMapping(parsed)) return [];
	return Object.entries(written).flatMap(([key, value]) => {
		if (!(key in parsed)) return value === undefined ? [] : [{ path: [...at, key], known: Object.keys(parsed) }];
		return unknownFields(value, parsed[key], [...at, key]);
	});
}

/** Every field a schema's mapping at `at` can have (the unknown field's siblings), or none when it cannot tell. */
export function fieldsOf(schema: unknown, at: readonly (string | number)[]): string[] {
	let current = unwrapSchema(schema).inner;
	for (const key of at) {
		const definition = schemaDefinition(current);
		if (typeof key === 'number' && definition.typeName === 'ZodArray') current = unwrapSchema(definition.type).inner;
		else if (typeof key === 'string' && definition.typeName === 'ZodObject') current = unwrapSchema(definition.shape?.()[key]).inner;
		else return [];
	}
	return Object.keys(objectShape(current));
}

/** The known field a misspelling most likely meant: within two edits, or differing only in a final "s". */
export function likelyMeant(unknown: string, known: readonly string[]): string | undefined {
	let best: { key: string; distance: number } | undefined;
	for (const key of known) {
		const distance = editDistance(unknown.toLowerCase(), key.toLowerCase());
		if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance };
	}
	return best?.key;
}

/** Levenshtein distance, for short field names. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** What the checker says of one dropped field: a renamed one is an error that names both, any other a warning with a likely spelling. */
export function unknownFieldProblem(
	field: UnknownField,
	context: { collection: CollectionName | 'site'; file: string; lineOf: (at: (string | number)[]) => number; schema: unknown; renames: readonly FieldRename[] },
): Problem {
	const { file, lineOf } = context;
	const line = lineOf(field.path);
	const dotted = field.path.join('.');
	const rename = context.renames.find((candidate) => candidate.collection === context.collection && matchesFieldPath(candidate.from, field.path));
	if (rename) {
		return {
			file,
			line,
			field: dotted,
			message: `expected ${rename.to.join('.')}: Vigil ${rename.since} renamed ${rename.from.join('.')} to ${rename.to.join('.')}, and this field is no longer read`,
			hint: 'run npm run migrate to rename it in every file (docs/changelog.md says what changed)',
			severity: 'error',
		};
	}
	const name = String(field.path.at(-1));
	const siblings = [...new Set([...fieldsOf(context.schema, field.path.slice(0, -1)), ...field.known])];
	const meant = likelyMeant(name, siblings);
	return {
		file,
		line,
		field: dotted,
		message: 'expected a field Vigil knows; this one is ignored, so nothing in it reaches the site',
		hint: meant ? `did you mean ${meant}?` : siblings.length ? `the fields here are ${siblings.join(', ')}` : undefined,
		severity: 'warning',
	};
}

/** The renamed fields still written in data the schema refused: found by their paths, since there is no output to compare with. */
export function renamedFieldsIn(written: unknown, collection: CollectionName | 'site', renames: readonly FieldRename[]): UnknownField[] {
	const patterns = renames.filter((rename) => rename.collection === collection).map((rename) => rename.from);
	if (patterns.length === 0) return [];
	const found: UnknownField[] = [];
	const walk = (value: unknown, at: (string | number)[]) => {
		if (at.length > 0 && patterns.some((pattern) => matchesFieldPath(pattern, at))) found.push({ path: at, known: [] });
		if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...at, index]));
		else if (isMapping(value)) for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
	};
	walk(written, []);
	return found;
}
