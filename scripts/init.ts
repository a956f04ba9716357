/**
 * npm run init — turns a fresh checkout, whose content/ holds the sample archive, into a new, empty
 * archive for an organisation: the sample's files go, and site.yaml, a first draft event and a draft
 * About page in each language (and a dictionary to translate for a language Vigil has no strings
 * for) are written from a few answers. Asks for what it needs in a terminal; flags answer the
 * questions in advance, and --yes asks nothing. Exit codes: 0 when the archive was set up (or the
 * sample kept), 1 when it could not be (files of the organiser's own in content/, an earlier setup
 * without --force; nothing is changed), 2 when the command was used wrongly.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { buildTime } from '../src/core/clock';
import { contentRoot } from '../src/core/content-root';
import { parseFrontmatter, parseYaml } from '../src/core/frontmatter';
import { collectionSchemas } from '../src/schemas/collections';
import { siteSchema } from '../src/schemas/site';
import { CommandFailure, runCommand, UsageError, type CommandArguments } from './cli';
import { contentDisplay } from './content-display';
import { computeManifest, readManifest, SAMPLE_MANIFEST, SITE_SETTINGS_FILE, textHash, UnreadableManifest, type ContentManifest } from './init/content-manifest';
import { takeInventory, type ContentInventory } from './init/content-inventory';
import { INIT_RECORD, readInitRecord, type InitRecord } from './init/init-record';
import { carryOutSetup, planSetup, SetupStepFailure, type SetupPlan } from './init/setup-plan';
import { answerRules, defaultLocaleRule, localeCodes, type AnswerRule, type SetupAnswers } from './init/setup-answers';
import { timeZoneChoices } from './new/question-choices';

const HELP = `Usage: npm run init [-- options]

Turns the sample archive in content/ into a new, empty archive for your organisation. It removes
the sample's entries, images and recordings, and writes content/site.yaml from your answers, a
first event and an About page in each language, as drafts, and, for a language Vigil has no
interface strings for, a dictionary to translate in content/i18n/. In a terminal it asks for what
the options do not give; with --yes it asks nothing.

It never removes a file of your own: when content/ holds an entry, image or recording that is not
the sample's as it came (one you added or edited), it names it and changes nothing.

Options:
  --name <text>             the site's name, e.g. "Harbour Memorial" (required)
  --organisation <text>     the organisation's name (required)
  --organisation-url <url>  the organisation's own website
  --url <address>           where the site will be served from, without a sub-path,
                            e.g. https://remembrance.example.org (required)
  --base <path>             the sub-path it is served under, e.g. /remembrance/ (default: /)
  --contact <email>         the address visitors and families may write to (required)
  --tagline <text>          one sentence under the name on the home page
                            (default: a placeholder to replace)
  --locales <codes>         the languages, separated by commas, e.g. en,sw (default: en)
  --default-locale <code>   the language of the pages at the root of the site
                            (default: the first of --locales)
  --time-zone <zone>        IANA time zone of the first event, e.g. Africa/Nairobi
                            (default: this computer's)
  --yes                     ask nothing and take the defaults; a required value left out
                            is an error
  --force                   set up again after an earlier npm run init: its drafts and
                            site.yaml are written again (it stops if you changed one)
  --example sample          keep the sample archive as it is, and change nothing
  --content <folder>        another content folder (default: content, or $VIGIL_CONTENT)
  --verbose                 on an unexpected error, show where it happened (also VIGIL_VERBOSE=1)
  -h, --help                show this help

Example:
  npm run init -- --yes --name "Harbour Memorial" --organisation "Harbour Memorial Association" --url https://harbour.example.org --contact contact@harbour.example.org --locales en,sw --time-zone Africa/Nairobi

Exits with 0 when the archive was set up (or the sample kept), 1 when it could not be (files of
your own in content/, or an earlier npm run init without --force; nothing is changed), 2 when an
option is unknown, missing or in the wrong form.`;

const OPTIONS = {
	name: { type: 'string' },
	organisation: { type: 'string' },
	'organisation-url': { type: 'string' },
	url: { type: 'string' },
	base: { type: 'string' },
	contact: { type: 'string' },
	tagline: { type: 'string' },
	locales: { type: 'string' },
	'default-locale': { type: 'string' },
	'time-zone': { type: 'string' },
	yes: { type: 'boolean' },
	force: { type: 'boolean' },
	example: { type: 'string' },
	content: { type: 'string' },
} as const;

type Values = CommandArguments<typeof OPTIONS>['values'];

/** The only example archive there is to keep. */
const SAMPLE_EXAMPLE = 'sample';

/** How many of the organiser's own files a refusal names before "and N more". */
const OWN_FILES_NAMED = 10;

