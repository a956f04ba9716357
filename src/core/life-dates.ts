/**
 * A birth or a death as the people collection gives it: a year (1961) or a full date (1961-04-23),
 * since families often know only the year. Kept apart from time.ts, which needs luxon: the search
 * page's script shows life years too (through display-names.ts) and should not carry it.
 */

/** The year: 1961 for 1961 and for 1961-04-23. */
export function lifeYear(value: number | string | undefined): number | undefined {
	return value === undefined || typeof value === 'number' ? value : Number(value.slice(0, 4));
}

/** The full date (YYYY-MM-DD), when the value is one rather than a year alone. */
export function fullDateOf(value: number | string | undefined): string | undefined {
	return typeof value === 'string' ? value : undefined;
}
