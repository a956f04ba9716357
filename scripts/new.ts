/**
 * npm run new — creates a new entry (event, story, news item or document) with valid frontmatter and
 * comments, in the right folder, as a draft. Asks for what it needs in a terminal; flags answer the
 * questions in advance, so scripts never see a prompt. Exit codes: 0 when the file was written (or
 * shown, with --dry-run), 1 when it could not be written (nothing is ever overwritten), 2 when the
 * command was used wrongly (an unknown option, a value in the wrong form, a missing value with no
 * terminal to ask in).
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { DateTime } from 'luxon';
import { buildTime } from '../src/core/clock';
import { readSiteSettings } from '../src/archive/site-settings';
import { contentRoot } from '../src/core/content-root';
import { CommandFailure, runCommand, UsageError, type CommandArguments } from './cli';
import { contentDisplay } from './content-display';
import { isPlanFailure, planEntry, writeEntry } from './new/new-entry';
import { collectionOfKind, entryKinds, type EventInput, type ScaffoldInput } from './new/scaffold';
import { languageChoices, timeZoneChoices } from './new/question-choices';
import { countryOfTimeZone } from './new/zone-country';
import { languageCodeProblem, planLanguage, writeLanguage } from './new/new-language';
import { collectionSchemas } from '../src/schemas/collections';
import { consentScopes } from '../src/schemas/consent';
import { calendarDate, localDateTime, timeZoneName } from '../src/schemas/dates';
import { documentKinds } from '../src/schemas/document';
import { attendanceModes, eventKinds } from '../src/schemas/event';
import { countryCode } from '../src/schemas/place';
import { parseFrontmatter } from '../src/core/frontmatter';

const HELP = `Usage: npm run new [-- <kind>] [-- options]

Creates a new entry in content/ as a draft, with every required field filled in (placeholders
start with TODO:) and comments saying what each field is for. In a terminal it asks for what
the options do not give; with the options below it asks nothing.

Kinds: event, story, news, document, and language to add a language to the site:

  npm run new -- language <code> [--name <its name in itself>]

  lists the language in content/site.yaml and, when Vigil has no interface strings for it, writes
  content/i18n/<code>.json with every string to translate (each starts with TODO:).

Every kind:
  --title <text>          the title (required)
  --locale <code>         the language folder, e.g. fr (default: defaultLocale in site.yaml)
  --summary <text>        one or two sentences for listings
  --slug <address>        the file name, instead of one made from the title; must be free
  --content <folder>      another content folder (default: content, or $VIGIL_CONTENT)
  --dry-run               show the file and where it would go; write nothing
  --verbose               on an unexpected error, show where it happened (also VIGIL_VERBOSE=1)
  -h, --help              show this help

Events:
  --start <date-time>     local start, e.g. 2027-08-21T10:00, or a date for all day (required)
  --end <date-time>       local end, after the start
  --time-zone <zone>      IANA time zone of the place, e.g. America/New_York (required)
  --attendance <mode>     in-person (default), online or mixed
  --event-kind <kind>     ${eventKinds.join(', ')}
  --venue <name>  --city <name>  --country <code>   where it takes place
  --online-url <url>      where to watch or join

Stories, news and documents:
  --date <YYYY-MM-DD>     the day it is published (documents: issued); default today

Stories:
  --consent <given|pending>  pending (default) keeps the story unpublished, even in npm run dev
  --recorded-on <date>    the day consent was recorded (default today)
  --scope <scope>         anonymous (default: the safer choice) or named
  --narrator <name>  --relation <words>

Documents:
  --symbol <symbol>       the official symbol, e.g. A/74/790
  --document-kind <kind>  ${documentKinds.join(', ')}

Example:
  npm run new -- event --title "Day of Remembrance 2027" --start 2027-08-21T10:00 --time-zone America/New_York

Exits with 0 when the entry was written, 1 when it could not be (an existing file is never
overwritten), 2 when an option is unknown, missing or in the wrong form.`;

const OPTIONS = {
	title: { type: 'string' },
	locale: { type: 'string' },
	summary: { type: 'string' },
	slug: { type: 'string' },
	content: { type: 'string' },
	'dry-run': { type: 'boolean' },
	start: { type: 'string' },
	end: { type: 'string' },
	'time-zone': { type: 'string' },
	attendance: { type: 'string' },
	'event-kind': { type: 'string' },
	venue: { type: 'string' },
	city: { type: 'string' },
	country: { type: 'string' },
	'online-url': { type: 'string' },
	date: { type: 'string' },
	consent: { type: 'string' },
	'recorded-on': { type: 'string' },
	scope: { type: 'string' },
	narrator: { type: 'string' },
	relation: { type: 'string' },
	symbol: { type: 'string' },
	'document-kind': { type: 'string' },
	name: { type: 'string' },
} as const;

/** A value checked by a schema piece from src/schemas, so the command and the checker agree. */
function checked(option: string, value: string, schema: z.ZodTypeAny): string {
	const result = schema.safeParse(value.trim());
	if (!result.success) throw new UsageError(`--${option}: ${result.error.issues[0]?.message ?? 'not in the expected form'}, found ${JSON.stringify(value)}`);
	return value.trim();
}

