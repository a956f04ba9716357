import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isPlanFailure, planEntry, writeEntry, type PlannedEntry } from '../../scripts/new/new-entry';
import type { ScaffoldInput } from '../../scripts/new/scaffold';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, VALID_ARCHIVE } from '../support/archives';
import { folderSnapshot as snapshot, removeTemporaryFolders, runCommand, STACK_FRAME, temporaryFolder } from '../support/commands';

afterAll(removeTemporaryFolders);

/** A fresh copy of the valid fixture archive to create entries in. */
function contentCopy(): string {
	const root = path.join(temporaryFolder('new'), 'content');
	cpSync(archivePath(VALID_ARCHIVE), root, { recursive: true });
	return root;
}


const event: ScaffoldInput = { kind: 'event', title: 'Vigil by the river', locale: 'en', start: '2027-04-11T19:00', timeZone: 'Europe/Paris', attendance: 'in-person', guessedCountry: 'FR' };

describe('where a new entry goes', () => {
	test('its address comes from its title', () => {
		const plan = planEntry(contentCopy(), event) as PlannedEntry;
		expect(plan.relative).toBe('events/en/2027/vigil-by-the-river.md');
		expect(plan.renamed).toBe(false);
	});

	test('an address used in another language is taken too: the new file would become that entry’s translation', () => {
		const root = contentCopy();
		mkdirSync(path.join(root, 'events/fr/2026'), { recursive: true });
		writeFileSync(path.join(root, 'events/fr/2026/vigil-by-the-river.mdx'), '---\ntitle: x\n---\n');
		const plan = planEntry(root, event) as PlannedEntry;
		expect(plan.slug).toBe('vigil-by-the-river-2');
		expect(plan.renamed).toBe(true);
	});

	test('a chosen address that is taken is refused, not changed', () => {
		const plan = planEntry(contentCopy(), event, { slug: 'annual-memorial-2021' });
		expect(isPlanFailure(plan) && plan.reason).toContain('the address annual-memorial-2021 is already used');
	});

	test('a chosen address that the checker would reject is refused', () => {
		const plan = planEntry(contentCopy(), event, { slug: 'Vigil By The River' });
		expect(isPlanFailure(plan) && plan.reason).toContain('--slug: expected lower-case words joined by hyphens');
	});

	test('a title with no letters or digits gets the kind and its day as its address', () => {
		const plan = planEntry(contentCopy(), { ...event, title: '🕯️' }) as PlannedEntry;
		expect(plan.slug).toBe('event-2027-04-11');
	});

	test('writing never overwrites a file, even one that appeared after the plan was made', () => {
		const root = contentCopy();
		const plan = planEntry(root, event) as PlannedEntry;
		mkdirSync(path.dirname(plan.file), { recursive: true });
		writeFileSync(plan.file, 'the organiser’s own words');
		expect(() => writeEntry(plan)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
		expect(readFileSync(plan.file, 'utf8')).toBe('the organiser’s own words');
	});
});

describe('npm run new', () => {
	// The clock and the zone are pinned, so that "today" is 28 November 2026 wherever the test runs.
	const run = (...args: string[]) => runCommand('npx', ['tsx', 'scripts/new.ts', ...args], { VIGIL_NOW: '2026-11-28T12:00:00Z', TZ: 'Europe/Paris' });

	test('--help explains the command and its exit codes, and exits with 0', async () => {
		const { code, stdout } = await run('--help');
		expect(code).toBe(0);
		expect(stdout).toContain('Usage: npm run new');
		expect(stdout).toContain('--time-zone <zone>');
		expect(stdout).toContain('Exits with 0 when the entry was written, 1 when it could not be');
	}, 60_000);

	test('with flags, writes an event that passes the check, without asking anything', async () => {
		const root = contentCopy();
		const { code, stdout, stderr } = await run('event', '--title', 'Day of Remembrance 2027', '--start', '2027-08-21T10:00', '--end', '2027-08-21T12:00', '--time-zone', 'America/New_York', '--content', root);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const file = path.join(root, 'events/en/2027/day-of-remembrance-2027.md');
		expect(stdout).toContain(`Created ${file} (a draft).`);
		expect(readFileSync(file, 'utf8')).toMatch(/^timeZone: America\/New_York/m);
		expect(readFileSync(file, 'utf8')).toMatch(/^  country: US /m);
		expect((await validateArchive(root, root)).problems).toEqual([]);
	}, 60_000);

	test('never takes the address of an existing entry: the same title again gets -2, then -3', async () => {
		const root = contentCopy();
		// The valid archive already has news/en/report-published.md.
		const existing = path.join(root, 'news/en/report-published.md');
		const original = readFileSync(existing, 'utf8');
		const args = ['news', '--title', 'Report published', '--locale', 'en', '--content', root];
		const first = await run(...args);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('The address report-published is taken, so this entry is report-published-2.');
		const second = await run(...args);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('so this entry is report-published-3');
		expect(readFileSync(existing, 'utf8')).toBe(original);
		expect(existsSync(path.join(root, 'news/en/report-published-2.md'))).toBe(true);
		expect(existsSync(path.join(root, 'news/en/report-published-3.md'))).toBe(true);
	}, 60_000);

	test('with --slug of an entry that exists, exits with 1 and changes nothing', async () => {
		const root = contentCopy();
		const before = snapshot(root);
		const { code, stderr } = await run('story', '--title', 'What remains', '--slug', 'amal', '--content', root);
		expect(code).toBe(1);
		expect(stderr).toContain('the address amal is already used');
		expect(snapshot(root)).toEqual(before);
	}, 60_000);

	test('--dry-run shows the file and where it would go, and writes nothing', async () => {
		const root = contentCopy();
		const before = snapshot(root);
		const { code, stdout } = await run('document', '--title', 'Le rapport', '--locale', 'en', '--symbol', 'A/74/790', '--dry-run', '--content', root);
		expect(code).toBe(0);
		expect(stdout).toContain(`Would create ${path.join(root, 'documents/en/le-rapport.md')} (nothing written)`);
		expect(stdout).toContain('  en: https://undocs.org/en/A/74/790');
		expect(snapshot(root)).toEqual(before);
	}, 60_000);

	test('a story gets safe consent defaults: withdrawn until recorded, today’s date, anonymous', async () => {
		const root = contentCopy();
		const { code } = await run('story', '--title', 'قصة من الذاكرة', '--content', root);
		expect(code).toBe(0);
		const text = readFileSync(path.join(root, 'stories/en/قصة-من-الذاكرة.md'), 'utf8');
		expect(text).toMatch(/^ {2}status: withdrawn/m);
		expect(text).toMatch(/^ {2}recordedOn: 2026-11-28$/m);
		expect(text).toMatch(/^ {2}scope: anonymous/m);
		expect(text).toMatch(/^date: 2026-11-28/m);
		expect((await validateArchive(root, root)).problems).toEqual([]);
	}, 60_000);

	test('without a title and without a terminal to ask in, exits with 2 and writes nothing', async () => {
		const root = contentCopy();
		const before = snapshot(root);
		const { code, stdout, stderr } = await run('event', '--start', '2027-08-21T10:00', '--time-zone', 'Europe/Paris', '--content', root);
		expect(code).toBe(2);
		expect(stderr).toContain('--title is required (there is no terminal to ask in)');
		expect(stdout + stderr).not.toMatch(STACK_FRAME);
		expect(snapshot(root)).toEqual(before);
	}, 60_000);

	test.each([
		[['--time-zone', 'Europe/paris'], '--time-zone: expected the time zone spelled as the time zone database spells it: Europe/Paris'],
		[['--time-zone', 'Mars/Olympus_Mons'], '--time-zone: expected an IANA time zone name'],
		[['--time-zone', 'Europe/Paris', '--start', '2027-08-21T10:00Z'], '--start: expected a local time without an offset or "Z"'],
		[['--time-zone', 'Europe/Paris', '--end', '2027-08-21T09:00'], 'end: expected an end after the start'],
		[['--time-zone', 'Europe/Paris', '--locale', 'de'], '--locale: expected en, found "de"'],
		[['--time-zone', 'Europe/Paris', '--attendance', 'hybrid'], '--attendance: expected in-person, online, mixed'],
		[['--time-zone', 'Etc/UTC'], '--country (the time zone Etc/UTC does not tell which country the venue is in) is required'],
	])('with %j, exits with 2, says what is wrong and writes nothing', async (extra, message) => {
		const root = contentCopy();
		const before = snapshot(root);
		const args = ['event', '--title', 'A vigil', '--start', '2027-08-21T10:00', ...extra, '--content', root];
		const { code, stderr } = await run(...args);
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(snapshot(root)).toEqual(before);
	}, 60_000);

	test('an unknown option or kind exits with 2', async () => {
		expect((await run('--colour')).code).toBe(2);
		const { code, stderr } = await run('poem', '--title', 'x', '--content', contentCopy());
		expect(code).toBe(2);
		expect(stderr).toContain('the kind of entry: expected event, story, news, document, found "poem"');
	}, 60_000);

	test('in a content folder without site.yaml, exits with 1 and says why', async () => {
		const root = temporaryFolder('no-site');
		const { code, stderr } = await run('news', '--title', 'x', '--content', root);
		expect(code).toBe(1);
		expect(stderr).toContain('site.yaml is missing or has mistakes');
		expect(readdirSync(root)).toEqual([]);
	}, 60_000);
});

describe('npm run new -- language', () => {
	const run = (...args: string[]) => runCommand('npx', ['tsx', 'scripts/new.ts', 'language', ...args]);

	test('lists a language Vigil has no strings for in site.yaml, keeping its comments, and writes its dictionary to translate', async () => {
		const root = contentCopy();
		const comment = readFileSync(path.join(root, 'site.yaml'), 'utf8').split('\n')[0];
		const { code, stdout } = await run('sw', '--content', root);
		expect(code).toBe(0);
		expect(stdout).toContain('Added sw (Kiswahili)');
		const site = readFileSync(path.join(root, 'site.yaml'), 'utf8');
		expect(site.startsWith(`${comment}\n`)).toBe(true);
		expect(site).toMatch(/- code: sw\n\s+name: Kiswahili\n/);
		const dictionary = JSON.parse(readFileSync(path.join(root, 'i18n/sw.json'), 'utf8')) as Record<string, string>;
		expect(dictionary['quickExit.label']).toBe('TODO: Leave this site quickly');
		// Nothing is published in sw yet, but the valid archive's entries are: the strings a visitor needs are errors.
		const { problems } = await validateArchive(root, root);
		expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.field)).toContain('quickExit.label');
	}, 60_000);

	test('a language Vigil has strings for gets none written; one already listed, or a code that is not one, changes nothing', async () => {
		const root = contentCopy();
		expect((await run('fr', '--content', root)).code).toBe(0);
		expect(existsSync(path.join(root, 'i18n'))).toBe(false);
		const before = snapshot(root);
		const again = await run('fr', '--content', root);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain("fr is already one of the site's languages");
		const wrong = await run('12', '--content', root);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('expected a language code such as en, fr or sw; "12" is not one');
		expect(snapshot(root)).toEqual(before);
	}, 60_000);
});
