/** Where an entry stands on the way to the public site. */
export type PublicationState = 'published' | 'draft' | 'scheduled';

/** The fields that decide whether an entry may be shown. */
export interface PublicationFields {
	draft: boolean;
	/** A calendar day, YYYY-MM-DD. */
	publishDate?: string | undefined;
}

/** The calendar day of an instant at UTC, YYYY-MM-DD; publish dates are compared as whole days. */
export function utcDay(now: Date): string {
	return now.toISOString().slice(0, 10);
}

/** Whether an entry is a draft, scheduled for a later day, or published as of `now`. */
export function publicationState(entry: PublicationFields, now: Date): PublicationState {
	if (entry.draft) return 'draft';
	if (entry.publishDate && entry.publishDate > utcDay(now)) return 'scheduled';
	return 'published';
}

/**
 * Whether an entry belongs in this build: published entries always; drafts and scheduled entries
 * only in the dev server, where organisers preview them (marked as such).
 */
export function isIncluded(entry: PublicationFields, now: Date, previewUnpublished: boolean): boolean {
	return previewUnpublished || publicationState(entry, now) === 'published';
}
