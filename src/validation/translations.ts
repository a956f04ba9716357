import type { CollectionName } from '../schemas/collections';
import type { Problem } from './problem';

/**
 * A translation is the file with the same name in another language folder. Its words are its own,
 * but facts such as an event's start, time zone and series, or a story's consent, are the same in
 * every language: a translation that disagrees with its original is almost always one that was not
 * updated when the original changed. (docs/organisers-guide.md, "Languages and translations".)
 */

/** The fields, by dotted path, that a translation keeps as they are in the original. */
export const sharedFields: Record<CollectionName, readonly string[]> = {
	events: ['start', 'end', 'timeZone', 'allDay', 'attendance', 'status', 'previousStart', 'series', 'venue.country', 'onlineUrl', 'registrationUrl', 'liveStream.start', 'liveStream.end'],
	stories: ['date', 'consent.status', 'consent.scope', 'visibility', 'incident.date', 'incident.country'],
	news: ['date', 'documents'],
	documents: ['symbol', 'date', 'kind', 'links'],
	series: ['recurrence', 'since'],
	banners: ['from', 'until', 'link.href'],
	calls: ['deadline', 'timeZone', 'url', 'email'],
	pages: [],
	people: ['born', 'died', 'country', 'incident', 'listing.status', 'listing.anniversary'],
	incidents: ['date', 'country'],
};

/** An entry as the translation check needs it. */
export interface TranslatableEntry {
	collection: CollectionName;
	locale: string;
	slug: string;
	file: string;
	/** The entry's data, as its schema normalised it (2027-08-21T10:00 and 2027-08-21T10:00:00 are the same start). */
	data: Record<string, unknown>;
	lineOf: (path: (string | number)[]) => number;
}

function valueAt(data: unknown, dotted: string): unknown {
	return dotted.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** A value as text for comparing and for the report; undefined (the field is not written) stays undefined. */
function shown(value: unknown): string | undefined {
	return value === undefined ? undefined : JSON.stringify(value);
}

/**
 * Warnings for translations whose shared fields differ from the default language's original. A
 * translation without an original (an entry written only in French, say) is fine and not reported.
 */
export function translationWarnings(entries: readonly TranslatableEntry[], defaultLocale: string): Problem[] {
	const originals = new Map(entries.filter((entry) => entry.locale === defaultLocale).map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
	const warnings: Problem[] = [];
	for (const translation of entries) {
		if (translation.locale === defaultLocale) continue;
		const original = originals.get(`${translation.collection}/${translation.slug}`);
		if (!original) continue;
		for (const field of sharedFields[translation.collection]) {
			const expected = shown(valueAt(original.data, field));
			const found = shown(valueAt(translation.data, field));
			if (expected === found) continue;
			warnings.push({
				file: translation.file,
				line: translation.lineOf(field.split('.')),
				field,
				message: expected === undefined ? `expected no ${field}, as in the original ${original.file}` : `expected the same ${field} as the original ${original.file}: ${expected}`,
				found: found ?? 'nothing',
				hint: 'dates, times, time zones, series, links and consent are the same in every language: change the original and its translations together',
				severity: 'warning',
			});
		}
	}
	return warnings;
}
