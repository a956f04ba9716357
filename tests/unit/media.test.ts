import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { activeCueIndex, clickSeeks, secondsOf, withTime } from '../../src/client/transcript-cues';
import { formatDuration, formatTimestamp, isoDuration } from '../../src/i18n/display-names';
import { locateMediaFile, mediaAddress, mediaReferencesIn } from '../../src/media/media-location';
import { transcriptParagraphs, transcriptTrack } from '../../src/media/transcript';
import { parseCaptions } from '../../src/media/webvtt';
import { mediaSchema } from '../../src/schemas/media';
import { storySchema } from '../../src/schemas/story';
import { issuesOf, parsedBy } from '../support/schema-issues';

// An image's src is any text here; the checker and Astro each bring their own file check.
const media = mediaSchema(z.string());
const recording = (fields: Record<string, unknown> = {}) => ({ kind: 'audio', title: 'Her testimony', src: '../../media/testimony.mp3', duration: '2:35', ...fields });

describe('a recording in an entry (media)', () => {
	test.each([
		['2:35', 155],
		['0:20', 20],
		['1:02:10', 3730],
		['20.114', 20.114],
		[155, 155],
		[20.114, 20.114],
	])('takes the duration %j as %d seconds', (duration, seconds) => {
		expect(parsedBy(media, recording({ duration })).duration).toBe(seconds);
	});

	test.each(['2:75', '2 minutes', '1:2:3', '', 0, -4, '1:60:00'])('refuses the duration %j, saying how to write one', (duration) => {
		expect(issuesOf(media, recording({ duration }))).toEqual([{ field: 'duration', message: expect.stringContaining('expected a duration such as 2:35') }]);
	});

	test('is required to have a duration and a title', () => {
		expect(issuesOf(media, { kind: 'audio', src: '../../media/testimony.mp3' }).map((issue) => issue.field).sort()).toEqual(['duration', 'title']);
	});

	test.each(['https://example.org/testimony.mp3', 'http://example.org/testimony.mp3', '//cdn.example.org/testimony.mp3'])('refuses a recording on another site (%s) and points to recordings with embed', (src) => {
		expect(issuesOf(media, recording({ src }))).toEqual([{ field: 'src', message: expect.stringContaining('list it under recordings with embed') }]);
	});

	test('accepts a file of the archive or of public/, and refuses a file that is not audio or video', () => {
		expect(issuesOf(media, recording({ src: '/files/ceremony.mp4', kind: 'video' }))).toEqual([]);
		expect(issuesOf(media, recording({ src: '../../media/testimony.txt' }))).toEqual([{ field: 'src', message: expect.stringContaining('an audio or video file ending in .mp3') }]);
	});

	test('takes caption files in WebVTT with a language, captions by default', () => {
		const parsed = parsedBy(media, recording({ captions: [{ src: '../../media/testimony.en.vtt', language: 'en' }, { src: '../../media/testimony.ar.vtt', language: 'ar', kind: 'subtitles' }] }));
		expect(parsed.captions.map((track) => [track.language, track.kind])).toEqual([
			['en', 'captions'],
			['ar', 'subtitles'],
		]);
		expect(issuesOf(media, recording({ captions: [{ src: '../../media/testimony.srt', language: 'en' }] }))).toEqual([
			{ field: 'captions.0.src', message: expect.stringContaining('a WebVTT caption file ending in .vtt') },
		]);
	});

	test('refuses a language code that is not one, for the recording and for its captions', () => {
		const issues = issuesOf(media, recording({ language: 'english!', captions: [{ src: '../../media/testimony.vtt', language: 'not a language' }] }));
		expect(issues.map((issue) => issue.field)).toEqual(['language', 'captions.0.language']);
		expect(issues[0]?.message).toContain('expected a language code');
	});

	test('is an empty list in a story that has none', () => {
		const story = storySchema(z.string());
		const parsed = parsedBy(story, {
			title: 'A story',
			summary: 'Told here.',
			date: '2024-01-01',
			narrator: { name: 'A', relation: 'survivor' },
			consent: { status: 'given', recordedOn: '2024-01-01', scope: 'named' },
		});
		expect(parsed.media).toEqual([]);
	});
});

describe('where a media file is served', () => {
	const root = '/archive';
	const entry = '/archive/stories/en/a-story.md';

	test('a file in the archive’s media/ folder is served at <base>media/, its name encoded', () => {
		const location = locateMediaFile('../../media/2024/her testimony.mp3', entry, root);
		expect(location).toEqual({ in: 'archive', file: '/archive/media/2024/her testimony.mp3', inside: '2024/her testimony.mp3' });
		expect(mediaAddress(location, '/vigil/')).toBe('/vigil/media/2024/her%20testimony.mp3');
	});

	test('a path from the root is a file in public/, under the base path', () => {
		expect(mediaAddress(locateMediaFile('/files/ceremony.mp4', entry, root), '/vigil')).toBe('/vigil/files/ceremony.mp4');
	});

	test('a relative path that leaves the media/ folder is never served', () => {
		const location = locateMediaFile('../../images/secret.mp3', entry, root);
		expect(location.in).toBe('elsewhere');
		expect(mediaAddress(location, '/')).toBeUndefined();
	});

	test('a built page’s references to media/ are found in src and href attributes, decoded, and nothing else', () => {
		const html = '<audio src="/vigil/media/a.mp3"><track src="/vigil/media/a.en.vtt"><a href="/vigil/media/her%20testimony.mp3">x</a></audio><p>/vigil/media/not-an-attribute.mp3</p><img src="/other/media/b.mp3">';
		expect(mediaReferencesIn(html, '/vigil/').sort()).toEqual(['a.en.vtt', 'a.mp3', 'her testimony.mp3']);
	});
});

