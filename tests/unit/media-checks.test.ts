import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { belongsToLocales } from '../../src/integrations/partial-build';
import { publishReferencedMedia, serveMediaFile } from '../../src/media/published-media';
import { validateArchive } from '../../src/validation/validate-archive';
import { MINIMAL_SITE_YAML, writeArchive } from '../support/archives';
import { removeTemporaryFolders } from '../support/commands';

afterAll(removeTemporaryFolders);

/** A story whose frontmatter ends with the given lines of `media:` (each indented as written). */
function storyWithMedia(...mediaLines: string[]): string {
	return [
		'---',
		'title: A testimony',
		'summary: Told and recorded.',
		'date: 2024-05-12',
		'narrator:',
		'  name: Claire',
		'  relation: survivor',
		'consent:',
		'  status: given',
		'  recordedOn: 2024-05-01',
		'  scope: named',
		'media:',
		...mediaLines,
		'---',
		'',
		'The story.',
		'',
	].join('\n');
}

const RECORDING = ['  - kind: audio', '    title: Her testimony', '    src: ../../media/testimony.mp3', '    language: en', '    duration: 0:20'];
const captionsFile = (file: string) => ['    captions:', `      - src: ../../media/${file}`, '        language: en'];
const vtt = (...lines: string[]) => ['WEBVTT', '', ...lines, ''].join('\n');

/** The media problems of an archive with one story, as "file:line field: message". */
async function mediaProblems(files: Record<string, string | Buffer>) {
	const root = writeArchive({ 'site.yaml': MINIMAL_SITE_YAML, ...files });
	const { problems } = await validateArchive(root, root, { publicDir: path.join(root, 'no-public') });
	return problems.map((problem) => ({ at: `${problem.file}:${problem.line ?? ''}`, field: problem.field, message: problem.message, found: problem.found }));
}

describe('the checker and recordings', () => {
	test('a recording with good captions is accepted, and media/ is a folder it knows', async () => {
		const problems = await mediaProblems({
			'stories/en/testimony.md': storyWithMedia(...RECORDING, ...captionsFile('testimony.en.vtt')),
			'media/testimony.mp3': Buffer.from('ID3'),
			'media/testimony.en.vtt': vtt('00:00.500 --> 00:04.000', '<v Claire>The ordinary places.', '', '00:04.000 --> 00:19.900', 'A bakery queue.'),
		});
		expect(problems).toEqual([]);
	});

	test('a missing recording, caption file or poster is an error at its field’s line, all in one run', async () => {
		const problems = await mediaProblems({
			'stories/en/testimony.md': storyWithMedia(
				'  - kind: video',
				'    title: Her testimony',
				'    src: ../../media/not-there.mp4',
				'    duration: 2:35',
				'    poster:',
				'      src: ../../images/no-poster.jpg',
				'      alt: Claire at her window.',
				...captionsFile('not-there.en.vtt'),
			),
		});
		expect(problems).toEqual([
			expect.objectContaining({ at: 'stories/en/testimony.md:15', field: 'media.0.src', message: expect.stringContaining('expected a file at media/not-there.mp4, but there is no such file') }),
			expect.objectContaining({ at: 'stories/en/testimony.md:18', field: 'media.0.poster.src', message: expect.stringContaining('but there is no such file') }),
			expect.objectContaining({ at: 'stories/en/testimony.md:21', field: 'media.0.captions.0.src', message: expect.stringContaining('expected a file at media/not-there.en.vtt') }),
		]);
	});

	test('a relative path that leaves the media/ folder is an error, even to a file that exists', async () => {
		const problems = await mediaProblems({
			'stories/en/testimony.md': storyWithMedia('  - kind: audio', '    title: Her testimony', '    src: ../../images/hidden.mp3', '    duration: 20'),
			'images/hidden.mp3': Buffer.from('ID3'),
		});
		expect(problems).toEqual([expect.objectContaining({ at: 'stories/en/testimony.md:15', field: 'media.0.src', message: expect.stringContaining("expected a file inside the archive's media/ folder") })]);
	});

	test('a caption file that breaks WebVTT, a cue out of order and a cue beyond the recording are errors at the caption file’s lines', async () => {
		const problems = await mediaProblems({
			'stories/en/testimony.md': storyWithMedia(...RECORDING, ...captionsFile('testimony.en.vtt')),
			'media/testimony.mp3': Buffer.from('ID3'),
			'media/testimony.en.vtt': vtt(
				'00:00:05.000 --> 00:00:08.000', // line 3
				'Second, written first.',
				'',
				'00:00:01.000 --> 00:00:04.000', // line 6: starts before the cue above
				'First.',
				'',
				'00:00:09,000 --> 00:00:12.000', // line 9: a comma, as in SubRip
				'Broken.',
				'',
				'00:00:13.000 --> 00:00:25.000', // line 12: the recording lasts 0:20
				'Too long.',
			),
		});
		expect(problems).toEqual([
			{ at: 'media/testimony.en.vtt:6', field: '(captions)', message: expect.stringContaining('expected each cue to start at or after the one before it (at 0:05, line 3)'), found: '0:01' },
			{ at: 'media/testimony.en.vtt:9', field: '(captions)', message: expect.stringContaining('expected a WebVTT caption file: No decimal separator'), found: undefined },
			{ at: 'media/testimony.en.vtt:12', field: '(captions)', message: expect.stringContaining('expected the cue to end within the recording, which lasts 0:20'), found: 'a cue ending at 0:25' },
		]);
	});

	test('a file that is not WebVTT at all is reported at its first line', async () => {
		const problems = await mediaProblems({
			'stories/en/testimony.md': storyWithMedia(...RECORDING, ...captionsFile('testimony.en.vtt')),
			'media/testimony.mp3': Buffer.from('ID3'),
			'media/testimony.en.vtt': '1\n00:00:01,000 --> 00:00:04,000\nA SubRip file renamed.\n',
		});
		expect(problems[0]).toEqual(expect.objectContaining({ at: 'media/testimony.en.vtt:1', message: expect.stringContaining('File needs to start with "WEBVTT"') }));
	});
});

