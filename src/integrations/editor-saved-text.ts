import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { markdownBody, parseFrontmatter } from '../core/frontmatter';

/**
 * What the visual editor (Decap CMS) writes, made into what an organiser would have written.
 *
 * Decap writes every language pane of a translated collection, touched or not, and copies the
 * fields shared across languages (dates, zone, booleans) into each with an empty value for every
 * shared field the original leaves out (`allDay:`, `series:`…). The checker then reports each empty
 * value, and an untouched pane as a translation without a title. These two rules, applied to a save
 * before it is written (src/integrations/editor-file-view.ts), keep the files as `npm run new` and a
 * person would leave them. Neither touches a value the file already had.
 */

const FRONTMATTER_BLOCK = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/;

const isEmpty = (value: unknown): boolean =>
	value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty));

/** The fields of `map` that are empty and were not in `before` (the file as it was), removed, in maps within maps too. */
function removeAddedEmptyValues(map: YAMLMap, before: unknown): boolean {
	let removed = false;
	const had = before && typeof before === 'object' && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
	for (const pair of [...map.items]) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		if (isMap(pair.value)) removed = removeAddedEmptyValues(pair.value, had[key]) || removed;
		const empty = (isScalar(pair.value) && (pair.value.value === null || pair.value.value === '')) || pair.value === null || (isMap(pair.value) && pair.value.items.length === 0);
		if (empty && !(key in had)) {
			map.delete(pair.key);
			removed = true;
		}
	}
	return removed;
}

/**
 * The saved text without the empty values Decap added: a field with no value (`allDay:`,
 * `series: ""`) that the file did not have before is left out. Lists are kept (an empty list is a
 * valid value), and so is anything the file had. Unchanged when nothing is removed.
 */
export function withoutAddedEmptyValues(saved: string, existing: string | undefined): string {
	const match = FRONTMATTER_BLOCK.exec(saved);
	if (!match) return saved;
	const document = parseDocument(match[2] ?? '', { schema: 'core' });
	if (document.errors.length > 0 || !isMap(document.contents)) return saved;
	const before = existing === undefined ? undefined : parseFrontmatter(existing).data;
	if (!removeAddedEmptyValues(document.contents, before)) return saved;
	const yaml = document.contents.items.length > 0 ? document.toString() : '';
	return `${match[1]}${yaml}${match[3]}${saved.slice(match[0].length)}`;
}

/**
 * Whether a translation's text holds nothing of its own: no body, and every field either empty or
 * the same as the original's (the shared fields Decap copies). Such a file is a language pane the
 * organiser did not fill in, and is not written.
 */
export function isUntranslatedCopy(translation: string, original: string): boolean {
	const { data, hasFrontmatter } = parseFrontmatter(translation);
	if (!hasFrontmatter || markdownBody(translation).body.trim() !== '') return false;
	const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
	const originalData = parseFrontmatter(original).data;
	const originalFields = originalData && typeof originalData === 'object' ? (originalData as Record<string, unknown>) : {};
	return Object.entries(fields).every(([key, value]) => isEmpty(value) || isDeepStrictEqual(value, originalFields[key]));
}
