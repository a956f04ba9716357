import { z } from 'astro/zod';
import { DateTime, IANAZone } from 'luxon';

/*
 * Dates in frontmatter arrive in two shapes. Vigil's own checker reads YAML with the core schema, so
 * `2021-09-11` stays a string and an impossible date such as 2021-02-30 can be reported. Astro's
 * frontmatter parser (js-yaml) turns unquoted timestamps into Date objects at UTC, silently rolling
 * 2021-02-30 over to 2 March. Both shapes are accepted here and normalised to ISO strings; the checker,
 * which runs before every build, is what guarantees the strings are real dates.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** Reads a YAML Date back into the calendar fields that were written, which js-yaml stored at UTC. */
function utcFields(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
	return DateTime.fromObject({ year, month, day }, { zone: 'UTC' }).isValid;
}

/** A calendar day such as 2021-09-11, normalised to that string. */
export const calendarDate = z
	.union([z.string(), z.date()], {
		errorMap: () => ({ message: 'expected a date written as YYYY-MM-DD, e.g. 2021-09-11' }),
	})
	.transform((value, ctx) => {
		const text = value instanceof Date ? utcFields(value).slice(0, 10) : value.trim();
		const match = CALENDAR_DATE.exec(text);
		if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a real date written as YYYY-MM-DD, e.g. 2021-09-11' });
			return z.NEVER;
		}
		return text;
	});

/**
 * A wall-clock date and time with no offset, such as 2021-09-11T08:30, read in the time zone named
 * beside it. A bare date (2021-09-11) means midnight and suits all-day entries. Normalised to
 * YYYY-MM-DDTHH:mm:ss.
 */
export const localDateTime = z
	.union([z.string(), z.date()], {
		errorMap: () => ({ message: 'expected a local date and time written as YYYY-MM-DDTHH:mm, e.g. 2021-09-11T08:30' }),
	})
	.transform((value, ctx) => {
		const text = value instanceof Date ? utcFields(value) : value.trim();
		if (HAS_OFFSET.test(text) && !CALENDAR_DATE.test(text)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'expected a local time without an offset or "Z", e.g. 2021-09-11T08:30; put the time zone in timeZone',
			});
			return z.NEVER;
		}
		const match = LOCAL_DATE_TIME.exec(text);
		const [, year, month, day, hour = '00', minute = '00', second = '00'] = match ?? [];
		const parsed = match
			? DateTime.fromObject(
					{ year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second) },
					{ zone: 'UTC' },
				)
			: undefined;
		if (!parsed?.isValid) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'expected a real local date and time written as YYYY-MM-DDTHH:mm, e.g. 2021-09-11T08:30',
			});
			return z.NEVER;
		}
		return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
	});

/** The spelling the time zone database uses for a zone name, or undefined when it knows no such zone. */
function canonicalZone(zone: string): string | undefined {
	if (!IANAZone.isValidZone(zone)) return undefined;
	return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** An IANA time zone name such as America/New_York or Europe/Paris, spelled exactly as the database spells it. */
export const timeZoneName = z
	.string({ errorMap: () => ({ message: 'expected an IANA time zone name, e.g. America/New_York' }) })
	.superRefine((zone, ctx) => {
		const canonical = canonicalZone(zone);
		if (canonical === zone) return;
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			message: canonical
				? `expected the time zone spelled as the time zone database spells it: ${canonical}`
				: 'expected an IANA time zone name such as America/New_York or Europe/Geneva (list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)',
		});
	});
