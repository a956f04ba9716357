import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { localeFromPath, slugFromPath } from '../core/entry-id';
import { tagSlug } from '../core/slugs';
import { embedOrigins } from '../schemas/recording';
import { archiveOnThisDay, editionNumber } from './anniversaries';
import { buildTime } from '../core/clock';
import { endInstant, groupByYear, isUpcoming, newestFirst, splitByTime, startInstant } from './event-timeline';
import { isIncluded, publicationState, type PublicationState } from './publication';
import { playerAddress } from './recordings';
import { fallbackOrder, localeCodes } from './site';
import { hasConsent, isListed } from './story-rules';
import { isPersonListed, isStoryAbout } from './people-rules';
import { storyIncident } from './story-incident';
import { localize } from './translations';
import type { StoryPageData } from '../schemas/story';
import { bannerEndInstant, callDeadlineInstant, isBannerCurrent, isCallOpen } from './windows';

/**
 * The one way pages get content. Every rule about what is published and in what order lives here
 * or in the pure modules it calls: drafts and scheduled entries (shown only in `npm run dev`),
 * withdrawn consent (never anywhere), unlisted stories (own page only), translations and order.
 */

/**
 * An entry's data as pages see it: validated by its schema, with a story's attack written out from
 * its entry in content/incidents/ when the story names it by id.
 */
export type ArchiveData<C extends CollectionKey> = C extends 'stories'
	? Omit<CollectionEntry<'stories'>['data'], 'incident'> & Pick<StoryPageData, 'incident'>
	: CollectionEntry<C>['data'];

/** An entry as one locale's pages see it. */
export interface ArchiveEntry<C extends CollectionKey> {
	/** The Astro entry, for render(). */
	entry: CollectionEntry<C>;
	/** Its data, validated by its schema. */
	data: ArchiveData<C>;
	collection: C;
	/** The address segment, from the file name. */
	slug: string;
	/** The locale whose pages show it. */
	locale: string;
	/** The language its text is written in (the default locale's when not yet translated). */
	contentLocale: string;
	/** False when the page falls back to the default locale's text. */
	translated: boolean;
	/** The locales whose pages show the entry in their own language: its real translations, the original included. */
	textLocales: readonly string[];
	/** Published, or (in the dev server only) a draft or scheduled entry, marked as such. */
	state: PublicationState;
}

/** Drafts and scheduled entries are previewed in the dev server and left out of every build, whatever NODE_ENV says. */
const previewUnpublished = import.meta.env.VIGIL_DEV_SERVER;
const now = buildTime();

/** The moment this build decides upcoming and past, open and closed, against. */
export function archiveTime(): Date {
	return now;
}

const collectionCache = new Map<CollectionKey, Promise<CollectionEntry<CollectionKey>[]>>();

/** A collection's entries that belong in this build, read once and cached for every page. */
function includedEntries<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
	let cached = collectionCache.get(collection);
	if (!cached) {
		cached = getCollection(collection, (entry) => {
			const data = entry.data as { draft: boolean; publishDate?: string };
			if (collection === 'stories' && !hasConsent(entry.data as CollectionEntry<'stories'>['data'])) return false;
			// A person is listed only with the family's consent; withdrawn, they leave no trace.
			if (collection === 'people' && !isPersonListed(entry.data as CollectionEntry<'people'>['data'])) return false;
			return isIncluded(data, now, previewUnpublished);
		});
		collectionCache.set(collection, cached);
	}
	return cached as Promise<CollectionEntry<C>[]>;
}

const localizedCache = new Map<string, Promise<ArchiveEntry<CollectionKey>[]>>();

/**
 * A collection's entries as one locale's pages see them, worked out once per collection and locale
 * and shared by every page: each page asks for several lists (a person's page for the stories, the
 * story page for the people), and working them out again per page made a build quadratic in the
 * archive's size (docs/performance.md). Each caller gets its own copy of the list to sort or filter.
 */
async function entriesFor<C extends CollectionKey>(collection: C, locale: string): Promise<ArchiveEntry<C>[]> {
	const key = `${collection}/${locale}`;
	let cached = localizedCache.get(key);
	if (!cached) {
		cached = localizedEntries(collection, locale) as Promise<ArchiveEntry<CollectionKey>[]>;
		localizedCache.set(key, cached);
	}
	return [...(await cached)] as ArchiveEntry<C>[];
}

