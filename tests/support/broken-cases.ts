import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { archivePath, VALID_ARCHIVE } from './archives';
import { repoRoot } from './commands';

/**
 * The corpus of broken archives (tests/fixtures/broken-cases/): each case is the valid fixture
 * archive with one mistake an organiser could make, and says where the checker must report it.
 */

/** Where the cases live. */
export const BROKEN_CASES = 'tests/fixtures/broken-cases';

/** One mistake, as its case.json describes it. */
export interface BrokenCase {
	/** The case's folder name. */
	name: string;
	/** The mistake, in words. */
	mistake: string;
	/** Where the checker must report it: the file (relative to the archive), the line where there is one, and words the report must contain. */
	reported: { file: string; line?: number; words: string };
	/** Files of the valid archive that the case takes away (relative to the archive). */
	remove?: string[];
}

/** Every case in the corpus, in name order. */
export function brokenCases(): BrokenCase[] {
	const root = path.join(repoRoot, BROKEN_CASES);
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => ({ name: entry.name, ...(JSON.parse(readFileSync(path.join(root, entry.name, 'case.json'), 'utf8')) as Omit<BrokenCase, 'name'>) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Makes the case's archive in `folder`: the valid archive, less the files it removes, plus its own files over it. */
export function materialiseCase(brokenCase: BrokenCase, folder: string): string {
	rmSync(folder, { recursive: true, force: true });
	cpSync(archivePath(VALID_ARCHIVE), folder, { recursive: true });
	for (const file of brokenCase.remove ?? []) rmSync(path.join(folder, file));
	cpSync(path.join(repoRoot, BROKEN_CASES, brokenCase.name, 'archive'), folder, { recursive: true });
	return folder;
}
