/**
 * npx tsx scripts/require-chromium.ts — run by npm before `npm test` (the pretest script): the
 * browser tests need Chromium, and without it the run would fail only after the type checks, the
 * unit tests and the builds, with Playwright's launch error. This says in one line how to get it.
 */
import { accessSync, constants } from 'node:fs';
import { CommandFailure, runCommand } from './cli';
import { CHROMIUM_PATH } from './chromium';

const HELP = `Usage: npx tsx scripts/require-chromium.ts

Exits with 0 when the Chromium the browser tests use is there (/usr/bin/chromium,
or the one CHROMIUM_PATH names), and with 1 and how to install it when it is not.`;

await runCommand({
	name: 'npm test',
	help: HELP,
	options: {},
	async run() {
		try {
			accessSync(CHROMIUM_PATH, constants.X_OK);
		} catch {
			throw new CommandFailure(`the browser tests need Chromium, and there is none at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (Debian, Ubuntu), or set CHROMIUM_PATH to the Chromium or Chrome to use.`);
		}
	},
});
