import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CommandFailure } from '../cli';
import { measureMp3Seconds } from './mp3-duration';
import { HOW_TO_REGENERATE, renderRecording } from './recording-rendering';
import type { RecordingSet } from './testimony';

/**
 * Renders each recording of the set and writes <name>.mp3, and for a testimony <name>.en.vtt and
 * <name>.ar.vtt, into `folder`, printing a line per recording. A file over the set's budget is not
 * written, and fails the run.
 */
export function writeRecordingSet(set: RecordingSet, folder: string): void {
	mkdirSync(folder, { recursive: true });
	console.log(`Recording the ${set.name} (${set.recordings.length}) into ${path.relative(process.cwd(), folder) || folder}/`);
	const durations: string[] = [];
	for (const [index, recording] of set.recordings.entries()) {
		const counter = `[${index + 1}/${set.recordings.length}]`;
		const rendered = renderRecording(recording);
		const seconds = measureMp3Seconds(rendered.mp3);
		if (rendered.mp3.length > set.maxBytes) {
			throw new CommandFailure(`${recording.name}.mp3 is ${kilobytes(rendered.mp3.length)} KB, over the ${set.name}'s budget of ${kilobytes(set.maxBytes)} KB: shorten its cues.`);
		}
		writeFileSync(path.join(folder, `${recording.name}.mp3`), rendered.mp3);
		const written = [`${recording.name}.mp3`];
		if (rendered.captions) {
			writeFileSync(path.join(folder, `${recording.name}.en.vtt`), rendered.captions.en);
			writeFileSync(path.join(folder, `${recording.name}.ar.vtt`), rendered.captions.ar);
			written.push('.en.vtt', '.ar.vtt');
		}
		const lastCue = rendered.cues.at(-1);
		const cueNote = lastCue ? `, ${rendered.cues.length} cues, the last ending at ${(lastCue.endMs / 1000).toFixed(3)} s` : '';
		console.log(`${counter} ${written.join(' ')}  ${seconds.toFixed(3)} s  ${kilobytes(rendered.mp3.length)} KB${cueNote}`);
		durations.push(`- ${recording.name}.mp3: ${seconds.toFixed(3)} seconds, ${rendered.mp3.length} bytes. ${recording.describes}${rendered.captions ? ` Captions: ${recording.name}.en.vtt (English) and ${recording.name}.ar.vtt (Arabic).` : ' No captions.'}`);
	}
	if (set.readme !== undefined) {
		writeFileSync(path.join(folder, 'README.txt'), `${set.readme}\n\nMade with: ${HOW_TO_REGENERATE}\n\n${durations.join('\n')}\n`);
		console.log(`     README.txt`);
	}
}

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);
