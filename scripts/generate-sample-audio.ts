/**
 * npx tsx scripts/generate-sample-audio.ts — speaks the short audio testimonies of the sample archive
 * and of the test fixture, with their WebVTT captions.
 *
 * No one's voice is recorded: espeak-ng, a speech synthesiser, speaks invented words by invented
 * people. Each caption cue is synthesised on its own and its length read from the audio, so the cues
 * follow one another with a short pause and their timings are the voice's exactly. A very quiet tone
 * bed runs underneath. lamejs encodes the result as a 32 kbit/s mono MP3 with no tags, and the same
 * script always writes the same bytes, so the files are committed and neither the tests nor CI need
 * espeak-ng.
 *
 * Exit codes: 0 when every file was written, 1 when espeak-ng is missing or a file was over its size
 * budget, 2 when the command was used wrongly.
 */
import path from 'node:path';
import { contentRoot } from '../src/core/content-root';
import { refreshSampleManifest, SAMPLE_MANIFEST } from './init/content-manifest';
import { runCommand, UsageError, type CommandArguments } from './cli';
import { FIXTURE_RECORDINGS } from './sample-audio/fixture-recordings';
import { writeRecordingSet } from './sample-audio/recording-writing';
import { SAMPLE_RECORDINGS } from './sample-audio/sample-recordings';
import { INSTALL_ESPEAK, requireEspeak } from './sample-audio/speech-synthesis';
import type { RecordingSet } from './sample-audio/testimony';

/** Where the test fixture's recordings go: the full fixture archive that the browser tests build. */
const FIXTURE_MEDIA = 'tests/fixtures/archives/full/media';

const HELP = `Usage: npx tsx scripts/generate-sample-audio.ts [options]

Speaks short fictional testimonies with the espeak-ng speech synthesiser and
writes each as an MP3 (mono, 32 kbit/s, no tags) with English captions
(.en.vtt) and Arabic subtitles (.ar.vtt) whose timings follow the voice:
  sample   content/media/ (or media/ inside $VIGIL_CONTENT), under ${SAMPLE_RECORDINGS.maxBytes / 1024} KB a file
  fixture  ${FIXTURE_MEDIA}/, under ${FIXTURE_RECORDINGS.maxBytes / 1024} KB a file, with a README.txt
The output is deterministic: running it twice writes the same files.

Needs espeak-ng: ${INSTALL_ESPEAK}

Options:
  --only <set>      write only the sample or only the fixture (default: both)
  --list            list the recordings and what each holds, without speaking
  --verbose         on an unexpected error, show where it happened
                    (also VIGIL_VERBOSE=1)
  -h, --help        show this help

Exits with 0 when every file was written, 1 when espeak-ng is missing or a
file was over its budget, 2 when the options were wrong.`;

const OPTIONS = {
	only: { type: 'string' },
	list: { type: 'boolean' },
} as const;

const SETS: readonly RecordingSet[] = [FIXTURE_RECORDINGS, SAMPLE_RECORDINGS];

/** Where each set is written. */
function folderOf(set: RecordingSet): string {
	return path.resolve(set.name === 'fixture' ? FIXTURE_MEDIA : path.join(contentRoot(), 'media'));
}

/** Lists the recordings, or speaks the chosen sets into their folders. */
async function generateSampleAudio({ values: options }: CommandArguments<typeof OPTIONS>): Promise<void> {
	let selected = SETS;
	if (options.only !== undefined) {
		selected = SETS.filter((set) => set.name === options.only);
		if (!selected.length) throw new UsageError(`--only: expected "sample" or "fixture", found "${options.only}".`);
	}
	if (options.list) {
		for (const set of selected) {
			for (const recording of set.recordings) console.log(`${set.name}  ${recording.name}.mp3  ${recording.describes}`);
		}
		return;
	}
	requireEspeak();
	for (const set of selected) writeRecordingSet(set, folderOf(set));
	// The sample's recordings changed: npm run init must still know them for the sample's own.
	const listed = selected.some((set) => set.name === 'sample') ? refreshSampleManifest(contentRoot()) : undefined;
	if (listed !== undefined) console.log(`Recorded the sample's ${listed} files again in ${SAMPLE_MANIFEST}.`);
}

await runCommand({ name: 'generate-sample-audio', help: HELP, options: OPTIONS, run: generateSampleAudio });
