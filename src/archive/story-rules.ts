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

/** The fields of a story that decide how its narrator is shown. */
export interface NarratorFields {
	consent: Pick<Consent, 'scope'>;
	narrator: { name: string; relation: string };
}

/** The narrator as a page, card, feed or open-data file may show them. */
export interface DisplayedNarrator {
	/** Their name, or undefined when the story is anonymous: then no output names them at all. */
	name: string | undefined;
	/** How they are related to what happened ("daughter", "survivor"), which never identifies them alone. */
	relation: string;
}

/**
 * Who tells a story, as the site may show it. An anonymous story never names its narrator, not even
 * by the pseudonym in the file: the page says "daughter (name withheld)" instead. A pseudonym that
 * appears on every card and in every search result quickly becomes a name people know, and an
 * organiser may have written a real name there by mistake. Remembered people keep the pseudonyms
 * given for them, which the story's own text uses.
 */
export function displayedNarrator(story: NarratorFields): DisplayedNarrator {
	return {
		name: story.consent.scope === 'anonymous' ? undefined : story.narrator.name,
		relation: story.narrator.relation,
	};
}

/** Whether a story's page must say that the names in it have been changed. */
export function namesAreChanged(story: { consent: Pick<Consent, 'scope'> }): boolean {
	return story.consent.scope === 'anonymous';
}

/** A field of a story whose words a page shows, as the content checker names it. */
export type StoryTextField = 'title' | 'summary' | 'body' | 'contentWarnings' | 'remembered' | 'incident.name' | 'portrait.alt' | 'portrait.credit';

const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether `name` occurs in `text` as a word of its own (not inside a longer word, so "Noor" is not
 * found in "Noordwijk", nor نور in النور), in any script, ignoring case.
 */
export function containsName(text: string, name: string): boolean {
	const wanted = name.trim().toLocaleLowerCase();
	if (!wanted) return false;
	const haystack = text.toLocaleLowerCase();
	for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1)) {
		const before = haystack.slice(0, at).at(-1) ?? '';
		const after = haystack.slice(at + wanted.length).at(0) ?? '';
		if (!letterOrDigit.test(before) && !letterOrDigit.test(after)) return true;
	}
	return false;
}

/**
 * The fields of an anonymous story whose words contain its narrator's name (the pseudonym in
 * `narrator.name`): the site hides the name where it shows the narrator, but it cannot hide it from
 * the organiser's own text. Empty for a named story. For the content checker.
 */
export function narratorNamedIn(
	story: NarratorFields & {
		title: string;
		summary: string;
		contentWarnings?: readonly string[];
		remembered?: readonly { name: string }[];
		incident?: { name: string } | undefined;
		portrait?: { alt: string; credit?: string | undefined } | undefined;
	},
	body = '',
): StoryTextField[] {
	if (story.consent.scope !== 'anonymous') return [];
	const name = story.narrator.name;
	const fields: [StoryTextField, string][] = [
		['title', story.title],
		['summary', story.summary],
		['body', body],
		['contentWarnings', (story.contentWarnings ?? []).join('\n')],
		['remembered', (story.remembered ?? []).map((person) => person.name).join('\n')],
		['incident.name', story.incident?.name ?? ''],
		['portrait.alt', story.portrait?.alt ?? ''],
		['portrait.credit', story.portrait?.credit ?? ''],
	];
	return fields.filter(([, text]) => containsName(text, name)).map(([field]) => field);
}
