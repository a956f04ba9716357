import { z } from 'astro/zod';
import { localDateTime } from './dates';
import { languageTag } from './language-tag';

/*
 * A ceremony's order of service, as data: the event page lists it, a printable page sets it for
 * paper, and the event's calendar file carries it. Times are wall-clock times in the event's own
 * zone, like its start and end, so they are compared as text (YYYY-MM-DDTHH:mm:ss sorts as time
 * does) and never turned into instants here.
 */

/** When a programme item begins, as the schema normalises it. */
export interface ProgrammeTime {
	/** The day, YYYY-MM-DD, when the organiser wrote one; otherwise the item is on the event's first day. */
	date?: string | undefined;
	/** The time of day, HH:mm:ss. */
	time: string;
}

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const WITH_DATE = /^\d{4}-\d{2}-\d{2}[T ]/;
const TIME_MESSAGE = 'expected a time of day written as HH:mm, e.g. "10:05", or for an event over several days a local date and time, e.g. 2021-08-21T10:05';

/**
 * When an item begins: a time of day ("10:05", quoted or not), which means on the event's first
 * day, or a local date and time (2021-08-21T10:05) for an event over several days.
 */
export const programmeTime = z
	.union([z.string(), z.date()], { errorMap: () => ({ message: TIME_MESSAGE }) })
	.transform((value, ctx): ProgrammeTime => {
		const text = typeof value === 'string' ? value.trim() : undefined;
		const timeOfDay = text === undefined ? undefined : TIME_OF_DAY.exec(text);
		if (timeOfDay) return { time: `${timeOfDay[1]?.padStart(2, '0')}:${timeOfDay[2]}:00` };
		// A bare date would mean midnight: an item needs its time of day.
		if (text !== undefined && !WITH_DATE.test(text)) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: TIME_MESSAGE });
			return z.NEVER;
		}
		const parsed = localDateTime.safeParse(value);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, message: issue.message });
			return z.NEVER;
		}
		return { date: parsed.data.slice(0, 10), time: parsed.data.slice(11) };
	});

/** One moment of a ceremony's order of service: a reading, a minute of silence, a speaker, music. */
export const programmeItemSchema = z.object({
	/** When the item begins, in the event's time zone: "10:05" on the event's first day, or 2021-08-21T10:05. */
	time: programmeTime.optional(),
	/** What happens, as the printed programme names it, e.g. "Reading of the names". */
	title: z.string().trim().min(1),
	/** Who speaks or performs: a name, or an office such as "Secretary-General of the United Nations". */
	speaker: z.string().trim().min(1).optional(),
	/** The speaker's part or office, e.g. "Survivor" or "Secretary-General". */
	role: z.string().trim().min(1).optional(),
	/** The language the item is given in, when it is not the event's, e.g. ar; its title is written in it. */
	language: languageTag.optional(),
});

/** A programme item as pages, feeds and the checker read it. */
export type ProgrammeItem = z.output<typeof programmeItemSchema>;

/** The fields of an event that place its programme in time. */
export interface ProgrammeWindow {
	start: string;
	end?: string | undefined;
	allDay: boolean;
}

/** The local date and time (YYYY-MM-DDTHH:mm:ss) at which a programme time falls, given the event's start. */
export function programmeDateTime(time: ProgrammeTime, eventStart: string): string {
	return `${time.date ?? eventStart.slice(0, 10)}T${time.time}`;
}

/**
 * Where a local date and time falls against an event: before its start, after its end, or within
 * it. An all-day event runs from the start of its first day to the end of its last; a timed event
 * without an end is over whenever it is over, so nothing is after it.
 */
export function placeInEvent(localDateTimeText: string, event: ProgrammeWindow): 'before' | 'within' | 'after' {
	const start = event.allDay ? `${event.start.slice(0, 10)}T00:00:00` : event.start;
	const last = event.allDay ? `${(event.end ?? event.start).slice(0, 10)}T23:59:59` : event.end;
	if (localDateTimeText < start) return 'before';
	if (last !== undefined && localDateTimeText > last) return 'after';
	return 'within';
}

/** A wall-clock string as an organiser writes it, without seconds: 2021-08-20T10:00. */
function asWritten(localDateTimeText: string): string {
	return localDateTimeText.replace(/:00$/, '');
}

/** The calendar day after a wall-clock string's day, YYYY-MM-DD. */
function dayAfter(localDateTimeText: string): string {
	const [year = 1970, month = 1, day = 1] = localDateTimeText.slice(0, 10).split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The programme items that begin outside the event, by index, each with the message for the
 * organiser: what the event's start and end are, and what to change.
 */
export function programmeTimeProblems(event: ProgrammeWindow & { programme: readonly Pick<ProgrammeItem, 'time'>[] }): { index: number; message: string }[] {
	// Zod runs an object's refinements even when some of its fields failed: a start or end that is
	// not a wall-clock string was reported on its own line, and nothing can be placed against it.
	if (typeof event.start !== 'string' || (event.end !== undefined && typeof event.end !== 'string') || !Array.isArray(event.programme)) return [];
	const bounds = event.end ? `from its start (${asWritten(event.start)}) to its end (${asWritten(event.end)})` : `at or after its start (${asWritten(event.start)})`;
	const problems: { index: number; message: string }[] = [];
	const severalDays = event.end !== undefined && event.end.slice(0, 10) !== event.start.slice(0, 10);
	event.programme.forEach((item, index) => {
		if (typeof item?.time?.time !== 'string') return;
		const place = placeInEvent(programmeDateTime(item.time, event.start), event);
		if (place === 'within') return;
		const fix = place === 'before' ? 'this item would begin before the event starts: correct its time, or the event’s start' : 'this item would begin after the event ends: correct its time, or the event’s end';
		// A time of day alone means the event's first day: on a later day, the date must be written.
		const dateHint = severalDays && !item.time.date ? `; for an item on a later day of the event, write its date too, e.g. ${dayAfter(event.start)}T${item.time.time.slice(0, 5)}` : '';
		problems.push({ index, message: `expected a time within the event, ${bounds}; ${fix}${dateHint}` });
	});
	return problems;
}
