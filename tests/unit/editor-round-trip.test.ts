import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// Decap's own frontmatter format: what the editor writes when it saves an entry.
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { afterAll, describe, expect, test } from 'vitest';
import { editorConfig } from '../../scripts/edit/editor-config';
import type { EditorField } from '../../scripts/edit/editor-fields';
import { readSiteSettings } from '../../src/archive/site-settings';
import { markdownBody, parseFrontmatter } from '../../src/core/frontmatter';
import { collectionNames } from '../../src/schemas/collections';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, FULL_ARCHIVE } from '../support/archives';
import { removeTemporaryFolders, repoRoot, temporaryFolder } from '../support/commands';

/*
 * Every entry of the full fixture archive (a frozen copy of the sample) read and written again in the
 * visual editor's save format: Decap's own frontmatter formatter (decap-cms-core), with the fields in
 * the order of the generated configuration. Comments may go (the ones npm run new writes), but no
 * field may be lost or changed, the editor's or not, the text must stay as it was, and the archive
 * must check as it did.
 */

afterAll(removeTemporaryFolders);

const root = archivePath(FULL_ARCHIVE);
const settings = readSiteSettings(root);
if (!settings) throw new Error(`${FULL_ARCHIVE}/site.yaml did not read`);
const config = editorConfig(settings, { proxyUrl: '/admin/api/' }, { contentFolder: 'content', schemaFolder: path.join(repoRoot, 'src/schemas') }) as { collections: { name: string; fields: EditorField[] }[] };

/** The order the editor writes a collection's fields in. */
function fieldOrder(collection: string): string[] {
	const found = config.collections.find((candidate) => candidate.name === collection || candidate.name === `${collection}-${settings?.defaultLocale}`);
	return found?.fields.map((field) => field.name) ?? [];
}

const entries = collectionNames.flatMap((collection) =>
	readdirSync(path.join(root, collection), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => ({ collection, file: `${collection}/${file.split(path.sep).join('/')}` })),
);

/** An entry as the editor saves it after reading it. */
function savedByEditor(collection: string, text: string): string {
	return FrontmatterInfer.toFile(FrontmatterInfer.fromFile(text), fieldOrder(collection));
}

describe('an entry saved by the editor', () => {
	test('there are entries of every collection to save', () => {
		expect(new Set(entries.map((entry) => entry.collection))).toEqual(new Set(collectionNames));
		expect(entries.length).toBeGreaterThan(100);
	});

	test.each(entries)('$file keeps every field and its text', ({ collection, file }) => {
		const original = readFileSync(path.join(root, file), 'utf8');
		const saved = savedByEditor(collection, original);
		expect(parseFrontmatter(saved).data).toEqual(parseFrontmatter(original).data);
		expect(markdownBody(saved).body.trim()).toBe(markdownBody(original).body.trim());
	});

	test('leaves the archive checking exactly as it did', async () => {
		const copy = path.join(temporaryFolder('round-trip'), 'content');
		cpSync(root, copy, { recursive: true });
		for (const { collection, file } of entries) writeFileSync(path.join(copy, file), savedByEditor(collection, readFileSync(path.join(root, file), 'utf8')));
		const before = await validateArchive(root, repoRoot);
		const after = await validateArchive(copy, repoRoot);
		const summary = (problems: typeof before.problems, base: string) => problems.map((problem) => `${problem.severity} ${path.relative(base, path.resolve(repoRoot, problem.file))} ${problem.field}: ${problem.message}`).sort();
		expect(summary(after.problems, copy)).toEqual(summary(before.problems, root));
	});
});