/** What the questions of @inquirer/prompts offer; loaded only when there is a terminal to ask in. */
type Questions = typeof import('@inquirer/prompts');

/** An option's value checked by its rule: the value, trimmed, or a usage error naming the option. */
function checked(option: string, value: string | undefined, rule: AnswerRule): string | undefined {
	if (value === undefined) return undefined;
	const problem = rule(value);
	if (problem) throw new UsageError(`--${option}: ${problem}, found ${JSON.stringify(value)}`);
	return value.trim();
}

/** A rule as a question's validate function: true, or the message to show under the question. */
const validating = (rule: AnswerRule, optional = false) => (value: string) => (optional && value.trim() === '') || (rule(value) ?? true);

/** The options given, each checked by its rule before anything else happens. */
function givenAnswers(values: Values) {
	return {
		name: checked('name', values.name, answerRules.name),
		organisation: checked('organisation', values.organisation, answerRules.organisation),
		organisationUrl: checked('organisation-url', values['organisation-url'], answerRules['organisation-url']),
		url: checked('url', values.url, answerRules.url),
		base: checked('base', values.base, answerRules.base),
		contact: checked('contact', values.contact, answerRules.contact),
		tagline: checked('tagline', values.tagline, answerRules.tagline),
		locales: checked('locales', values.locales, answerRules.locales),
		timeZone: checked('time-zone', values['time-zone'], answerRules['time-zone']),
	};
}

/**
 * Gathers the answers: from the options, and from questions for anything they leave out when a
 * terminal can answer and --yes was not given. Otherwise a missing required value is a usage error
 * and the others take their defaults.
 */
async function gatherAnswers(values: Values, given: ReturnType<typeof givenAnswers>, prompts: Questions | undefined): Promise<SetupAnswers> {
	/** A value the site cannot do without: given, or asked for, or a usage error naming its option. */
	const required = (option: string, what: string, value: string | undefined, ask: (questions: Questions) => Promise<string>): Promise<string> => {
		if (value !== undefined) return Promise.resolve(value);
		if (values.yes) throw new UsageError(`--${option} is required with --yes: ${what}`);
		if (!prompts) throw new UsageError(`--${option} is required (there is no terminal to ask in): ${what}`);
		return ask(prompts).then((answer) => answer.trim());
	};
	/** A value with a default: given, or asked for when the command is asking questions anyway. */
	const optional = (value: string | undefined, fallback: string, ask: (questions: Questions) => Promise<string>): Promise<string> =>
		value !== undefined ? Promise.resolve(value) : prompts ? ask(prompts).then((answer) => answer.trim()) : Promise.resolve(fallback);

	const name = await required('name', "the site's name", given.name, (ask) => ask.input({ message: "The site's name, e.g. Harbour Memorial:", validate: validating(answerRules.name) }));
	const organisation = await required('organisation', "the organisation's name", given.organisation, (ask) =>
		ask.input({ message: "The organisation's name:", validate: validating(answerRules.organisation) }),
	);
	const organisationUrl = await optional(given.organisationUrl, '', (ask) =>
		ask.input({ message: "The organisation's own website (https://…; leave empty if it has none):", validate: validating(answerRules['organisation-url'], true) }),
	);
	const url = await required('url', 'the address the site will be served from, e.g. https://remembrance.example.org', given.url, (ask) =>
		ask.input({ message: 'The address the site will be served from, e.g. https://remembrance.example.org:', validate: validating(answerRules.url) }),
	);
	const base = await optional(given.base, '/', (ask) =>
		ask.input({ message: 'The sub-path it is served under (/ for the root of the domain, or e.g. /remembrance/):', default: '/', validate: validating(answerRules.base) }),
	);
	const contact = await required('contact', 'the email address visitors and families may write to', given.contact, (ask) =>
		ask.input({ message: 'The email address visitors and families may write to:', validate: validating(answerRules.contact) }),
	);
	const tagline = await optional(given.tagline, '', (ask) => ask.input({ message: 'One sentence under the name on the home page (leave empty to write it later):' }));
	const locales = localeCodes(
		await optional(given.locales, 'en', (ask) =>
			ask.input({ message: 'The languages of the site, as codes separated by commas (e.g. en,sw for English and Swahili):', default: 'en', validate: validating(answerRules.locales) }),
		),
	);
	const defaultLocale =
		checked('default-locale', values['default-locale'], defaultLocaleRule(locales)) ??
		(prompts && locales.length > 1
			? await prompts.select({ message: 'The language of the pages at the root of the site:', choices: locales.map((code) => ({ value: code, name: code })), default: locales[0] })
			: (locales[0] ?? 'en'));
	const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const timeZone = await optional(given.timeZone, machineZone, (ask) =>
		ask.search({ message: 'The time zone of your first event (type a city, e.g. Nairobi, or a zone name):', source: (typed) => timeZoneChoices(typed ?? '', machineZone) }),
	);
	// The machine's own zone is the default; on a machine set to an odd one, say so rather than write it.
	const zoneProblem = answerRules['time-zone'](timeZone);
	if (zoneProblem) throw new UsageError(`--time-zone is needed: this computer's time zone, ${JSON.stringify(timeZone)}, is not one the check accepts (${zoneProblem})`);
	return { name, tagline: tagline || undefined, organisation: { name: organisation, url: organisationUrl || undefined }, url, base, contact, locales, defaultLocale, timeZone };
}