async function localizedEntries<C extends CollectionKey>(collection: C, locale: string): Promise<ArchiveEntry<C>[]> {
	const entries = await includedEntries(collection);
	const dataOf = await pageData(collection, locale);
	return localize(entries, locale, fallbackOrder, (entry) => ({ locale: localeFromPath(entry.id), slug: slugFromPath(entry.id) })).map(
		({ entry, contentLocale, translated, textLocales }) => ({
			entry,
			data: dataOf(entry),
			collection,
			slug: slugFromPath(entry.id),
			locale,
			contentLocale,
			translated,
			textLocales,
			state: publicationState(entry.data as { draft: boolean; publishDate?: string }, now),
		}),
	);
}

/** How an entry's data becomes what a locale's pages see: a story's attack named by id is written out in the locale's words. */
async function pageData<C extends CollectionKey>(collection: C, locale: string): Promise<(entry: CollectionEntry<C>) => ArchiveData<C>> {
	if (collection !== 'stories') return (entry) => entry.data as ArchiveData<C>;
	const attacks = await entriesFor('incidents', locale);
	return (entry) => {
		const data = entry.data as CollectionEntry<'stories'>['data'];
		return (typeof data.incident === 'string' ? { ...data, incident: storyIncident(data.incident, attacks) } : data) as ArchiveData<C>;
	};
}

const bySlug = <C extends CollectionKey>(item: ArchiveEntry<C>) => item.slug;

const allEventsCache = new Map<string, Promise<ArchiveEntry<'events'>[]>>();

/** Every published event in a locale, by start time (sorted once per locale: each event's page and programme asks). */
export async function allEvents(locale: string): Promise<ArchiveEntry<'events'>[]> {
	let cached = allEventsCache.get(locale);
	if (!cached) {
		cached = entriesFor('events', locale).then((events) => splitByTime(events, (event) => event.data, new Date(0)).upcoming);
		allEventsCache.set(locale, cached);
	}
	return [...(await cached)];
}

/**
 * Upcoming events (soonest first) and past events grouped by year (newest first). `yearsForPast`
 * has a group for every year of a past or an upcoming event, the upcoming years' groups empty: an
 * upcoming event that ends before the next build moves into its year's group in the browser.
 */
export async function eventTimeline(locale: string, at: Date = now) {
	const { upcoming, past } = splitByTime(await entriesFor('events', locale), (event) => event.data, at);
	const pastByYear = groupByYear(past, (event) => event.data.start);
	const upcomingYears = groupByYear(upcoming, (event) => event.data.start).map(({ year }) => year);
	const yearsForPast = [...pastByYear, ...upcomingYears.filter((year) => !pastByYear.some((group) => group.year === year)).map((year) => ({ year, items: [] }))].sort(
		(a, b) => b.year - a.year,
	);
	return { upcoming, past, pastByYear, yearsForPast };
}

/** The moment an event begins, as ISO 8601 at UTC: its place in a listing that the browser rearranges. */
export function eventStartsAt(item: ArchiveEntry<'events'>): string {
	return startInstant(item.data).toISOString();
}

/** The moment an event is over, as ISO 8601 at UTC: what the browser checks the listings against. */
export function eventEndsAt(item: ArchiveEntry<'events'>): string {
	return endInstant(item.data).toISOString();
}

/** Whether an event is over at the time of the build. */
export function eventHasEnded(item: ArchiveEntry<'events'>, at: Date = now): boolean {
	return !isUpcoming(item.data, at);
}

/** The edition number of an event in its series ("10th edition"), when the series counts from a first year. */
export function editionOf(event: ArchiveEntry<'events'>, series: ArchiveEntry<'series'> | undefined): number | undefined {
	return series && event.data.series === series.slug ? editionNumber(series.data.since, event.data.start) : undefined;
}

/** The series an event belongs to, when it is published in this locale. */
export async function seriesOf(event: ArchiveEntry<'events'>): Promise<ArchiveEntry<'series'> | undefined> {
	return event.data.series ? seriesBySlug(event.locale, event.data.series) : undefined;
}

/**
 * "On this day": past events (by the day they started, in their own zone), listed stories (by the
 * day of the attack they tell of) and listed people (by the day they died, unless the family declined
 * it) from the same calendar day as the build in earlier years, most recent first.
 */
export async function onThisDayEntries(locale: string, at: Date = now): Promise<(ArchiveEntry<'events'> | ArchiveEntry<'stories'> | ArchiveEntry<'people'>)[]> {
	const [events, stories, everyone] = await Promise.all([entriesFor('events', locale), listedStories(locale), people(locale)]);
	return archiveOnThisDay(events, stories, at, everyone);
}

/** Every story with consent in a locale, listed or not: each gets its own page. */
export async function storiesWithPages(locale: string): Promise<ArchiveEntry<'stories'>[]> {
	return entriesFor('stories', locale);
}

