import { execFileSync, spawnSync } from 'node:child_process';
import { CommandFailure } from '../cli';
import { readWav, type PcmAudio } from './wav-reading';

/** The command that installs the synthesiser on Debian and Ubuntu, printed when it is missing. */
export const INSTALL_ESPEAK = 'apt-get install -y espeak-ng';

/**
 * Words per minute: espeak-ng's default of 175 sounds hurried for a testimony; 140 is calm and
 * still natural.
 */
const WORDS_PER_MINUTE = 140;

/** Stops the command with the install line when espeak-ng is not on the PATH. */
export function requireEspeak(): void {
	const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
	if (probe.error || probe.status !== 0) {
		throw new CommandFailure(`espeak-ng, the speech synthesiser, is not installed. Install it with:\n${INSTALL_ESPEAK}`);
	}
}

/**
 * Speaks `text` with an espeak-ng voice and returns its samples (espeak-ng's native 22050 Hz mono),
 * with the silence espeak-ng leaves before and after the words cut off, so that a caption's start
 * and end are the voice's.
 */
export function synthesiseSpeech(text: string, voice: string): PcmAudio {
	// execFileSync passes the text as one argument, with no shell to interpret quotes in it.
	const wav = execFileSync('espeak-ng', ['-v', voice, '-s', String(WORDS_PER_MINUTE), '--stdout', text], { maxBuffer: 64 * 1024 * 1024 });
	const audio = readWav(wav);
	return { sampleRate: audio.sampleRate, samples: trimSilence(audio.samples) };
}

/** Below this level a sample counts as silence: about −50 dBFS, under the breath noise of a voice. */
const SILENCE_LEVEL = 100;

/** The samples between the first and the last that rise above silence. */
function trimSilence(samples: Int16Array): Int16Array {
	let start = 0;
	while (start < samples.length && Math.abs(samples[start] ?? 0) < SILENCE_LEVEL) start++;
	let end = samples.length;
	while (end > start && Math.abs(samples[end - 1] ?? 0) < SILENCE_LEVEL) end--;
	return samples.slice(start, end);
}
