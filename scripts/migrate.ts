/**
 * npm run migrate — brings an archive written for an older Vigil up to this one's content format:
 * every field a version renamed or moved (src/schemas/renamed-fields.ts) is moved in every file,
 * with the comments kept. `npm run check` names each such field first; docs/changelog.md says what
 * changed and why. Exit codes: 0 when nothing was left to move by hand, 1 when a file has both the
 * old and the new field (left as it is, named), 2 when used wrongly.
 */
import { contentRoot } from '../src/core/content-root';
import { renamedFields } from '../src/schemas/renamed-fields';
import { runCommand, type CommandArguments } from './cli';
import { contentDisplay } from './content-display';
import { migrateArchive } from './migrate/move-fields';

const HELP = `Usage: npm run migrate [-- options]

Moves every field that a newer Vigil renamed to its new name, in content/site.yaml and in every
entry, keeping your comments. npm run check names such fields; docs/changelog.md lists the changes.
Commit (or copy) your content first, so that you can see and undo what changed.

Options:
  --dry-run           show what would change; write nothing
  --content <folder>  another content folder (default: content, or $VIGIL_CONTENT)
  --verbose           on an unexpected error, show where it happened (also VIGIL_VERBOSE=1)
  -h, --help          show this help

Exits with 0 when every renamed field was moved (or there was none), 1 when a file has both an
old field and its new one (left as it is, for you to choose), 2 when an option is unknown.`;

const OPTIONS = {
	'dry-run': { type: 'boolean' },
	content: { type: 'string' },
} as const;

async function migrate({ values }: CommandArguments<typeof OPTIONS>): Promise<0 | 1> {
	if (values.content) process.env.VIGIL_CONTENT = values.content;
	const root = contentRoot();
	const shown = contentDisplay(root);
	const write = !values['dry-run'];
	const results = migrateArchive(root, renamedFields, { write });
	for (const result of results) {
		for (const move of result.moved) console.log(`${shown(result.file)}: ${write ? 'moved' : 'would move'} ${move}`);
		for (const conflict of result.conflicts) console.log(`${shown(result.file)}: left ${conflict} as it is: both are written; keep the right value under the new name and delete the old field`);
	}
	const moved = results.reduce((sum, result) => sum + result.moved.length, 0);
	const conflicts = results.reduce((sum, result) => sum + result.conflicts.length, 0);
	if (moved === 0 && conflicts === 0) console.log(`Nothing to migrate: ${shown()} is in this version's content format.`);
	else console.log(`${moved} field(s) ${write ? 'moved' : 'to move'} in ${results.filter((result) => result.moved.length).length} file(s)${conflicts ? `; ${conflicts} left for you` : ''}. Next: npm run check.`);
	return conflicts > 0 ? 1 : 0;
}

await runCommand({ name: 'npm run migrate', help: HELP, options: OPTIONS, run: migrate });
