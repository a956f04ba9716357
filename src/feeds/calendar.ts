import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { zonedInstant } from '../core/time';

/** One event as a calendar file carries it. */
export interface CalendarEvent {
	/** Stable across builds and languages, e.g. "day-of-remembrance-2027@remembrance.example.org". */
	uid: string;
	title: string;
	description: string;
	/** Wall-clock start and end (YYYY-MM-DDTHH:mm:ss) in `timeZone`. */
	start: string;
	end?: string | undefined;
	timeZone: string;
	allDay: boolean;
	status: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
	/** Grows with every change a calendar should notice (RFC 5545 §3.8.7.4). */
	sequence: number;
	/** The event's page on this site. */
	url: string;
	/** Where it happens: a venue written out, or the address of an online event. */
	location?: string | undefined;
}

export interface CalendarOptions {
	/** The calendar's name, shown by calendar apps when subscribing. */
	name: string;
	/** When this file was made (DTSTAMP): the build's clock, so tests can pin it. */
	stamp: Date;
	/** The site's address, for PRODID. */
	siteUrl: string;
	/** The language of the texts, as an RFC 5646 code. */
	language: string;
	/**
	 * For a calendar people subscribe to: how often their app should fetch it again, in seconds
	 * (REFRESH-INTERVAL, RFC 7986 §5.7, and X-PUBLISHED-TTL for apps that only know that one).
	 */
	refreshSeconds?: number | undefined;
}

const STATUS: Record<CalendarEvent['status'], ICalEventStatus> = {
	scheduled: ICalEventStatus.CONFIRMED,
	rescheduled: ICalEventStatus.CONFIRMED,
	postponed: ICalEventStatus.TENTATIVE,
	cancelled: ICalEventStatus.CANCELLED,
};

/**
 * An iCalendar (RFC 5545) file of events, made with ical-generator. Timed events carry their own
 * TZID with a VTIMEZONE definition, so a calendar shows them at the right moment wherever it is;
 * all-day events are DATE values. A timed event without an end lasts no time at all in calendars,
 * which is what the organiser wrote.
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
	const calendar = ical({
		name: options.name,
		prodId: { company: new URL(options.siteUrl).host, product: 'Vigil', language: options.language.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		timezone: { name: null, generator: getVtimezoneComponent },
		ttl: options.refreshSeconds ?? null,
	});
	for (const event of events) {
		// Luxon DateTimes carry their zone, so the local time written after TZID never depends on the
		// zone of the machine that builds the site (a plain Date would be formatted in it).
		const start = DateTime.fromJSDate(zonedInstant(event.start, event.timeZone), { zone: event.timeZone });
		const end = event.end ? DateTime.fromJSDate(zonedInstant(event.end, event.timeZone), { zone: event.timeZone }) : undefined;
		calendar.createEvent({
			id: event.uid,
			summary: event.title,
			description: event.description,
			// An all-day event's end is exclusive in iCalendar: the day after its last day.
			start: event.allDay ? start.toISODate() ?? event.start : start,
			end: event.allDay ? (end ?? start).plus({ days: 1 }).toISODate() ?? undefined : end,
			allDay: event.allDay,
			timezone: event.allDay ? null : event.timeZone,
			stamp: options.stamp,
			sequence: event.sequence,
			status: STATUS[event.status],
			url: event.url,
			location: event.location ?? null,
		});
	}
	// Every content line ends with CRLF, the last one too (RFC 5545 §3.1); ical-generator leaves it off.
	const text = calendar.toString();
	return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * The SEQUENCE of an event: 0 as first announced, one more for a new date, one more for a
 * cancellation or postponement, so that calendars replace the copy they hold.
 */
export function calendarSequence(event: { status: CalendarEvent['status']; previousStart?: string | undefined }): number {
	return (event.previousStart ? 1 : 0) + (event.status === 'cancelled' || event.status === 'postponed' ? 1 : 0);
}