/** A manifest of the content folder, read; a file that is not one stops init, naming it. */
function readManifestFile<T>(read: (file: string, shown: string) => T, root: string, name: string, shown: (relative: string) => string): T {
	try {
		return read(path.join(root, name), shown(name));
	} catch (error) {
		if (!(error instanceof UnreadableManifest)) throw error;
		// The sample's comes from the repository; init's own record exists nowhere else.
		const fix =
			name === SAMPLE_MANIFEST
				? `Restore it from the repository (git checkout -- ${shown(name)}) and run npm run init again.`
				: 'Delete it to start again: npm run init will then take every file it wrote before for your own, and stop until you move them out.';
		throw new CommandFailure(`${error.message}. It says which files init may remove, and init removes nothing it cannot be sure of. ${fix} Nothing was changed.`);
	}
}

/** The refusal when content/ holds files of the organiser's own: which, why, and what to do. */
function ownFilesRefusal(inventory: ContentInventory, sample: ContentManifest | undefined, record: InitRecord | undefined, shown: (relative?: string) => string): CommandFailure {
	const named = inventory.own.slice(0, OWN_FILES_NAMED).map((file) => `  ${shown(file)}`);
	const more = inventory.own.length - named.length;
	const why =
		sample || record
			? `They are neither the sample's files as it came nor drafts npm run init wrote and left unchanged.`
			: `There is no ${SAMPLE_MANIFEST} in ${shown()}, so none of its files is taken for the sample's.`;
	return new CommandFailure(
		[
			`${shown()} holds files of your own, and npm run init never removes those, even with --force:`,
			...named,
			...(more > 0 ? [`  and ${more} more`] : []),
			`${why} Nothing was changed.`,
			`To start an empty archive, move them out of ${shown()} (keep a copy), then run npm run init again. To go on with the archive you have, you do not need npm run init.`,
		].join('\n'),
	);
}

/**
 * What the content checker would object to in the files about to be written: none, unless the
 * answers and the templates disagree with the schemas. Checked before anything is written, so
 * that init never leaves an archive that fails `npm run check` by its own doing.
 */
function planProblems(plan: SetupPlan): string[] {
	const problems: string[] = [];
	for (const file of plan.write) {
		const [collection] = file.relative.split('/');
		const schema =
			file.relative === SITE_SETTINGS_FILE ? siteSchema : collection && collection in collectionSchemas ? collectionSchemas[collection as keyof typeof collectionSchemas](z.string()) : undefined;
		if (!schema) continue;
		const parsed = file.relative === SITE_SETTINGS_FILE ? parseYaml(file.text) : parseFrontmatter(file.text);
		const result = schema.safeParse(parsed.data ?? {});
		if (!result.success) problems.push(...result.error.issues.map((issue) => `${file.relative}: ${issue.path.join('.') || '(file)'}: ${issue.message}`));
	}
	return problems;
}

/** What to do next, numbered: preview, fill in, publish entries, build. */
function nextSteps(root: string, plan: SetupPlan, shown: (relative?: string) => string): string {
	// The commands read content/ unless told otherwise: with another folder, say how to tell them.
	const contentSetting = root === path.resolve('content') ? '' : `VIGIL_CONTENT=${shown()} `;
	const dictionaries = plan.write.filter((file) => file.relative.endsWith('.json')).map((file) => shown(file.relative));
	return [
		'Next:',
		`  1. ${contentSetting}npm run dev, and open http://localhost:4321 to see the drafts (they show there only, marked).`,
		`  2. Replace every line that starts with TODO:, the support lines in ${shown(SITE_SETTINGS_FILE)} first; ${contentSetting}npm run check lists them all.`,
		...(dictionaries.length ? [`     Translate ${dictionaries.join(' and ')}: each string that starts with TODO: is still in English.`] : []),
		'  3. When an entry is ready, delete its draft: true line.',
		`  4. ${contentSetting}npm run build, then publish the site in dist/ as docs/deployment.md describes.`,
	].join('\n');
}

