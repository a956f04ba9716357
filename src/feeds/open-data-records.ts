import { allEvents, documents, listedStories, newsItems, people, storiesWithPages, type ArchiveEntry } from '../archive/entries';
import { sortedByName } from '../i18n/name-index';
import { isListedPublicly } from './feed-items';
import { documentRecord, eventRecord, newsRecord, personRecord, storyRecord, type Dataset, type OpenDataLinks, type OpenDataRecord } from './open-data';
import { defaultLocale, localeCodes } from '../archive/site';

/**
 * The records of each open-data file, from what src/archive/entries.ts publishes in the default
 * locale: every entry once, in the default language where it is written in it and otherwise in the
 * language it is written in (`language` says which), like the default locale's pages. One file per
 * dataset rather than one per language, because researchers count and compare entries: per-language
 * files would repeat the same entries, mostly in the default language's words, six times over.
 */

type Published = ArchiveEntry<'events'> | ArchiveEntry<'stories'> | ArchiveEntry<'news'> | ArchiveEntry<'documents'> | ArchiveEntry<'people'>;

/** The languages each address is published in, from every locale's view of a collection. */
async function languagesBySlug(entriesOf: (locale: string) => Promise<Published[]>): Promise<Map<string, string[]>> {
	const languages = new Map<string, string[]>();
	for (const locale of localeCodes) {
		for (const item of await entriesOf(locale)) {
			if (item.translated && item.state === 'published') languages.set(item.slug, [...(languages.get(item.slug) ?? []), locale]);
		}
	}
	return languages;
}

/** What every record needs besides the entry's data. */
function sourceOf<Item extends Published>(item: Item, languages: Map<string, string[]>) {
	return { slug: item.slug, contentLocale: item.contentLocale, languages: languages.get(item.slug) ?? [item.contentLocale] };
}

/** The records of one dataset, in the order its list page shows them. Published, listed entries only. */
export async function openDataRecords(dataset: Dataset, links: OpenDataLinks): Promise<OpenDataRecord[]> {
	switch (dataset) {
		case 'events': {
			const languages = await languagesBySlug(allEvents);
			return (await allEvents(defaultLocale)).filter(isListedPublicly).map((item) => eventRecord({ ...sourceOf(item, languages), data: item.data }, links));
		}
		case 'stories': {
			const languages = await languagesBySlug(storiesWithPages);
			return (await listedStories(defaultLocale)).filter(isListedPublicly).map((item) => storyRecord({ ...sourceOf(item, languages), data: item.data }, links));
		}
		case 'news': {
			const languages = await languagesBySlug(newsItems);
			return (await newsItems(defaultLocale)).filter(isListedPublicly).map((item) => newsRecord({ ...sourceOf(item, languages), data: item.data }, links));
		}
		case 'documents': {
			const languages = await languagesBySlug(documents);
			return (await documents(defaultLocale)).filter(isListedPublicly).map((item) => documentRecord({ ...sourceOf(item, languages), data: item.data }, links));
		}
		case 'people': {
			// By name, as the default language's index of names orders them.
			const languages = await languagesBySlug(people);
			const listed = sortedByName((await people(defaultLocale)).filter(isListedPublicly), defaultLocale, (item) => ({ name: item.data.name, sortAs: item.data.sortAs }));
			return listed.map((item) => personRecord({ ...sourceOf(item, languages), data: item.data }, links));
		}
	}
}
