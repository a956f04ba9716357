/** A person heard in a testimony, and the espeak-ng voice that speaks for them. */
export interface Speaker {
	/** The name the captions give in their voice spans (`<v Claire>`): a fictional first name or a role. */
	name: string;
	/** The same name as the Arabic subtitles give it. */
	arabicName: string;
	/** The espeak-ng voice and variant, e.g. "en-gb+f4" (see `espeak-ng --voices`). */
	voice: string;
}

/** One caption cue: what is said, by whom, and its Arabic translation. */
export interface Cue {
	speaker: Speaker;
	/** The English words, spoken by the synthesiser and shown as the caption. */
	english: string;
	/** A translation of the same words, shown as the Arabic subtitle with the same timing. */
	arabic: string;
}

/** A short spoken testimony, written to <folder>/<name>.mp3 with .en.vtt captions and .ar.vtt subtitles. */
export interface Testimony {
	kind: 'testimony';
	/** The file name without extension: the slug of the story it belongs to. */
	name: string;
	/** What the testimony is, for the --list output. */
	describes: string;
	cues: readonly Cue[];
}

/** A few seconds of quiet tone with no words and no captions, written to <folder>/<name>.mp3. */
export interface ToneOnly {
	kind: 'tone';
	name: string;
	describes: string;
	/** How long the tone lasts, in seconds. */
	seconds: number;
}

/** Whatever one output of the script holds: a testimony, or a tone. */
export type Recording = Testimony | ToneOnly;

/** Where a set of recordings goes, and the budget each of its MP3 files must stay under. */
export interface RecordingSet {
	/** The name chosen with --only: "fixture" or "sample". */
	name: 'fixture' | 'sample';
	recordings: readonly Recording[];
	/** The largest an MP3 file of this set may be, in bytes. */
	maxBytes: number;
	/**
	 * When set, a README.txt is written beside the files: this text, then each MP3's duration in
	 * seconds, which the fixture's frontmatter `duration` fields must match.
	 */
	readme?: string;
}
