/**
 * npm run check — checks every file in content/ without building the site and lists every problem
 * at once. Exit codes: 0 when there are no errors (warnings may be shown), 1 when there are errors,
 * 2 when the command itself was used wrongly.
 */
import { contentRoot } from '../src/core/content-root';
import { formatReport } from '../src/validation/problem';
import { publicImageWarnings } from '../src/validation/public-images';
import { validateArchive } from '../src/validation/validate-archive';
import { runCommand } from './cli';

const HELP = `Usage: npm run check [-- --content <folder>]

Checks the archive in content/ (or the folder given) and lists every problem:
the file and line, the field, what was found and what is expected. Besides each
file's fields, it checks that links to pages and files of the site lead somewhere,
that translations keep their original's dates, times and consent, and that
images are wide enough.

Options:
  --content <folder>  check another content folder (default: content, or $VIGIL_CONTENT)
  --public <folder>   the folder of files served as they are, which links such as
                      /files/report.pdf lead to; its images are checked for metadata
                      (default: public)
  --verbose           on an unexpected error, show where it happened
                      (also VIGIL_VERBOSE=1)
  -h, --help          show this help

Exits with 0 when nothing is wrong, 1 when there are errors to fix.`;

await runCommand({
	name: 'npm run check',
	help: HELP,
	options: { content: { type: 'string' }, public: { type: 'string' } },
	async run({ values }) {
		if (values.content) process.env.VIGIL_CONTENT = values.content;
		const root = contentRoot();
		const publicDir = values.public ?? 'public';
		const { problems, entryCount } = await validateArchive(root, process.cwd(), { publicDir });
		problems.push(...(await publicImageWarnings(publicDir)));
		const errors = problems.filter((problem) => problem.severity === 'error').length;
		if (problems.length) console.log(formatReport(problems));
		console.log(errors ? `\nChecked ${entryCount} ${entryCount === 1 ? "entry" : "entries"}: fix the errors above, then run npm run check again.` : `Checked ${entryCount} ${entryCount === 1 ? "entry" : "entries"} in ${root}: no errors.`);
		// The report above says what is wrong: 1 without another message.
		return errors ? 1 : 0;
	},
});
