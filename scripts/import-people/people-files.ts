import { existsSync, mkdirSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { Document, parse as parseYamlText, Scalar, visit } from 'yaml';
import { slugFromPath } from '../../src/core/entry-id';
import { isValidSlug, slugFromTitle, uniqueSlug } from '../../src/core/slugs';
import { listingConsentSchema, personSchema } from '../../src/schemas/person';
import { describeFound } from '../../src/validation/problem';
import { problemsFromZod } from '../../src/validation/zod-problems';
import { getHint, readHeader, checkUnnamedColumns, type Column, type ColumnKind, type Header } from './columns';
import { readCsv, type CsvRecord } from './read-csv';
import type { CsvProblem } from './report';

/**
 * From the rows of the people CSV to the files of content/people/: one file per person and
 * language, content/people/<locale>/<id>.md, whose frontmatter the person schema accepts. Every row
 * is checked before anything is written, and nothing is ever overwritten: the import adds people,
 * it never changes the ones already there.
 */

/** One file the import will write. */
export interface PersonFile {
	locale: string;
	/** Relative to the content folder, with forward slashes: people/en/amina-haddad.md. */
	relative: string;
	/** The frontmatter, in the order of the schema's fields. */
	data: Record<string, unknown>;
	/** True when the person already has a file in another language, which this one becomes a translation of. */
	joinsExisting: boolean;
}

/** A person from one row of the CSV. */
export interface PlannedPerson {
	/** The file name of each of their files, e.g. amina-haddad. */
	id: string;
	/** The spreadsheet row they came from. */
	row: number;
	files: PersonFile[];
}

/** What checking the CSV found: the people to write when there are no problems. */
export interface ImportPlan {
	people: PlannedPerson[];
	problems: CsvProblem[];
}

/** Where the import writes and what the site allows. */
export interface ImportOptions {
	/** The content folder, absolute. */
	contentRoot: string;
	/** How messages name the content folder, e.g. "content". */
	contentLabel: string;
	/** The site's language codes, from site.yaml. */
	locales: readonly string[];
}

/** The person schema with image paths as plain text: a CSV names no portraits, so none is checked on disk. */
const PERSON = personSchema(z.string());
/** The order fields are written in: the schema's own, so a file reads like the schema's documentation. */
const FIELD_ORDER = Object.keys(PERSON.innerType().shape);
const LISTING_ORDER = Object.keys(listingConsentSchema.shape);

/** A cell, with the column it is in: where a problem with its value is reported. */
interface Cell {
	value: string;
	column: Column;
}

const LETTER = /\p{L}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Whether a name is written in Latin letters (diacritics and all): one an id can be made from that everyone can type. */
export function isLatinScript(text: string): boolean {
	return LETTER.test(text) && !NON_LATIN_LETTER.test(text);
}

/** Whether two spellings are the same for search: the same letters, whatever their case. */
const isSameSpelling = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A year alone becomes a number, as the schema expects; anything else stays text for the schema to judge. */
function toYearOrDate(value: string): number | string {
	return /^\d{4}$/.test(value) ? Number(value) : value;
}

/** The ids of the people already in one language folder, in lower case: a file system may not tell Amina.md from amina.md. */
function readExistingIds(contentRoot: string, locale: string, collection: 'people' | 'incidents' = 'people'): Set<string> {
	const folder = path.join(contentRoot, collection, locale);
	if (!existsSync(folder)) return new Set();
	return new Set(
		readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.mdx?$/i.test(file))
			.map((file) => slugFromPath(file).normalize('NFC').toLowerCase()),
	);
}

/** Everything the rows are checked against, worked out once for the whole file. */
interface Context {
	options: ImportOptions;
	header: Header;
	existing: Map<string, Set<string>>;
	/** The attacks of the archive, by id, in any language folder: a person may name only one of them. */
	incidents: Set<string>;
	/** The first row to use each id (in lower case). */
	firstRowOf: Map<string, number>;
	problems: CsvProblem[];
}

/** The columns of one kind, in the order of the file. */
const getColumns = (header: Header, kind: ColumnKind) => header.columns.filter((column) => column.kind === kind);

