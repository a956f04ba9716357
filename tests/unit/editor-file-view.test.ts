import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { editorFileView, editorFileViewHandler } from '../../src/integrations/editor-file-view';
import { isUntranslatedCopy, withoutAddedEmptyValues } from '../../src/integrations/editor-saved-text';
import { removeTemporaryFolders, temporaryFolder } from '../support/commands';

/*
 * Issue 22: the visual editor (Decap CMS) reads a translation's language from the folder just above
 * the file, so without this view it could not list or open the events `npm run new` sorts into year
 * folders, and it would write new ones beside them. The view is tested here on a folder of files; the
 * browser test (tests/e2e/visual-editor.test.ts) drives it through the editor.
 */

afterAll(removeTemporaryFolders);

const root = temporaryFolder('editor-view');
const files = {
	'archive/events/en/2021/ceremony.md': '---\ntitle: Ceremony\nstart: 2021-08-21T10:00\n---\n',
	'archive/events/fr/2021/ceremony.md': '---\ntitle: Cérémonie\nstart: 2021-08-21T10:00\n---\n',
	'archive/events/en/online-panel.md': '---\ntitle: Panel\nstart: 2020-05-01T10:00\n---\n',
	'archive/stories/en/a-story.md': '---\ntitle: A story\n---\n',
};
for (const [file, text] of Object.entries(files)) {
	mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	writeFileSync(path.join(root, file), text);
}
const view = editorFileView(root, 'archive');

describe('the editor’s view of the entries', () => {
	test('shows an entry of a year folder in its language folder, and leaves every other path as it is', () => {
		expect(view.toEditor('archive/events/en/2021/ceremony.md')).toBe('archive/events/en/ceremony.md');
		expect(view.toEditor('archive/events/en/online-panel.md')).toBe('archive/events/en/online-panel.md');
		expect(view.toEditor('archive/site.yaml')).toBe('archive/site.yaml');
		expect(view.toEditor('archive/images/2021/portrait.jpg')).toBe('archive/images/2021/portrait.jpg');
		expect(view.toEditor('elsewhere/events/en/2021/ceremony.md')).toBe('elsewhere/events/en/2021/ceremony.md');
	});

	test('reads the file an entry stands for, in each language', () => {
		expect(view.toArchive('archive/events/en/ceremony.md')).toBe('archive/events/en/2021/ceremony.md');
		expect(view.toArchive('archive/events/fr/ceremony.md')).toBe('archive/events/fr/2021/ceremony.md');
		expect(view.toArchive('archive/events/en/online-panel.md')).toBe('archive/events/en/online-panel.md');
		// No such entry (a translation not written yet): the path stays, and the proxy answers as for any missing file.
		expect(view.toArchive('archive/events/es/ceremony.md')).toBe('archive/events/es/ceremony.md');
	});

	test('saves an existing entry where it is, and a new event in the folder of its start’s year, as npm run new does', () => {
		expect(view.toSaved('archive/events/en/ceremony.md', files['archive/events/en/2021/ceremony.md'])).toBe('archive/events/en/2021/ceremony.md');
		expect(view.toSaved('archive/events/en/online-panel.md', files['archive/events/en/online-panel.md'])).toBe('archive/events/en/online-panel.md');
		expect(view.toSaved('archive/events/es/ceremony.md', '---\ntitle: Ceremonia\nstart: 2021-08-21T10:00\n---\n')).toBe('archive/events/es/2021/ceremony.md');
		expect(view.toSaved('archive/events/en/harbour-vigil.md', '---\ntitle: Vigil\nstart: 2030-08-21T19:00\n---\n')).toBe('archive/events/en/2030/harbour-vigil.md');
		// Without a start that names a year, the file goes in the language folder: the checker then says what is missing.
		expect(view.toSaved('archive/events/en/no-date.md', '---\ntitle: Vigil\n---\n')).toBe('archive/events/en/no-date.md');
		expect(view.toSaved('archive/stories/en/new-story.md', '---\ntitle: New\ndate: 2030-01-01\n---\n')).toBe('archive/stories/en/new-story.md');
	});
});

