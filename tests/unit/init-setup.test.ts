import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeManifest, readManifest, refreshSampleManifest, textHash } from '../../scripts/init/content-manifest';
import { takeInventory } from '../../scripts/init/content-inventory';
import { firstEvent, nextDayOfRemembrance } from '../../scripts/init/first-entries';
import { dictionariesToWrite } from '../../scripts/init/interface-dictionaries';
import { answerRules } from '../../scripts/init/setup-answers';
import { localeEntry } from '../../scripts/init/site-settings-file';
import { writeArchive } from '../support/archives';
import { removeTemporaryFolders } from '../support/commands';

/*
 * The pure parts of `npm run init`: whose each file of the content folder is, the first event's
 * day and place, the languages' names and the rules for the answers. The command itself, run as a
 * person runs it, is tested with a build of what it writes in tests/build/init-command.test.ts.
 */

afterAll(removeTemporaryFolders);

describe('a content manifest', () => {
	test('lists every file with its hash, but site.yaml and hidden files', () => {
		const root = writeArchive({ 'site.yaml': 'name: x\n', 'stories/en/a.md': 'a', '.vigil-sample.json': '{}', '.git/HEAD': 'x', 'images/.DS_Store': 'x' });
		expect(computeManifest(root)).toEqual({ files: { 'stories/en/a.md': textHash('a') } });
	});

	test('reads a text file checked out with Windows line endings as the same file, and an image byte for byte', () => {
		const unix = writeArchive({ 'stories/en/a.md': '---\ntitle: A\n---\n', 'images/a.jpg': Buffer.from([0xff, 0x0d, 0x0a]) });
		const windows = writeArchive({ 'stories/en/a.md': '---\r\ntitle: A\r\n---\r\n', 'images/a.jpg': Buffer.from([0xff, 0x0a]) });
		const [one, other] = [computeManifest(unix).files, computeManifest(windows).files];
		expect(one['stories/en/a.md']).toBe(other['stories/en/a.md']);
		expect(one['images/a.jpg']).not.toBe(other['images/a.jpg']);
	});
});

describe('the sample manifest after the sample images or recordings are made again', () => {
	test('lists the new bytes, so that npm run init still takes them for the sample', () => {
		const root = writeArchive({ 'images/a.jpg': 'old', '.vigil-sample.json': '{ "files": {} }' });
		writeFileSync(path.join(root, 'images/a.jpg'), 'new');
		expect(refreshSampleManifest(root)).toBe(1);
		expect(readManifest(path.join(root, '.vigil-sample.json'), 'manifest')).toEqual({ files: { 'images/a.jpg': textHash('new') } });
	});

	test('is never written into an archive without one, such as an organisation’s', () => {
		const root = writeArchive({ 'images/a.jpg': 'mine' });
		expect(refreshSampleManifest(root)).toBeUndefined();
		expect(existsSync(path.join(root, '.vigil-sample.json'))).toBe(false);
	});
});

describe('whose each file is', () => {
	const current = { files: { 'stories/en/a.md': textHash('a'), 'stories/en/b.md': textHash('edited'), 'events/en/mine.md': textHash('mine'), 'i18n/sw.json': textHash('{}'), 'i18n/fr.json': textHash('{"x":1}') } };
	const sample = { files: { 'stories/en/a.md': textHash('a'), 'stories/en/b.md': textHash('b') } };

	test('the sample’s files as they came are removable; an edited one, or one added, is the organiser’s own; dictionaries are kept', () => {
		expect(takeInventory(current, sample, undefined)).toEqual({
			removable: ['stories/en/a.md'],
			kept: ['i18n/sw.json', 'i18n/fr.json'],
			own: ['stories/en/b.md', 'events/en/mine.md'],
		});
	});

	test('what init wrote and no one changed is removable, a dictionary too; without any manifest, everything is the organiser’s', () => {
		const record = { writtenOn: '2026-11-28T12:00:00.000Z', files: { 'events/en/mine.md': textHash('mine'), 'i18n/sw.json': textHash('{}') } };
		expect(takeInventory(current, sample, record).removable).toEqual(['stories/en/a.md', 'events/en/mine.md', 'i18n/sw.json']);
		expect(takeInventory(current, undefined, undefined).removable).toEqual([]);
	});
});

describe('the first event', () => {
	test('is on the next 21 August after today where it happens, at 10:00', () => {
		expect(nextDayOfRemembrance(new Date('2026-11-28T12:00:00Z'), 'Africa/Nairobi')).toBe('2027-08-21T10:00');
		expect(nextDayOfRemembrance(new Date('2026-08-20T20:59:00Z'), 'Africa/Nairobi')).toBe('2026-08-21T10:00');
		// Already 21 August in Nairobi (UTC+3), though not yet in London.
		expect(nextDayOfRemembrance(new Date('2026-08-20T21:00:00Z'), 'Africa/Nairobi')).toBe('2027-08-21T10:00');
	});

	test('is in person in the country of its time zone, or online when the zone names no country', () => {
		const nairobi = firstEvent('sw', '2027-08-21T10:00', 'Africa/Nairobi');
		expect(nairobi.relative).toBe('events/sw/2027/commemoration-2027.md');
		expect(nairobi.text).toMatch(/^attendance: in-person /m);
		expect(nairobi.text).toMatch(/^ {2}country: KE /m);
		const utc = firstEvent('en', '2027-08-21T10:00', 'Etc/UTC');
		expect(utc.text).toMatch(/^attendance: online /m);
		expect(utc.text).not.toContain('venue:');
	});
});

describe('languages', () => {
	test('are named in themselves, with a capital where the language writes one', () => {
		expect(localeEntry('sw')).toEqual({ code: 'sw', name: 'Kiswahili' });
		expect(localeEntry('fr')).toEqual({ code: 'fr', name: 'Français' });
		expect(localeEntry('ar')).toEqual({ code: 'ar', name: 'العربية' });
		expect(localeEntry('xx').name).toMatch(/^TODO: the name of xx/);
	});

	test('get a dictionary to translate when Vigil has none and the archive has none either', () => {
		expect(dictionariesToWrite(['en', 'sw', 'nb'], ['i18n/nb.json']).map((file) => file.relative)).toEqual(['i18n/sw.json']);
	});

	test.each([
		['en,sw', undefined],
		[' en , sw, ', undefined],
		['en,Swahili', 'expected a language code such as en, fr or sw; "Swahili" is not one'],
		['en,en-gb', 'expected the language code "en-gb" written as en-GB'],
		['en,en', 'expected each language once; en is listed twice'],
		[',', 'expected at least one language code, e.g. en, or en,sw for English and Swahili'],
	])('--locales %j: %s', (answer, problem) => {
		expect(answerRules.locales(answer)).toBe(problem);
	});
});
