import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { freePort } from '../../scripts/free-port';
import { archivePath, OWN_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand } from '../support/commands';
import { buildArchive, ownBuildFolder } from '../support/fixture-builds';

/*
 * Issue 22: `npm run edit` on an organiser's archive in English and French (a copy of the own
 * fixture archive), driven in Chromium as an organiser would: an event with a time zone and a French
 * translation, and a story with consent given, each saved. Every request the editor makes is recorded
 * and must go to the preview's own origin. What it saved must pass `npm run check`, and a build must
 * show both on their pages. The archive's one event is moved into a year folder first, where
 * `npm run new` and the sample keep events: the editor must list it, open it and save it in place.
 */

const folder = ownBuildFolder('visual-editor');
// Named after no folder of the repository: the editor works on whatever folder holds the archive.
const content = path.join(folder, 'archive');
let editor: ChildProcess | undefined;
let origin = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const YEAR_FOLDER_EVENT = 'events/en/2027/tenth-anniversary-gathering.md';

beforeAll(async () => {
	cpSync(archivePath(OWN_ARCHIVE), content, { recursive: true });
	mkdirSync(path.join(content, 'events/en/2027'));
	renameSync(path.join(content, 'events/en/tenth-anniversary-gathering.md'), path.join(content, YEAR_FOLDER_EVENT));
	const port = await freePort();
	origin = `http://localhost:${port}`;
	editor = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/edit.ts', '--content', content, '--port', String(port)], {
		cwd: repoRoot,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: 'ignore',
		detached: true,
	});
	for (let tries = 0; tries < 120; tries++) {
		const ready = await fetch(`${origin}/admin/`).then((response) => response.ok, () => false);
		if (ready) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	browser = await chromium.connect(inject('browserEndpoint'));
	context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	context.on('request', (request) => requests.push(request.url()));
	page = await context.newPage();
	await page.goto(`${origin}/admin/`);
	// The local file proxy needs no account: its "Login" only opens the editor.
	await page.getByRole('button', { name: /login/i }).click();
	await page.getByText('Collections').waitFor();
}, 120_000);

afterAll(async () => {
	await context?.close();
	if (editor?.pid) process.kill(-editor.pid, 'SIGTERM');
	rmSync(folder, { recursive: true, force: true });
});

/** An address of the editor in a page of its own (the editor stays logged in). */
async function openPage(address: string): Promise<void> {
	await page.close();
	page = await context.newPage();
	page.on('console', (message) => message.type() === 'error' && console.log(message.text()));
	await page.goto(`${origin}/admin/${address}`);
}

/** A new entry's form in a page of its own, once `field` shows. */
async function openForm(collection: string, field: string): Promise<void> {
	await openPage(`#/collections/${collection}/new`);
	await control(field).waitFor();
}

/** The visible form field whose id Decap makes from the field's name, the `index`th on the page (1: the translation's pane). */
const control = (name: string, index = 0) => page.locator(`[id^="${name}-field-"]:visible`).nth(index);

/** Picks an option of a list field by typing it, as a person filters a long list, once the list shows it. */
async function choose(name: string, option: string): Promise<void> {
	await control(name).click({ force: true });
	await page.keyboard.type(option);
	await page.locator('[class*="option"]:visible', { hasText: option }).first().waitFor();
	await page.keyboard.press('Enter');
}

/** Saves the entry as Decap does: Publish, then Publish now; and waits for it to be written. */
async function publish(file: string): Promise<void> {
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByText('Publish now').click();
	await expect.poll(() => existsSync(path.join(content, file)), { timeout: 15_000 }).toBe(true);
}

const frontmatter = (file: string) => parseFrontmatter(readFileSync(path.join(content, file), 'utf8')).data as Record<string, unknown>;

