import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, temporaryFolder } from './commands';

/**
 * The fixture archives under tests/fixtures/archives/ (described in its README), and small archives
 * that a test writes for itself. Tests point Vigil at these, never at content/, so that an
 * organiser who replaces the sample with their own archive keeps a passing `npm test`.
 */

/** The fixture archives, as paths relative to the repository root (the way reports show files). */
export const VALID_ARCHIVE = 'tests/fixtures/archives/valid';
export const BROKEN_ARCHIVE = 'tests/fixtures/archives/broken';
export const HOSTILE_ARCHIVE = 'tests/fixtures/archives/hostile';
/** Every kind of entry in six languages: the archive the browser tests read. */
export const FULL_ARCHIVE = 'tests/fixtures/archives/full';
/** English, French and two languages Vigil has no dictionary for, Swahili and Persian (right to left), with their dictionaries in its i18n/. */
export const LANGUAGES_ARCHIVE = 'tests/fixtures/archives/languages';
/** An organiser's own archive of three entries, put in place of content/ by the own-archive test. */
export const OWN_ARCHIVE = 'tests/fixtures/archives/own';

/**
 * An archive as an absolute path: a fixture named relative to the repository root, or a folder a
 * test made (an absolute path, returned as it is).
 */
export function archivePath(relative: string): string {
	return path.resolve(repoRoot, relative);
}

/** The smallest valid content/site.yaml: one language, English. */
export const MINIMAL_SITE_YAML = [
	'name: Vigil',
	'tagline: Remembrance',
	'organisation:',
	'  name: Vigil test organisation',
	'url: https://remembrance.example.org',
	'contact:',
	'  email: contact@example.org',
	'defaultLocale: en',
	'locales:',
	'  - code: en',
	'    name: English',
	'',
].join('\n');

/** Writes a small archive into a temporary folder: file paths relative to it, and their text (or bytes). */
export function writeArchive(files: Record<string, string | Buffer>): string {
	const root = temporaryFolder('archive');
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), text);
	}
	return root;
}