/** The person of one row, or undefined when the row cannot make one; its problems go to `context.problems`. */
function planPerson(record: CsvRecord, context: Context): PlannedPerson | undefined {
	const { header, problems } = context;
	const { row } = record;
	const cell = (column: Column): Cell => ({ value: record.values[column.key] ?? '', column });
	const filled = (kind: ColumnKind) => getColumns(header, kind).map(cell).filter((found) => found.value !== '');
	const single = (kind: ColumnKind) => filled(kind)[0];
	const report = (at: Cell | Column, message: string, found: string, hint: string) => {
		const column = 'column' in at ? at.column : at;
		problems.push({ row, column: column.number, header: column.header, message, found, hint });
	};
	const before = problems.length;

	// A line break inside a cell (Alt+Enter in Excel) is invisible in the spreadsheet and breaks a
	// name in two on the page; only a summary may hold one.
	for (const column of header.columns) {
		const { value } = cell(column);
		if (column.kind !== 'summary' && /[\r\n]/.test(value)) {
			report(column, 'expected the value on one line', `${describeFound(value)}, on ${value.split(/\r\n|\r|\n/).length} lines`, 'remove the line break from the cell');
		}
	}

	const names = filled('name');
	if (names.length === 0) {
		const firstNameColumn = getColumns(header, 'name')[0];
		if (firstNameColumn) {
			report(firstNameColumn, `expected the person’s name in at least one language (${getColumns(header, 'name').map((column) => column.header).join(', ')})`, 'nothing', 'write the name in at least one name column, or delete the row if it is not a person');
		}
		return undefined;
	}
	const localesWithNames = new Set(names.map((name) => name.column.locale));

	// sort as, place and summary go in one language's file: without a name in that language, there is none.
	for (const kind of ['sortAs', 'place', 'summary'] as const) {
		for (const found of filled(kind)) {
			if (localesWithNames.has(found.column.locale)) continue;
			report(found, `expected name:${found.column.locale} in this row too, for the file this goes in`, `${describeFound(found.value)} without one`, `add the name in name:${found.column.locale}, or empty this cell`);
		}
	}

	const variants: Cell[] = [
		...filled('variant'),
		...filled('variants').flatMap((found) =>
			found.value
				.split('|')
				.map((spelling) => spelling.trim())
				.filter((spelling) => spelling !== '')
				.map((spelling) => ({ value: spelling, column: found.column })),
		),
	];

	const id = chooseId(record, names, variants, context, report);

	const listing = single('listing');
	const recordedOn = single('recordedOn');
	const listingColumn = getColumns(header, 'listing')[0];
	const recordedOnColumn = getColumns(header, 'recordedOn')[0];
	// A missing column is said once, at the header; an empty cell is said here, with the reason.
	if (listingColumn && !listing) report(listingColumn, 'expected given or withdrawn', 'nothing', getHint('listing'));
	if (recordedOnColumn && !recordedOn) report(recordedOnColumn, 'expected the day the family’s consent was recorded, YYYY-MM-DD', 'nothing', getHint('recordedOn'));
	const anniversaryCell = single('anniversary');
	let anniversary = true;
	if (anniversaryCell) {
		const answer = anniversaryCell.value.toLowerCase();
		if (answer === 'no' || answer === 'false') anniversary = false;
		else if (answer !== 'yes' && answer !== 'true') report(anniversaryCell, 'expected yes or no (or an empty cell, for yes)', describeFound(anniversaryCell.value), getHint('anniversary'));
	}

	// What every language's file shares, and the cell each field came from.
	const shared: Record<string, unknown> = {};
	const sources = new Map<string, Cell>();
	const take = (field: string, found: Cell | undefined, value: (text: string) => unknown = (text) => text) => {
		if (!found) return;
		shared[field] = value(found.value);
		sources.set(field, found);
	};
	take('born', single('born'), toYearOrDate);
	take('died', single('died'), toYearOrDate);
	take('country', single('country'), (text) => text.toUpperCase());
	const incident = single('incident');
	take('incident', incident);
	// The checker would stop the build on an attack that is not in the archive: say it here, at its cell.
	if (incident && isValidSlug(incident.value) && !context.incidents.has(incident.value.normalize('NFC').toLowerCase())) {
		const known = [...context.incidents].sort().join(', ') || 'none yet';
		report(incident, `expected the id of an attack in content/incidents/ (there: ${known})`, describeFound(incident.value), getHint('incident'));
	}
	shared.listing = {
		status: listing ? listing.value.toLowerCase() : undefined,
		recordedOn: recordedOn?.value,
		anniversary,
	};
	// Fields whose emptiness is reported above (or at the header, for a missing column): the schema
	// would say it again, less helpfully.
	const saidAlready = new Set([...(listing ? [] : ['listing.status']), ...(recordedOn ? [] : ['listing.recordedOn'])]);
	const sharedSources = new Map(sources);
	if (listing) sharedSources.set('listing', listing).set('listing.status', listing);
	if (recordedOn) sharedSources.set('listing.recordedOn', recordedOn);
	if (anniversaryCell) sharedSources.set('listing.anniversary', anniversaryCell);

	const files: PersonFile[] = [];
	for (const name of names) {
		const locale = name.column.locale ?? '';
		const data: Record<string, unknown> = { name: name.value };
		const fileSources = new Map(sharedSources).set('name', name);
		// Search finds the person by any spelling: the other languages' names are variants here, first,
		// as they are the spellings the family gave; a variant that repeats one is left out.
		const spellings: Cell[] = [];
		for (const spelling of [...names.filter((other) => other !== name), ...variants]) {
			if (isSameSpelling(spelling.value, name.value) || spellings.some((kept) => isSameSpelling(kept.value, spelling.value))) continue;
			spellings.push(spelling);
		}
		if (spellings.length) {
			// A name from another language's column keeps that language, for screen readers (nameVariant).
			data.variants = spellings.map((spelling) => (spelling.column.kind === 'name' && spelling.column.locale ? { name: spelling.value, lang: spelling.column.locale } : spelling.value));
			spellings.forEach((spelling, index) => fileSources.set(`variants.${index}`, spelling));
		}
		for (const field of ['sortAs', 'place', 'summary'] as const) {
			const found = getColumns(header, field).map(cell).find((candidate) => candidate.column.locale === locale && candidate.value !== '');
			if (!found) continue;
			data[field] = found.value;
			fileSources.set(field, found);
		}
		Object.assign(data, shared);
		checkAgainstSchema(data, fileSources, name, row, problems, saidAlready);
		const joinsExisting = id !== undefined && [...context.existing].some(([other, ids]) => other !== locale && ids.has(id.toLowerCase()));
		files.push({ locale, relative: `people/${locale}/${id ?? ''}.md`, data: orderLikeSchema(data), joinsExisting });
	}
	if (id === undefined || problems.length > before) return undefined;
	return { id, row, files };
}

