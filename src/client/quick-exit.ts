/**
 * The rule behind the quick-exit button's keyboard shortcut, kept apart from the browser so that unit
 * tests reach it: pressing Escape three times, each press soon after the one before, leaves the site.
 * Escape alone also closes menus and clears search fields, so one or two presses must do nothing.
 */

/** How many presses of Escape in a row leave the site. */
export const ESCAPE_PRESSES_TO_LEAVE = 3;

/** The longest pause between two presses that still counts as "in a row", in milliseconds. */
export const ESCAPE_PAUSE_MS = 1000;

/**
 * The presses that count after one more at `at` (a timestamp in milliseconds), and whether they are
 * enough to leave. A pause longer than ESCAPE_PAUSE_MS starts the count again from this press.
 */
export function afterEscape(previous: readonly number[], at: number): { presses: number[]; leave: boolean } {
	const last = previous.at(-1);
	const presses = last !== undefined && at - last <= ESCAPE_PAUSE_MS && at >= last ? [...previous, at] : [at];
	const leave = presses.length >= ESCAPE_PRESSES_TO_LEAVE;
	return { presses: leave ? [] : presses, leave };
}
