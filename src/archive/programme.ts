import type { ProgrammeItem } from '../schemas/programme';
import { allEvents, type ArchiveEntry } from './entries';

/**
 * Which programme an event's pages show. A programme is part of the event's text: its titles are
 * translated with the rest. A translation written without one (not yet updated, say) shows the
 * programme of the first language that has one, marked with that language, so that the printable
 * page, which the language switcher links in every language, exists in every language.
 */

/** An event's programme as one locale's pages show it, with the language its words are written in. */
export interface ShownProgramme {
	items: readonly ProgrammeItem[];
	/** The language of the titles, speakers and roles: the shown text's, or another version's. */
	contentLocale: string;
	/**
	 * Whether it is another version's programme, shown because this one has none: such words are
	 * not this page's text, and stay out of its language's search index (each text is indexed once,
	 * in its own language).
	 */
	borrowed: boolean;
}

/** The programme an event's page in its locale shows, or undefined when no version of the event has one. */
export async function shownProgramme(item: ArchiveEntry<'events'>): Promise<ShownProgramme | undefined> {
	if (item.data.programme.length > 0) return { items: item.data.programme, contentLocale: item.contentLocale, borrowed: false };
	for (const textLocale of item.textLocales) {
		if (textLocale === item.contentLocale) continue;
		const version = (await allEvents(textLocale)).find((event) => event.slug === item.slug);
		if (version && version.data.programme.length > 0) return { items: version.data.programme, contentLocale: version.contentLocale, borrowed: true };
	}
	return undefined;
}

/** The events of a locale that have a programme to print, each with the programme it shows. */
export async function eventsWithProgramme(locale: string): Promise<(ArchiveEntry<'events'> & { programme: ShownProgramme })[]> {
	const events = await allEvents(locale);
	const withProgramme = await Promise.all(events.map(async (item) => ({ item, programme: await shownProgramme(item) })));
	return withProgramme.flatMap(({ item, programme }) => (programme ? [{ ...item, programme }] : []));
}