/**
 * The id of a row's person: the id cell when there is one, otherwise made from the first name in
 * Latin letters (name:en first), as `npm run new` makes an address from a title. Reports an id that
 * is not a file name, is another row's, or is taken by a file already in content/people/.
 */
function chooseId(record: CsvRecord, names: Cell[], variants: Cell[], context: Context, report: (at: Cell | Column, message: string, found: string, hint: string) => void): string | undefined {
	const { header, options } = context;
	const idColumn = getColumns(header, 'id')[0];
	const given = idColumn ? (record.values[idColumn.key] ?? '') : '';
	let id: string;
	let source: Cell;
	if (idColumn && given !== '') {
		source = { value: given, column: idColumn };
		if (!isValidSlug(given)) {
			const suggestion = slugFromTitle(given);
			report(source, 'expected a file name: lower-case letters, digits and single hyphens, e.g. amina-haddad', describeFound(given), suggestion ? `write it as ${suggestion}` : getHint('id'));
			return undefined;
		}
		id = given;
	} else {
		const english = names.filter((name) => name.column.locale === 'en');
		const latin = [...english, ...names, ...variants].find((candidate) => isLatinScript(candidate.value));
		if (!latin) {
			const at = idColumn ?? (names[0] as Cell).column;
			report(
				at,
				'expected an id for this person, since none of their names is written in Latin letters to make one from',
				idColumn ? 'an empty id cell' : `no id column, and ${describeFound((names[0] as Cell).value)}`,
				`${idColumn ? 'write' : 'add an id column and write'} a file name for this person: lower-case Latin letters, digits and hyphens, e.g. the name transliterated, such as li-wei`,
			);
			return undefined;
		}
		source = latin;
		id = slugFromTitle(latin.value);
	}

	const key = id.toLowerCase();
	const isTaken = (candidate: string) => context.firstRowOf.has(candidate) || [...context.existing.values()].some((ids) => ids.has(candidate));
	const madeFrom = source.column.kind === 'id' ? '' : ` (the id made from it is ${id})`;
	const chooseAnother = source.column.kind === 'id' ? 'give this person another id' : 'add an id column and give this person another id there';
	const firstRow = context.firstRowOf.get(key);
	if (firstRow !== undefined) {
		report(
			source,
			`expected an id that no other row has, but row ${firstRow} has ${id} too`,
			`${describeFound(source.value)}${madeFrom}`,
			`${chooseAnother}, e.g. ${uniqueSlug(id, isTaken)}; if both rows are the same person, delete one`,
		);
		return undefined;
	}
	context.firstRowOf.set(key, record.row);

	const taken = getFilledLocales(record, context.header).filter((locale) => context.existing.get(locale)?.has(key));
	if (taken.length) {
		const files = taken.map((locale) => `${options.contentLabel}/people/${locale}/${id}.md`);
		report(
			source,
			'expected a person not yet in the archive: the import never overwrites a file',
			`${describeFound(source.value)}${madeFrom}, but ${files.join(' and ')} ${files.length === 1 ? 'exists' : 'exist'}`,
			`${chooseAnother}, e.g. ${uniqueSlug(id, isTaken)}, or remove ${files.length === 1 ? 'that file' : 'those files'} if this row is meant to replace ${files.length === 1 ? 'it' : 'them'}`,
		);
		return undefined;
	}
	return id;
}

