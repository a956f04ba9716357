import type { CollectionName } from '../schemas/collections';
import type { Problem } from './problem';

/**
 * The checks that tie the names together: the ids that people, stories and events give for a person
 * or an attack, and the dignity rules a schema cannot see because they span files. An id that names
 * no attack is an error, as a series that does not exist is; the rest are warnings, for an organiser
 * to look at (two people who may be one, a pseudonym that is someone's real name).
 */

/** An entry as these checks need it: validate-archive.ts's CheckedEntry. */
export interface ReferencingEntry {
	collection: CollectionName;
	locale: string;
	slug: string;
	file: string;
	data: Record<string, unknown>;
	lineOf: (path: (string | number)[]) => number;
}

interface Remembered {
	name?: unknown;
	born?: unknown;
	died?: unknown;
	person?: unknown;
}

/** An attack as a story writes it out. */
interface WrittenIncident {
	name?: unknown;
	date?: unknown;
	country?: unknown;
}

/**
 * The attack entry a written-out attack most likely is: the same name in any language, or the same
 * day in the same country. Both are cheap to check and rarely wrong; a false match costs a warning.
 */
function matchingIncident(written: WrittenIncident, incidents: readonly ReferencingEntry[]): ReferencingEntry | undefined {
	const name = typeof written.name === 'string' ? comparable(written.name) : undefined;
	return incidents.find(
		(entry) =>
			(name !== undefined && typeof entry.data.name === 'string' && comparable(entry.data.name) === name) ||
			(typeof written.date === 'string' && written.date === entry.data.date && typeof written.country === 'string' && written.country.toUpperCase() === entry.data.country),
	);
}

/** A name as compared: the same letters whatever their case, composition or spacing. */
const comparable = (name: string) => name.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();

const isListed = (person: ReferencingEntry) => (person.data.listing as { status?: unknown } | undefined)?.status === 'given';

export function checkPeopleReferences(
	entries: readonly ReferencingEntry[],
	defaultLocale: string | undefined,
	folderOf: (collection: CollectionName, locale: string) => string,
	problems: Problem[],
): void {
	const slugsOf = (collection: CollectionName) => new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.slug));
	const incidents = slugsOf('incidents');
	const people = entries.filter((entry) => entry.collection === 'people');
	const personSlugs = new Set(people.map((person) => person.slug));
	const listOf = (slugs: Set<string>) => [...slugs].sort().join(', ') || 'none yet';

	// An attack named by id must exist: a person's page and an event's would otherwise lead nowhere.
	for (const entry of entries) {
		const incident = entry.data.incident;
		if ((entry.collection === 'people' || entry.collection === 'events' || entry.collection === 'stories') && typeof incident === 'string' && !incidents.has(incident)) {
			problems.push({
				file: entry.file,
				line: entry.lineOf(['incident']),
				field: 'incident',
				message: `expected the file name of an attack in ${folderOf('incidents', defaultLocale ?? entry.locale)}/ (available: ${listOf(incidents)})`,
				found: JSON.stringify(incident),
				hint: 'write the attack’s file in content/incidents/<language>/ first (see docs/organisers-guide.md, "The people remembered"), or correct the id',
				severity: 'error',
			});
		}
	}

	// A story that writes out an attack the archive has an entry for is not on that attack's page:
	// the organiser is told the id that would put it there.
	const incidentEntries = entries.filter((entry) => entry.collection === 'incidents');
	for (const story of entries.filter((entry) => entry.collection === 'stories')) {
		const written = story.data.incident;
		if (typeof written !== 'object' || written === null) continue;
		const match = matchingIncident(written as WrittenIncident, incidentEntries);
		if (!match) continue;
		problems.push({
			file: story.file,
			line: story.lineOf(['incident']),
			field: 'incident',
			message: `expected the attack’s id, since ${match.file} describes the same attack: the story is on its page only when it names it by id`,
			found: JSON.stringify((written as WrittenIncident).name ?? ''),
			hint: `replace the incident block with the line  incident: ${match.slug}`,
			severity: 'warning',
		});
	}

	// The real names of listed people, to tell when an anonymous story's pseudonym is one of them.
	const realNames = new Map<string, string>();
	for (const person of people.filter(isListed)) {
		const variants = ((person.data.variants as unknown[] | undefined) ?? []).map((variant) => (typeof variant === 'object' && variant !== null ? (variant as { name?: unknown }).name : variant));
		for (const name of [person.data.name, ...variants]) {
			if (typeof name === 'string') realNames.set(comparable(name), person.file);
		}
	}

	for (const story of entries.filter((entry) => entry.collection === 'stories')) {
		const anonymous = (story.data.consent as { scope?: unknown } | undefined)?.scope === 'anonymous';
		const remembered = Array.isArray(story.data.remembered) ? (story.data.remembered as Remembered[]) : [];
		remembered.forEach((item, index) => {
			const person = item?.person;
			if (typeof person === 'string' && !personSlugs.has(person)) {
				problems.push({
					file: story.file,
					line: story.lineOf(['remembered', index, 'person']),
					field: `remembered.${index}.person`,
					message: `expected the file name of a person in ${folderOf('people', defaultLocale ?? story.locale)}/ (available: ${listOf(personSlugs)})`,
					found: JSON.stringify(person),
					hint: 'the story is not linked from anyone’s page until this names a person who exists',
					severity: 'warning',
				});
			}
			if (!anonymous) return;
			if (typeof person === 'string') {
				problems.push({
					file: story.file,
					line: story.lineOf(['remembered', index, 'person']),
					field: `remembered.${index}.person`,
					message: 'expected no person in an anonymous story: it is never linked to anyone’s page, so that no one can tie the pseudonym to the real name',
					found: JSON.stringify(person),
					hint: 'remove this line; if the family now wishes the story told with names, change consent.scope to named with them',
					severity: 'warning',
				});
			}
			const name = typeof item?.name === 'string' ? realNames.get(comparable(item.name)) : undefined;
			if (name) {
				problems.push({
					file: story.file,
					line: story.lineOf(['remembered', index, 'name']),
					field: `remembered.${index}.name`,
					message: `expected a pseudonym in an anonymous story, but this is the name of a listed person (${name})`,
					found: JSON.stringify(item.name),
					hint: 'choose another pseudonym with the family, one that is nobody’s name in the archive',
					severity: 'warning',
				});
			}
		});
	}

	// Two people with the same name and the same years are probably one person written twice.
	const seen = new Map<string, ReferencingEntry>();
	for (const person of people) {
		if (typeof person.data.name !== 'string') continue;
		const key = [comparable(person.data.name), String(person.data.born ?? ''), String(person.data.died ?? '')].join('|');
		const first = seen.get(key);
		if (first && first.slug !== person.slug) {
			problems.push({
				file: person.file,
				line: person.lineOf(['name']),
				field: 'name',
				message: `expected each person once, but ${first.file} has the same name and dates`,
				found: JSON.stringify(person.data.name),
				hint: 'if they are the same person, keep one file (a translation goes in another language folder under the same file name)',
				severity: 'warning',
			});
		} else if (!first) seen.set(key, person);
	}
}
