import { CsvError, parse } from 'csv-parse/sync';
import { describeFound } from '../../src/validation/problem';
import { firstLineNotUtf8 } from '../../src/validation/text-encoding';
import type { CsvProblem } from './report';

/**
 * Reading the spreadsheet that `npm run import:people` imports: bytes in, one record per person row
 * out, each with its spreadsheet row number, or problems that say where the file cannot be read.
 * csv-parse does the CSV itself (RFC 4180 quoting, line breaks inside quoted cells, CRLF, a UTF-8
 * byte-order mark); what is done here is what a spreadsheet user needs on top of it.
 */

/** A row of the spreadsheet below the header: its number as the spreadsheet shows it, and its cells by column key. */
export interface CsvRecord {
	row: number;
	/** The cells, trimmed and in NFC, by the key the header gave their column; disabled columns left out. */
	values: Record<string, string>;
}

/** What the header row becomes: a key for each column, or false for a column to leave out (one already reported). */
export type HeaderReader = (header: readonly string[]) => (string | false)[];

/** What reading a CSV found. */
export interface CsvReading {
	/** The header row's cells as written (trimmed), or undefined when the file has none. */
	header: string[] | undefined;
	records: CsvRecord[];
	problems: CsvProblem[];
}

const SAVE_AS_UTF8 =
	'save the spreadsheet again as CSV UTF-8: in Excel, File › Save As › CSV UTF-8 (Comma delimited); in LibreOffice Calc, Save As › Text CSV with the character set Unicode (UTF-8); in Google Sheets, File › Download › Comma-separated values';

/**
 * The field separator, read from the header row: a comma, unless the header has more semicolons or
 * tabs. Excel writes "CSV" with semicolons where the decimal mark is a comma (French, Russian,
 * Spanish settings), and column names never hold any of the three, so the header tells reliably.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (character: string) => firstLine.split(character).length - 1;
	const candidates = [',', ';', '\t'] as const;
	return candidates.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ',');
}

/** The line (from 1) of a byte offset in the file. */
function getLineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let index = 0; index < Math.min(offset, bytes.length); index += 1) if (bytes[index] === 0x0a) line += 1;
	return line;
}

/** Whether csv-parse's error is about quoting: after one, where cells start and end is anyone's guess. */
function isQuotingError(error: CsvError): boolean {
	return error.code.includes('QUOTE');
}

/** csv-parse's report of a quoting mistake, as a problem at the line a text editor would show. */
function describeQuotingError(bytes: Uint8Array, error: CsvError): CsvProblem {
	const fieldIndex = typeof error.index === 'number' ? error.index : undefined;
	const column = fieldIndex === undefined ? undefined : fieldIndex + 1;
	const header = typeof error.column === 'string' ? error.column : undefined;
	if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
		// csv-parse names the line where the file ended; the mistake is where the quoted cell began,
		// which is near the byte where its record started.
		const opened = typeof error.bytes === 'number' ? getLineAt(bytes, error.bytes) : Number(error.lines);
		return {
			row: opened,
			column,
			header,
			message: `expected a closing quote (") for the cell that starts with a quote on line ${opened}`,
			found: `the end of the file on line ${String(error.lines)}`,
			hint: 'add the missing " at the end of that cell; a quote inside a cell is written twice (""), and the whole cell is then put in quotes. Nothing after this line could be checked.',
		};
	}
	return {
		row: Number(error.lines),
		column,
		header,
		message: 'expected a cell either without quotes or wholly inside quotes, with each quote inside it written twice ("")',
		found: `csv-parse's ${error.code}: ${error.message}`,
		hint: 'a spreadsheet writes quotes correctly when it saves as CSV; if the file was edited by hand, put the cell in quotes and double each quote inside it. Nothing after this line could be checked.',
	};
}

/**
 * Reads a CSV file's bytes. The header row names the columns, and `readHeader` turns its cells into
 * keys (or false, for columns it has already reported as wrong). Rows whose every cell is empty are
 * skipped, as spreadsheets save rows that were once touched; empty lines are skipped too, but both
 * still count in the row numbers, so that a row number is the one the spreadsheet shows.
 */