/** A value that must be one of a list; `label` names it in the message (--attendance, the kind of entry). */
function oneOf<const T extends readonly string[]>(label: string, value: string, choices: T): T[number] {
	if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${label}: expected ${choices.join(', ')}, found ${JSON.stringify(value)}`);
	return value as T[number];
}

/** Today's date where the command runs, from the build clock (VIGIL_NOW pins it in tests). */
function today(): string {
	return DateTime.fromJSDate(buildTime()).toISODate() ?? buildTime().toISOString().slice(0, 10);
}

/** Validates a typed answer with a schema piece: true, or the message to show under the prompt. */
function answerCheck(schema: z.ZodTypeAny, optional = false) {
	return (value: string) => {
		if (optional && value.trim() === '') return true;
		const result = schema.safeParse(value.trim());
		return result.success || (result.error.issues[0]?.message ?? 'not in the expected form');
	};
}

type Values = CommandArguments<typeof OPTIONS>['values'];

/**
 * Gathers what the entry needs: from the options, and from questions for anything they leave out
 * when a terminal can answer. Without one, a missing required value is a usage error and optional
 * values take their defaults.
 */
async function gatherInput(kindArgument: string | undefined, values: Values, languages: readonly { code: string; name: string }[], defaultLocale: string): Promise<ScaffoldInput> {
	const locales = languages.map((language) => language.code);
	const prompts = process.stdin.isTTY && process.stdout.isTTY ? await import('@inquirer/prompts') : undefined;
	/** A value the entry cannot do without: given, or asked for, or a usage error. */
	const required = <T>(missing: string, given: T | undefined, ask: (questions: NonNullable<typeof prompts>) => Promise<T>): Promise<T> => {
		if (given !== undefined) return Promise.resolve(given);
		if (!prompts) throw new UsageError(`${missing} is required (there is no terminal to ask in)`);
		return ask(prompts);
	};
	/** A value with a default: given, or asked for when the command is asking questions anyway. */
	const optional = <T>(given: T | undefined, fallback: T, ask: (questions: NonNullable<typeof prompts>) => Promise<T>): Promise<T> =>
		given !== undefined ? Promise.resolve(given) : prompts ? ask(prompts) : Promise.resolve(fallback);
	const choices = <T extends string>(list: readonly T[]) => list.map((value) => ({ value, name: value }));

	const kind = await required('the kind of entry (event, story, news or document)', kindArgument === undefined ? undefined : oneOf('the kind of entry', kindArgument, entryKinds), (ask) =>
		ask.select({ message: 'What kind of entry?', choices: choices(entryKinds) }),
	);
	const title = await required('--title', values.title?.trim() || undefined, (ask) => ask.input({ message: 'Title:', validate: (value) => value.trim() !== '' || 'expected a title' }));
	const locale = await optional(values.locale === undefined ? undefined : oneOf('--locale', values.locale, locales), defaultLocale, (ask) =>
		ask.select({ message: 'Language:', choices: languageChoices(languages), default: defaultLocale }),
	);
	const summary = await optional(values.summary, undefined, (ask) => ask.input({ message: 'Summary, one or two sentences for listings (leave empty to fill in later):' }));

	if (kind === 'event') {
		const start = await required('--start', values.start === undefined ? undefined : checked('start', values.start, localDateTime), (ask) =>
			ask.input({ message: 'Starts (local time where it happens, e.g. 2027-08-21T10:00):', validate: answerCheck(localDateTime) }),
		);
		const end = await optional(values.end === undefined ? undefined : checked('end', values.end, localDateTime), '', (ask) =>
			ask.input({ message: 'Ends (same form; leave empty if unknown):', validate: answerCheck(localDateTime, true) }),
		);
		const timeZone = await required('--time-zone', values['time-zone'] === undefined ? undefined : checked('time-zone', values['time-zone'], timeZoneName), (ask) =>
			ask.search({ message: 'Time zone of the place (type a city, e.g. Nairobi, or a zone name):', source: (typed) => timeZoneChoices(typed ?? '', Intl.DateTimeFormat().resolvedOptions().timeZone) }),
		);
		const attendance = await optional(values.attendance === undefined ? undefined : oneOf('--attendance', values.attendance, attendanceModes), 'in-person', (ask) =>
			ask.select({ message: 'How do people take part?', choices: choices(attendanceModes), default: 'in-person' }),
		);
		const eventKind = await optional(values['event-kind'] === undefined ? undefined : oneOf('--event-kind', values['event-kind'], eventKinds), undefined, (ask) =>
			ask.select({ message: 'What kind of event?', choices: choices(eventKinds) }),
		);
		const guessedCountry = countryOfTimeZone(timeZone);
		let venue: EventInput['venue'];
		if (attendance !== 'online') {
			const givenCountry = values.country === undefined ? undefined : checked('country', values.country, countryCode).toUpperCase();
			const askCountry = (ask: NonNullable<typeof prompts>) =>
				ask
					.input({ message: 'Country (two-letter code, e.g. US):', default: guessedCountry, validate: answerCheck(countryCode) })
					.then((code) => code.trim().toUpperCase());
			venue = {
				name: await optional(values.venue, '', (ask) => ask.input({ message: 'Venue (leave empty to fill in later):' })),
				city: await optional(values.city, '', (ask) => ask.input({ message: 'City (leave empty to fill in later):' })),
				// Suggested from the time zone when it tells; otherwise required, so that the file
				// passes the check as written.
				country: guessedCountry
					? await optional(givenCountry, '', askCountry)
					: await required(`--country (the time zone ${timeZone} does not tell which country the venue is in)`, givenCountry, askCountry),
			};
		}
		const onlineUrl =
			attendance === 'in-person'
				? values['online-url']
				: await optional(values['online-url'] === undefined ? undefined : checked('online-url', values['online-url'], z.string().url()), '', (ask) =>
						ask.input({ message: 'Where to watch or join (https://…; leave empty to fill in later):', validate: answerCheck(z.string().url(), true) }),
					);
		return {
			kind,
			title,
			locale,
			summary,
			start,
			end: end || undefined,
			timeZone,
			attendance,
			eventKind,
			venue,
			guessedCountry: venue?.country ? undefined : guessedCountry,
			onlineUrl: onlineUrl || undefined,
		};
	}

	const date = await optional(values.date === undefined ? undefined : checked('date', values.date, calendarDate), today(), (ask) =>
		ask.input({ message: kind === 'document' ? 'Issued on (YYYY-MM-DD):' : 'Published on (YYYY-MM-DD):', default: today(), validate: answerCheck(calendarDate) }),
	);
	if (kind === 'news') return { kind, title, locale, summary, date };
	if (kind === 'document') {
		const symbol = await optional(values.symbol, '', (ask) => ask.input({ message: 'Official symbol, e.g. A/74/790 (leave empty to fill in later):' }));
		const documentKind = await optional(values['document-kind'] === undefined ? undefined : oneOf('--document-kind', values['document-kind'], documentKinds), undefined, (ask) =>
			ask.select({ message: 'What kind of document?', choices: choices(documentKinds) }),
		);
		return { kind, title, locale, summary, date, symbol: symbol || undefined, documentKind };
	}

	const consentGiven = await optional(values.consent === undefined ? undefined : oneOf('--consent', values.consent, ['given', 'pending'] as const) === 'given', false, (ask) =>
		ask.confirm({ message: 'Has the storyteller’s consent to publish been recorded?', default: false }),
	);
	const recordedOn = await optional(values['recorded-on'] === undefined ? undefined : checked('recorded-on', values['recorded-on'], calendarDate), today(), (ask) =>
		consentGiven ? ask.input({ message: 'Recorded on (YYYY-MM-DD):', default: today(), validate: answerCheck(calendarDate) }) : Promise.resolve(today()),
	);
	// Anonymous unless told otherwise: a real name, once published and copied, cannot be taken back.
	const scope = await optional(values.scope === undefined ? undefined : oneOf('--scope', values.scope, consentScopes), 'anonymous', (ask) =>
		ask.select({
			message: 'May the story name the people in it?',
			choices: [
				{ value: 'anonymous' as const, name: 'anonymous: pseudonyms only (the safer choice)' },
				{ value: 'named' as const, name: 'named: the family agreed that names are shown' },
			],
			default: 'anonymous' as const,
		}),
	);
	const narrator = await optional(values.narrator, '', (ask) => ask.input({ message: 'Narrator’s name or pseudonym (leave empty to fill in later):' }));
	const relation = await optional(values.relation, '', (ask) => ask.input({ message: 'Their relation to what happened, e.g. survivor, daughter (leave empty to fill in later):' }));
	return { kind, title, locale, summary, date, consent: { given: consentGiven, recordedOn, scope }, narrator: { name: narrator, relation } };
}

/**
 * The schema's objections to the file about to be written (an end before its start, say), read back
 * from its text as the checker reads it, so a file that would not pass is never written.
 */
function schemaProblems(input: ScaffoldInput, data: Record<string, unknown>): string[] {
	const result = collectionSchemas[collectionOfKind[input.kind]](z.string()).safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}

/** Adds a language to the site (scripts/new/new-language.ts), or shows what it would write with --dry-run. */
function addLanguage(root: string, shownFile: (relative?: string) => string, positionals: string[], values: Values): void {
	if (positionals.length !== 2) throw new UsageError('expected the language code after language, e.g. npm run new -- language sw');
	const code = (positionals[1] ?? '').trim();
	const problem = languageCodeProblem(code);
	if (problem) throw new UsageError(problem);
	const plan = planLanguage(root, code, values.name?.trim() || undefined);
	if ('reason' in plan) throw new CommandFailure(`${plan.reason}. Nothing was written.`);
	const shown = (file: string) => shownFile(path.relative(root, file));
	if (values['dry-run']) {
		console.log(`Would add ${plan.code} (${plan.name}) to ${shown(plan.siteYaml.file)}${plan.dictionary ? ` and write ${shown(plan.dictionary.file)}` : ''} (nothing written).`);
		return;
	}
	try {
		writeLanguage(plan);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CommandFailure(code === 'EEXIST' && plan.dictionary ? `${shown(plan.dictionary.file)} already exists and was left as it is; nothing was written.` : `could not write: ${(error as Error).message}`);
	}
	console.log(`Added ${plan.code} (${plan.name}) to ${shown(plan.siteYaml.file)}.`);
	if (plan.dictionary) {
		console.log(`Wrote ${shown(plan.dictionary.file)}: Vigil has no interface strings in ${plan.name}, so every string is there to translate, with the English after TODO:.
Translate first the strings a visitor cannot do without (npm run check names them): the quick exit, the content warning, support and search.`);
	}
	console.log(`Next: add support lines in ${plan.code} to site.yaml, write or translate entries into content/<section>/${plan.code}/, and run npm run check.`);
}

/** Gathers what the entry needs, then writes it (or shows it, with --dry-run) unless it would not pass the check. */
async function createEntry({ values, positionals }: CommandArguments<typeof OPTIONS>): Promise<void> {
	if (values.content) process.env.VIGIL_CONTENT = values.content;
	const root = contentRoot();
	const shownFile = contentDisplay(root);
	const display = shownFile();
	if (positionals[0] === 'language') return addLanguage(root, shownFile, positionals, values);
	if (positionals.length > 1) throw new UsageError(`expected one kind of entry, found ${positionals.join(' ')}`);
	const settings = readSiteSettings(root);
	if (!settings) throw new CommandFailure(`${display}/site.yaml is missing or has mistakes, so the languages are unknown; run npm run check to see what to fix. Nothing was written.`);

	let input: ScaffoldInput;
	try {
		input = await gatherInput(positionals[0], values, settings.locales, settings.defaultLocale);
	} catch (error) {
		// Ctrl+C at a question (ExitPromptError): leave quietly, having written nothing.
		if (error instanceof Error && error.name === 'ExitPromptError') throw new CommandFailure('stopped; nothing was written.');
		throw error;
	}

	const plan = planEntry(root, input, { slug: values.slug });
	if (isPlanFailure(plan)) throw new CommandFailure(plan.reason);
	const problems = schemaProblems(input, (parseFrontmatter(plan.text).data ?? {}) as Record<string, unknown>);
	if (problems.length) throw new UsageError(`the entry would not pass the check, so nothing was written:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
	const shown = shownFile(plan.relative);
	if (values['dry-run']) {
		console.log(`Would create ${shown} (nothing written):\n\n${plan.text}`);
		return;
	}
	try {
		writeEntry(plan);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CommandFailure(code === 'EEXIST' ? `${shown} already exists and was left as it is; nothing was written.` : `could not write ${shown}: ${(error as Error).message}`);
	}
	if (plan.renamed) console.log(`The address ${plan.slug.replace(/-\d+$/, '')} is taken, so this entry is ${plan.slug}.`);
	console.log(`Created ${shown} (a draft).
Next: replace each TODO in it, run npm run check, preview with npm run dev, and delete the draft line when it is ready.`);
}

await runCommand({ name: 'npm run new', help: HELP, options: OPTIONS, allowPositionals: true, run: createEntry });