const vtt = (...cues: string[]) => ['WEBVTT', '', ...cues.flatMap((cue) => [cue, ''])].join('\n');

describe('a caption file read for the transcript', () => {
	test('gives each cue as plain text, with the speaker its voice span names, and never passes markup on', () => {
		const { cues, errors } = parseCaptions(vtt('00:00.500 --> 00:02.000\n<v Claire Moreau>It was <b>hard</b> &amp; slow,\nthen <i>easier</i>.</v>', '00:02.000 --> 00:03.000\n&lt;script&gt;alert(1)&lt;/script&gt; <c.loud>Yes</c>'));
		expect(errors).toEqual([]);
		expect(cues).toEqual([
			{ start: 0.5, end: 2, text: 'It was hard & slow, then easier.', speaker: 'Claire Moreau' },
			{ start: 2, end: 3, text: '<script>alert(1)</script> Yes', speaker: undefined },
		]);
	});

	test('reports where the file breaks WebVTT, with the line', () => {
		const { errors } = parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\nFine\n\n00:03,000 --> 00:04.000\nA comma\n');
		expect(errors).toEqual([{ line: 6, message: expect.stringContaining('decimal separator') }]);
	});
});

describe('the transcript', () => {
	const cue = (start: number, end: number, text: string, speaker?: string) => ({ start, end, text, speaker });

	test('makes one paragraph of a speaker’s cues, and a new one when another speaker is named or after a pause', () => {
		const paragraphs = transcriptParagraphs([
			cue(0.6, 3.1, 'What was hardest?', 'Interviewer'),
			cue(3.7, 8.9, 'The ordinary places.', 'Claire'),
			cue(9.0, 10.0, 'The tram.'),
			cue(12.5, 14.0, 'And then, slowly, cafés.', 'Claire'),
			cue(14.2, 15.0, 'Who helped?', 'Interviewer'),
		]);
		expect(paragraphs.map((paragraph) => [paragraph.start, paragraph.speaker, paragraph.cues.map((each) => each.text).join(' ')])).toEqual([
			[0.6, 'Interviewer', 'What was hardest?'],
			[3.7, 'Claire', 'The ordinary places. The tram.'],
			// A pause of 2.5 s: a new paragraph, without repeating the name of the one still speaking.
			[12.5, undefined, 'And then, slowly, cafés.'],
			[14.2, 'Interviewer', 'Who helped?'],
		]);
	});

	test('is made from the captions in the page’s language, else the captions in the language spoken, else the first', () => {
		const tracks = [
			{ language: 'fr', kind: 'subtitles' as const },
			{ language: 'en', kind: 'captions' as const },
			{ language: 'zh-Hans', kind: 'subtitles' as const },
		];
		expect(transcriptTrack(tracks, 'fr', 'en')?.language).toBe('fr');
		expect(transcriptTrack(tracks, 'zh', 'en')?.language).toBe('zh-Hans');
		expect(transcriptTrack(tracks, 'ar', 'en')?.language).toBe('en');
		expect(transcriptTrack(tracks, 'ar', undefined)?.language).toBe('fr');
		expect(transcriptTrack([], 'en', 'en')).toBeUndefined();
	});

	test('says its times as a player does, and as ISO 8601 for <time>', () => {
		expect(formatTimestamp(12.9, 'en')).toBe('0:12');
		expect(formatTimestamp(3725, 'en')).toBe('1:02:05');
		expect(isoDuration(12)).toBe('PT12S');
		expect(isoDuration(65.5)).toBe('PT1M5.5S');
		expect(isoDuration(0)).toBe('PT0S');
	});

	test('says a recording’s length in words, in the page’s language', () => {
		expect(formatDuration(155, 'en')).toBe('2 minutes, 35 seconds');
		expect(formatDuration(20.114, 'en')).toBe('20 seconds');
		expect(formatDuration(3730, 'en')).toBe('1 hour, 2 minutes');
		// French puts a no-break space between a number and its unit.
		expect(formatDuration(155, 'fr')).toBe('2 minutes et 35\u00a0secondes');
	});
});

describe('the interactive transcript', () => {
	const cues = [
		{ start: 0.6, end: 3.1 },
		{ start: 3.7, end: 8.9 },
		{ start: 9.5, end: 10.9 },
		{ start: 10.5, end: 12 },
	];

	test('marks the cue being spoken, none in a pause, and the later of two that overlap', () => {
		expect(activeCueIndex(cues, 0)).toBeUndefined();
		expect(activeCueIndex(cues, 0.6)).toBe(0);
		expect(activeCueIndex(cues, 3.3)).toBeUndefined();
		expect(activeCueIndex(cues, 10)).toBe(2);
		expect(activeCueIndex(cues, 10.7)).toBe(3);
		expect(activeCueIndex(cues, 12)).toBeUndefined();
	});

	test('reads times from the page, fills in the button’s words, and does not seek when the visitor selected text', () => {
		expect(secondsOf('3.721')).toBe(3.721);
		expect(secondsOf('')).toBeUndefined();
		expect(secondsOf('soon')).toBeUndefined();
		expect(withTime('Go to {time}', '0:12')).toBe('Go to 0:12');
		expect(clickSeeks({ isCollapsed: true })).toBe(true);
		expect(clickSeeks({ isCollapsed: false })).toBe(false);
		expect(clickSeeks(null)).toBe(true);
	});
});
