import { speakCues, type TimedCue } from './cue-timeline';
import { encodeMp3 } from './mp3-encoding';
import { INSTALL_ESPEAK } from './speech-synthesis';
import type { Recording } from './testimony';
import { mixWithBed, renderToneBed } from './tone-bed';
import { writeWebVtt } from './webvtt-writing';

/** espeak-ng's own rate; the tone-only files use it too, so that every file is encoded alike. */
const TONE_SAMPLE_RATE = 22050;

/** The files of one recording, ready to write: the MP3, and for a testimony its two caption files. */
export interface RenderedRecording {
	mp3: Buffer;
	captions?: { en: string; ar: string };
	/** The cues as placed, for the summary line. */
	cues: readonly TimedCue[];
}

/** Speaks a testimony over the tone bed, or renders a tone alone, and encodes it. */
export function renderRecording(recording: Recording): RenderedRecording {
	if (recording.kind === 'tone') {
		const length = Math.round(recording.seconds * TONE_SAMPLE_RATE);
		return { mp3: encodeMp3(mixWithBed(new Int16Array(length), renderToneBed(length, TONE_SAMPLE_RATE)), TONE_SAMPLE_RATE), cues: [] };
	}
	const spoken = speakCues(recording.cues);
	const mixed = mixWithBed(spoken.samples, renderToneBed(spoken.samples.length, spoken.sampleRate));
	return {
		mp3: encodeMp3(mixed, spoken.sampleRate),
		captions: { en: writeWebVtt(spoken.cues, 'en'), ar: writeWebVtt(spoken.cues, 'ar') },
		cues: spoken.cues,
	};
}

/** How the files were made, for a README beside them. */
export const HOW_TO_REGENERATE = `npm run audio:sample (scripts/generate-sample-audio.ts; needs espeak-ng: ${INSTALL_ESPEAK})`;
