import { DateTime } from 'luxon';
import { Document, isMap, isScalar } from 'yaml';
import { PLACEHOLDER } from '../../src/archive/placeholders';
import { builtInDictionaries, referenceLocale } from '../../src/i18n/built-in-dictionaries';
import { entryFile, renderEntry, type EventInput } from '../new/scaffold';
import { countryOfTimeZone } from '../new/zone-country';

/**
 * The entries a new archive starts with, in every language, all drafts: a first event to shape into
 * the organisation's own commemoration, and the About page. They show in `npm run dev` only, so the
 * organiser sees the site take shape, and nothing unfinished can reach visitors.
 */

/** A file `npm run init` writes: where, relative to the content folder, and its text. */
export interface PlannedFile {
	relative: string;
	text: string;
}

/** 21 August: the International Day of Remembrance of and Tribute to the Victims of Terrorism. */
const DAY_OF_REMEMBRANCE = { month: 8, day: 21 };

/** The hour the first event starts, local time: a morning ceremony. */
const START_HOUR = '10:00';

/**
 * The next 21 August after today, where the event happens, at 10:00 local time: a date a first
 * commemoration plausibly has, and one that is still ahead for the whole time the draft is worked on.
 */
export function nextDayOfRemembrance(now: Date, timeZone: string): string {
	const today = DateTime.fromJSDate(now, { zone: timeZone });
	const beforeThisYears = today.month < DAY_OF_REMEMBRANCE.month || (today.month === DAY_OF_REMEMBRANCE.month && today.day < DAY_OF_REMEMBRANCE.day);
	const year = beforeThisYears ? today.year : today.year + 1;
	return `${year}-08-${String(DAY_OF_REMEMBRANCE.day).padStart(2, '0')}T${START_HOUR}`;
}

/**
 * The first event's address, the same in every language so that each language's file is a
 * translation of the others. Not made from the title, which is a placeholder.
 */
export function firstEventSlug(start: string): string {
	return `commemoration-${start.slice(0, 4)}`;
}

/**
 * The first event in one language, made as `npm run new event` makes one: in person at a venue in
 * the country the time zone suggests (marked for the organiser to check), or online when the zone
 * does not tell a country, since an in-person event needs its venue's country to pass the check.
 */
export function firstEvent(locale: string, start: string, timeZone: string): PlannedFile {
	const country = countryOfTimeZone(timeZone);
	const input: EventInput = {
		kind: 'event',
		title: `${PLACEHOLDER} the name of your first commemoration`,
		locale,
		start,
		timeZone,
		attendance: country ? 'in-person' : 'online',
		guessedCountry: country,
		madeWith: 'npm run init',
	};
	return { relative: entryFile(input, firstEventSlug(start)), text: renderEntry(input) };
}

/** What the About page should say, one placeholder line each; English in every language, like npm run new's. */
const ABOUT_BODY = [
	`${PLACEHOLDER} who you are: the organisation behind this archive, and why it keeps it.`,
	`${PLACEHOLDER} who the archive is for: the people remembered, their families and survivors, and anyone who wants to learn.`,
	`${PLACEHOLDER} how families can reach you: an address, a telephone number, and when someone answers.`,
	`${PLACEHOLDER} how stories are gathered: only with the storyteller's recorded consent, and how to withdraw it at any time.`,
];

/** The About page in one language, titled as the header's link to it is in that language. */
export function aboutPage(locale: string): PlannedFile {
	const title = builtInDictionaries[locale]?.['nav.about'] ?? builtInDictionaries[referenceLocale]?.['nav.about'] ?? 'About';
	const document = new Document({ title, summary: `${PLACEHOLDER} one sentence about your organisation and this archive`, draft: true });
	document.commentBefore = ` The About page, written by npm run init: the header links to it once it is published.\n Replace every line starting with ${PLACEHOLDER}, here and below, in your own words.`;
	const draft = isMap(document.contents) ? document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'draft') : undefined;
	if (draft && isScalar(draft.key)) draft.key.commentBefore = ' Shown, marked as a draft, in `npm run dev` only; never in the built site.\n Delete this line once the page is ready to publish.';
	return { relative: `pages/${locale}/about.md`, text: `---\n${document.toString({ lineWidth: 0 })}---\n\n${ABOUT_BODY.join('\n\n')}\n` };
}
