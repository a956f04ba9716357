import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentRoot } from '../../src/core/content-root';
import { entryIdFromPath, localeFromPath, slugFromPath } from '../../src/core/entry-id';

describe('an entry’s address', () => {
	test('comes from its file name, without .md or .mdx', () => {
		expect(slugFromPath('en/annual-memorial-2021.md')).toBe('annual-memorial-2021');
		expect(slugFromPath('en/annual-memorial-2021.mdx')).toBe('annual-memorial-2021');
		expect(slugFromPath('en/Annual.MD')).toBe('Annual');
	});

	test('does not change when the file is sorted into a sub-folder', () => {
		expect(entryIdFromPath('en/2021/duplicate.md')).toBe('en/duplicate');
		expect(entryIdFromPath('en/duplicate.md')).toBe('en/duplicate');
	});

	test('takes its language from the first folder', () => {
		expect(localeFromPath('fr/2021/ceremonie.md')).toBe('fr');
		expect(entryIdFromPath('ar/قصة-أمل.md')).toBe('ar/قصة-أمل');
	});

	test('reads Windows paths the same way', () => {
		expect(entryIdFromPath('fr\\2021\\ceremonie.mdx')).toBe('fr/ceremonie');
	});
});

describe('the content folder', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	test('is content/ in the project folder by default', () => {
		vi.stubEnv('VIGIL_CONTENT', '');
		expect(contentRoot('/srv/vigil')).toBe(path.resolve('/srv/vigil/content'));
	});

	test('is the folder VIGIL_CONTENT names, relative to the project folder', () => {
		vi.stubEnv('VIGIL_CONTENT', 'tests/fixtures/archives/valid');
		expect(contentRoot('/srv/vigil')).toBe(path.resolve('/srv/vigil/tests/fixtures/archives/valid'));
	});

	test('may be an absolute folder anywhere', () => {
		vi.stubEnv('VIGIL_CONTENT', '/data/archive ');
		expect(contentRoot('/srv/vigil')).toBe(path.resolve('/data/archive'));
	});
});
