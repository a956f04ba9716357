import { zonedInstant } from '../core/time';
import { dateTimeFormat } from '../core/intl-formats';
import { programmeDateTime, type ProgrammeItem, type ProgrammeTime } from '../schemas/programme';
import { isoWithOffset } from './date-display';
import { joinParts } from './display-names';

/**
 * How a programme item's time and people read, on the event's page, on the printable programme and
 * in the calendar file alike. A time is the event's wall-clock time in its own zone, as the event's
 * start is shown: the order of service is read at the place of the ceremony.
 */

/** The fields of an event that place its programme in time. */
export interface ProgrammeEventTimes {
	start: string;
	timeZone: string;
}

/** A programme item's time as words in a locale, with the value for a <time datetime> attribute. */
export interface ProgrammeTimeText {
	/** The time of day, e.g. "10:05 AM"; with the day in front for an item after the event's first day. */
	text: string;
	/** The moment as ISO 8601 with the zone's offset, e.g. 2021-08-20T10:05-04:00. */
	datetime: string;
}

/** A programme item's time in a locale: the time of day, and the day too when it is not the event's first. */
export function programmeTimeText(time: ProgrammeTime, event: ProgrammeEventTimes, locale: string): ProgrammeTimeText {
	const local = programmeDateTime(time, event.start);
	const onFirstDay = local.slice(0, 10) === event.start.slice(0, 10);
	const format = onFirstDay
		? dateTimeFormat(locale, { timeStyle: 'short', timeZone: event.timeZone })
		: dateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: event.timeZone });
	return { text: format.format(zonedInstant(local, event.timeZone)), datetime: isoWithOffset(local, event.timeZone) };
}

/** Who gives an item, as one phrase: "Speaker, role", either alone, or undefined when the item names no one. */
export function programmePeople(item: Pick<ProgrammeItem, 'speaker' | 'role'>, separator: string): string | undefined {
	return joinParts([item.speaker, item.role], separator) || undefined;
}

/**
 * A programme as plain lines of text, one per item, e.g. "10:05 AM Moment of silence" or
 * "10:50 AM Remarks — Secretary-General of the United Nations": for the calendar file, where no
 * markup can carry the structure.
 */
export function programmeTextLines(items: readonly ProgrammeItem[], event: ProgrammeEventTimes, locale: string, separator: string): string[] {
	return items.map((item) => {
		const time = item.time ? `${programmeTimeText(item.time, event, locale).text} ` : '';
		const people = programmePeople(item, separator);
		return `${time}${item.title}${people ? ` — ${people}` : ''}`;
	});
}
