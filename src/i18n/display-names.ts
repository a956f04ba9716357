import { phraseWithEntryWords, type PhrasePart } from './content-language';
import type { Translate } from './translator';
import { dateTimeFormat, displayNames, listFormat, numberFormat } from '../core/intl-formats';
import { lifeYear } from '../core/life-dates';

/**
 * Names and numbers as a locale writes them, all through Intl so that no language's words are kept
 * in code: countries, languages, years, days of the year and durations.
 */

/** A country's name in the page's language, e.g. KE → "Kenya" in English, "Kenia" in Spanish. */
export function countryName(code: string, locale: string): string {
	return displayNames(locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** A language's name in the page's language, e.g. fr → "French" on an English page. */
export function languageName(code: string, locale: string): string {
	return displayNames(locale, { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/**
 * A language's name in that language itself, as a reader of it looks for it, e.g. ar → "العربية",
 * fr → "Français". Intl gives some names in lower case ("français"), which reads oddly as the first
 * word of a link, so the first letter is raised by the language's own rules.
 */
export function languageOwnName(code: string): string {
	const name = displayNames(code, { type: 'language', fallback: 'code' }).of(code) ?? code;
	const [first = '', ...rest] = Array.from(name);
	return first.toLocaleUpperCase(code) + rest.join('');
}

/** A year as the locale writes numbers, without the thousands separator ("2021", not "2,021"). */
export function formatYear(year: number, locale: string): string {
	return numberFormat(locale, { useGrouping: false }).format(year);
}

/**
 * A day of the year without a year, e.g. "August 21" in English, "21 août" in French. Formatted in a
 * leap year at UTC, so 29 February exists and no time zone can move the day.
 */
export function formatDayOfYear(month: number, day: number, locale: string): string {
	return dateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month - 1, day)));
}

/** A duration in minutes in words, e.g. "90 minutes". */
export function formatMinutes(minutes: number, locale: string): string {
	return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** Whole hours, minutes and seconds in a number of seconds (rounded to the nearest second). */
function clockParts(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
	const rounded = Math.max(0, Math.round(totalSeconds));
	return { hours: Math.floor(rounded / 3600), minutes: Math.floor((rounded % 3600) / 60), seconds: rounded % 60 };
}

/**
 * A recording's length in words, e.g. "2 minutes, 35 seconds", "1 hour, 2 minutes" (the seconds of
 * a recording over an hour are left out). Intl.DurationFormat would do this, but Node 20 has none:
 * each unit is written by Intl.NumberFormat and the units joined by Intl.ListFormat, as it does.
 */
export function formatDuration(totalSeconds: number, locale: string): string {
	const { hours, minutes, seconds } = clockParts(totalSeconds);
	const unit = (name: 'hour' | 'minute' | 'second', value: number) => numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
	const parts = [
		...(hours > 0 ? [unit('hour', hours)] : []),
		...(minutes > 0 ? [unit('minute', minutes)] : []),
		...((seconds > 0 && hours === 0) || (hours === 0 && minutes === 0) ? [unit('second', seconds)] : []),
	];
	return listFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}

/** A moment in a recording as a player shows it, e.g. "0:12" or "1:02:05", in the locale's digits. */
export function formatTimestamp(totalSeconds: number, locale: string): string {
	const { hours, minutes, seconds } = clockParts(Math.floor(totalSeconds));
	const plain = numberFormat(locale, { useGrouping: false });
	const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
	return hours > 0 ? `${plain.format(hours)}:${twoDigits.format(minutes)}:${twoDigits.format(seconds)}` : `${plain.format(minutes)}:${twoDigits.format(seconds)}`;
}

/** A duration or moment as an ISO 8601 duration for <time datetime>, e.g. PT12S, PT1M5.5S. */
export function isoDuration(totalSeconds: number): string {
	const whole = Math.floor(totalSeconds);
	const fraction = Math.round((totalSeconds - whole) * 1000) / 1000;
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor((whole % 3600) / 60);
	const seconds = (whole % 60) + fraction;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${Number(seconds.toFixed(3))}S` : ''}`;
}

/**
 * Parts of a place or a line of details joined by the locale's separator, which the dictionary
 * gives ("list.separator": ", " in English, "، " in Arabic): Intl.ListFormat would add words such
 * as "and" or "et" between a city and its country.
 */
export function joinParts(parts: readonly (string | undefined)[], separator: string): string {
	return parts.filter((part): part is string => Boolean(part)).join(separator);
}

/**
 * A town and its country, e.g. "Nairobi, Kenya", in pieces: the town is the entry's words and keeps
 * their language, the country's name is the page's (from Intl).
 */
export function placeParts(town: string | undefined, country: string | undefined, locale: string, separator: string): PhrasePart[] {
	const parts: PhrasePart[] = [];
	if (town) parts.push({ text: town, fromEntry: true });
	if (town && country) parts.push({ text: separator, fromEntry: false });
	if (country) parts.push({ text: countryName(country, locale), fromEntry: false });
	return parts;
}

/**
 * The years beside a remembered person's name, e.g. "1985–2013", "born 1950" or "died 2015"; undefined
 * with neither. A person's entry may give a full date (1985-04-23): only its year is shown here.
 */
export function lifeYears(person: { born?: number | string | undefined; died?: number | string | undefined }, locale: string, t: Translate): string | undefined {
	const [bornYear, diedYear] = [lifeYear(person.born), lifeYear(person.died)];
	const born = bornYear === undefined ? undefined : formatYear(bornYear, locale);
	const died = diedYear === undefined ? undefined : formatYear(diedYear, locale);
	if (born && died) return t('story.lifespan', { born, died });
	if (born) return t('story.born', { year: born });
	if (died) return t('story.died', { year: died });
	return undefined;
}

/** A remembered person as the story names them: their name and the years they lived, when known. */
type RememberedPerson = { name: string; born?: number | undefined; died?: number | undefined };

/**
 * A remembered person's name with their years when known, e.g. "Yusuf Hassan (1985–2013)", in pieces:
 * the name is the story's and keeps its language, the years are written the page's way.
 */
export function rememberedNameParts(person: RememberedPerson, locale: string, t: Translate): PhrasePart[] {
	const years = lifeYears(person, locale, t);
	return years ? phraseWithEntryWords(t, 'story.nameWithYears', { name: person.name }, { years }) : [{ text: person.name, fromEntry: true }];
}

/** Several remembered people, joined by the locale's separator, in pieces as rememberedNameParts gives them. */
export function rememberedNamesParts(people: readonly RememberedPerson[], locale: string, t: Translate): PhrasePart[] {
	const separator: PhrasePart = { text: t('list.separator'), fromEntry: false };
	return people.flatMap((person, index) => [...(index > 0 ? [separator] : []), ...rememberedNameParts(person, locale, t)]);
}

/**
 * The narrator as the page says it, in pieces: "Elif Yıldız, daughter" when the story may name them,
 * "daughter (name withheld)" when it is anonymous. The name and relation are the story's words and
 * keep its language; the rest is the page's. `narrator` comes from displayedNarrator() in
 * src/archive/story-rules.ts, which decides whether there is a name to show.
 */
export function narratorParts(narrator: { name: string | undefined; relation: string }, t: Translate): PhrasePart[] {
	return narrator.name === undefined
		? phraseWithEntryWords(t, 'story.narratorAnonymous', { relation: narrator.relation })
		: phraseWithEntryWords(t, 'story.narrator', { name: narrator.name, relation: narrator.relation });
}
