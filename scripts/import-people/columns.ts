import { describeFound } from '../../src/validation/problem';
import type { CsvProblem } from './report';

/**
 * The columns of the people CSV, and the reading of its header row. Organisers name columns in a
 * spreadsheet, where "Sort as:EN", "sort_as:en" and "sort-as:en" all look like the same thing, so
 * case does not matter, and spaces, underscores and hyphens are one and the same. What follows a
 * colon is a language of the site: name:ar is the name as Arabic writes it.
 */

/** What a column holds; each becomes a field of the people files (or, for id, their file name). */
export type ColumnKind = 'id' | 'name' | 'variant' | 'variants' | 'sortAs' | 'born' | 'died' | 'place' | 'country' | 'incident' | 'summary' | 'listing' | 'recordedOn' | 'anniversary';

interface ColumnSpec {
	kind: ColumnKind;
	/** The column's name as the help and the guide write it, e.g. "sort as". */
	name: string;
	/** Whether the name is followed by a language, e.g. name:en. */
	localized: boolean;
	/** Matches the name once normalised (lower case, single spaces), without the language. */
	matches: RegExp;
	/** What to do about a value the schema rejects. */
	hint: string;
}

const DATE_HINT = 'write the year alone (1961) or the whole date as YYYY-MM-DD (1961-04-23); if the spreadsheet turned it into its own format (23/04/1961), format the column as text and type it again';

/** Every column the import knows, in the order the help and the guide list them. */
export const COLUMN_SPECS: readonly ColumnSpec[] = [
	{ kind: 'id', name: 'id', localized: false, matches: /^id$/, hint: 'write the file name: lower-case letters, digits and hyphens, e.g. amina-haddad' },
	{ kind: 'name', name: 'name', localized: true, matches: /^name$/, hint: 'write the name as it is written in that language' },
	{ kind: 'variant', name: 'variant', localized: false, matches: /^variant(?: ?\d+)?$/, hint: 'write one other spelling of the name in each variant cell' },
	{ kind: 'variants', name: 'variants', localized: false, matches: /^variants$/, hint: 'write other spellings of the name separated by " | ", e.g. Amina Hadad | Aminah Haddad' },
	{ kind: 'sortAs', name: 'sort as', localized: true, matches: /^sort as$/, hint: 'write how the name sorts in that language, e.g. zeng li for 曾丽, or leave the cell empty' },
	{ kind: 'born', name: 'born', localized: false, matches: /^born$/, hint: DATE_HINT },
	{ kind: 'died', name: 'died', localized: false, matches: /^died$/, hint: DATE_HINT },
	{ kind: 'place', name: 'place', localized: true, matches: /^place$/, hint: 'write where the person lived or came from, in that language, or leave the cell empty' },
	{ kind: 'country', name: 'country', localized: false, matches: /^country$/, hint: 'write the two-letter ISO 3166-1 code of the country, e.g. KE for Kenya or FR for France, or leave the cell empty' },
	{ kind: 'incident', name: 'incident', localized: false, matches: /^incident$/, hint: 'write the id of the attack: the file name of its entry in content/incidents/ without .md, e.g. nairobi-2013' },
	{ kind: 'summary', name: 'summary', localized: true, matches: /^summary$/, hint: 'write one or two sentences in that language, or leave the cell empty' },
	{ kind: 'listing', name: 'listing', localized: false, matches: /^listing$/, hint: 'write given once the family has agreed to the listing, or withdrawn if they have withdrawn it; no one is listed without it' },
	{ kind: 'recordedOn', name: 'listing recorded on', localized: false, matches: /^listing recorded on$/, hint: 'write the day the family’s consent was recorded as YYYY-MM-DD, e.g. 2024-03-02; if the spreadsheet changes it, format the column as text' },
	{ kind: 'anniversary', name: 'anniversary', localized: false, matches: /^anniversary$/, hint: 'write yes, no, or leave the cell empty for yes' },
];

const SPEC_OF = new Map(COLUMN_SPECS.map((spec) => [spec.kind, spec]));

/** The hint for a value that a column of this kind cannot take. */
export function getHint(kind: ColumnKind): string {
	return SPEC_OF.get(kind)?.hint ?? '';
}

/** A column of the CSV the import will read. */
export interface Column {
	/** The key its cells are found under in each record: the normalised header, e.g. "name:en". */
	key: string;
	kind: ColumnKind;
	/** The site's language code, for a column followed by one; exactly as site.yaml writes it. */
	locale?: string;
	/** Counted from 1, as the problems name it. */
	number: number;
	/** The header as the file writes it, e.g. "Name:EN". */
	header: string;
}

/** What the header row said. */
export interface Header {
	/** The columns the import reads, in the order of the file. */
	columns: Column[];
	/** A key for each column of the file, or false for one left out: what csv-parse's `columns` takes. */
	keys: (string | false)[];
	problems: CsvProblem[];
}

