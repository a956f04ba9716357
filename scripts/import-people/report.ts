/**
 * What `npm run import:people` says: every problem in the CSV at once, each where the organiser
 * will look for it (the spreadsheet's row and column), and what it would write or has written.
 * The shape follows the content checker's (src/validation/problem.ts): "place: field: expected …,
 * found …" and an indented hint, so the two commands read alike.
 */

/** Something wrong in the CSV, at a cell of the spreadsheet (or a line of the file), with a way to fix it. */
export interface CsvProblem {
	/**
	 * The spreadsheet row, as a spreadsheet numbers it: the header is row 1, the first person row 2.
	 * For a quoting mistake, which only a text editor shows, the line of the file instead.
	 */
	row: number;
	/** The column, counted from 1, where the problem is in one cell. */
	column?: number;
	/** The column's header as the file writes it, or the name of a column that is missing. */
	header?: string;
	/** What is expected, in plain words, starting with "expected". */
	message: string;
	/** What was found, already quoted for display ("nothing" for an empty cell). */
	found: string;
	/** A concrete next step. */
	hint: string;
}

/** One problem as two lines: "names.csv:4:6: born: expected …, found …" and an indented hint. */
export function formatProblem(csvLabel: string, problem: CsvProblem): string {
	const place = problem.column === undefined ? `${csvLabel}:${problem.row}` : `${csvLabel}:${problem.row}:${problem.column}`;
	const header = problem.header === undefined ? '' : `${problem.header}: `;
	return `${place}: ${header}${problem.message}, found ${problem.found}\n    hint: ${problem.hint}`;
}

/** Problems in the order of the file (row, then column), each once. */
export function sortProblems(problems: readonly CsvProblem[]): CsvProblem[] {
	const seen = new Set<string>();
	return problems
		.filter((problem) => {
			// Fields every language's file shares (born, listing, …) are checked once per file: say it once.
			const key = `${problem.row}:${problem.column ?? ''}:${problem.message}:${problem.found}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => a.row - b.row || (a.column ?? 0) - (b.column ?? 0));
}

/** The whole report of a CSV that cannot be imported, with a closing line that says nothing was written. */
export function formatReport(csvLabel: string, problems: readonly CsvProblem[]): string {
	const sorted = sortProblems(problems);
	const count = `${sorted.length} ${sorted.length === 1 ? 'problem' : 'problems'}`;
	return [
		...sorted.map((problem) => formatProblem(csvLabel, problem)),
		'',
		`${count} in ${csvLabel}: nothing was written. Fix ${sorted.length === 1 ? 'it' : 'them'} in the spreadsheet, save it as CSV UTF-8 again, and run the command again.`,
	].join('\n');
}

/** The command speaks English: 10,000 rather than 10000, through Intl as everywhere else. */
const number = new Intl.NumberFormat('en').format;

/** How many people and files, and how many files per language, in the order of site.yaml: "6 people (14 files) … en 6, ar 3, zh 2, ru 3". */
export function describeCounts(people: readonly { files: readonly { locale: string }[] }[], locales: readonly string[]): { total: string; perLanguage: string } {
	const perLocale = new Map<string, number>();
	for (const person of people) for (const file of person.files) perLocale.set(file.locale, (perLocale.get(file.locale) ?? 0) + 1);
	const fileCount = [...perLocale.values()].reduce((sum, count) => sum + count, 0);
	return {
		total: `${number(people.length)} ${people.length === 1 ? 'person' : 'people'} (${number(fileCount)} ${fileCount === 1 ? 'file' : 'files'})`,
		// In the order site.yaml lists the languages, as the language switcher shows them.
		perLanguage: locales
			.filter((locale) => perLocale.has(locale))
			.map((locale) => `${locale} ${number(perLocale.get(locale) ?? 0)}`)
			.join(', '),
	};
}
