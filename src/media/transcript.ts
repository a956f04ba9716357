import type { CaptionCue } from './webvtt';

/**
 * A recording's transcript, made from one of its caption files: the cues as readable paragraphs.
 * The page shows it below the player, as plain text that search indexes; in the browser each cue
 * can seek the recording (src/client/vigil-transcript.ts).
 */

/** A pause longer than this many seconds between two cues starts a new paragraph. */
export const PARAGRAPH_PAUSE = 2;

/** A paragraph of the transcript: one speaker's words until someone else speaks or a pause. */
export interface TranscriptParagraph {
	/** When the paragraph starts, in seconds: its first cue's start. */
	start: number;
	/** The speaker's name, shown at the start, when the paragraph is a new speaker's turn that the cues name. */
	speaker?: string | undefined;
	cues: CaptionCue[];
}

/**
 * Groups cues (by start time) into paragraphs: a cue whose voice span names another speaker starts
 * a new one, and so does a pause of more than `pause` seconds. A cue that names no speaker goes on
 * with the last one named, as caption files often mark only a change of speaker.
 */
export function transcriptParagraphs(cues: readonly CaptionCue[], pause: number = PARAGRAPH_PAUSE): TranscriptParagraph[] {
	const paragraphs: TranscriptParagraph[] = [];
	let speaker: string | undefined;
	let previousEnd = -Infinity;
	for (const cue of cues) {
		if (cue.text === '') continue;
		const newSpeaker = cue.speaker !== undefined && cue.speaker !== speaker;
		const current = paragraphs.at(-1);
		if (!current || newSpeaker || cue.start - previousEnd > pause) {
			paragraphs.push({ start: cue.start, ...(newSpeaker ? { speaker: cue.speaker } : {}), cues: [cue] });
		} else {
			current.cues.push(cue);
		}
		if (cue.speaker !== undefined) speaker = cue.speaker;
		previousEnd = Math.max(previousEnd, cue.end);
	}
	return paragraphs;
}

/** A caption track as far as choosing the transcript goes. */
interface TrackChoice {
	language: string;
	kind: 'captions' | 'subtitles';
}

/** Whether a language code is the locale's language: the same code, or the same language in a region or script (zh-Hans for zh). */
function sameLanguage(code: string, locale: string): boolean {
	return code.toLowerCase() === locale.toLowerCase() || code.toLowerCase().split('-')[0] === locale.toLowerCase().split('-')[0];
}

/**
 * Which caption track the page shows as the transcript: the track in the page's language if there
 * is one (an exact code before a regional or script variant), else the captions in the spoken
 * language, else the first track. Undefined when the recording has none.
 */
export function transcriptTrack<Track extends TrackChoice>(tracks: readonly Track[], pageLocale: string, spokenLanguage: string | undefined): Track | undefined {
	return (
		tracks.find((track) => track.language.toLowerCase() === pageLocale.toLowerCase()) ??
		tracks.find((track) => sameLanguage(track.language, pageLocale)) ??
		(spokenLanguage ? tracks.find((track) => track.kind === 'captions' && sameLanguage(track.language, spokenLanguage)) : undefined) ??
		tracks[0]
	);
}