/** A column name as written, reduced to what matters: lower case, one space for spaces, underscores and hyphens. */
function normaliseName(name: string): string {
	return name.normalize('NFC').trim().toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** The site's language a column names after its colon, matched without regard to case or _ for -. */
function siteLocale(written: string, locales: readonly string[]): string | undefined {
	const wanted = written.trim().toLowerCase().replace(/_/g, '-');
	return locales.find((locale) => locale.toLowerCase() === wanted);
}

const COLUMN_LIST = 'id, name:<language>, variant (variant 2, …) or variants, sort as:<language>, born, died, place:<language>, country, incident, summary:<language>, listing, listing recorded on, anniversary';

/**
 * Reads the header row: which column is which, in which language. A column it cannot place (an
 * unknown name, a language the site does not have, a second column for the same thing) is a
 * problem, and is left out of the records, so each problem is said once, at the header.
 */
export function readHeader(cells: readonly string[], locales: readonly string[]): Header {
	const columns: Column[] = [];
	const problems: CsvProblem[] = [];
	const byKey = new Map<string, Column>();
	const languages = locales.join(', ');
	const keys = cells.map((cell, index): string | false => {
		const number = index + 1;
		const problem = (message: string, hint: string) => {
			problems.push({ row: 1, column: number, header: cell, message, found: describeFound(cell), hint });
			return false as const;
		};
		// A column with no name is left for later: it only matters if a row has something in it.
		if (cell.trim() === '') return `(unnamed ${number})`;
		const colon = cell.indexOf(':');
		const name = normaliseName(colon === -1 ? cell : cell.slice(0, colon));
		const language = colon === -1 ? undefined : cell.slice(colon + 1).trim();
		const spec = COLUMN_SPECS.find((candidate) => candidate.matches.test(name));
		if (!spec) return problem(`expected one of the columns ${COLUMN_LIST}`, 'rename the column to one of these (case, spaces, underscores and hyphens do not matter), or delete it: every column is imported, so none is skipped unnoticed');
		if (spec.localized && !language) {
			return problem(`expected the language after a colon, e.g. ${spec.name}:${locales[0] ?? 'en'}`, `a ${spec.name} is written in a language: name the column ${spec.name}:<language>, with one of the site’s languages (${languages})`);
		}
		if (!spec.localized && language !== undefined) {
			return problem(`expected ${spec.name} without a language`, `${spec.name} is the same in every language: name the column ${spec.name}`);
		}
		let locale: string | undefined;
		if (language !== undefined) {
			locale = siteLocale(language, locales);
			if (!locale) {
				return problem(
					`expected one of the site’s languages after the colon (${languages})`,
					`add ${language} to locales in site.yaml if the site is to be published in it, or rename or delete the column`,
				);
			}
		}
		const key = locale === undefined ? name : `${name}:${locale}`;
		const first = byKey.get(key);
		if (first) {
			return problem(`expected each column once, but column ${first.number} (${first.header}) is ${key} too`, 'merge the two columns into one, or delete one of them');
		}
		const column: Column = { key, kind: spec.kind, locale, number, header: cell };
		byKey.set(key, column);
		columns.push(column);
		return key;
	});

	const missing = (message: string, header: string, hint: string) => problems.push({ row: 1, header, message, found: 'no such column', hint });
	if (!columns.some((column) => column.kind === 'name')) {
		missing(`expected at least one column of names, one per language: ${locales.map((locale) => `name:${locale}`).join(', ')}`, 'name:<language>', 'add a column for the names, e.g. name:en, with each person’s name as that language writes it');
	}
	if (!columns.some((column) => column.kind === 'listing')) {
		missing('expected a column named listing, with given or withdrawn for each person', 'listing', 'add a listing column: no one is listed without the family’s recorded consent');
	}
	if (!columns.some((column) => column.kind === 'recordedOn')) {
		missing('expected a column named listing recorded on, with the day each family’s consent was recorded (YYYY-MM-DD)', 'listing recorded on', 'add a listing recorded on column with the day each family’s consent was recorded');
	}
	return { columns, keys, problems };
}

/**
 * A problem for each column that has no name in the header but holds something in a row: its
 * values would otherwise be lost without a word. An empty nameless column (a spreadsheet saves
 * those after cells once touched) is nothing.
 */
export function checkUnnamedColumns(header: readonly string[], records: readonly { row: number; values: Record<string, string> }[]): CsvProblem[] {
	const problems: CsvProblem[] = [];
	header.forEach((cell, index) => {
		if (cell.trim() !== '') return;
		const key = `(unnamed ${index + 1})`;
		const used = records.find((record) => (record.values[key] ?? '') !== '');
		if (!used) return;
		problems.push({
			row: 1,
			column: index + 1,
			message: `expected a column name above the values in column ${index + 1}`,
			found: `no name, and ${describeFound(used.values[key])} in row ${used.row}`,
			hint: `name the column (npm run import:people -- --help lists the names), or delete it`,
		});
	});
	return problems;
}
