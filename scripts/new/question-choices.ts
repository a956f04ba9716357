/** The lists that the questions of `npm run new` offer: languages, and time zones to search. */

import { timeZoneName } from '../../src/schemas/dates';

/** A choice in a list of `npm run new`: what it writes, and what it shows. */
export interface Choice {
	value: string;
	name: string;
}

/** Text as it is compared when searching: lower-case, without accents, spaces for underscores. */
function searchable(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/_/g, ' ').toLowerCase();
}

/**
 * The time zones that match what the organiser typed, for the searchable list of `npm run new`:
 * "nairobi" finds Africa/Nairobi, "new york" America/New_York, "são paulo" America/Sao_Paulo. Before
 * anything is typed, the machine's own zone comes first. A name the zone database knows but Intl
 * does not list (an older alias such as Asia/Calcutta) is offered as typed, so a typed name keeps
 * working; the list checks it with the same schema piece as the content checker.
 */
export function timeZoneChoices(typed: string, machineZone: string, zones: readonly string[] = Intl.supportedValuesOf('timeZone')): Choice[] {
	const wanted = searchable(typed.trim());
	const matching = wanted === '' ? [machineZone, ...zones.filter((zone) => zone !== machineZone)] : zones.filter((zone) => searchable(zone).includes(wanted));
	// The zones whose city starts with what was typed come first: "par" → Europe/Paris before America/Paramaribo.
	const city = (zone: string) => searchable(zone.split('/').at(-1) ?? zone);
	const ordered = wanted === '' ? matching : [...matching.filter((zone) => city(zone).startsWith(wanted)), ...matching.filter((zone) => !city(zone).startsWith(wanted))];
	const choices = ordered.map((zone) => ({ value: zone, name: zone.replace(/_/g, ' ') }));
	const asTyped = typed.trim();
	if (asTyped && !zones.includes(asTyped) && timeZoneName.safeParse(asTyped).success) choices.unshift({ value: asTyped, name: `${asTyped} (as typed)` });
	return choices;
}

/** The languages of the archive as `npm run new` lists them: each named in itself, with its code, e.g. "Français (fr)". */
export function languageChoices(locales: readonly { code: string; name: string }[]): Choice[] {
	return locales.map(({ code, name }) => ({ value: code, name: name === code ? code : `${name} (${code})` }));
}