export function readCsv(bytes: Uint8Array, readHeader: HeaderReader): CsvReading {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
		return {
			header: undefined,
			records: [],
			problems: [{ row: 1, message: 'expected a CSV file, text with one person per line', found: 'an Excel or OpenDocument workbook (a zip file)', hint: SAVE_AS_UTF8 }],
		};
	}
	const badLine = firstLineNotUtf8(bytes);
	if (badLine !== undefined) {
		return {
			header: undefined,
			records: [],
			problems: [
				{
					row: badLine,
					message: 'expected text saved as UTF-8, so that names in every script survive',
					found: `a byte that is not UTF-8 on line ${badLine} (the file may be saved as Windows-1252 or UTF-16)`,
					hint: SAVE_AS_UTF8,
				},
			],
		};
	}
	const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
	if (text.trim() === '') {
		return { header: undefined, records: [], problems: [{ row: 1, message: 'expected a header row naming the columns, then one row per person', found: 'an empty file', hint: 'see npm run import:people -- --help for the columns' }] };
	}

	const problems: CsvProblem[] = [];
	const records: CsvRecord[] = [];
	let header: string[] | undefined;
	let keys: (string | false)[] = [];
	// Records read or skipped so far, below the header: with the empty lines, the spreadsheet row.
	let rowsSeen = 0;
	// After a quoting mistake, cells no longer line up with columns: nothing more is believed.
	let quotingBroken = false;
	const rowOf = (emptyLines: unknown) => 1 + rowsSeen + (typeof emptyLines === 'number' ? emptyLines : 0);

	try {
		parse(bytes, {
			bom: true,
			delimiter: detectDelimiter(text),
			columns: (cells: string[]) => {
				header = cells.map((cell) => cell.normalize('NFC').trim());
				keys = readHeader(header);
				return keys;
			},
			relax_column_count: false,
			skip_empty_lines: true,
			// Every row with the wrong number of cells is reported, not only the first.
			skip_records_with_error: true,
			on_skip: (error) => {
				if (!error || quotingBroken) return;
				rowsSeen += 1;
				if (isQuotingError(error)) {
					quotingBroken = true;
					problems.push(describeQuotingError(bytes, error));
					return;
				}
				if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && header) {
					const cells = Array.isArray(error.record) ? error.record.length : 0;
					const fewer = cells < header.length;
					problems.push({
						row: rowOf(error.empty_lines),
						column: fewer ? cells + 1 : header.length + 1,
						header: fewer ? header[cells] : undefined,
						message: `expected ${header.length} cells, one for each column of the header row`,
						found: `${cells}`,
						hint: fewer
							? 'a cell is missing from this row; a spreadsheet writes every row in full, so check a file edited by hand, or a cell with a line break that was not put in quotes'
							: 'this row has more cells than the header has columns; name the extra column in row 1, or check for a comma in a cell that was not put in quotes',
					});
					return;
				}
				problems.push({ row: rowOf(error.empty_lines), message: 'expected a row that can be read as CSV', found: `csv-parse's ${error.code}: ${error.message}`, hint: SAVE_AS_UTF8 });
			},
			on_record: (record: Record<string, string>, context) => {
				if (quotingBroken) return null;
				rowsSeen += 1;
				const values: Record<string, string> = {};
				let empty = true;
				for (const [key, value] of Object.entries(record)) {
					const cell = value.normalize('NFC').trim();
					values[key] = cell;
					if (cell !== '') empty = false;
				}
				if (!empty) records.push({ row: rowOf(context.empty_lines), values });
				// The records are kept here, with their rows; csv-parse need not keep a copy.
				return null;
			},
		});
	} catch (error) {
		// The few mistakes csv-parse cannot skip past, such as one in the header row itself.
		if (!(error instanceof CsvError)) throw error;
		problems.push(isQuotingError(error) ? describeQuotingError(bytes, error) : { row: Number(error.lines) || 1, message: 'expected a file that can be read as CSV', found: describeFound(error.message), hint: SAVE_AS_UTF8 });
	}
	return { header, records, problems };
}
