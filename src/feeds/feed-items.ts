import { isPersonListed } from '../archive/people-rules';
import type { PersonData } from '../schemas/person';
import { zonedInstant } from '../core/time';
import type { PublicationState } from '../archive/publication';
import { isListed, type StoryAccessFields } from '../archive/story-rules';

/**
 * What the RSS feeds carry: news, listed stories and events, newest first. Pure functions over the
 * entries that src/archive/entries.ts gives a locale, so unit tests reach them without a build.
 */

interface FeedFields {
	title: string;
	summary: string;
	tags: readonly string[];
}

/** An entry as the feed reads it: the few fields of each collection it needs. */
export type FeedSource =
	| { collection: 'news'; slug: string; state: PublicationState; contentLocale: string; data: FeedFields & { date: string } }
	| { collection: 'stories'; slug: string; state: PublicationState; contentLocale: string; data: FeedFields & StoryAccessFields & { date: string } }
	| { collection: 'events'; slug: string; state: PublicationState; contentLocale: string; data: FeedFields & { start: string; timeZone: string } };

/** One item of a feed, before it gets its address. */
export interface FeedItem {
	collection: FeedSource['collection'];
	slug: string;
	title: string;
	description: string;
	/** The item's date: a news item's or a story's day (at 00:00 UTC), an event's start. */
	date: Date;
	categories: string[];
	/** The language its words are in. */
	language: string;
}

/**
 * Whether an entry may go in a feed or an open-data file: published (the dev server also previews
 * drafts and scheduled entries, which must never reach a subscriber), and for a story, consent
 * given and listed: an unlisted story keeps its own page but appears in no feed.
 */
export function isListedPublicly(source: { collection: string; state: PublicationState; data: object }): boolean {
	if (source.state !== 'published') return false;
	if (source.collection === 'people') return isPersonListed(source.data as Pick<PersonData, 'listing'>);
	return source.collection !== 'stories' || isListed(source.data as StoryAccessFields);
}

/** A calendar day (YYYY-MM-DD) as the instant it begins at UTC, the way feeds date a day. */
function dayInstant(day: string): Date {
	return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/**
 * The feed's items, newest first. An event has no publication date of its own, so it is dated by
 * its start: upcoming events lead the feed, as readers of a memorial archive expect them to.
 */
export function feedItems(sources: readonly FeedSource[]): FeedItem[] {
	return sources
		.filter(isListedPublicly)
		.map((source) => ({
			collection: source.collection,
			slug: source.slug,
			title: source.data.title,
			description: source.data.summary,
			date: source.collection === 'events' ? zonedInstant(source.data.start, source.data.timeZone) : dayInstant(source.data.date),
			categories: [...source.data.tags],
			language: source.contentLocale,
		}))
		.sort((a, b) => b.date.getTime() - a.date.getTime() || `${a.collection}/${a.slug}`.localeCompare(`${b.collection}/${b.slug}`));
}
