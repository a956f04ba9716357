import type { Cue } from './testimony';
import { synthesiseSpeech } from './speech-synthesis';

/** A cue placed in time: from the first to the last sample of its voice, in milliseconds. */
export interface TimedCue extends Cue {
	startMs: number;
	endMs: number;
}

/** The voices of a testimony laid end to end, and where each cue falls. */
export interface SpokenTestimony {
	sampleRate: number;
	samples: Int16Array;
	cues: TimedCue[];
}

/** The silence before the first cue, between two cues and after the last: a breath, not a gap. */
const PAUSE_SECONDS = 0.6;

/**
 * Speaks each cue on its own and places them one after another with a short pause between. Because
 * each cue's length is read from its own audio, the caption timings are the voice's, to the
 * millisecond, whatever the synthesiser's speed.
 */
export function speakCues(cues: readonly Cue[]): SpokenTestimony {
	const spoken = cues.map((cue) => ({ cue, audio: synthesiseSpeech(cue.english, cue.speaker.voice) }));
	const sampleRate = spoken[0]?.audio.sampleRate;
	if (sampleRate === undefined) throw new Error('a testimony needs at least one cue');
	if (spoken.some(({ audio }) => audio.sampleRate !== sampleRate)) throw new Error('the voices were synthesised at different sample rates');

	const pause = Math.round(PAUSE_SECONDS * sampleRate);
	const length = pause + spoken.reduce((total, { audio }) => total + audio.samples.length + pause, 0);
	const samples = new Int16Array(length);
	const timed: TimedCue[] = [];
	let offset = pause;
	for (const { cue, audio } of spoken) {
		samples.set(audio.samples, offset);
		timed.push({ ...cue, startMs: millisecondsAt(offset, sampleRate), endMs: millisecondsAt(offset + audio.samples.length, sampleRate) });
		offset += audio.samples.length + pause;
	}
	return { sampleRate, samples, cues: timed };
}

function millisecondsAt(sample: number, sampleRate: number): number {
	return Math.round((sample / sampleRate) * 1000);
}
