import { yearOf } from '../lib/time';

/**
 * Which edition of a yearly observance an event is: the first edition (in `since`) is 1, so the
 * International Day of Remembrance, first held in 2018, reaches its tenth edition in 2027.
 * Undefined when the series has no first year or the event comes before it.
 */
export function editionNumber(since: number | undefined, eventStart: string): number | undefined {
	if (since === undefined) return undefined;
	const edition = yearOf(eventStart) - since + 1;
	return edition >= 1 ? edition : undefined;
}

/**
 * Entries that happened on the same calendar day as `now` in earlier years, most recent first:
 * the home page's "On this day". Days are compared as written (the event's own local date, the
 * incident's date), against the UTC day of the build.
 */
export function onThisDay<Item>(items: readonly Item[], dayOf: (item: Item) => string | undefined, now: Date): Item[] {
	const today = now.toISOString().slice(0, 10);
	return items
		.map((item) => ({ item, day: dayOf(item) }))
		.filter((entry): entry is { item: Item; day: string } => entry.day !== undefined && entry.day.slice(5, 10) === today.slice(5, 10) && entry.day.slice(0, 10) < today)
		.sort((a, b) => b.day.localeCompare(a.day))
		.map((entry) => entry.item);
}
