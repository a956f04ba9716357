import { DateTime, IANAZone } from 'luxon';
import { dateTimeFormat } from './intl-formats';

/**
 * Time zone arithmetic goes through Luxon (which reads the IANA database through Intl); nothing here
 * keeps an offset table of its own. Wall-clock strings are YYYY-MM-DDTHH:mm:ss as the schemas
 * normalise them.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The instant at which a wall-clock time happens in a time zone, the same whatever day the build
 * runs on. Follows RFC 5545 §3.3.5: a time that happens twice (clocks going back) means the first
 * occurrence; a time skipped when clocks go forward is read with the offset in force before the
 * gap, so 02:30 on the night New York springs forward is 03:30 EDT. (Luxon alone would guess from
 * the zone's offset on the day of the build, which makes the twice-happening hour depend on the season.)
 */
export function zonedInstant(localDateTime: string, timeZone: string): Date {
	// Every listing places every event again: each wall-clock time is placed once per build.
	const key = `${localDateTime}\0${timeZone}`;
	let instant = placed.get(key);
	if (instant === undefined) {
		instant = placeInZone(localDateTime, timeZone);
		placed.set(key, instant);
	}
	return new Date(instant);
}

const placed = new Map<string, number>();

function placeInZone(localDateTime: string, timeZone: string): number {
	const wall = DateTime.fromISO(localDateTime, { zone: 'UTC' });
	const zone = IANAZone.create(timeZone);
	if (!zone.isValid) throw new Error(`Cannot place ${localDateTime} in ${timeZone}: unknown time zone`);
	if (!wall.isValid) throw new Error(`Cannot place ${localDateTime} in ${timeZone}: ${wall.invalidExplanation ?? 'not a date and time'}`);
	const wallAsUtc = wall.toMillis();
	const offsetBefore = zone.offset(wallAsUtc - DAY);
	const offsetAfter = zone.offset(wallAsUtc + DAY);
	const matches = [offsetBefore, offsetAfter]
		.map((offset) => wallAsUtc - offset * MINUTE)
		.filter((instant) => instant + zone.offset(instant) * MINUTE === wallAsUtc)
		.sort((a, b) => a - b);
	return matches[0] ?? wallAsUtc - offsetBefore * MINUTE;
}

/** The instant at which a wall-clock day ends (midnight that follows it) in a time zone. */
export function endOfLocalDay(localDateTime: string, timeZone: string): Date {
	const nextDay = DateTime.fromISO(localDateTime, { zone: 'UTC' }).startOf('day').plus({ days: 1 });
	return zonedInstant(nextDay.toISO({ includeOffset: false }) ?? localDateTime, timeZone);
}

/** The year of a calendar date or wall-clock string, read from the text itself. */
export function yearOf(isoText: string): number {
	return Number(isoText.slice(0, 4));
}

/**
 * A calendar date (YYYY-MM-DD) as words in a locale, e.g. "11 September 2021". Formatted at UTC
 * because a calendar date has no time zone: formatting it in the builder's zone could move the day.
 */
export function formatCalendarDate(isoDate: string, locale: string, style: 'long' | 'medium' = 'long'): string {
	const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
	const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
	return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** An instant as a full date and time of day in a given zone, e.g. "Saturday 11 September 2021 at 08:30". */
export function formatZonedDateTime(instant: Date, locale: string, timeZone: string): string {
	return dateTimeFormat(locale, {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone,
	}).format(instant);
}

/** Just the time of day of an instant in a zone, e.g. "08:30". */
export function formatZonedTime(instant: Date, locale: string, timeZone: string): string {
	return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(instant);
}

/** The zone's name and offset at an instant, e.g. "Eastern Daylight Time (UTC−4)". */
export function describeTimeZone(instant: Date, locale: string, timeZone: string): string {
	const longName = dateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
		.formatToParts(instant)
		.find((part) => part.type === 'timeZoneName')?.value;
	const offsetMinutes = DateTime.fromJSDate(instant, { zone: timeZone }).offset;
	const sign = offsetMinutes < 0 ? '\u2212' : '+';
	const hours = Math.floor(Math.abs(offsetMinutes) / 60);
	const minutes = Math.abs(offsetMinutes) % 60;
	const offset = offsetMinutes === 0 ? 'UTC' : `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
	return longName ? `${longName} (${offset})` : offset;
}
