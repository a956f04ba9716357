import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, parse as parseYamlText } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { collectionOfKind, entryFile, entryKinds, renderEntry, scaffoldData, type EntryKind, type ScaffoldInput } from '../../scripts/new/scaffold';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, VALID_ARCHIVE } from '../support/archives';
import { removeTemporaryFolders, temporaryFolder } from '../support/commands';

afterAll(removeTemporaryFolders);

const locales = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

const titles: Record<(typeof locales)[number], string> = {
	ar: 'اليوم الدولي لإحياء الذكرى',
	zh: '国际纪念日',
	en: 'International Day of Remembrance',
	fr: 'Journée internationale du souvenir',
	ru: 'Международный день памяти',
	es: 'Día Internacional de Conmemoración',
};

/** The input `npm run new` would gather with nothing but the required options. */
function minimalInput(kind: EntryKind, locale: string, title: string): ScaffoldInput {
	switch (kind) {
		case 'event':
			return { kind, title, locale, start: '2027-08-21T10:00', timeZone: 'Europe/Zurich', attendance: 'in-person', guessedCountry: 'CH' };
		case 'story':
			return { kind, title, locale, date: '2026-11-28', consent: { given: false, recordedOn: '2026-11-28', scope: 'anonymous' } };
		case 'news':
			return { kind, title, locale, date: '2026-11-28' };
		case 'document':
			return { kind, title, locale, date: '2026-11-28' };
	}
}

/** A copy of the valid fixture archive, published in the six languages. */
function sixLanguageArchive(): string {
	const root = path.join(temporaryFolder('scaffold'), 'content');
	cpSync(archivePath(VALID_ARCHIVE), root, { recursive: true });
	const site = parseDocument(readFileSync(path.join(root, 'site.yaml'), 'utf8'));
	site.set('locales', locales.map((code) => ({ code, name: code })));
	writeFileSync(path.join(root, 'site.yaml'), site.toString());
	return root;
}

function place(root: string, input: ScaffoldInput, slug: string): string {
	const file = path.join(root, entryFile(input, slug));
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, renderEntry(input));
	return file;
}

