/**
 * The rules behind the interactive transcript (src/client/vigil-transcript.ts), kept apart from the
 * browser so that unit tests reach them.
 */

/** A cue's times, in seconds, as the transcript's data-start and data-end give them. */
export interface CueTimes {
	start: number;
	end: number;
}

/**
 * The cue being spoken at `time` (seconds): the last cue that has started and not yet ended, so that
 * of two overlapping cues the later one wins. Undefined in a pause between cues, before the first
 * and after the last. `cues` are in order of their start.
 */
export function activeCueIndex(cues: readonly CueTimes[], time: number): number | undefined {
	for (let index = cues.length - 1; index >= 0; index -= 1) {
		const cue = cues[index];
		if (cue && cue.start <= time && time < cue.end) return index;
	}
	return undefined;
}

/** Reads a data-start or data-end value: seconds, or undefined when it is not a number. */
export function secondsOf(value: string | undefined): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** A sentence from the page's dictionary with {time} filled in, e.g. "Go to {time}" → "Go to 0:12". */
export function withTime(template: string, time: string): string {
	return template.replace('{time}', time);
}

/**
 * Whether a click on a cue's words should seek: not when the visitor has just selected text (to copy
 * a sentence), which ends with a click as well.
 */
export function clickSeeks(selection: { isCollapsed: boolean } | null): boolean {
	return !selection || selection.isCollapsed;
}
