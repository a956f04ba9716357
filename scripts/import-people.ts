/**
 * npm run import:people -- names.csv — adds the people listed in a spreadsheet (saved as CSV) to
 * content/people/: one file per person and language. Every row is checked first, against the
 * person schema, the site's languages, the files already there and the other rows, and every
 * problem is listed at once; if there is any, nothing is written. Exit codes: 0 when the people
 * were written (or would be, with --dry-run), 1 when the CSV has problems or the site settings are
 * unreadable, 2 when the command was used wrongly (no file, a file that cannot be read, an unknown
 * option).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSiteSettings } from '../src/archive/site-settings';
import { contentRoot } from '../src/core/content-root';
import { CommandFailure, runCommand, UsageError } from './cli';
import { contentDisplay } from './content-display';
import { planImport, renderPersonFile, writePeopleFiles } from './import-people/people-files';
import { describeCounts, formatReport } from './import-people/report';

const HELP = `Usage: npm run import:people -- <file.csv> [options]

Adds the people in a spreadsheet, saved as CSV UTF-8, to content/people/: for each row, one
file per language the person's name is given in, content/people/<language>/<id>.md. Every row
is checked first and every problem is listed at once, as file:row:column (row 1 is the header);
if there is any, nothing is written. An existing file is never overwritten.

Columns, named in the first row (case, spaces, underscores and hyphens do not matter; every
column must be one of these, and <language> one of the site's languages in site.yaml):
  id                     the file name, e.g. amina-haddad; when empty, made from the first
                         name in Latin letters (name:en first)
  name:<language>        the name as that language writes it, e.g. name:en, name:ar, name:zh;
                         at least one per row, and one file is written for each
  variant, variant 2, …  another spelling of the name, one per column; or variants, with the
                         spellings separated by " | ". Each file lists these and the names in
                         the other languages as variants, so search finds every spelling.
  sort as:<language>     how the name sorts in that language, e.g. zeng li for 曾丽
  born, died             a year (1961) or a date written YYYY-MM-DD (1961-04-23)
  place:<language>       where the person lived or came from, in that language
  country                the two-letter ISO 3166-1 code of that place, e.g. KE
  incident               the id of the attack: its file name in content/incidents/
  summary:<language>     one or two sentences for the index of names
  listing                given or withdrawn: the family's consent to the listing (required)
  listing recorded on    the day that consent was recorded, YYYY-MM-DD (required)
  anniversary            yes or no: show the anniversary of the death (empty: yes)

Options:
  --dry-run              check the file and say what would be written; write nothing
  --content <folder>     import into another content folder (default: content, or
                         $VIGIL_CONTENT)
  --verbose              on an unexpected error, show where it happened (also VIGIL_VERBOSE=1)
  -h, --help             show this help

Example:
  npm run import:people -- names.csv --dry-run

docs/importing-names.md describes the format in full, with an example. Exits with 0 when the
people were written (or would be, with --dry-run), 1 when the file has problems (nothing is
written), 2 when the file is missing or cannot be read, or an option is unknown.`;

/** Why a file cannot be read, in words. */
function describeReadError(file: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return `cannot read ${file}: there is no such file (looked in ${path.resolve(file)})`;
	if (code === 'EISDIR') return `cannot read ${file}: it is a folder; give the CSV file inside it`;
	if (code === 'EACCES' || code === 'EPERM') return `cannot read ${file}: permission denied`;
	return `cannot read ${file}: ${(error as Error).message}`;
}

await runCommand({
	name: 'npm run import:people',
	help: HELP,
	options: { 'dry-run': { type: 'boolean' }, content: { type: 'string' } },
	allowPositionals: true,
	async run({ values, positionals }) {
		const [csvFile, ...others] = positionals;
		if (csvFile === undefined) throw new UsageError('expected the CSV file to import, e.g. npm run import:people -- names.csv');
		if (others.length) throw new UsageError(`expected one CSV file, found ${positionals.length}: ${positionals.join(' ')}`);
		let bytes: Buffer;
		try {
			bytes = readFileSync(csvFile);
		} catch (error) {
			throw new UsageError(describeReadError(csvFile, error));
		}

		if (values.content) process.env.VIGIL_CONTENT = values.content;
		const root = contentRoot();
		const display = contentDisplay(root)();
		const settings = readSiteSettings(root);
		if (!settings) throw new CommandFailure(`${display}/site.yaml is missing or has mistakes, so the site's languages are unknown; run npm run check to see what to fix. Nothing was written.`);
		const locales = settings.locales.map((locale) => locale.code);

		const { people, problems } = planImport(bytes, { contentRoot: root, contentLabel: display, locales });
		if (problems.length) {
			console.log(formatReport(csvFile, problems));
			// The report says what is wrong: 1 without another message.
			return 1;
		}

		const csvName = path.basename(csvFile);
		const counts = describeCounts(people, locales);
		const joining = people.flatMap((person) => person.files).filter((file) => file.joinsExisting).length;
		const joiningNote = joining
			? `\n${joining} of these ${joining === 1 ? 'file adds a language' : 'files add a language'} to a person already in ${display}/people/: npm run check compares ${joining === 1 ? 'it' : 'them'} with the other languages' files.`
			: '';
		if (values['dry-run']) {
			const [first] = people;
			const example = first?.files[0] ? `\n\n${display}/${first.files[0].relative} would read:\n\n${renderPersonFile(first.files[0], { csvName, row: first.row })}` : '';
			console.log(`Would write ${counts.total} to ${display}/people/: ${counts.perLanguage}. Nothing was written (--dry-run).${joiningNote}${example}`);
			return 0;
		}
		try {
			writePeopleFiles(root, people, csvName);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason = code === 'EEXIST' ? `a file appeared in ${display}/people/ while the import ran (${(error as Error).message})` : (error as Error).message;
			throw new CommandFailure(`could not write the people files: ${reason}. The files written before it were removed again, so nothing was written.`);
		}
		console.log(`Wrote ${counts.total} to ${display}/people/: ${counts.perLanguage}.${joiningNote}
Next: run npm run check, then preview the index of names with npm run dev.`);
	},
});
