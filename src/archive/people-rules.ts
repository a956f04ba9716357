import type { PersonData } from '../schemas/person';
import type { StoryData } from '../schemas/story';

/**
 * Who appears in the index of names, and which stories a person's page links to. A person is listed
 * only with the family's recorded consent. A story links a person only when it is told with names:
 * an anonymous story's people go by pseudonyms chosen with the family, and linking one to a real
 * person's page would undo the anonymity.
 */

/** Whether the family's consent to list the person is given. */
export function isPersonListed(person: Pick<PersonData, 'listing'>): boolean {
	return person.listing.status === 'given';
}

/** Whether a story remembers the person with this id, and may say so. */
export function isStoryAbout(story: { consent: Pick<StoryData['consent'], 'status' | 'scope'>; remembered: readonly { person?: string | undefined }[] }, personSlug: string): boolean {
	return story.consent.scope === 'named' && story.consent.status === 'given' && story.remembered.some((remembered) => remembered.person === personSlug);
}

/** Whether the anniversary of the person's death may be shown under "On this day": a full date of death, and the family did not decline it. */
export function hasAnniversary(person: Pick<PersonData, 'listing' | 'died'>): person is Pick<PersonData, 'listing'> & { died: string } {
	return isPersonListed(person) && person.listing.anniversary && typeof person.died === 'string';
}
