import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { migrateArchive, moveFields } from '../../scripts/migrate/move-fields';
import type { FieldRename } from '../../src/schemas/renamed-fields';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, MINIMAL_SITE_YAML, VALID_ARCHIVE, writeArchive } from '../support/archives';
import { removeTemporaryFolders, runCommand } from '../support/commands';

afterAll(removeTemporaryFolders);

/*
 * When a version of Vigil renames a field, src/schemas/renamed-fields.ts says so; the checker then
 * names the old field and the new one, and npm run migrate moves it. Vigil has renamed nothing yet,
 * so these tests pass renames of their own: as if a later version had renamed a story's
 * contentWarnings to warnings, the site's storiesPerPage to pageSize, and each recording's src to file.
 */
const renames: FieldRename[] = [
	{ since: '9.9.0', collection: 'stories', from: ['warnings'], to: ['contentWarnings'] },
	{ since: '9.9.0', collection: 'site', from: ['pageSize'], to: ['storiesPerPage'] },
	{ since: '9.9.0', collection: 'events', from: ['media', '*', 'file'], to: ['media', '*', 'src'] },
];

const STORY = `---
title: What remains
summary: A sister remembers.
date: 2021-09-01
remembered:
  - name: Karim
narrator:
  name: Amal
  relation: sister
consent:
  status: given
  recordedOn: 2021-08-20
  scope: anonymous
# Agreed with the family on 20 August.
warnings:
  - descriptions of violence
---

Karim loved music.
`;

describe('a field Vigil does not know', () => {
	test('is a warning on its line that suggests the field meant, since nothing in it reaches the site', async () => {
		const root = writeArchive({ 'site.yaml': MINIMAL_SITE_YAML, 'stories/en/amal.md': STORY.replace('warnings:', 'contentWarning:') });
		const { problems } = await validateArchive(root);
		expect(problems).toEqual([
			expect.objectContaining({ file: expect.stringMatching(/stories\/en\/amal\.md$/), line: 15, field: 'contentWarning', severity: 'warning', hint: 'did you mean contentWarnings?' }),
		]);
	});

	test('no fixture archive has one: every field the full archive writes is known', async () => {
		const { problems } = await validateArchive(archivePath('tests/fixtures/archives/full'));
		expect(problems.filter((problem) => problem.message.includes('a field Vigil knows'))).toEqual([]);
	});
});

describe('a renamed field', () => {
	test('is an error that names the old field and the new one, in entries and in site.yaml', async () => {
		const root = writeArchive({ 'site.yaml': `${MINIMAL_SITE_YAML}pageSize: 6\n`, 'stories/en/amal.md': STORY });
		const { problems } = await validateArchive(root, process.cwd(), { renames });
		expect(problems.map(({ field, line, message, severity }) => ({ field, line, message, severity }))).toEqual([
			{ field: 'pageSize', line: 12, message: 'expected storiesPerPage: Vigil 9.9.0 renamed pageSize to storiesPerPage, and this field is no longer read', severity: 'error' },
			{ field: 'warnings', line: 15, message: 'expected contentWarnings: Vigil 9.9.0 renamed warnings to contentWarnings, and this field is no longer read', severity: 'error' },
		]);
	});

	test('npm run migrate moves it in every file, keeping the comments and the text, and the archive checks clean', async () => {
		const root = writeArchive({ 'site.yaml': `# Our settings.\n${MINIMAL_SITE_YAML}pageSize: 6 # two rows\n`, 'stories/en/amal.md': STORY });
		const results = migrateArchive(root, renames, { write: true });
		expect(results.map(({ file, moved }) => ({ file, moved }))).toEqual([
			{ file: 'site.yaml', moved: ['pageSize → storiesPerPage'] },
			{ file: 'stories/en/amal.md', moved: ['warnings → contentWarnings'] },
		]);
		const story = readFileSync(path.join(root, 'stories/en/amal.md'), 'utf8');
		expect(story).toContain('# Agreed with the family on 20 August.\ncontentWarnings:\n  - descriptions of violence\n---\n\nKarim loved music.\n');
		expect(readFileSync(path.join(root, 'site.yaml'), 'utf8')).toMatch(/^# Our settings\.\n[\s\S]*storiesPerPage: 6 # two rows\n$/);
		expect((await validateArchive(root, process.cwd(), { renames })).problems).toEqual([]);
		expect(migrateArchive(root, renames, { write: true })).toEqual([]);
	});

	test('in every item of a list; a file with both the old and the new field is left for a person', () => {
		const { moved, text } = moveFields('media:\n  - file: a.mp3\n  - file: b.mp3\n', renames.filter((rename) => rename.collection === 'events'));
		expect(moved).toEqual(['media.0.file → media.0.src', 'media.1.file → media.1.src']);
		expect(text).toBe('media:\n  - src: a.mp3\n  - src: b.mp3\n');
		const both = moveFields('warnings: [a]\ncontentWarnings: [b]\n', renames);
		expect(both).toEqual({ moved: [], conflicts: ['warnings → contentWarnings'], text: undefined });
	});

	test('npm run migrate on an archive in this version’s format changes nothing and says so', async () => {
		const { code, stdout } = await runCommand('npx', ['tsx', 'scripts/migrate.ts', '--content', archivePath(VALID_ARCHIVE)]);
		expect(code).toBe(0);
		expect(stdout).toContain("Nothing to migrate: tests/fixtures/archives/valid is in this version's content format.");
	});
});
