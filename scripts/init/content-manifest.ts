import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A content manifest: every file of a content folder with the SHA-256 of its bytes. The sample
 * archive carries one (content/.vigil-sample.json), and `npm run init` keeps one of the files it
 * wrote (content/.vigil-init.json), so that init can tell a file that is still as the sample or
 * init left it from one an organiser added or edited: only the first kind is ever removed.
 */

/** Every file of a content folder by its path relative to that folder, written with /, and the SHA-256 (hex) of its bytes (fileHash). */
export interface ContentManifest {
	files: Record<string, string>;
}

/** The sample archive's manifest, in the content folder; `npm run sample:manifest` writes it. */
export const SAMPLE_MANIFEST = '.vigil-sample.json';

/**
 * The site settings, which no manifest lists: init rewrites them whoever wrote them, and the sample's
 * are the settings an organiser is most likely to have touched before deciding to start afresh.
 */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The files that git may check out with Windows line endings (core.autocrlf): their hash reads CRLF as LF. */
const TEXT_FILE = /\.(md|mdx|ya?ml|json|vtt|txt|csv|svg)$/i;

/** A text file's bytes with each CRLF as LF (latin1 maps bytes to characters one to one, so nothing else changes). */
function withUnixLineEndings(bytes: Buffer): Buffer {
	return Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}

/**
 * The SHA-256 of a file's bytes, in hex; for a text file, of its bytes with LF line endings, so that
 * a checkout on Windows, where git may turn every LF into CRLF, still matches the sample's manifest.
 */
export function fileHash(file: string): string {
	const bytes = readFileSync(file);
	return createHash('sha256').update(TEXT_FILE.test(file) ? withUnixLineEndings(bytes) : bytes).digest('hex');
}

/** The SHA-256 of a text as it is written to a file (UTF-8), in hex: what fileHash will read back. */
export function textHash(text: string): string {
	return createHash('sha256').update(withUnixLineEndings(Buffer.from(text, 'utf8'))).digest('hex');
}

/** By name, code point by code point: the same order on every machine, whatever its language. */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The manifest of a content folder as it is now: every file but site.yaml, leaving out files and
 * folders whose names start with a dot (the manifests themselves, .DS_Store, a .git folder),
 * which are no part of the archive. Sorted, so that the same folder always gives the same file.
 */
export function computeManifest(root: string): ContentManifest {
	if (!existsSync(root)) return { files: {} };
	const files: Record<string, string> = {};
	const visit = (relativeFolder: string) => {
		for (const entry of readdirSync(path.join(root, relativeFolder), { withFileTypes: true }).sort(byName)) {
			if (entry.name.startsWith('.')) continue;
			const relative = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) visit(relative);
			else if (entry.isFile() && relative !== SITE_SETTINGS_FILE) files[relative] = fileHash(path.join(root, relative));
		}
	};
	visit('');
	return { files };
}

/** Whether a manifest lists a file with exactly these bytes. */
export function listsUnchanged(manifest: ContentManifest | undefined, relative: string, hash: string): boolean {
	return manifest?.files[relative] === hash;
}

/** A manifest as the text of its file: tab-indented JSON, the files sorted, a final newline. */
export function manifestText(manifest: ContentManifest): string {
	const files = Object.fromEntries(Object.keys(manifest.files).sort().map((file) => [file, manifest.files[file]]));
	return `${JSON.stringify({ files }, null, '\t')}\n`;
}

/** A manifest file that is there but cannot be read as one; the message names the file and what is wrong. */
export class UnreadableManifest extends Error {}

/**
 * Reads a manifest file (the sample's, or init's own record, which adds fields of its own), or
 * undefined when there is none. A file that is not a manifest throws UnreadableManifest: guessing
 * what it meant could remove an organiser's file.
 */
export function readManifest(file: string, shown: string): ContentManifest | undefined {
	if (!existsSync(file)) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new UnreadableManifest(`${shown} is not valid JSON (${(error as Error).message})`);
	}
	const files = (data as { files?: unknown } | null)?.files;
	const valid = files !== null && typeof files === 'object' && !Array.isArray(files) && Object.values(files).every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash));
	if (!valid) throw new UnreadableManifest(`${shown}: expected { "files": { "<path>": "<sha256 in hex>", … } }`);
	return { files: files as Record<string, string> };
}

/**
 * Records the sample's files again after a command rewrote some of them (npm run images:sample,
 * npm run audio:sample), so that npm run init still knows them for the sample's: only where the
 * content folder carries a sample manifest already, never in an organisation's archive. Returns
 * how many files it lists, or undefined when the folder has no sample manifest.
 */
export function refreshSampleManifest(root: string): number | undefined {
	if (!existsSync(path.join(root, SAMPLE_MANIFEST))) return undefined;
	const manifest = computeManifest(root);
	writeFileSync(path.join(root, SAMPLE_MANIFEST), manifestText(manifest));
	return Object.keys(manifest.files).length;
}
