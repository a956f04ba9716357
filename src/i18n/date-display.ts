import { DateTime } from 'luxon';
import { describeTimeZone, formatZonedDateTime, zonedInstant } from '../core/time';
import { dateTimeFormat } from '../core/intl-formats';

/**
 * How events and deadlines read on a page. Times are shown in the event's own time zone, with the
 * zone named, because a ceremony happens at a place: a visitor abroad needs to know it starts at
 * 08:30 in New York, not what that is where they are.
 */

/** The fields of an event that place it in time (as the event schema normalises them). */
export interface EventTimes {
	start: string;
	end?: string | undefined;
	timeZone: string;
	allDay: boolean;
}

/** An event's date and time as words, with the value for a <time datetime> attribute. */
export interface EventDateText {
	/** e.g. "Saturday, September 11, 2021, 8:30 – 11:00 AM", or dates only for an all-day event. */
	text: string;
	/** The zone's name and offset, e.g. "Eastern Daylight Time (UTC−4)"; absent for all-day events and in the compact style, which names the zone inline. */
	zone?: string;
	/** The zone's name and offset at the end, when the clocks change during the event, e.g. "Eastern Standard Time (UTC−5)". */
	endZone?: string;
	/** The start as ISO 8601 with its offset (or a bare date for all-day events), for machines. */
	datetime: string;
}

/** A wall-clock string as ISO 8601 with the zone's offset at that moment, e.g. 2021-09-11T08:30-04:00. */
export function isoWithOffset(localDateTime: string, timeZone: string): string {
	// Through zonedInstant, so a time that happens twice is the same moment whenever the site is built.
	return DateTime.fromJSDate(zonedInstant(localDateTime, timeZone), { zone: timeZone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? localDateTime;
}

/** A calendar day (the first ten characters of a date or date-time) as a Date at UTC midnight. */
function utcDay(isoText: string): Date {
	const [year = 1970, month = 1, day = 1] = isoText.slice(0, 10).split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day));
}

/**
 * An event's date and time in a locale. "full" is for the event's own page (weekday, long month,
 * the zone on a line of its own); "compact" is for cards and lists (short month, zone abbreviation).
 * All-day events show dates only: the days are the same wherever the reader is.
 */
export function eventDateText(event: EventTimes, locale: string, style: 'full' | 'compact' = 'full'): EventDateText {
	if (event.allDay) {
		const format = dateTimeFormat(locale, { dateStyle: style === 'full' ? 'full' : 'medium', timeZone: 'UTC' });
		const first = utcDay(event.start);
		const last = event.end ? utcDay(event.end) : first;
		const text = last.getTime() > first.getTime() ? format.formatRange(first, last) : format.format(first);
		return { text, datetime: event.start.slice(0, 10) };
	}
	const start = zonedInstant(event.start, event.timeZone);
	const end = event.end ? zonedInstant(event.end, event.timeZone) : undefined;
	const format =
		style === 'full'
			? dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: event.timeZone })
			: dateTimeFormat(locale, {
					weekday: 'short',
					day: 'numeric',
					month: 'short',
					year: 'numeric',
					hour: 'numeric',
					minute: '2-digit',
					timeZone: event.timeZone,
					timeZoneName: 'short',
				});
	const text = end ? format.formatRange(start, end) : format.format(start);
	const datetime = isoWithOffset(event.start, event.timeZone);
	if (style === 'compact') return { text, datetime };
	const zone = describeTimeZone(start, locale, event.timeZone);
	// An event across the night the clocks change starts in one offset and ends in another.
	const endZone = end ? describeTimeZone(end, locale, event.timeZone) : undefined;
	return endZone && endZone !== zone ? { text, zone, endZone, datetime } : { text, zone, datetime };
}

/** A single moment, such as a deadline or a first-announced start, in its zone: words, zone and ISO value. */
export function momentText(localDateTime: string, timeZone: string, locale: string): Required<Omit<EventDateText, 'endZone'>> {
	const instant = zonedInstant(localDateTime, timeZone);
	return {
		text: formatZonedDateTime(instant, locale, timeZone),
		zone: describeTimeZone(instant, locale, timeZone),
		datetime: isoWithOffset(localDateTime, timeZone),
	};
}