describe('a new entry from npm run new', () => {
	test('of every kind, in every language, passes the content checker as written', async () => {
		const root = sixLanguageArchive();
		const before = await validateArchive(root, root);
		for (const kind of entryKinds) {
			// npm run new never gives two entries one address, even in two languages (that would make one the other’s translation).
			for (const locale of locales) place(root, minimalInput(kind, locale, titles[locale]), `new-${kind}-${locale}`);
		}
		const report = await validateArchive(root, root);
		expect(report.problems).toEqual([]);
		expect(report.entryCount).toBe(before.entryCount + entryKinds.length * locales.length);
	});

	test('with every option given, also passes the checker', async () => {
		const root = sixLanguageArchive();
		const inputs: ScaffoldInput[] = [
			{
				kind: 'event',
				title: 'Vigil by the river',
				locale: 'fr',
				summary: 'A vigil with lanterns.',
				start: '2027-04-11T19:00',
				end: '2027-04-11T21:00',
				timeZone: 'Europe/Paris',
				attendance: 'mixed',
				eventKind: 'memorial-ceremony',
				venue: { name: 'Quai de la Tournelle', city: 'Paris', country: 'FR' },
				onlineUrl: 'https://example.org/live',
			},
			{ kind: 'event', title: 'Online panel', locale: 'en', start: '2027-05-02', timeZone: 'Etc/UTC', attendance: 'online' },
			{
				kind: 'story',
				title: 'Tea at four',
				locale: 'en',
				date: '2026-11-01',
				consent: { given: true, recordedOn: '2026-10-20', scope: 'named' },
				narrator: { name: 'Leila', relation: 'daughter' },
			},
			{ kind: 'document', title: 'Report of the Secretary-General', locale: 'zh', date: '2020-04-01', symbol: 'A/74/790', documentKind: 'report' },
		];
		inputs.forEach((input, index) => place(root, input, `complete-${index}`));
		expect((await validateArchive(root, root)).problems).toEqual([]);
	});

	test('goes in the collection’s folder for its language; events in a folder for their year', () => {
		expect(entryFile(minimalInput('event', 'ar', 'x'), 'x')).toBe('events/ar/2027/x.md');
		expect(entryFile(minimalInput('story', 'fr', 'x'), 'x')).toBe('stories/fr/x.md');
		expect(entryFile(minimalInput('news', 'zh', 'x'), 'x')).toBe('news/zh/x.md');
		expect(entryFile(minimalInput('document', 'es', 'x'), 'x')).toBe('documents/es/x.md');
		for (const kind of entryKinds) expect(entryFile(minimalInput(kind, 'en', 'x'), 'x').split('/')[0]).toBe(collectionOfKind[kind]);
	});

	test('is a draft, so that its placeholders never reach the published site', () => {
		for (const kind of entryKinds) expect(scaffoldData(minimalInput(kind, 'en', 'x')).draft).toBe(true);
	});

	test('says what each field is for in YAML comments', () => {
		const text = renderEntry(minimalInput('event', 'en', 'A vigil'));
		expect(text).toMatch(/^# TODO: choose one of memorial-ceremony, day-of-remembrance, launch, panel, exhibition, other$/m);
		expect(text).toMatch(/^start: 2027-08-21T10:00 # local time where the event happens; never add Z or an offset$/m);
		expect(text).toMatch(/^timeZone: Europe\/Zurich # IANA time zone/m);
		expect(text).toMatch(/^  country: CH # TODO: guessed from the time zone; check it/m);
		expect(text).toMatch(/^# Delete this line once every TODO above is done/m);
	});

	test('shows where a picture goes, with the right number of ../ for its folder', () => {
		const event = renderEntry(minimalInput('event', 'en', 'x'));
		const story = renderEntry(minimalInput('story', 'en', 'x'));
		expect(event).toContain('#   src: ../../../images/your-picture.jpg');
		expect(story).toContain('# portrait:\n#   src: ../../images/your-picture.jpg');
		expect(path.posix.normalize(`events/en/2027/${'../../../images/x.jpg'}`)).toBe('images/x.jpg');
		expect(renderEntry(minimalInput('document', 'en', 'x'))).not.toContain('your-picture');
	});

	test('keeps a title that YAML 1.1 would read as something else as the words that were typed', () => {
		for (const title of ['yes', 'No', '2021-09-11', '10:00', 'null', '~', '0123', 'A: title with a colon', '#1 in our hearts', '"Quoted"', "'single'"]) {
			const text = renderEntry(minimalInput('news', 'en', title));
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
			// Astro reads frontmatter with YAML 1.1 rules; the checker with the core schema.
			expect((parseYamlText(frontmatter, { version: '1.1' }) as { title: unknown }).title, title).toBe(title);
			expect((parseFrontmatter(text).data as { title: unknown }).title, title).toBe(title);
		}
	});

	test('writes dates and times as organisers write them, without quotes', () => {
		const text = renderEntry(minimalInput('story', 'en', 'x'));
		expect(text).toMatch(/^date: 2026-11-28 #/m);
		expect(text).toMatch(/^  recordedOn: 2026-11-28$/m);
	});
});

describe('a new story', () => {
	test('without recorded consent is withdrawn until it is recorded, so nothing of it is published', () => {
		const data = scaffoldData(minimalInput('story', 'en', 'x')) as { consent: { status: string } };
		expect(data.consent.status).toBe('withdrawn');
		expect(renderEntry(minimalInput('story', 'en', 'x'))).toMatch(/^# TODO: record the storyteller's consent/m);
	});

	test('with recorded consent carries its day and scope', () => {
		const input: ScaffoldInput = { kind: 'story', title: 'x', locale: 'en', date: '2026-11-28', consent: { given: true, recordedOn: '2026-10-02', scope: 'named' } };
		expect(scaffoldData(input).consent).toEqual({ status: 'given', recordedOn: '2026-10-02', scope: 'named' });
	});

	test('explains why anonymous is the safer scope', () => {
		expect(renderEntry(minimalInput('story', 'en', 'x'))).toMatch(/^  scope: anonymous # the safer default/m);
	});
});

describe('a new event', () => {
	test('online has no venue, and asks for the address to watch at instead of inventing one', () => {
		const input: ScaffoldInput = { kind: 'event', title: 'x', locale: 'en', start: '2027-01-01T10:00', timeZone: 'Etc/UTC', attendance: 'online' };
		const data = scaffoldData(input);
		expect(data.venue).toBeUndefined();
		expect(data.onlineUrl).toBeUndefined();
		expect(renderEntry(input)).toMatch(/^# TODO: add onlineUrl:/m);
	});

	test('in person, with no country given or guessed, leaves the country for the organiser and says so', () => {
		const input: ScaffoldInput = { kind: 'event', title: 'x', locale: 'en', start: '2027-01-01T10:00', timeZone: 'Etc/UTC', attendance: 'in-person' };
		expect(scaffoldData(input).venue).toEqual({ name: "TODO: the venue's name", city: 'TODO: the city' });
		expect(renderEntry(input)).toMatch(/^# TODO: add country:/m);
	});
});
