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
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;
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

/**
 * The spelling of a zone name that differs from the database's only in letter case, e.g.
 * America/New_york for America/New_York; undefined when the name is right or unknown. Names that
 * Intl resolves to a different zone (Asia/Kolkata, which Node's ICU reports as Asia/Calcutta) are
 * valid links in the database and are accepted as written.
 */
function correctlyCasedZone(zone: string): string | undefined {
	// Thousands of events share a handful of zones: each name is looked up once.
	if (!casedZones.has(zone)) {
		const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
		casedZones.set(zone, resolved !== zone && resolved.toLowerCase() === zone.toLowerCase() ? resolved : undefined);
	}
	return casedZones.get(zone);
}

const casedZones = new Map<string, string | undefined>();

/** An IANA time zone name such as America/New_York or Europe/Paris, spelled as the database spells it. */
export const timeZoneName = z
	.string({ errorMap: () => ({ message: 'expected an IANA time zone name, e.g. America/New_York' }) })
	.superRefine((zone, ctx) => {
		if (!IANAZone.isValidZone(zone)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: 'expected an IANA time zone name such as America/New_York or Europe/Zurich (list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)',
			});
			return;
		}
		const corrected = correctlyCasedZone(zone);
		if (corrected) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected the time zone spelled as the time zone database spells it: ${corrected}` });
		}
	});
