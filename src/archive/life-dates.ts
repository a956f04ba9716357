/**
 * A year of birth or death as the people collection gives it: a year (1961) or a full date
 * (1961-04-23). The index and cards show years; a person's page shows the full date when there is one.
 */
export function yearOf(value: number | string | undefined): number | undefined {
	return value === undefined ? undefined : Number(String(value).slice(0, 4));
}

/** The full date (YYYY-MM-DD), when the value is one rather than a year alone. */
export function fullDateOf(value: number | string | undefined): string | undefined {
	return typeof value === 'string' ? value : undefined;
}
