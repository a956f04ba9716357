import type { PersonData } from '../schemas/person';
import { hasAnniversary } from './people-rules';
import { yearOf } from '../core/time';
import { isUpcoming, type EventTiming } from './event-timeline';

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

/**
 * The home page's "On this day" from an archive's entries: events that are over, by the day they
 * started in their own zone (as written); stories, by the day of the attack they tell of; and people,
 * by the day they died, when the family gave that day and did not decline its anniversary; from the
 * same calendar day as `now` in earlier years, most recent first.
 */
export function archiveOnThisDay<
	Event extends { data: EventTiming },
	Story extends { data: { incident?: { date?: string | undefined } | undefined } },
	Person extends { data: Pick<PersonData, 'listing' | 'died'> } = never,
>(events: readonly Event[], stories: readonly Story[], now: Date, people: readonly Person[] = []): (Event | Story | Person)[] {
	const items: { item: Event | Story | Person; day: string | undefined }[] = [
		...events.filter((event) => !isUpcoming(event.data, now)).map((event) => ({ item: event, day: event.data.start.slice(0, 10) })),
		...stories.map((story) => ({ item: story, day: story.data.incident?.date })),
		...people.map((person) => ({ item: person, day: hasAnniversary(person.data) ? person.data.died : undefined })),
	];
	return onThisDay(items, (entry) => entry.day, now).map((entry) => entry.item);
}
