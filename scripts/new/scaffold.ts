import { Document, isMap, isScalar, parse, Scalar, visit, type Pair } from 'yaml';
import { entrySubfolder } from '../../src/core/entry-folder';
import { PLACEHOLDER } from '../../src/archive/placeholders';
import type { consentScopes } from '../../src/schemas/consent';
import { documentLanguages, type documentKinds } from '../../src/schemas/document';
import { eventKinds, type attendanceModes } from '../../src/schemas/event';

/**
 * What `npm run new` writes: a new entry's frontmatter, with comments that say what each field is
 * for, and a first line of text. Pure functions of their input (no clock, no files), so every kind
 * in every language can be tested against the content checker.
 *
 * Every new entry starts as a draft, so its placeholders can be valid values (the file passes
 * `npm run check` as written) without any risk of reaching the published site: a draft is shown in
 * `npm run dev` only. Placeholders start with "TODO:", and the checker warns about any that is
 * left in an entry once it is no longer a draft.
 */

/** The kinds of entry `npm run new` can create. */
export const entryKinds = ['event', 'story', 'news', 'document'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** The collection (and so the folder under content/) each kind of entry lives in. */
export const collectionOfKind = { event: 'events', story: 'stories', news: 'news', document: 'documents' } as const satisfies Record<EntryKind, string>;

interface CommonInput {
	/** The entry's title (for a document, its title; for an event, its name). */
	title: string;
	/** The language folder the entry is written in, e.g. en or fr. */
	locale: string;
	/** One or two sentences for listings; a placeholder when not given. */
	summary?: string | undefined;
	/** The command named in the file's first comment (default: npm run new). */
	madeWith?: string | undefined;
}

/** What `npm run new event` knows about a new event. */
export interface EventInput extends CommonInput {
	kind: 'event';
	/** Local start time, YYYY-MM-DDTHH:mm, or a date alone for an all-day event. */
	start: string;
	/** Local end time, in the same time zone. */
	end?: string | undefined;
	/** The IANA time zone of the place. */
	timeZone: string;
	attendance: (typeof attendanceModes)[number];
	/** What kind of event it is; "other" with a comment listing the choices when not given. */
	eventKind?: (typeof eventKinds)[number] | undefined;
	venue?: { name?: string | undefined; city?: string | undefined; country?: string | undefined } | undefined;
	/** A venue country suggested from the time zone, written with a note to check it. */
	guessedCountry?: string | undefined;
	onlineUrl?: string | undefined;
}

/** What `npm run new story` knows about a new story. */
export interface StoryInput extends CommonInput {
	kind: 'story';
	/** The day the story is published on the site. */
	date: string;
	consent: {
		/** True only when the storyteller's consent has been recorded. */
		given: boolean;
		/** The day consent was recorded; `npm run new` passes today's date when none is given. */
		recordedOn: string;
		scope: (typeof consentScopes)[number];
	};
	narrator?: { name?: string | undefined; relation?: string | undefined } | undefined;
}

/** What `npm run new news` knows about a news item. */
export interface NewsInput extends CommonInput {
	kind: 'news';
	date: string;
}

/** What `npm run new document` knows about a document. */
export interface DocumentInput extends CommonInput {
	kind: 'document';
	/** The day it was issued or adopted. */
	date: string;
	/** The official symbol, e.g. A/74/790. */
	symbol?: string | undefined;
	documentKind?: (typeof documentKinds)[number] | undefined;
}

export type ScaffoldInput = EventInput | StoryInput | NewsInput | DocumentInput;

/** The folder a new entry goes in, relative to content/: events are sorted into a folder per year (src/core/entry-folder.ts). */
export function entryFolder(input: ScaffoldInput): string {
	const collection = collectionOfKind[input.kind];
	const subfolder = entrySubfolder(collection, input.kind === 'event' ? input.start : undefined);
	return [collection, input.locale, subfolder].filter(Boolean).join('/');
}

/** The new entry's file, relative to content/, e.g. events/en/2027/day-of-remembrance-2027.md. */
export function entryFile(input: ScaffoldInput, slug: string): string {
	return `${entryFolder(input)}/${slug}.md`;
}

/** A frontmatter field with what the organiser should know about it. */
interface Field {
	key: string;
	value: unknown;
	/** Comment lines written above the field. */
	above?: string[];
	/** A short comment at the end of the field's line; for scalar values only (a list or group takes `above`). */
	inline?: string;
	/** Comments on fields inside a group, by their key. */
	nested?: Record<string, { above?: string[]; inline?: string }>;
}

const summaryField = (input: CommonInput): Field =>
	input.summary?.trim()
		? { key: 'summary', value: input.summary.trim() }
		: { key: 'summary', value: `${PLACEHOLDER} one or two sentences for listings` };

const tagsField: Field = { key: 'tags', value: [], above: ['Topics that group entries on tag pages, e.g. [remembrance, survivors].'] };

const draftField: Field = {
	key: 'draft',
	value: true,
	above: ['Shown, marked as a draft, in `npm run dev` only; never in the built site.', 'Delete this line once every TODO above is done and the entry is ready to publish.'],
};

function eventFields(input: EventInput): Field[] {
	const fields: Field[] = [
		{ key: 'title', value: input.title.trim() },
		summaryField(input),
		input.eventKind
			? { key: 'kind', value: input.eventKind, inline: eventKinds.join(', ') }
			: { key: 'kind', value: 'other', above: [`${PLACEHOLDER} choose one of ${eventKinds.join(', ')}`] },
		{ key: 'start', value: input.start, inline: 'local time where the event happens; never add Z or an offset' },
	];
	if (input.end) fields.push({ key: 'end', value: input.end, inline: 'in the same time zone, after start' });
	fields.push(
		{ key: 'timeZone', value: input.timeZone, inline: 'IANA time zone of the place; daylight saving time is handled for you' },
		{ key: 'attendance', value: input.attendance, inline: 'in-person, online or mixed' },
	);
	if (input.attendance !== 'online') {
		const venue = input.venue ?? {};
		const country = venue.country || input.guessedCountry;
		const nested: Field['nested'] = {};
		if (!venue.country && input.guessedCountry) nested.country = { inline: `${PLACEHOLDER} guessed from the time zone; check it (two-letter ISO 3166-1 code)` };
		else if (venue.country) nested.country = { inline: 'two-letter ISO 3166-1 code' };
		fields.push({
			key: 'venue',
			value: {
				name: venue.name?.trim() || `${PLACEHOLDER} the venue's name`,
				city: venue.city?.trim() || `${PLACEHOLDER} the city`,
				...(country ? { country } : {}),
			},
			above: country
				? ['Where people gather; required unless attendance is online. You may add address: under name.']
				: ['Where people gather; required unless attendance is online. You may add address: under name.', `${PLACEHOLDER} add country: with the two-letter ISO 3166-1 code, e.g. US, FR or KE`],
			nested,
		});
	}
	if (input.onlineUrl) fields.push({ key: 'onlineUrl', value: input.onlineUrl, inline: 'where to watch or join' });
	// No made-up address: a placeholder link could be followed by a visitor if the draft went out.
	const askForLink = !input.onlineUrl && input.attendance !== 'in-person';
	fields.push(askForLink ? { ...tagsField, above: [`${PLACEHOLDER} add onlineUrl: with the address where people watch or join`, ...(tagsField.above ?? [])] } : tagsField, draftField);
	return fields;
}

function storyFields(input: StoryInput): Field[] {
	const { consent } = input;
	return [
		{ key: 'title', value: input.title.trim() },
		summaryField(input),
		{ key: 'date', value: input.date, inline: 'the day the story is published on the site' },
		{
			key: 'narrator',
			value: {
				name: input.narrator?.name?.trim() || `${PLACEHOLDER} the narrator's name, or a pseudonym`,
				relation: input.narrator?.relation?.trim() || `${PLACEHOLDER} e.g. survivor, daughter, colleague`,
			},
			above: ['Who tells the story. You may add contact: with email and phone, for the organisers only: never published.'],
		},
		{
			key: 'consent',
			value: { status: consent.given ? 'given' : 'withdrawn', recordedOn: consent.recordedOn, scope: consent.scope },
			above: consent.given
				? ['The storyteller’s consent, as recorded. Changing status to withdrawn removes the story from the whole site at the next build.']
				: [
						`${PLACEHOLDER} record the storyteller's consent. Until status is given, nothing of this story is`,
						'published anywhere, not even in `npm run dev`. Once consent is recorded, set status: given and',
						'recordedOn to the day it was recorded.',
					],
			nested: {
				status: { inline: consent.given ? 'given or withdrawn' : 'withdrawn until consent is recorded: the safe default' },
				scope: {
					inline:
						consent.scope === 'anonymous'
							? 'the safer default: only pseudonyms and neutral wording; named once the family agrees to names'
							: 'named: the family agreed that names are shown; anonymous otherwise',
				},
			},
		},
		{ key: 'contentWarnings', value: [], above: ['Warnings such as [Mentions a death]: the story stays folded until the reader chooses to go on.'] },
		tagsField,
		draftField,
	];
}

function newsFields(input: NewsInput): Field[] {
	return [
		{ key: 'title', value: input.title.trim() },
		{ key: 'date', value: input.date, inline: 'the day it is published; listings show the newest first' },
		summaryField(input),
		tagsField,
		draftField,
	];
}

function documentFields(input: DocumentInput): Field[] {
	const symbol = input.symbol?.trim();
	// A link in the entry's own language when documents are issued in it, in English otherwise.
	const language = (documentLanguages as readonly string[]).includes(input.locale) ? input.locale : 'en';
	return [
		symbol ? { key: 'symbol', value: symbol } : { key: 'symbol', value: `${PLACEHOLDER} the official symbol, e.g. A/74/790` },
		{ key: 'title', value: input.title.trim() },
		{ key: 'date', value: input.date, inline: 'the day it was issued or adopted' },
		input.documentKind
			? { key: 'kind', value: input.documentKind, inline: 'report, resolution, strategy, guide or other' }
			: { key: 'kind', value: 'other', inline: `${PLACEHOLDER} report, resolution, strategy, guide or other` },
		{
			key: 'links',
			value: { [language]: symbol ? `https://undocs.org/${language}/${symbol}` : 'https://undocs.org/' },
			above: [
				'Where to read it, per language (ar, zh, en, fr, ru, es): a web address, or a file you put in',
				'public/files/, written /files/name.pdf.',
				...(symbol ? [] : [`${PLACEHOLDER} the address of the document`]),
			],
		},
		summaryField(input),
		tagsField,
		draftField,
	];
}

function fieldsOf(input: ScaffoldInput): Field[] {
	switch (input.kind) {
		case 'event':
			return eventFields(input);
		case 'story':
			return storyFields(input);
		case 'news':
			return newsFields(input);
		case 'document':
			return documentFields(input);
	}
}

/** The new entry's frontmatter as plain data, in the order it is written. */
export function scaffoldData(input: ScaffoldInput): Record<string, unknown> {
	return Object.fromEntries(fieldsOf(input).map((field) => [field.key, field.value]));
}

/** Fields whose values are dates or times, written plainly as organisers write them. */
const DATE_KEYS = new Set(['date', 'start', 'end', 'recordedOn']);

/** Whether a YAML 1.1 reader (Astro's frontmatter parser is one) would read text as something else. */
function readsAsOtherThanText(text: string): boolean {
	try {
		return parse(text, { version: '1.1' }) !== text || parse(text) !== text;
	} catch {
		return true;
	}
}

const asComment = (lines: readonly string[]) => lines.map((line) => ` ${line}`).join('\n');

function pairOf(map: unknown, key: string): Pair | undefined {
	return isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
}

function addComments(pair: Pair, above: string[] | undefined, inline: string | undefined): void {
	if (above?.length && isScalar(pair.key)) pair.key.commentBefore = asComment(above);
	if (inline && isScalar(pair.value)) pair.value.comment = ` ${inline}`;
}

const KIND_NAMES: Record<EntryKind, string> = { event: 'event', story: 'story', news: 'news item', document: 'document' };

/** The whole frontmatter, between its --- lines, with comments. */
export function renderFrontmatter(input: ScaffoldInput): string {
	const fields = fieldsOf(input);
	const document = new Document(scaffoldData(input));
	document.commentBefore = asComment([
		`A new ${KIND_NAMES[input.kind]}, made with ${input.madeWith ?? 'npm run new'}. docs/organisers-guide.md describes every field.`,
		'Replace every TODO, run npm run check, and preview with npm run dev.',
	]);
	for (const field of fields) {
		const pair = pairOf(document.contents, field.key);
		if (!pair) continue;
		addComments(pair, field.above, field.inline);
		for (const [key, note] of Object.entries(field.nested ?? {})) {
			const inner = pairOf(pair.value, key);
			if (inner) addComments(inner, note.above, note.inline);
		}
	}
	// Text that a YAML 1.1 reader would take for a date, a number or true/false (a title such as
	// "2021-09-11" or "yes") is quoted, so that Astro and the checker read the same words.
	visit(document, {
		Scalar(key, node, path) {
			const parent = path.at(-1);
			const parentKey = parent && 'key' in parent && isScalar(parent.key) ? String(parent.key.value) : '';
			if (key === 'key' || typeof node.value !== 'string' || DATE_KEYS.has(parentKey)) return;
			if (readsAsOtherThanText(node.value)) node.type = Scalar.QUOTE_DOUBLE;
		},
	});
	const picture = input.kind === 'event' ? 'image' : input.kind === 'story' ? 'portrait' : input.kind === 'news' ? 'image' : undefined;
	if (picture) {
		const upToContent = '../'.repeat(entryFolder(input).split('/').length);
		document.comment = asComment([
			`To add a picture, put it in content/images/ (at least 1600 pixels wide) and add:`,
			`${picture}:`,
			`  src: ${upToContent}images/your-picture.jpg`,
			'  alt: What the picture shows, for people who cannot see it',
			'  credit: "Photo: the photographer’s name"',
		]);
	}
	return document.toString({ lineWidth: 0 });
}

const BODY: Record<EntryKind, string> = {
	event: `${PLACEHOLDER} what happens, who speaks and how to take part, in Markdown. Use ## for headings inside the text: the page already has its title.`,
	story: `${PLACEHOLDER} the story, in the narrator's words, in Markdown. Use ## for headings inside the text: the page already has its title.`,
	news: `${PLACEHOLDER} the news item, in Markdown. Use ## for headings inside the text: the page already has its title.`,
	document: `${PLACEHOLDER} what the document says and why it matters, in Markdown (optional: the summary may be enough).`,
};

/** The whole new file: frontmatter between --- lines, then a first line of text to replace. */
export function renderEntry(input: ScaffoldInput): string {
	return `---\n${renderFrontmatter(input)}---\n\n${BODY[input.kind]}\n`;
}
