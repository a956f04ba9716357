import { dateTimeFormat } from '../core/intl-formats';
/**
 * An event's start as the visitor's own clock reads it: "Your time: September 11 at 11:00 PM" under
 * "10:00 AM, Eastern Daylight Time". Only Intl, no time zone library, because it runs in the browser
 * (src/client/vigil-local-time.ts) with the zone the browser reports.
 */

/** The wall-clock reading of an instant in a zone, to compare two zones' clocks. */
function clockReading(instant: Date, timeZone: string): string {
	return dateTimeFormat('en-US', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone,
	}).format(instant);
}

/**
 * The start of an event in the visitor's zone, in the page's language, e.g. "September 11 at
 * 11:00 PM". Short enough for one line on a phone, so the line kept for it is enough (the label
 * says whose time it is; the zone's name would double its length). Undefined when the visitor's clock reads the same as the event's (the same zone,
 * or another zone with the same offset that day), where it would only repeat the time above it.
 */
export function visitorTime(start: Date, eventZone: string, visitorZone: string, locale: string): string | undefined {
	if (Number.isNaN(start.getTime())) return undefined;
	if (visitorZone === eventZone || clockReading(start, visitorZone) === clockReading(start, eventZone)) return undefined;
	return dateTimeFormat(locale, {
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone: visitorZone,
	}).format(start);
}