describe('publishing the media a built site plays', () => {
	test('copies exactly the files pages refer to, and stops at a page that refers to a missing one', () => {
		// writeArchive writes any folder of files: here the archive's media/ folder, and a built site.
		const media = writeArchive({ 'played.mp3': 'played', 'played.en.vtt': 'WEBVTT\n', 'withdrawn.mp3': 'withdrawn', 'sub/other.ogg': 'unused' });
		const built = writeArchive({
			'stories/a/index.html': '<audio src="/base/media/played.mp3"><track src="/base/media/played.en.vtt"></audio>',
			'fr/stories/a/index.html': '<audio src="/base/media/played.mp3"></audio>',
			'about/index.html': '<p>No recording here.</p>',
		});
		const report = publishReferencedMedia(built, media, '/base/');
		expect(report.copied).toEqual(['played.en.vtt', 'played.mp3']);
		expect(readFileSync(path.join(built, 'media/played.mp3'), 'utf8')).toBe('played');
		expect(existsSync(path.join(built, 'media/withdrawn.mp3'))).toBe(false);
		expect(existsSync(path.join(built, 'media/sub/other.ogg'))).toBe(false);
		// Copying again (a build of other locales copied over this one) changes nothing.
		expect(publishReferencedMedia(built, media, '/base/').copied).toEqual(['played.en.vtt', 'played.mp3']);

		const broken = writeArchive({ 'stories/b/index.html': '<audio src="/base/media/gone.mp3"></audio>' });
		expect(() => publishReferencedMedia(broken, media, '/base/')).toThrow(/stories\/b\/index\.html refers to media\/gone\.mp3/);
	});

	test('a build of some locales keeps the media its pages play', () => {
		expect(belongsToLocales('media', ['fr'])).toBe(true);
	});
});

describe('the dev server', () => {
	test('serves media/ from the archive with the right type and byte ranges, and nothing outside it', async () => {
		const archive = writeArchive({ 'media/testimony.en.vtt': 'WEBVTT\n', 'media/testimony.mp3': '0123456789', 'site.yaml': 'name: secret' });
		const serve = serveMediaFile(path.join(archive, 'media'), '/base/');
		const server = createServer((request, response) => serve(request, response, () => response.writeHead(404).end('to Astro')));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const captions = await fetch(`${origin}/base/media/testimony.en.vtt`);
			expect([captions.status, captions.headers.get('content-type'), await captions.text()]).toEqual([200, 'text/vtt; charset=utf-8', 'WEBVTT\n']);
			const part = await fetch(`${origin}/base/media/testimony.mp3`, { headers: { range: 'bytes=2-4' } });
			expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 2-4/10', '234']);
			for (const outside of ['/base/media/..%2Fsite.yaml', '/base/media/%2E%2E/site.yaml', '/base/media/nothing.mp3']) {
				expect((await fetch(`${origin}${outside}`)).status, outside).toBe(404);
			}
		} finally {
			server.close();
		}
	});
});
