import { readFileSync } from 'node:fs';
import { readManifest, type ContentManifest } from './content-manifest';

/**
 * The record `npm run init` leaves in the content folder, content/.vigil-init.json: when it set the
 * archive up, and every file it wrote with its SHA-256. Its being there says init has run (a second
 * run needs --force); its hashes say which of those files are still as init wrote them, and so may
 * be written again, and which an organiser has since made their own, and so are never touched.
 */

/** The record's file name, in the content folder; hidden, like the sample's manifest. */
export const INIT_RECORD = '.vigil-init.json';

/** What the record holds: a content manifest of the files init wrote, site.yaml included, and when. */
export interface InitRecord extends ContentManifest {
	/** The moment init wrote them, as an ISO date-time (from the build clock, so VIGIL_NOW pins it). */
	writtenOn: string;
}

/** The record in a content folder, or undefined when init has not run there. Throws UnreadableManifest for a file that is not one. */
export function readInitRecord(file: string, shown: string): InitRecord | undefined {
	const manifest = readManifest(file, shown);
	if (!manifest) return undefined;
	const writtenOn = (JSON.parse(readFileSync(file, 'utf8')) as { writtenOn?: unknown }).writtenOn;
	return { writtenOn: typeof writtenOn === 'string' ? writtenOn : 'an unknown day', files: manifest.files };
}

/** The record as the text of its file: tab-indented JSON, the files sorted, a final newline. */
export function initRecordText(record: InitRecord): string {
	const files = Object.fromEntries(Object.keys(record.files).sort().map((file) => [file, record.files[file]]));
	return `${JSON.stringify({ writtenOn: record.writtenOn, files }, null, '\t')}\n`;
}
