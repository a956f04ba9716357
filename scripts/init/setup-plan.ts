import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_MANIFEST, SITE_SETTINGS_FILE, textHash, type ContentManifest } from './content-manifest';
import type { ContentInventory } from './content-inventory';
import { aboutPage, firstEvent, nextDayOfRemembrance, type PlannedFile } from './first-entries';
import { INIT_RECORD, initRecordText } from './init-record';
import { dictionariesToWrite } from './interface-dictionaries';
import { renderSiteSettings } from './site-settings-file';
import type { SetupAnswers } from './setup-answers';

/**
 * Everything `npm run init` will do to the content folder, decided before it does any of it, and
 * the doing. Every check (whose each file is, whether init ran before, the answers) passes first,
 * so that a refusal leaves the folder exactly as it was.
 */

/** What init removes and writes. */
export interface SetupPlan {
	/** The files removed, with the hashes they have now: the sample's, and init's own unchanged ones. */
	remove: ContentManifest;
	/** The files written, relative to the content folder: site.yaml, the first events, the About pages, the dictionaries. */
	write: PlannedFile[];
	/** The moment of the setup, as an ISO date-time, for init's record. */
	writtenOn: string;
}

/** Plans the setup of a new archive from the answers, in a content folder whose files are sorted by `inventory` (with their hashes in `current`). */
export function planSetup(answers: SetupAnswers, current: ContentManifest, inventory: ContentInventory, now: Date): SetupPlan {
	const start = nextDayOfRemembrance(now, answers.timeZone);
	const write: PlannedFile[] = [
		{ relative: SITE_SETTINGS_FILE, text: renderSiteSettings(answers) },
		...answers.locales.map((locale) => firstEvent(locale, start, answers.timeZone)),
		...answers.locales.map(aboutPage),
		...dictionariesToWrite(answers.locales, inventory.kept),
	];
	const remove = Object.fromEntries(inventory.removable.map((file) => [file, current.files[file] ?? '']));
	return { remove: { files: remove }, write, writtenOn: now.toISOString() };
}

/** A step of the setup that failed, with the file it failed on: the steps before it were done, none after it. */
export class SetupStepFailure extends Error {
	constructor(
		/** What the step did, e.g. "write" or "remove". */
		readonly action: string,
		/** The file or folder, relative to the content folder ("" for the folder itself). */
		readonly relative: string,
		/** The file system's own reason. */
		reason: string,
	) {
		super(reason);
	}
}

/** Runs one step on one file, turning an error of the file system into a SetupStepFailure that names the file. */
function step(action: string, relative: string, work: () => void): void {
	try {
		work();
	} catch (error) {
		throw new SetupStepFailure(action, relative, (error as Error).message);
	}
}

/** Removes the folders under `folder` that are empty (or hold only empty folders), leaving hidden ones alone. */
function removeEmptyFolders(folder: string): void {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
		const inner = path.join(folder, entry.name);
		removeEmptyFolders(inner);
		if (readdirSync(inner).length === 0) rmdirSync(inner);
	}
}

/**
 * Carries out a plan in the content folder `root`. init's record is written first, listing the
 * files about to be removed as well as those about to be written, so that a run stopped half way
 * (a full disk, a file the system refuses to remove) leaves every file recognisable: the next run,
 * with --force, removes and writes them all again. Once everything is written, the record lists
 * what init wrote, and nothing else. Throws SetupStepFailure naming the file a step failed on.
 */
export function carryOutSetup(root: string, plan: SetupPlan): void {
	const written = Object.fromEntries(plan.write.map((file) => [file.relative, textHash(file.text)]));
	const record = (files: Record<string, string>) => () => {
		mkdirSync(root, { recursive: true });
		writeFileSync(path.join(root, INIT_RECORD), initRecordText({ writtenOn: plan.writtenOn, files }));
	};
	step('write', INIT_RECORD, record({ ...plan.remove.files, ...written }));
	for (const relative of Object.keys(plan.remove.files)) step('remove', relative, () => rmSync(path.join(root, relative), { force: true }));
	step('remove the empty folders in', '', () => removeEmptyFolders(root));
	for (const file of plan.write) {
		const absolute = path.join(root, file.relative);
		// site.yaml is rewritten by design; anything else is new, and "wx" makes sure it is.
		const flag = file.relative === SITE_SETTINGS_FILE ? 'w' : 'wx';
		step('write', file.relative, () => {
			mkdirSync(path.dirname(absolute), { recursive: true });
			writeFileSync(absolute, file.text, { encoding: 'utf8', flag });
		});
	}
	if (existsSync(path.join(root, SAMPLE_MANIFEST))) step('remove', SAMPLE_MANIFEST, () => rmSync(path.join(root, SAMPLE_MANIFEST)));
	step('write', INIT_RECORD, record(written));
}
