import type { StoryData, StoryIncident } from '../schemas/story';

/** An attack's entry as a story needs it: its id and its words in the page's locale. */
export interface IncidentFacts {
	slug: string;
	data: { name: string; date: string; place: string; country: string };
}

/**
 * The attack a story tells of, written out: a story names it either by the id of its entry in
 * content/incidents/, which then gives the name, day and place in the page's language, or in full
 * in its own frontmatter. An id with no entry in this build (a draft attack) shows nothing rather
 * than a bare file name; the checker reports an id that names no attack at all.
 */
export function storyIncident(incident: StoryData['incident'], incidents: readonly IncidentFacts[]): StoryIncident | undefined {
	if (incident === undefined) return undefined;
	if (typeof incident !== 'string') return incident;
	const entry = incidents.find((candidate) => candidate.slug === incident);
	return entry && { id: entry.slug, name: entry.data.name, date: entry.data.date, place: entry.data.place, country: entry.data.country };
}