describe('the view between the editor and its file proxy', () => {
	const handle = editorFileViewHandler(view, 'en');
	/** Runs the handler on a request, then answers it as the proxy would, and returns what the editor receives. */
	const exchange = (action: string, params: Record<string, unknown>, answer: unknown = null) => {
		let received: unknown;
		const response = { json: (body: unknown) => (received = body) };
		let passedOn = false;
		handle({ body: { action, params } }, response, () => (passedOn = true));
		response.json(answer);
		return { params, received, passedOn };
	};

	test('lists the sub-folders, and answers with the editor’s paths', () => {
		const listed = exchange('entriesByFolder', { folder: 'archive/events', extension: 'md', depth: 2 }, [
			{ data: 'a', file: { path: 'archive/events/en/2021/ceremony.md' } },
			{ data: 'b', file: { path: 'archive/events/en/online-panel.md' } },
		]);
		expect(listed.passedOn).toBe(true);
		expect(listed.params.depth).toBeGreaterThanOrEqual(3);
		expect(listed.received).toEqual([
			{ data: 'a', file: { path: 'archive/events/en/ceremony.md' } },
			{ data: 'b', file: { path: 'archive/events/en/online-panel.md' } },
		]);
	});

	test('reads, saves and deletes the files the editor’s paths stand for', () => {
		const read = exchange('getEntry', { path: 'archive/events/fr/ceremony.md' }, { data: 'x', file: { path: 'archive/events/fr/2021/ceremony.md' } });
		expect(read.params.path).toBe('archive/events/fr/2021/ceremony.md');
		expect(read.received).toEqual({ data: 'x', file: { path: 'archive/events/fr/ceremony.md' } });

		const several = exchange('entriesByFiles', { files: [{ path: 'archive/events/en/ceremony.md' }] });
		expect(several.params.files).toEqual([{ path: 'archive/events/en/2021/ceremony.md' }]);

		const saved = exchange('persistEntry', {
			dataFiles: [
				{ path: 'archive/events/en/ceremony.md', raw: files['archive/events/en/2021/ceremony.md'], slug: 'ceremony' },
				{ path: 'archive/events/es/ceremony.md', raw: '---\ntitle: Ceremonia\nstart: 2021-08-21T10:00\n---\n', slug: 'ceremony' },
			],
			assets: [],
		});
		expect((saved.params.dataFiles as { path: string }[]).map((file) => file.path)).toEqual(['archive/events/en/2021/ceremony.md', 'archive/events/es/2021/ceremony.md']);

		const deleted = exchange('deleteFiles', { paths: ['archive/events/en/ceremony.md', 'archive/events/fr/ceremony.md'] });
		expect(deleted.params.paths).toEqual(['archive/events/en/2021/ceremony.md', 'archive/events/fr/2021/ceremony.md']);
	});

	test('writes no language pane left unfilled, and no empty value Decap adds to a file', () => {
		const original = '---\ntitle: Vigil\nstart: 2030-08-21T19:00\ntimeZone: Europe/Oslo\ndraft: true\n---\n\nCandles.\n';
		const saved = exchange('persistEntry', {
			dataFiles: [
				{ path: 'archive/events/en/harbour.md', raw: original },
				// What Decap writes for an untouched pane: the shared fields copied, every other one empty.
				{ path: 'archive/events/fr/harbour.md', raw: '---\ntitle: ""\nstart: 2030-08-21T19:00\ntimeZone: Europe/Oslo\nallDay:\nseries: ""\ndraft: true\ntags: []\n---\n' },
				{ path: 'archive/events/es/harbour.md', raw: '---\ntitle: Vigilia\nstart: 2030-08-21T19:00\ntimeZone: Europe/Oslo\nallDay:\nvenue:\n  name: ""\ndraft: true\n---\n' },
			],
			assets: [],
		});
		const written = saved.params.dataFiles as { path: string; raw: string }[];
		expect(written.map((file) => file.path)).toEqual(['archive/events/en/2030/harbour.md', 'archive/events/es/2030/harbour.md']);
		expect(written[0]?.raw).toBe(original);
		expect(written[1]?.raw).toBe('---\ntitle: Vigilia\nstart: 2030-08-21T19:00\ntimeZone: Europe/Oslo\ndraft: true\n---\n');
	});
});

describe('what a save writes', () => {
	test('keeps an empty value the file already had, and everything the editor does not know', () => {
		const before = '---\ntitle: A\nseries:\ncustomField: kept\n---\nBody\n';
		const saved = '---\ntitle: A\nseries:\nallDay:\ncustomField: kept\n---\nBody\n';
		expect(withoutAddedEmptyValues(saved, before)).toBe('---\ntitle: A\nseries:\ncustomField: kept\n---\nBody\n');
		expect(withoutAddedEmptyValues(before, before)).toBe(before);
	});

	test('counts a pane with a body or a word of its own as a translation', () => {
		const original = '---\ntitle: Vigil\nstart: 2030-08-21T19:00\n---\n';
		expect(isUntranslatedCopy('---\ntitle: ""\nstart: 2030-08-21T19:00\n---\n', original)).toBe(true);
		expect(isUntranslatedCopy('---\ntitle: ""\nstart: 2030-08-21T19:00\n---\nDes bougies.\n', original)).toBe(false);
		expect(isUntranslatedCopy('---\ntitle: Veillée\nstart: 2030-08-21T19:00\n---\n', original)).toBe(false);
		expect(isUntranslatedCopy('---\nstart: 2031-01-01T10:00\n---\n', original)).toBe(false);
	});
});