/** Keeps the sample: writes nothing, and says how to see it. */
function keepSample(root: string, shown: (relative?: string) => string): void {
	const sample = readManifestFile(readManifest, root, SAMPLE_MANIFEST, shown);
	if (!sample) {
		console.log(`${shown()} does not hold the sample archive any more (there is no ${SAMPLE_MANIFEST}); nothing was changed.`);
		return;
	}
	console.log(`The sample archive in ${shown()} is kept as it is; nothing was changed.\nnpm start builds it and serves it on http://localhost:4321. Run npm run init again when you want to start your own.`);
}

/** Checks whose each file is, gathers the answers, plans everything, and only then removes and writes. */
async function setUp({ values }: CommandArguments<typeof OPTIONS>): Promise<void> {
	if (values.content) process.env.VIGIL_CONTENT = values.content;
	const root = contentRoot();
	const shown = contentDisplay(root);
	if (values.example !== undefined) {
		if (values.example !== SAMPLE_EXAMPLE) throw new UsageError(`--example: expected ${SAMPLE_EXAMPLE} (to keep the sample archive), found ${JSON.stringify(values.example)}`);
		keepSample(root, shown);
		return;
	}
	const given = givenAnswers(values);
	const prompts = !values.yes && process.stdin.isTTY && process.stdout.isTTY ? await import('@inquirer/prompts') : undefined;
	// With nothing to ask, a value left out is a mistake in the command line, said before anything else.
	let answers = prompts ? undefined : await gatherAnswers(values, given, undefined);

	// Whose each file is, before any question: no one should answer ten questions to be refused.
	const sample = readManifestFile(readManifest, root, SAMPLE_MANIFEST, shown);
	const record = readManifestFile(readInitRecord, root, INIT_RECORD, shown);
	const current = computeManifest(root);
	const inventory = takeInventory(current, sample, record);
	// site.yaml is init's to rewrite only as init wrote it: once edited, it holds the organisation's own settings.
	const siteFile = path.join(root, SITE_SETTINGS_FILE);
	if (record && existsSync(siteFile) && record.files[SITE_SETTINGS_FILE] !== textHash(readFileSync(siteFile, 'utf8'))) inventory.own.push(SITE_SETTINGS_FILE);
	if (inventory.own.length > 0) throw ownFilesRefusal(inventory, sample, record, shown);
	if (record && !values.force) {
		throw new CommandFailure(
			`${shown()} was already set up by npm run init on ${record.writtenOn.slice(0, 10)}. Pass --force to start again, which removes the draft entries it wrote (those you have not changed) and writes them afresh, with ${shown(SITE_SETTINGS_FILE)} (unless you have edited any of them: then it stops). Nothing was changed.`,
		);
	}

	// Removable files that no earlier setup wrote are the sample's.
	const fromSample = inventory.removable.filter((file) => record?.files[file] === undefined).length;
	const fromEarlierSetup = inventory.removable.length - fromSample;
	let plan: SetupPlan;
	try {
		answers ??= await gatherAnswers(values, given, prompts);
		plan = planSetup(answers, current, inventory, buildTime());
		const problems = planProblems(plan);
		if (problems.length) throw new UsageError(`these answers would give files that do not pass the check, so nothing was changed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
		if (prompts && !(await prompts.confirm({ message: `Remove the sample's ${fromSample} files from ${shown()} and write the ${plan.write.length} files of your archive?`, default: true }))) {
			throw new CommandFailure('stopped at your answer; nothing was changed.');
		}
	} catch (error) {
		// Ctrl+C at a question (ExitPromptError): leave quietly, having changed nothing.
		if (error instanceof Error && error.name === 'ExitPromptError') throw new CommandFailure('stopped; nothing was changed.');
		throw error;
	}

	try {
		carryOutSetup(root, plan);
	} catch (error) {
		if (!(error instanceof SetupStepFailure)) throw error;
		throw new CommandFailure(`could not ${error.action} ${shown(error.relative)}: ${error.message}. The setup stopped half way; once that is fixed, run npm run init -- --force to finish it.`);
	}
	const files = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;
	const removed = [...(fromSample ? [`the sample's ${files(fromSample)}`] : []), ...(fromEarlierSetup ? [`the earlier setup's ${files(fromEarlierSetup)}`] : [])];
	console.log(
		[
			`Set up ${shown()} for ${answers.organisation.name}: ${removed.length ? `removed ${removed.join(' and ')}, and wrote` : 'wrote'}`,
			...plan.write.map((file) => `  ${shown(file.relative)}${file.relative.endsWith('.md') ? ' (a draft)' : file.relative.endsWith('.json') ? ' (to translate)' : ''}`),
			'',
			nextSteps(root, plan, shown),
		].join('\n'),
	);
}

await runCommand({ name: 'npm run init', help: HELP, options: OPTIONS, run: setUp });