const listedStoriesCache = new Map<string, Promise<ArchiveEntry<'stories'>[]>>();

/** Stories for listings: consent given, not unlisted, newest first (sorted once per locale: every person's page asks). */
export async function listedStories(locale: string): Promise<ArchiveEntry<'stories'>[]> {
	let cached = listedStoriesCache.get(locale);
	if (!cached) {
		cached = entriesFor('stories', locale).then((stories) => newestFirst(stories.filter((story) => isListed(story.data)), (story) => story.data.date, bySlug));
		listedStoriesCache.set(locale, cached);
	}
	return [...(await cached)];
}

/** News, newest first. */
export async function newsItems(locale: string): Promise<ArchiveEntry<'news'>[]> {
	return newestFirst(await entriesFor('news', locale), (item) => item.data.date, bySlug);
}

/** Documents, newest first. */
export async function documents(locale: string): Promise<ArchiveEntry<'documents'>[]> {
	return newestFirst(await entriesFor('documents', locale), (doc) => doc.data.date, bySlug);
}

/** The documents with the given slugs, in the order given; unknown slugs were rejected by the checker. */
export async function documentsBySlugs(locale: string, slugs: readonly string[]): Promise<ArchiveEntry<'documents'>[]> {
	const all = await entriesFor('documents', locale);
	return slugs.flatMap((wanted) => all.filter((doc) => doc.slug === wanted));
}

/** Recurring observances, by name. */
export async function allSeries(locale: string): Promise<ArchiveEntry<'series'>[]> {
	const series = await entriesFor('series', locale);
	return series.sort((a, b) => a.data.name.localeCompare(b.data.name, locale));
}

/** One series, if it exists in this build. */
export async function seriesBySlug(locale: string, slug: string): Promise<ArchiveEntry<'series'> | undefined> {
	return (await entriesFor('series', locale)).find((series) => series.slug === slug);
}

/** The editions of a series: upcoming soonest first, then past newest first. */
export async function seriesEditions(locale: string, seriesSlug: string, at: Date = now) {
	const editions = (await entriesFor('events', locale)).filter((event) => event.data.series === seriesSlug);
	return splitByTime(editions, (event) => event.data, at);
}

/** Banners whose from–until window includes today. */
export async function currentBanners(locale: string, at: Date = now): Promise<ArchiveEntry<'banners'>[]> {
	const banners = (await entriesFor('banners', locale)).filter((banner) => isBannerCurrent(banner.data, at));
	return newestFirst(banners, (banner) => banner.data.from, bySlug);
}

/** Every call in a locale, each of which has its own page. */
export async function allCalls(locale: string): Promise<ArchiveEntry<'calls'>[]> {
	return newestFirst(await entriesFor('calls', locale), (call) => call.data.deadline, bySlug);
}

/** The moment a call closes, as ISO 8601 at UTC, for the browser to check. */
export function callClosesAt(call: ArchiveEntry<'calls'>): string {
	return callDeadlineInstant(call.data).toISOString();
}

/** The moment a banner stops being shown, as ISO 8601 at UTC, for the browser to check. */
export function bannerEndsAt(banner: ArchiveEntry<'banners'>): string {
	return bannerEndInstant(banner.data).toISOString();
}

/** Whether a call still accepts responses at the time of the build. */
export function callIsOpen(call: ArchiveEntry<'calls'>, at: Date = now): boolean {
	return isCallOpen(call.data, at);
}

/** Every call, open ones first (nearest deadline first), then closed ones (latest first). */
export async function calls(locale: string, at: Date = now) {
	const all = await allCalls(locale);
	return {
		open: all.filter((call) => callIsOpen(call, at)).reverse(),
		closed: all.filter((call) => !callIsOpen(call, at)),
	};
}

/** A standing page such as "about". */
export async function standingPage(locale: string, slug: string): Promise<ArchiveEntry<'pages'> | undefined> {
	return (await entriesFor('pages', locale)).find((page) => page.slug === slug);
}

/** Every standing page in a locale. */
export async function standingPages(locale: string): Promise<ArchiveEntry<'pages'>[]> {
	return entriesFor('pages', locale);
}

/** Everyone listed in a locale (the family's consent given), in file-name order: the index of names sorts them by its locale's rules. */
export async function people(locale: string): Promise<ArchiveEntry<'people'>[]> {
	return entriesFor('people', locale);
}

/** Every incident in a locale, newest first. */
export async function incidents(locale: string): Promise<ArchiveEntry<'incidents'>[]> {
	return newestFirst(await entriesFor('incidents', locale), (incident) => incident.data.date, bySlug);
}

