import { countryCode } from '../../src/schemas/place';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * Codes Intl still names and lists zones for, but that are no longer countries (ISO 3166-3: FX
 * Metropolitan France, SU the Soviet Union, YU, CS, DD, …): without them Europe/Paris is FR alone.
 */
const FORMER_COUNTRIES = new Set(['AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'NT', 'RH', 'SU', 'TP', 'VD', 'YD', 'YU', 'ZR']);

/** Every assigned ISO 3166-1 alpha-2 code, as the schema for venue countries accepts them. */
function countryCodes(): string[] {
	const codes: string[] = [];
	for (const first of LETTERS) {
		for (const second of LETTERS) {
			const code = `${first}${second}`;
			if (!FORMER_COUNTRIES.has(code) && countryCode.safeParse(code).success) codes.push(code);
		}
	}
	return codes;
}

/** The time zones of a country, as ICU lists them (Intl.Locale.prototype.timeZones, TC39 Intl Locale Info). */
function zonesOf(region: string): readonly string[] {
	const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { timeZones?: readonly string[]; getTimeZones?: () => readonly string[] };
	return locale.getTimeZones?.() ?? locale.timeZones ?? [];
}

let zoneToCountry: Map<string, string[]> | undefined;

/**
 * The country a time zone belongs to, e.g. America/New_York → US, Europe/Zurich → CH; undefined
 * when the zone is shared by several countries under one name, belongs to none (Etc/UTC), or the
 * runtime cannot tell. Used only to suggest a venue country that the organiser then checks.
 */
export function countryOfTimeZone(timeZone: string): string | undefined {
	if (!zoneToCountry) {
		zoneToCountry = new Map();
		for (const code of countryCodes()) {
			for (const zone of zonesOf(code)) zoneToCountry.set(zone, [...(zoneToCountry.get(zone) ?? []), code]);
		}
	}
	// ICU keys zones by their older names (Asia/Calcutta for Asia/Kolkata); Intl resolves either to it.
	let resolved = timeZone;
	try {
		resolved = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
	const countries = zoneToCountry.get(timeZone) ?? zoneToCountry.get(resolved);
	return countries?.length === 1 ? countries[0] : undefined;
}
