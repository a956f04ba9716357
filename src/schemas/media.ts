import { z } from 'astro/zod';
import { imageSchema } from './image';
import { languageTag } from './language-tag';

/*
 * A recording served by the site itself (issue 20): the browser's own <audio> or <video>, with
 * WebVTT captions. A file in the archive's media/ folder is copied into the site only when a
 * published page shows it (src/integrations/published-media.ts); a file in public/ is served as it is.
 */

/** What a recording holds. */
export const mediaKinds = ['audio', 'video'] as const;

/** The audio and video files a browser's own player can play. */
export const MEDIA_FILE = /\.(mp3|m4a|aac|ogg|oga|opus|wav|mp4|m4v|webm)$/i;
/** A caption or subtitle file: WebVTT, the one format <track> reads. */
export const CAPTION_FILE = /\.vtt$/i;

/** Whether a media path names another site rather than a file of this archive. */
const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * A path to a file served by the site: relative to the entry file, into the archive's media/ folder
 * (../../media/testimony.mp3), or in public/ from the site's root (/files/ceremony.mp4). Whether the
 * file is there is checked by `npm run check` (src/validation/media-files.ts), which knows the entry's folder.
 */
function servedFile(extension: RegExp, expected: string) {
	return z
		.string()
		.trim()
		.min(1)
		.superRefine((src, ctx) => {
			if (REMOTE.test(src)) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					message: `expected a file of this archive, e.g. ../../media/testimony.mp3, not an address on another site; for a recording on another site's player, list it under recordings with embed`,
				});
			} else if (!extension.test(src.replace(/[?#].*$/, ''))) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${expected}` });
			}
		});
}

/** A duration written as m:ss or h:mm:ss, e.g. 2:35 or 1:02:10. */
const CLOCK_DURATION = /^(?:(\d+):([0-5]\d)|(\d+):([0-5]\d):([0-5]\d))$/;

/**
 * How long a recording runs, written 2:35 (m:ss), 1:02:10 (h:mm:ss) or as a number of seconds, e.g.
 * 155 or 20.4; normalised to seconds. (Read as YAML 1.1, an unquoted 2:35 is already the number 155.)
 */
export const mediaDuration = z
	.union([z.number(), z.string().trim()], { errorMap: () => ({ message: 'expected a duration such as 2:35 (minutes:seconds), 1:02:10 (hours:minutes:seconds) or a number of seconds' }) })
	.transform((value, ctx) => {
		const seconds = typeof value === 'number' ? value : secondsOfClock(value);
		if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a duration such as 2:35 (minutes:seconds), 1:02:10 (hours:minutes:seconds) or a number of seconds' });
			return z.NEVER;
		}
		return seconds;
	});

function secondsOfClock(text: string): number | undefined {
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
	const match = CLOCK_DURATION.exec(text);
	if (!match) return undefined;
	const [, minutes, seconds, longHours, longMinutes, longSeconds] = match;
	if (minutes !== undefined) return Number(minutes) * 60 + Number(seconds);
	return Number(longHours) * 3600 + Number(longMinutes) * 60 + Number(longSeconds);
}

/** Whether a caption file is in the spoken language or a translation. */
export const captionKinds = ['captions', 'subtitles'] as const;

/** A WebVTT file of captions or subtitles for a recording. */
export const captionTrackSchema = z.object({
	/** The .vtt file, by the same rules as the recording's src, e.g. ../../media/testimony.en.vtt. */
	src: servedFile(CAPTION_FILE, 'a WebVTT caption file ending in .vtt'),
	/** The language the captions are written in, as a language code such as en, ar or zh-Hans. */
	language: languageTag,
	/** "captions" for the words in the language spoken (with sounds, for people who cannot hear them); "subtitles" for a translation. */
	kind: z.enum(captionKinds).default('captions'),
	/** What the player's caption menu calls the track, e.g. "English (transcript)"; the language's name when not given. */
	label: z.string().trim().min(1).optional(),
});

/** An audio or video recording served by the site, e.g. a survivor's testimony. */
export function mediaSchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z.object({
		/** Whether it is sound only or has pictures. */
		kind: z.enum(mediaKinds),
		/** What the recording is, shown above the player, e.g. "Her testimony, recorded in 2024". */
		title: z.string().trim().min(1),
		/**
		 * The file: relative to this entry's file, into the archive's media/ folder (e.g.
		 * ../../media/a-seat-by-the-window.mp3), or a path in public/ starting with / (e.g.
		 * /files/ceremony.mp4). An .mp3, .m4a, .aac, .ogg, .oga, .opus, .wav, .mp4, .m4v or .webm file.
		 */
		src: servedFile(MEDIA_FILE, 'an audio or video file ending in .mp3, .m4a, .aac, .ogg, .oga, .opus, .wav, .mp4, .m4v or .webm'),
		/** The language spoken, as a language code such as en or fr. */
		language: languageTag.optional(),
		/** How long it runs: 2:35 (minutes:seconds), 1:02:10 or a number of seconds. The checker holds the captions to it. */
		duration: mediaDuration,
		/** A picture shown on the video before it plays, like a story's portrait; resized, and cleaned of its metadata. */
		poster: imageSchema(imageSource).optional(),
		/** Caption and subtitle files, one per language; the first in the page's language, or in the spoken one, is also shown as the transcript. */
		captions: z.array(captionTrackSchema).default([]),
	});
}

export type MediaData = z.output<ReturnType<typeof mediaSchema<z.ZodString>>>;
export type CaptionTrack = z.output<typeof captionTrackSchema>;
