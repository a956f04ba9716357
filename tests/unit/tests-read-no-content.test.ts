import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/commands';

/**
 * The browser tests read the fixture archives' builds, never the organiser's content/: an archive
 * of one's own there must leave `npm test` green. The own-archive test proves it by running npm test
 * in a copy with another content/, but runs only some of the browser tests there (tests/vitest.config.ts);
 * this test reads the source of all of them, and of the helpers they share, for the ways a test
 * could reach content/ of the repository.
 */

/** The ways a test's source could read the repository's content/ folder. */
const readsOfContent: { pattern: RegExp; what: string }[] = [
	{ pattern: /path\.(?:join|resolve)\([^)]*['"`]content['"`/]/, what: 'a path joined to content/' },
	{ pattern: /\$\{\s*repoRoot\s*\}\/content\b/, what: 'a path under the repository root’s content/' },
	{ pattern: /\b(?:readFileSync|readdirSync|existsSync|statSync|readFile|readdir|cpSync)\(\s*['"`]\.?\/?content\//, what: 'a file read from content/' },
	{ pattern: /\bcontentRoot\(\s*\)/, what: 'the content root, which is content/ unless VIGIL_CONTENT says otherwise' },
];

/** The lines of a source that read content/, as "line: what". */
function contentReads(source: string): string[] {
	return source.split('\n').flatMap((line, index) => readsOfContent.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${index + 1}: ${what}`));
}

const sourcesUnder = (folder: string) =>
	readdirSync(path.join(repoRoot, folder))
		.filter((file) => file.endsWith('.ts'))
		.map((file) => ({ file: `${folder}/${file}`, source: readFileSync(path.join(repoRoot, folder, file), 'utf8') }));

describe('the browser tests and their helpers', () => {
	test('read nothing from the repository’s content/', () => {
		const files = [...sourcesUnder('tests/e2e'), ...sourcesUnder('tests/support')];
		expect(files.length).toBeGreaterThan(30);
		expect(files.flatMap(({ file, source }) => contentReads(source).map((read) => `${file}:${read}`))).toEqual([]);
	});

	test('the check finds each way of reading content/ (and not the word in a message or an attribute)', () => {
		expect(contentReads("const site = path.join(repoRoot, 'content', 'site.yaml');")).toEqual(['1: a path joined to content/']);
		expect(contentReads('readFileSync(`${repoRoot}/content/site.yaml`)')).toEqual(['1: a path under the repository root’s content/']);
		expect(contentReads("readdirSync('content/stories/en')")).toEqual(['1: a file read from content/']);
		expect(contentReads('const root = contentRoot();')).toEqual(['1: the content root, which is content/ unless VIGIL_CONTENT says otherwise']);
		expect(contentReads("throw new Error('content/site.yaml must be valid'); meta.getAttribute('content')")).toEqual([]);
	});
});
