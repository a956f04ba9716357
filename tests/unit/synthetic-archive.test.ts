import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticArchive } from '../../scripts/bench/synthetic-archive';
import { formatProblem } from '../../src/validation/problem';
import { validateArchive } from '../../src/validation/validate-archive';
import { removeTemporaryFolders, temporaryFolder } from '../support/commands';

/**
 * The benchmark's archive, written small: what `npm run bench` builds must be an archive the
 * checker accepts, in the shape the figures claim (six languages, most texts in one), or the
 * figures measure something no organiser has.
 */
afterAll(removeTemporaryFolders);

const filesUnder = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort();

describe('the benchmark’s synthetic archive', () => {
	test('at 40 stories in six languages: valid, with people, attacks and sparse translations', { timeout: 60_000 }, async () => {
		const root = path.join(temporaryFolder('vigil-synthetic-'), 'content');
		const archive = await writeSyntheticArchive(root, 40, () => {}, { portraits: false });
		expect(archive.locales).toEqual(['en', 'ar', 'fr', 'es', 'ru', 'zh']);
		const { problems } = await validateArchive(root, root);
		expect(problems.map(formatProblem)).toEqual([]);

		const stories = filesUnder(path.join(root, 'stories'));
		expect(stories.filter((file) => file.startsWith('en/'))).toHaveLength(40);
		// One story in ten is translated, into one to five other languages.
		expect(archive.storyTranslations).toBe(stories.length - 40);
		expect(archive.storyTranslations).toBeGreaterThanOrEqual(4);
		expect(archive.storyTranslations).toBeLessThanOrEqual(20);
		const people = new Set(filesUnder(path.join(root, 'people')).map((file) => path.basename(file)));
		expect(people.size).toBe(40);
		expect(new Set(filesUnder(path.join(root, 'people')).map((file) => file.slice(0, 2)))).toEqual(new Set(archive.locales));
		expect(filesUnder(path.join(root, 'incidents')).filter((file) => file.startsWith('en/'))).toHaveLength(archive.incidents);
		// A named story links its person; an anonymous one links no one.
		const anonymous = readFileSync(path.join(root, 'stories/en/story-00000.md'), 'utf8');
		expect(anonymous).toMatch(/scope: anonymous/);
		expect(anonymous).not.toMatch(/person:/);
		expect(readFileSync(path.join(root, 'stories/en/story-00001.md'), 'utf8')).toMatch(/person: person-00001/);
	});

	test('is the same archive every time, and --locales 2 writes only English and Arabic', { timeout: 60_000 }, async () => {
		const first = path.join(temporaryFolder('vigil-synthetic-'), 'content');
		const second = path.join(temporaryFolder('vigil-synthetic-'), 'content');
		await writeSyntheticArchive(first, 20, () => {}, { portraits: false, locales: 2 });
		await writeSyntheticArchive(second, 20, () => {}, { portraits: false, locales: 2 });
		const files = filesUnder(first);
		expect(files).toEqual(filesUnder(second));
		for (const file of files) expect(readFileSync(path.join(second, file), 'utf8')).toBe(readFileSync(path.join(first, file), 'utf8'));
		expect(new Set(files.map((file) => file.split('/')[1]))).toEqual(new Set(['en', 'ar']));
	});
});