/** The languages this row has a name in: the files it makes. */
function getFilledLocales(record: CsvRecord, header: Header): string[] {
	return getColumns(header, 'name')
		.filter((column) => (record.values[column.key] ?? '') !== '')
		.map((column) => column.locale ?? '');
}

/**
 * Checks one file's frontmatter with the person schema itself, so that what the import writes is
 * what `npm run check` and the build accept, and reports each objection at the cell it came from.
 */
function checkAgainstSchema(data: Record<string, unknown>, sources: Map<string, Cell>, name: Cell, row: number, problems: CsvProblem[], saidAlready: ReadonlySet<string>): void {
	const issues = findSchemaIssues(data);
	if (!issues.length) return;
	const described = problemsFromZod(issues, data, '', () => row);
	issues.forEach((issue, index) => {
		if (saidAlready.has(issue.path.join('.'))) return;
		// The cell of the field, or of the nearest field that encloses it (listing for listing.status).
		let source: Cell | undefined;
		for (let length = issue.path.length; length > 0 && !source; length -= 1) source = sources.get(issue.path.slice(0, length).join('.'));
		const at = source ?? name;
		const died = issue.path[0] === 'died' && issue.code === 'custom';
		problems.push({
			row,
			column: at.column.number,
			header: at.column.header,
			message: described[index]?.message ?? issue.message,
			found: at.value === '' ? 'nothing' : describeFound(at.value),
			hint: died ? 'check the two dates: the year of death cannot come before the year of birth' : getHint(at.column.kind),
		});
	});
}

/** Valid values for the required fields, to look past them once they are found wrong. */
const STAND_INS: Record<string, unknown> = { name: 'stand-in', listing: { status: 'given', recordedOn: '2000-01-01', anniversary: true } };

/**
 * The schema's objections to a file's frontmatter. Zod checks a rule that spans fields (a death
 * after the birth) only once every field is valid, so a second pass without the fields already
 * found wrong lets the organiser see that one too, in the same run, instead of after fixing the rest.
 */
function findSchemaIssues(data: Record<string, unknown>): z.ZodIssue[] {
	const first = PERSON.safeParse(data);
	if (first.success) return [];
	const wrong = new Set(first.error.issues.map((issue) => String(issue.path[0])));
	const rest = Object.fromEntries(Object.entries(data).filter(([field]) => !wrong.has(field)));
	for (const field of wrong) if (field in STAND_INS) rest[field] = STAND_INS[field];
	const second = PERSON.safeParse(rest);
	return [...first.error.issues, ...(second.success ? [] : second.error.issues.filter((issue) => !wrong.has(String(issue.path[0]))))];
}

/** The fields in the order the schema lists them, the listing's too. */
function orderLikeSchema(data: Record<string, unknown>): Record<string, unknown> {
	const ordered: Record<string, unknown> = {};
	for (const field of FIELD_ORDER) if (data[field] !== undefined) ordered[field] = data[field];
	const listing = data.listing as Record<string, unknown> | undefined;
	if (listing) ordered.listing = Object.fromEntries(LISTING_ORDER.filter((field) => listing[field] !== undefined).map((field) => [field, listing[field]]));
	return ordered;
}

/**
 * Checks a whole CSV file: its encoding and syntax, its header, and every row against the person
 * schema, the ids already taken and each other. The plan's people are the files to write; any
 * problem at all means none is written.
 */
