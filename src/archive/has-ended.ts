/**
 * The one rule for "is it over yet?". The build uses it to decide upcoming and past, open and
 * closed, shown and expired; the scripts in src/client use it again in the visitor's browser, so a
 * site that has not been rebuilt for a week still shows an event that has ended as past. It imports
 * nothing, so that the browser's copy stays a few bytes.
 */

/**
 * Whether the moment `end` has come at `now`: an event is over, a call closed, a banner expired from
 * that very instant on. `end` is an instant or its ISO 8601 text (as pages carry it in data
 * attributes). A moment that cannot be read never ends: the page keeps what the build decided.
 */
export function hasEnded(end: Date | string, now: Date): boolean {
	const instant = typeof end === 'string' ? Date.parse(end) : end.getTime();
	return !Number.isNaN(instant) && instant <= now.getTime();
}
