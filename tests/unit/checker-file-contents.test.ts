import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { firstLineNotUtf8 } from '../../src/validation/text-encoding';
import { validateArchive } from '../../src/validation/validate-archive';
import { MINIMAL_SITE_YAML, writeArchive } from '../support/archives';
import { removeTemporaryFolders } from '../support/commands';

/*
 * What the checker reads inside files, beyond their frontmatter: the text's encoding, a picture's
 * size in pixels, and an anonymous story's own words. Each case is a small archive of its own.
 */

afterAll(removeTemporaryFolders);

/** A PNG whose header says it is `width` × `height` (its pixels are not there: only the header is read). */
function pngHeader(width: number, height: number): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const checksum = Buffer.alloc(4);
		checksum.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
		return Buffer.concat([length, Buffer.from(type), data, checksum]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per sample
	header[9] = 2; // RGB
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(0))), chunk('IEND', Buffer.alloc(0))]);
}

/** The problems the checker reports for an archive, as "file:line field severity". */
async function reported(files: Record<string, string | Buffer>): Promise<{ summary: string[]; problems: Awaited<ReturnType<typeof validateArchive>>['problems'] }> {
	const root = writeArchive(files);
	const { problems } = await validateArchive(root, root);
	return { summary: problems.map((problem) => `${problem.file}:${problem.line ?? '-'} ${problem.field} ${problem.severity}`), problems };
}

const NEWS = '---\ntitle: Café\ndate: 2026-01-15\nsummary: A gathering in the café.\n---\n\nWe met at the café.\n';

describe('text that is not UTF-8', () => {
	test('is found at the line of its first byte that is not', () => {
		expect(firstLineNotUtf8(Buffer.from(NEWS, 'utf8'))).toBeUndefined();
		expect(firstLineNotUtf8(Buffer.from(NEWS, 'latin1'))).toBe(2);
		expect(firstLineNotUtf8(Buffer.from('a\nb\nc\n\xff', 'latin1'))).toBe(4);
		expect(firstLineNotUtf8(Buffer.from('é', 'latin1'))).toBe(1);
		// A character cut at the very end is not UTF-8 either.
		expect(firstLineNotUtf8(Buffer.from('ok\nté', 'utf8').subarray(0, -1))).toBe(2);
	});

	test('is an error in an entry, naming the line, with the way to save it as UTF-8', async () => {
		const { summary, problems } = await reported({ 'site.yaml': MINIMAL_SITE_YAML, 'news/en/latin-1.md': Buffer.from(NEWS, 'latin1') });
		expect(summary).toEqual(['news/en/latin-1.md:2 (text) error']);
		expect(problems[0]?.hint).toContain('UTF-8');
	});

	test('is an error in site.yaml too', async () => {
		const { summary } = await reported({ 'site.yaml': Buffer.from(MINIMAL_SITE_YAML.replace('Remembrance', 'Mémoire'), 'latin1') });
		expect(summary).toEqual(['site.yaml:2 (text) error']);
	});
});

describe('pictures too large to build', () => {
	test('over the image library’s limit, an error with the size in megapixels', async () => {
		const { summary, problems } = await reported({ 'site.yaml': MINIMAL_SITE_YAML, 'images/huge.png': pngHeader(20_000, 16_000) });
		expect(summary).toEqual(['images/huge.png:- (image) error']);
		expect(problems[0]?.found).toBe('20000 × 16000 pixels (320 megapixels)');
	});

	test('over 50 megapixels, a warning: the build would be slow and hungry', async () => {
		const { summary, problems } = await reported({ 'site.yaml': MINIMAL_SITE_YAML, 'images/large.png': pngHeader(8_000, 7_000), 'images/fine.png': pngHeader(4_000, 3_000) });
		expect(summary).toEqual(['images/large.png:- (image) warning']);
		expect(problems[0]?.found).toBe('8000 × 7000 pixels (56 megapixels)');
	});
});

describe('an anonymous story that names its narrator', () => {
	const story = (scope: string, summary: string, body: string) =>
		`---\ntitle: A story\nsummary: ${summary}\ndate: 2026-01-15\nnarrator:\n  name: Noor\n  relation: daughter\nconsent:\n  status: given\n  recordedOn: 2026-01-10\n  scope: ${scope}\n---\n\nMy father taught geography.\n${body}\n`;

	test('is warned about in each field that names them, on its line', async () => {
		const { summary, problems } = await reported({ 'site.yaml': MINIMAL_SITE_YAML, 'stories/en/a-story.md': story('anonymous', 'Noor remembers her father.', 'Everyone called me Noor.') });
		expect(summary).toEqual(['stories/en/a-story.md:3 summary warning', 'stories/en/a-story.md:15 (text) warning']);
		expect(problems.map((problem) => problem.found)).toEqual(['"Noor"', '"Noor"']);
	});

	test('is not warned about when the story is named, or when the name is only part of a word', async () => {
		expect((await reported({ 'site.yaml': MINIMAL_SITE_YAML, 'stories/en/a-story.md': story('named', 'Noor remembers her father.', 'I am Noor.') })).summary).toEqual([]);
		expect((await reported({ 'site.yaml': MINIMAL_SITE_YAML, 'stories/en/a-story.md': story('anonymous', 'A daughter remembers.', 'We walked to Noordwijk.') })).summary).toEqual([]);
	});
});
