import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { frontmatterText, withFrontmatter } from '../../src/core/frontmatter';
import { collectionNames } from '../../src/schemas/collections';
import type { FieldRename } from '../../src/schemas/renamed-fields';

/**
 * What `npm run migrate` does: moves every renamed field (src/schemas/renamed-fields.ts) to its
 * new place in every file of the archive, through the YAML document so that the organiser's
 * comments and the rest of the file stay as they were. A file where both the old and the new field
 * are written is left alone and reported: which one is right is for a person to say.
 */

/** One file's outcome. */
export interface MigratedFile {
	/** The file, relative to the content folder, with "/". */
	file: string;
	/** The fields moved, as "old → new". */
	moved: string[];
	/** Fields left where they are because the new one is written too. */
	conflicts: string[];
	/** The new text, when anything moved. */
	text?: string | undefined;
}

/** The concrete paths a pattern with "*" reaches in a document: one per list item. */
function pathsIn(document: Document, pattern: readonly string[]): (string | number)[][] {
	let paths: (string | number)[][] = [[]];
	for (const part of pattern) {
		paths = paths.flatMap((at) => {
			if (part !== '*') return [[...at, part]];
			const list = at.length === 0 ? document.contents : document.getIn(at, true);
			return isSeq(list) ? list.items.map((_item, index) => [...at, index]) : [];
		});
	}
	return paths.filter((at) => document.hasIn(at));
}

/** The new path for one concrete old path: the "*" of the new pattern take the old path's indexes in order. */
function targetOf(from: readonly (string | number)[], pattern: FieldRename): (string | number)[] {
	const indexes = from.filter((part) => typeof part === 'number');
	return pattern.to.map((part) => (part === '*' ? (indexes.shift() ?? 0) : part));
}

/** A change to a span of the text. */
interface TextEdit {
	start: number;
	end: number;
	text: string;
}

/**
 * Renames a key where it stands, when only its name changes: its place in the file and the comments
 * above and beside it stay. False when the field moves to another mapping.
 */
function renameInPlace(document: Document, from: readonly (string | number)[], to: readonly (string | number)[], edits: TextEdit[]): boolean {
	const parent = from.slice(0, -1);
	if (parent.join('\0') !== to.slice(0, -1).join('\0')) return false;
	const mapping = parent.length === 0 ? document.contents : document.getIn(parent, true);
	if (!isMap(mapping)) return false;
	const pair = mapping.items.find((item) => isScalar(item.key) && item.key.value === from.at(-1));
	if (!pair || !isScalar(pair.key) || !pair.key.range) return false;
	edits.push({ start: pair.key.range[0], end: pair.key.range[1], text: String(to.at(-1)) });
	pair.key.value = to.at(-1);
	return true;
}

/** Applies the renames to one YAML text: what moved, what could not, and the new text. */
export function moveFields(yamlText: string, renames: readonly FieldRename[]): Omit<MigratedFile, 'file'> {
	const document = parseDocument(yamlText, { schema: 'core' });
	if (document.errors.length > 0 || !isMap(document.contents)) return { moved: [], conflicts: [] };
	const moved: string[] = [];
	const conflicts: string[] = [];
	// Renames in place are made in the text itself, so that nothing else of the file is rewritten
	// (the YAML printer would fold long lines its own way); a field moved elsewhere needs the printer.
	const edits: TextEdit[] = [];
	let reprinted = false;
	for (const rename of renames) {
		for (const from of pathsIn(document, rename.from)) {
			const to = targetOf(from, rename);
			const label = `${from.join('.')} → ${to.join('.')}`;
			if (document.hasIn(to)) {
				conflicts.push(label);
				continue;
			}
			if (!renameInPlace(document, from, to, edits)) {
				document.setIn(to, document.getIn(from, true));
				document.deleteIn(from);
				reprinted = true;
			}
			moved.push(label);
		}
	}
	if (moved.length === 0) return { moved, conflicts, text: undefined };
	if (reprinted) return { moved, conflicts, text: document.toString() };
	const text = edits.sort((a, b) => b.start - a.start).reduce((result, edit) => `${result.slice(0, edit.start)}${edit.text}${result.slice(edit.end)}`, yamlText);
	return { moved, conflicts, text };
}

/** Every file of the archive the renames could touch: site.yaml and the entries of each collection. */
function archiveFiles(root: string): { file: string; collection: FieldRename['collection'] }[] {
	const files: { file: string; collection: FieldRename['collection'] }[] = [];
	if (existsSync(path.join(root, 'site.yaml'))) files.push({ file: 'site.yaml', collection: 'site' });
	for (const collection of collectionNames) {
		const folder = path.join(root, collection);
		if (!existsSync(folder)) continue;
		for (const relative of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
			if (/\.mdx?$/i.test(relative)) files.push({ file: `${collection}/${relative.split(path.sep).join('/')}`, collection });
		}
	}
	return files;
}

/** Migrates the archive at `root`: every file with something to move or a conflict, written unless `write` is false. */
export function migrateArchive(root: string, renames: readonly FieldRename[], options: { write: boolean }): MigratedFile[] {
	const results: MigratedFile[] = [];
	for (const { file, collection } of archiveFiles(root)) {
		const forCollection = renames.filter((rename) => rename.collection === collection);
		if (forCollection.length === 0) continue;
		const absolute = path.join(root, file);
		const text = readFileSync(absolute, 'utf8');
		const yamlText = collection === 'site' ? text : (frontmatterText(text) ?? '');
		const outcome = moveFields(yamlText, forCollection);
		if (outcome.moved.length === 0 && outcome.conflicts.length === 0) continue;
		const newText = outcome.text === undefined ? undefined : collection === 'site' ? outcome.text : withFrontmatter(text, outcome.text);
		if (options.write && newText !== undefined) writeFileSync(absolute, newText, 'utf8');
		results.push({ file, ...outcome, text: newText });
	}
	return results;
}