export function planImport(bytes: Uint8Array, options: ImportOptions): ImportPlan {
	let header: Header | undefined;
	const reading = readCsv(bytes, (cells) => {
		header = readHeader(cells, options.locales);
		return header.keys;
	});
	const problems = [...reading.problems];
	if (!header || !reading.header) return { people: [], problems };
	problems.push(...header.problems, ...checkUnnamedColumns(reading.header, reading.records));
	if (reading.records.length === 0 && reading.problems.length === 0) {
		problems.push({ row: 2, message: 'expected one row per person below the header row', found: 'no rows', hint: 'add the people, one per row, under the header' });
	}
	// Without a name column no row can make a file: the header's problem says so, once.
	if (!header.columns.some((column) => column.kind === 'name')) return { people: [], problems };

	const context: Context = {
		options,
		header,
		existing: new Map(options.locales.map((locale) => [locale, readExistingIds(options.contentRoot, locale)])),
		incidents: new Set(options.locales.flatMap((locale) => [...readExistingIds(options.contentRoot, locale, 'incidents')])),
		firstRowOf: new Map(),
		problems,
	};
	const people: PlannedPerson[] = [];
	for (const record of reading.records) {
		const person = planPerson(record, context);
		if (person) people.push(person);
	}
	return { people: problems.length ? [] : people, problems };
}

/** Fields whose values are dates, written plainly, as organisers and `npm run new` write them. */
const DATE_FIELDS = new Set(['born', 'died', 'recordedOn']);

/** Text that only a YAML 1.1 reader might take for something else can start only so (or be a yes/no word). */
const MIGHT_NOT_BE_TEXT = /^(?:[\d+\-.~=<]|(?:y|n|yes|no|on|off|true|false|null)$)/i;

/**
 * Whether a YAML 1.1 reader (Astro's frontmatter parser is one) would read text as something else:
 * the country code NO as false, a name such as "Yes" as true. As in scripts/new/scaffold.ts; the
 * quick test first, because 10,000 rows make hundreds of thousands of values.
 */
function readsAsOtherThanText(text: string): boolean {
	if (!MIGHT_NOT_BE_TEXT.test(text)) return false;
	try {
		return parseYamlText(text, { version: '1.1' }) !== text || parseYamlText(text) !== text;
	} catch {
		return true;
	}
}

/** A person's file as it is written: the frontmatter, with a comment saying where it came from, and no text below. */
export function renderPersonFile(file: PersonFile, source: { csvName: string; row: number }): string {
	const document = new Document(file.data);
	document.commentBefore = ` Imported from ${source.csvName}, row ${source.row}, by npm run import:people.\n The fields are described in src/schemas/person.ts; run npm run check after any change.`;
	visit(document, {
		Scalar(key, node, path) {
			const parent = path.at(-1);
			const parentKey = parent && 'key' in parent && parent.key instanceof Scalar ? String(parent.key.value) : '';
			if (key === 'key' || typeof node.value !== 'string' || DATE_FIELDS.has(parentKey)) return;
			if (readsAsOtherThanText(node.value)) node.type = Scalar.QUOTE_DOUBLE;
		},
	});
	return `---\n${document.toString({ lineWidth: 0 })}---\n`;
}

/**
 * Writes every planned file, creating the language folders. Each file is opened with "wx", so one
 * that appeared since the check is never overwritten; if any write fails, the files and folders
 * written so far are removed again, so that the import is all or nothing.
 */
export function writePeopleFiles(contentRoot: string, people: readonly PlannedPerson[], csvName: string): number {
	const createdFolders: string[] = [];
	const written: string[] = [];
	try {
		for (const person of people) {
			for (const file of person.files) {
				const absolute = path.join(contentRoot, ...file.relative.split('/'));
				makeFolder(path.dirname(absolute), createdFolders);
				writeFileSync(absolute, renderPersonFile(file, { csvName, row: person.row }), { encoding: 'utf8', flag: 'wx' });
				written.push(absolute);
			}
		}
	} catch (error) {
		for (const file of written) unlinkSync(file);
		for (const folder of createdFolders.reverse()) {
			try {
				rmdirSync(folder);
			} catch {
				// Not empty: something else was put there meanwhile, and it stays.
			}
		}
		throw error;
	}
	return written.length;
}

/** Creates a folder and any missing parents, one at a time, noting each so that it can be removed again. */
function makeFolder(folder: string, created: string[]): void {
	if (existsSync(folder)) return;
	makeFolder(path.dirname(folder), created);
	mkdirSync(folder);
	created.push(folder);
}
