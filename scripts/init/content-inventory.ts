import { DICTIONARY_FOLDER } from '../../src/i18n/content-dictionaries';
import { listsUnchanged, type ContentManifest } from './content-manifest';
import type { InitRecord } from './init-record';

/**
 * Whose each file of the content folder is, for `npm run init`: the sample's (listed in the sample's
 * manifest with the same bytes), init's own (listed in its record with the same bytes), an
 * interface dictionary (content/i18n/, a translation someone worked on: kept), or the organiser's
 * own, which is everything else. An organiser's file is never removed: its being there stops init.
 */

/** The content folder's files (site.yaml and hidden files aside), by what init may do with them. */
export interface ContentInventory {
	/** The sample's files, and the files init wrote that no one has changed since: removed. */
	removable: string[];
	/** Dictionaries in i18n/ that init did not write, or that were translated since: kept as they are. */
	kept: string[];
	/** Files added or edited by the organiser: init stops rather than remove them. */
	own: string[];
}

/** Sorts the files of a content folder (`current`, as computeManifest reads it) by whose they are. */
export function takeInventory(current: ContentManifest, sample: ContentManifest | undefined, record: InitRecord | undefined): ContentInventory {
	const inventory: ContentInventory = { removable: [], kept: [], own: [] };
	for (const [file, hash] of Object.entries(current.files)) {
		// A dictionary init wrote and no one has translated yet is init's to write again, like its drafts.
		if (listsUnchanged(record, file, hash)) inventory.removable.push(file);
		else if (file.startsWith(`${DICTIONARY_FOLDER}/`)) inventory.kept.push(file);
		else if (listsUnchanged(sample, file, hash)) inventory.removable.push(file);
		else inventory.own.push(file);
	}
	return inventory;
}
