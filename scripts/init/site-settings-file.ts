import { Document, isMap, isScalar, type Pair } from 'yaml';
import { PLACEHOLDER } from '../../src/archive/placeholders';
import { siteSections } from '../../src/core/routes';
import { DEFAULT_QUICK_EXIT_URL } from '../../src/schemas/site';
import { languageOwnName } from '../../src/i18n/display-names';
import type { SetupAnswers } from './setup-answers';

/**
 * content/site.yaml as `npm run init` writes it: the organisation's answers, placeholders for what
 * only the organisation can fill in (the tagline when not given, and above all the support lines,
 * which must be real services where the site is published), and a comment above each field saying
 * what it is for, as the sample's site.yaml has. A pure function of the answers.
 *
 * Placeholders start with "TODO:", as npm run new's do. The checker lists those in site.yaml as
 * warnings while every entry is a draft, and as errors once one is published: a support line that
 * is a placeholder must never reach a visitor in distress.
 */

/** The sections in the header of a new site, in order. */
const NAVIGATION: readonly (typeof siteSections)[number][] = ['events', 'stories', 'news', 'documents', 'series', 'about'];

/** How many stories a page of the stories list shows, as the schema's default. */
const STORIES_PER_PAGE = 12;

/** A support line, as site.yaml writes one. */
interface SupportLine {
	name: string;
	description: string;
	phone?: string;
}

/**
 * The three support lines every language starts with, all placeholders: somewhere to talk, people
 * who went through the same, and help now. In English in every language: they are notes to the
 * organiser, who replaces them with real services, and never reach a visitor.
 */
const PLACEHOLDER_SUPPORT: readonly SupportLine[] = [
	{
		name: `${PLACEHOLDER} the name of a listening line for survivors and bereaved families`,
		description: `${PLACEHOLDER} what it offers and when it is open, e.g. free and confidential, every day from 9:00 to 21:00`,
		phone: `${PLACEHOLDER} its telephone number, written as it is dialled, with + and the country code`,
	},
	{
		name: `${PLACEHOLDER} the name of a victims' association near you`,
		description: `${PLACEHOLDER} what it offers, e.g. peer support, practical advice, help with legal and administrative steps`,
		phone: `${PLACEHOLDER} its telephone number, written as it is dialled, with + and the country code`,
	},
	{
		name: `${PLACEHOLDER} where to turn for urgent help`,
		description: `${PLACEHOLDER} e.g. call the local emergency number; and a crisis line open day and night`,
	},
];

/** The language's entry under locales: its code, and its name in itself (a placeholder when Intl cannot name it). */
export function localeEntry(code: string): { code: string; name: string } {
	const name = languageOwnName(code);
	// Intl gives the code back for a language it cannot name: a placeholder then, which the check lists.
	const named = name.toLowerCase() !== code.toLowerCase();
	return { code, name: named ? name : `${PLACEHOLDER} the name of ${code} in ${code} itself, as the language switcher shows it` };
}

/** The settings as plain data, in the order they are written. */
export function siteSettingsData(answers: SetupAnswers): Record<string, unknown> {
	return {
		name: answers.name.trim(),
		tagline: answers.tagline?.trim() || `${PLACEHOLDER} one sentence under the name on the home page`,
		organisation: { name: answers.organisation.name.trim(), ...(answers.organisation.url ? { url: answers.organisation.url.trim() } : {}) },
		url: answers.url.trim(),
		base: answers.base.trim(),
		contact: { email: answers.contact.trim() },
		defaultLocale: answers.defaultLocale,
		locales: answers.locales.map(localeEntry),
		navigation: [...NAVIGATION],
		storiesPerPage: STORIES_PER_PAGE,
		support: Object.fromEntries(answers.locales.map((code) => [code, PLACEHOLDER_SUPPORT.map((line) => ({ ...line }))])),
		quickExit: { enabled: true, url: DEFAULT_QUICK_EXIT_URL },
	};
}

/** The comment lines above each field. */
const COMMENTS: Record<string, string[]> = {
	name: ["The site's name, in the header and the browser tab: one text, or one per language code (en: …, sw: …)."],
	tagline: ['One sentence under the name on the home page: one text, or one per language code.'],
	organisation: ['The organisation that publishes the archive: its name (one text, or one per language code) and its own website.'],
	url: ['The address the site is served from, without a sub-path (that goes in base).'],
	base: ['The sub-path the site is served under: / for the root of the domain, or e.g. /remembrance/.'],
	contact: ['The address visitors and families may write to.'],
	defaultLocale: ['The language of the pages at the root of the site; the others are under /<code>/.'],
	locales: [
		'Every language the site is published in. The code names the language folders (content/events/<code>/);',
		'the name is how the language switcher shows it, in the language itself.',
	],
	navigation: [`The sections in the header, in order. Others you may add: ${siteSections.filter((section) => !NAVIGATION.includes(section)).join(', ')}.`],
	storiesPerPage: ['How many stories a page of the stories list shows.'],
	support: [
		'Where to find support, per language: shown on every story page, beside stories of loss and violence.',
		`Replace each line starting with ${PLACEHOLDER} with a real service where you publish (a listening line,`,
		"a victims' association, urgent help) and its phone number; you may add url: with its website.",
		'npm run check lists them; once an entry is published, the build stops while one is left.',
		'docs/dignity-and-privacy.md says more about support lines.',
	],
	quickExit: [
		'A "Leave this site quickly" button on every page, for visitors who may be watched: the first thing',
		'the keyboard reaches, also triggered by pressing Escape three times. url is where it leads.',
	],
};

const asComment = (lines: readonly string[]) => lines.map((line) => ` ${line}`).join('\n');

function pairOf(map: unknown, key: string): Pair | undefined {
	return isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
}

/** The whole of site.yaml, with its comments. */
export function renderSiteSettings(answers: SetupAnswers): string {
	const document = new Document(siteSettingsData(answers));
	document.commentBefore = asComment([
		"The site's settings, written by npm run init. src/schemas/site.ts and docs/organisers-guide.md",
		`("Site settings") describe every field. Replace each line starting with ${PLACEHOLDER} with your own`,
		'words; npm run check lists them.',
	]);
	for (const [key, lines] of Object.entries(COMMENTS)) {
		const pair = pairOf(document.contents, key);
		if (pair && isScalar(pair.key)) pair.key.commentBefore = asComment(lines);
	}
	return document.toString({ lineWidth: 0 });
}
