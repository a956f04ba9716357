import type { Consent } from '../schemas/consent';

/** The fields of a story that decide who may see it and where. */
export interface StoryAccessFields {
	consent: Consent;
	visibility: 'listed' | 'unlisted';
}

/**
 * A story exists on the site only while consent is given. Withdrawn consent removes it from every
 * output: no page, no listing, no feed, no image.
 */
export function hasConsent(story: StoryAccessFields): boolean {
	return story.consent.status === 'given';
}

/** An unlisted story keeps its own page but appears in no listing, tag page, feed or sitemap. */
export function isListed(story: StoryAccessFields): boolean {
	return hasConsent(story) && story.visibility === 'listed';
}
