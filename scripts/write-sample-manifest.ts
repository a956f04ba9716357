/**
 * npm run sample:manifest — writes content/.vigil-sample.json, the list of the sample archive's
 * files with the SHA-256 of each. `npm run init` removes a file of content/ only when this list has
 * it with the same bytes, so that an organiser's own entry, or a sample entry they edited, is never
 * removed. A maintainer runs it after every change to the sample, and commits the file with it.
 * Exit codes: 0 when the file was written, 1 when it could not be, 2 when used wrongly.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../src/core/content-root';
import { CommandFailure, runCommand } from './cli';
import { contentDisplay } from './content-display';
import { computeManifest, manifestText, SAMPLE_MANIFEST, SITE_SETTINGS_FILE } from './init/content-manifest';
import { INIT_RECORD } from './init/init-record';

const HELP = `Usage: npm run sample:manifest [-- --content <folder>]

For maintainers of Vigil: lists every file of the sample archive in content/ (all but site.yaml
and hidden files) with its SHA-256 in content/${SAMPLE_MANIFEST}. npm run init removes only the
files listed there with the same bytes, so run this after every change to the sample, and commit
the file with the change.

Options:
  --content <folder>  another content folder (default: content, or $VIGIL_CONTENT)
  --verbose           on an unexpected error, show where it happened (also VIGIL_VERBOSE=1)
  -h, --help          show this help

Exits with 0 when the file was written, 1 when it could not be.`;

await runCommand({
	name: 'npm run sample:manifest',
	help: HELP,
	options: { content: { type: 'string' } },
	async run({ values }) {
		if (values.content) process.env.VIGIL_CONTENT = values.content;
		const root = contentRoot();
		const shownFile = contentDisplay(root);
		const shown = shownFile();
		// After npm run init, content/ is the organiser's archive: listing it as the sample's would
		// let the next npm run init remove it.
		if (existsSync(path.join(root, INIT_RECORD))) {
			throw new CommandFailure(`${shown} was set up by npm run init (it has ${INIT_RECORD}), so it is an organisation's archive, not the sample; nothing was written.`);
		}
		const manifest = computeManifest(root);
		if (Object.keys(manifest.files).length === 0) throw new CommandFailure(`${shown} holds no files besides ${SITE_SETTINGS_FILE}; nothing was written.`);
		writeFileSync(path.join(root, SAMPLE_MANIFEST), manifestText(manifest));
		console.log(`Wrote ${shownFile(SAMPLE_MANIFEST)}: ${Object.keys(manifest.files).length} files of the sample.`);
	},
});