/** One incident, if it exists in this build. */
export async function incidentBySlug(locale: string, slug: string | undefined): Promise<ArchiveEntry<'incidents'> | undefined> {
	return slug === undefined ? undefined : (await entriesFor('incidents', locale)).find((incident) => incident.slug === slug);
}

const storiesByPersonCache = new Map<string, Promise<Map<string, ArchiveEntry<'stories'>[]>>>();

/** A locale's listed stories under each person they remember, gathered once: every person's page asks. */
function storiesByPerson(locale: string): Promise<Map<string, ArchiveEntry<'stories'>[]>> {
	let cached = storiesByPersonCache.get(locale);
	if (!cached) {
		cached = listedStories(locale).then((stories) => {
			const byPerson = new Map<string, ArchiveEntry<'stories'>[]>();
			for (const story of stories) {
				for (const slug of new Set(story.data.remembered.flatMap((remembered) => (remembered.person ? [remembered.person] : [])))) {
					if (!isStoryAbout(story.data, slug)) continue;
					const ofPerson = byPerson.get(slug);
					if (ofPerson) ofPerson.push(story);
					else byPerson.set(slug, [story]);
				}
			}
			return byPerson;
		});
		storiesByPersonCache.set(locale, cached);
	}
	return cached;
}

/** The listed, named stories that remember a person, newest first; an anonymous story is never linked to anyone. */
export async function storiesAbout(person: ArchiveEntry<'people'>): Promise<ArchiveEntry<'stories'>[]> {
	return [...((await storiesByPerson(person.locale)).get(person.slug) ?? [])];
}

/** The events that commemorate an incident, newest first. */
export async function incidentEvents(locale: string, incidentSlug: string): Promise<ArchiveEntry<'events'>[]> {
	const events = (await allEvents(locale)).filter((event) => event.data.incident === incidentSlug);
	return newestFirst(events, (event) => event.data.start, bySlug);
}

/** The people, listed stories and events of one incident: people in file-name order, stories and events newest first. */
export async function incidentRecord(locale: string, incidentSlug: string) {
	const [everyone, stories, events] = await Promise.all([people(locale), listedStories(locale), incidentEvents(locale, incidentSlug)]);
	const ofIncident = everyone.filter((person) => person.data.incident === incidentSlug);
	return {
		people: ofIncident,
		// A story belongs to the attack it names by id, or to the attack of someone it remembers.
		stories: stories.filter((story) => story.data.incident?.id === incidentSlug || ofIncident.some((person) => isStoryAbout(story.data, person.slug))),
		events,
	};
}

/** An entry that can carry tags and appear on a tag page. */
export type TaggedEntry = ArchiveEntry<'events'> | ArchiveEntry<'stories'> | ArchiveEntry<'news'> | ArchiveEntry<'documents'>;

/** A tag, the address segment made from it and everything listed under it (newest first). */
export interface Tag {
	slug: string;
	label: string;
	entries: TaggedEntry[];
}

function dateOf(item: TaggedEntry): string {
	return 'start' in item.data ? item.data.start : item.data.date;
}

/** Every tag used by a listed entry in a locale, alphabetical; tags that slug alike are merged. */
export async function tags(locale: string): Promise<Tag[]> {
	const [events, stories, news, docs] = await Promise.all([
		entriesFor('events', locale),
		listedStories(locale),
		newsItems(locale),
		documents(locale),
	]);
	const byTag = new Map<string, Tag>();
	for (const item of [...events, ...stories, ...news, ...docs] as TaggedEntry[]) {
		for (const label of item.data.tags) {
			const key = tagSlug(label);
			const tag = byTag.get(key) ?? { slug: key, label, entries: [] };
			if (!tag.entries.includes(item)) tag.entries.push(item);
			byTag.set(key, tag);
		}
	}
	return [...byTag.values()]
		.map((tag) => ({ ...tag, entries: newestFirst(tag.entries, dateOf, (item) => `${item.collection}/${item.slug}`) }))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Every locale the site is built in, in site.yaml's order. */
export { localeCodes };

let playerOriginsCache: Promise<string[]> | undefined;

/**
 * The sites whose players this build's event pages can load, as origins (https://host): what the
 * Content-Security-Policy's frame-src allows. Only events in the build count, so a draft's player
 * is neither allowed nor named in every page's policy. Read once for all pages.
 */
export function playerOrigins(): Promise<string[]> {
	playerOriginsCache ??= includedEntries('events').then((events) =>
		embedOrigins(events.flatMap((event) => event.data.recordings.map(playerAddress).filter((address): address is string => address !== undefined))),
	);
	return playerOriginsCache;
}
