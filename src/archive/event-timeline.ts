import { hasEnded } from './has-ended';
import { endOfLocalDay, yearOf, zonedInstant } from '../core/time';

/** The fields of an event that place it in time. */
export interface EventTiming {
	start: string;
	end?: string | undefined;
	timeZone: string;
	allDay: boolean;
}

/** When the event begins, as an instant. */
export function startInstant(event: EventTiming): Date {
	return zonedInstant(event.start, event.timeZone);
}

/**
 * When the event is over. An all-day event lasts until the end of its last day in its own zone; a
 * timed event without an end is over once it has begun.
 */
export function endInstant(event: EventTiming): Date {
	if (event.allDay) return endOfLocalDay(event.end ?? event.start, event.timeZone);
	return zonedInstant(event.end ?? event.start, event.timeZone);
}

/** An event is upcoming until it is over, so a ceremony under way still counts as upcoming. */
export function isUpcoming(event: EventTiming, now: Date): boolean {
	return !hasEnded(endInstant(event), now);
}

/** Splits events into upcoming (soonest first) and past (most recent first). */
export function splitByTime<Item>(items: readonly Item[], timingOf: (item: Item) => EventTiming, now: Date): { upcoming: Item[]; past: Item[] } {
	// Each event's start and state are worked out once, not in every comparison: placing a wall-clock
	// time in its zone is the costly part, and a sort compares each item about log n times.
	const byStart = items.map((item) => ({ item, start: startInstant(timingOf(item)).getTime(), upcoming: isUpcoming(timingOf(item), now) })).sort((a, b) => a.start - b.start);
	return {
		upcoming: byStart.filter((event) => event.upcoming).map(({ item }) => item),
		past: byStart.filter((event) => !event.upcoming).map(({ item }) => item).reverse(),
	};
}

/** Groups items by year, keeping their order inside each year, years newest first. */
export function groupByYear<Item>(items: readonly Item[], isoTextOf: (item: Item) => string): { year: number; items: Item[] }[] {
	const groups = new Map<number, Item[]>();
	for (const item of items) {
		const year = yearOf(isoTextOf(item));
		const group = groups.get(year);
		if (group) group.push(item);
		else groups.set(year, [item]);
	}
	return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }));
}

/** Newest first by an ISO date or date-time string; ties keep a stable order by a secondary key. */
export function newestFirst<Item>(items: readonly Item[], isoTextOf: (item: Item) => string, tieBreak: (item: Item) => string): Item[] {
	return [...items].sort((a, b) => isoTextOf(b).localeCompare(isoTextOf(a)) || tieBreak(a).localeCompare(tieBreak(b)));
}