describe('npm run edit', () => {
	test('creates an event with a time zone and a French translation, written as the wall-clock time of its zone', async () => {
		await openForm('events', 'timeZone');
		await control('title').fill('Vigil by the harbour');
		await control('summary').fill('Candles at the water, one for each name.');
		await choose('kind', 'memorial-ceremony');
		await control('start').fill('2027-08-21T19:00');
		await choose('timeZone', 'Europe/Oslo');
		await choose('attendance', 'online');
		await control('onlineUrl').fill('https://harbour.example.org/live');
		// A new entry starts as a draft; this one is published on purpose.
		await expect(control('draft').getAttribute('aria-checked')).resolves.toBe('true');
		await control('draft').click();
		await control('title', 1).fill('Veillée au port');
		// Every text field takes its direction from what is typed in it, as Arabic needs (Decap sets none).
		await expect(control('title', 1).getAttribute('dir')).resolves.toBe('auto');
		await control('summary', 1).fill('Des bougies sur l’eau, une pour chaque nom.');
		await publish('events/fr/2027/vigil-by-the-harbour.md');
		// After the save, the checker's verdict on the entry and its translation.
		await expect.poll(() => page.locator('.vigil-check').textContent(), { timeout: 20_000 }).toMatch(/^Saved\. npm run check finds no problem with this entry\./);
		expect(frontmatter('events/en/2027/vigil-by-the-harbour.md')).toMatchObject({ start: '2027-08-21T19:00', timeZone: 'Europe/Oslo', draft: false });
		expect(frontmatter('events/fr/2027/vigil-by-the-harbour.md')).toMatchObject({ title: 'Veillée au port', start: '2027-08-21T19:00', timeZone: 'Europe/Oslo' });
	});

	test('creates a story whose consent is asked first and starts withdrawn and anonymous until given on purpose', async () => {
		await openForm('stories-en', 'recordedOn');
		await expect.poll(async () => (await page.locator('label:visible').allTextContents()).slice(0, 4)).toEqual(['Consent', 'Status', 'Recorded on', 'Scope']);
		// The chosen options of the first two lists on the form, consent's status and scope: withdrawn and anonymous.
		const chosen = page.locator('[class*="singleValue"]:visible');
		await expect.poll(() => chosen.allTextContents()).toEqual(expect.arrayContaining(['withdrawn', 'anonymous']));
		await expect.poll(async () => (await chosen.allTextContents()).slice(0, 2)).toEqual(['withdrawn', 'anonymous']);
		await choose('status', 'given');
		await control('recordedOn').fill('2026-11-20');
		await control('title').fill('The lighthouse keeper');
		await control('summary').fill('A sample story. A daughter remembers her father’s evening walks to the light.');
		await control('date').fill('2026-11-28');
		await control('name').fill('Sunniva');
		await control('relation').fill('daughter');
		await control('draft').click();
		await publish('stories/en/the-lighthouse-keeper.md');
		expect(frontmatter('stories/en/the-lighthouse-keeper.md')).toMatchObject({ consent: { status: 'given', recordedOn: '2026-11-20', scope: 'anonymous' }, draft: false });
	});

	test('shows the checker’s messages after a save that the form alone cannot refuse: an end before the start', async () => {
		await openForm('events', 'timeZone');
		await control('title').fill('Backwards evening');
		await control('summary').fill('An event whose end comes before its start.');
		await choose('kind', 'other');
		await control('start').fill('2027-09-01T20:00');
		await control('end').fill('2027-09-01T18:00');
		await choose('timeZone', 'Europe/Oslo');
		await choose('attendance', 'online');
		await control('title', 1).fill('Soirée à rebours');
		await control('summary', 1).fill('Un événement qui finit avant de commencer.');
		await publish('events/en/2027/backwards-evening.md');
		const verdict = () => page.locator('.vigil-check').textContent();
		await expect.poll(verdict, { timeout: 20_000 }).toMatch(/npm run check finds 2 mistakes/);
		await expect.poll(verdict).toMatch(/archive\/events\/en\/2027\/backwards-evening\.md:\d+ end: expected an end after the start \(2027-09-01T20:00(:00)?\)/);
		// The organiser puts it right, or deletes it; here the test removes it, so that the archive checks clean.
		rmSync(path.join(content, 'events/en/2027/backwards-evening.md'));
		rmSync(path.join(content, 'events/fr/2027/backwards-evening.md'));
	});

	test('writes no French file for an event whose French pane was left empty', async () => {
		await openForm('events', 'timeZone');
		await control('title').fill('Reading of the names');
		await control('summary').fill('The names are read aloud, one by one.');
		await choose('kind', 'memorial-ceremony');
		await control('start').fill('2028-03-11T12:00');
		await choose('timeZone', 'Europe/Madrid');
		await choose('attendance', 'online');
		await publish('events/en/2028/reading-of-the-names.md');
		await expect.poll(() => page.locator('.vigil-check').textContent(), { timeout: 20_000 }).toMatch(/^Saved\. npm run check finds no problem with this entry\./);
		expect(existsSync(path.join(content, 'events/fr/2028/reading-of-the-names.md'))).toBe(false);
		// Nothing empty is written for the fields left blank.
		expect(readFileSync(path.join(content, 'events/en/2028/reading-of-the-names.md'), 'utf8')).not.toMatch(/^\w+:\s*(""|'')?$/m);
	});

	test('lists an event kept in a year folder, opens it with its fields and saves it where it is', async () => {
		// Each address in a page of its own: moving within Decap's page from a new entry's form can keep
		// that form's values on screen for a moment.
		await openPage('#/collections/events');
		await page.getByText('Tenth anniversary gathering').first().waitFor();
		await openPage('#/collections/events/entries/tenth-anniversary-gathering');
		await control('title').waitFor();
		await expect.poll(() => control('title').inputValue(), { timeout: 15_000 }).toBe('Tenth anniversary gathering');
		await control('summary').fill('Families, survivors and neighbours read the names at the harbour wall.');
		await control('title', 1).fill('Dixième anniversaire');
		await control('summary', 1).fill('Familles, survivants et voisins lisent les noms au mur du port.');
		// A translation names the venue in its own words; the country is shared.
		await control('name', 1).fill('Le mur du port');
		await control('city', 1).fill('Bergen');
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page.getByText('Publish now').click();
		await expect.poll(() => frontmatter(YEAR_FOLDER_EVENT).summary, { timeout: 15_000 }).toBe('Families, survivors and neighbours read the names at the harbour wall.');
		expect(frontmatter(YEAR_FOLDER_EVENT)).toMatchObject({ title: 'Tenth anniversary gathering', start: '2027-06-14T18:00', timeZone: 'Europe/Oslo' });
		// The translation goes in the year folder of its own language, and nothing is written beside the files.
		expect(frontmatter('events/fr/2027/tenth-anniversary-gathering.md')).toMatchObject({ title: 'Dixième anniversaire', start: '2027-06-14T18:00', venue: { name: 'Le mur du port', country: 'NO' } });
		expect(existsSync(path.join(content, 'events/en/tenth-anniversary-gathering.md'))).toBe(false);
		expect(existsSync(path.join(content, 'events/fr/tenth-anniversary-gathering.md'))).toBe(false);
	});

	test('made no request to any other origin while it worked', () => {
		expect(requests.length).toBeGreaterThan(10);
		expect(requests.filter((address) => new URL(address).origin !== origin)).toEqual([]);
	});

	test('saved files that pass npm run check, and a build shows both on their pages', async () => {
		const check = await runCommand('npx', ['tsx', 'scripts/check.ts', '--content', content]);
		expect(check.stdout + check.stderr).toContain('no errors');
		expect(check.code).toBe(0);
		const outDir = path.join(folder, 'dist');
		const build = await buildArchive(content, outDir, { pagefind: false });
		expect(build.code, build.stderr.slice(-2000)).toBe(0);
		expect(readFileSync(path.join(outDir, 'events/vigil-by-the-harbour/index.html'), 'utf8')).toContain('Vigil by the harbour');
		expect(readFileSync(path.join(outDir, 'fr/events/vigil-by-the-harbour/index.html'), 'utf8')).toContain('Veillée au port');
		expect(readFileSync(path.join(outDir, 'stories/the-lighthouse-keeper/index.html'), 'utf8')).toContain('The lighthouse keeper');
	}, 300_000);
});
