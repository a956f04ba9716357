import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import english from '../../src/i18n/en.json';
import { placeholdersOf, readContentDictionaries, untranslatedDictionary } from '../../src/i18n/content-dictionaries';
import type { Problem } from '../../src/validation/problem';
import { dictionaryProblems, visitorCriticalKeys } from '../../src/validation/dictionaries';
import { validateArchive } from '../../src/validation/validate-archive';
import { archivePath, LANGUAGES_ARCHIVE, MINIMAL_SITE_YAML, writeArchive } from '../support/archives';
import { removeTemporaryFolders } from '../support/commands';

afterAll(removeTemporaryFolders);

const display = (file: string) => file.replace(/^.*?\/(i18n\/)/, '$1');
const SWAHILI_SITE = MINIMAL_SITE_YAML.replace('    name: English\n', '    name: English\n  - code: sw\n    name: Kiswahili\n');
const DRAFT_EVENT = '---\ntitle: Day of remembrance\nsummary: A gathering.\nkind: memorial-ceremony\nstart: 2027-08-21T10:00\ntimeZone: Africa/Nairobi\nattendance: online\ndraft: true\n---\n\nText.\n';
const PUBLISHED_EVENT = DRAFT_EVENT.replace('draft: true\n', '');

/** A Swahili dictionary with these strings translated and every other one as npm run new scaffolds it. */
function swahili(translated: Record<string, string>): string {
	const scaffold = JSON.parse(untranslatedDictionary(english)) as Record<string, string>;
	return JSON.stringify({ ...scaffold, ...translated }, null, '\t');
}
const criticalInSwahili = Object.fromEntries(visitorCriticalKeys.map((key) => [key, `sw ${english[key]}`]));

const errors = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

describe('a new dictionary', () => {
	test('has every English key, each still to translate, with the English to translate from', () => {
		const scaffold = JSON.parse(untranslatedDictionary(english)) as Record<string, string>;
		expect(Object.keys(scaffold)).toEqual(Object.keys(english));
		expect(scaffold['quickExit.label']).toBe(`TODO: ${english['quickExit.label']}`);
	});

	test('gives the site none of its placeholders: only translated strings are read', () => {
		const root = writeArchive({ 'i18n/sw.json': swahili({ 'nav.events': 'Matukio' }) });
		expect(readContentDictionaries(root).get('sw')?.translated).toEqual({ 'nav.events': 'Matukio' });
	});
});

describe('the checker on an added language', () => {
	test('a language without a dictionary is a warning while everything is a draft, and an error once an entry is published', () => {
		const root = writeArchive({});
		const [draft] = dictionaryProblems(root, ['en', 'sw'], false, display);
		expect(draft).toMatchObject({ file: 'i18n/sw.json', severity: 'warning', hint: 'run npm run new -- language sw to write one with every string to translate' });
		expect(dictionaryProblems(root, ['en', 'sw'], true, display)[0]?.severity).toBe('error');
	});

	test('each string a visitor needs, left untranslated, is an error once published, on its own line; the rest are one warning', () => {
		const root = writeArchive({ 'i18n/sw.json': swahili({}) });
		const problems = dictionaryProblems(root, ['en', 'sw'], true, display);
		expect(errors(problems).map((problem) => problem.field).sort()).toEqual([...visitorCriticalKeys].sort());
		const quickExit = problems.find((problem) => problem.field === 'quickExit.label');
		expect(quickExit?.line).toBe(Object.keys(english).indexOf('quickExit.label') + 2);
		const rest = problems.filter((problem) => problem.severity === 'warning');
		expect(rest).toHaveLength(1);
		expect(rest[0]?.message).toContain(`${Object.keys(english).length - visitorCriticalKeys.length} are not yet`);
	});

	test('translated, the strings a visitor needs leave only the warning', () => {
		const root = writeArchive({ 'i18n/sw.json': swahili(criticalInSwahili) });
		expect(errors(dictionaryProblems(root, ['en', 'sw'], true, display))).toEqual([]);
	});

	test('a string that fills in other {placeholders} than the English one is an error: the site could not fill it in', () => {
		const root = writeArchive({ 'i18n/sw.json': swahili({ ...criticalInSwahili, 'support.call': 'Piga simu {simu}' }) });
		const [problem] = errors(dictionaryProblems(root, ['en', 'sw'], false, display));
		expect(problem).toMatchObject({ field: 'support.call', found: '{simu}' });
		expect(problem?.message).toContain('({phone})');
		expect(placeholdersOf('{relation} ({name})')).toEqual(['name', 'relation']);
	});

	test('a file that is not JSON is an error on its line; an unknown key and a language the site does not list are warnings', () => {
		const broken = writeArchive({ 'i18n/sw.json': '{\n\t"nav.events": "Matukio",\n\t"nav.news" "Habari"\n}\n' });
		expect(errors(dictionaryProblems(broken, ['en', 'sw'], false, display))[0]).toMatchObject({ field: '(json)', line: 3 });
		const odd = writeArchive({ 'i18n/sw.json': swahili({ ...criticalInSwahili, 'nav.event': 'Matukio' }), 'i18n/no.json': '{}' });
		const problems = dictionaryProblems(odd, ['en', 'sw'], true, display);
		expect(errors(problems)).toEqual([]);
		expect(problems.find((problem) => problem.field === 'nav.event')?.severity).toBe('warning');
		expect(problems.find((problem) => problem.file === 'i18n/no.json')?.message).toContain('this one is not read');
	});

	test('a file for a built-in language only overrides: the strings it leaves out are not missing', () => {
		const root = writeArchive({ 'i18n/fr.json': '{ "nav.stories": "Témoignages", "nav.news": "TODO: les nouvelles" }' });
		const problems = dictionaryProblems(root, ['en', 'fr'], true, display);
		expect(problems.map((problem) => [problem.field, problem.severity])).toEqual([['nav.news', 'warning']]);
	});
});

describe('placeholders in site.yaml', () => {
	const siteWithTodoSupport = `${SWAHILI_SITE}support:\n  en:\n    - name: "TODO: the name of a listening line"\n`;
	const files = { 'site.yaml': siteWithTodoSupport, 'i18n/sw.json': swahili(criticalInSwahili) };

	test('are warnings while every entry is a draft', async () => {
		const { problems } = await validateArchive(writeArchive({ ...files, 'events/en/day.md': DRAFT_EVENT }));
		expect(problems.find((problem) => problem.field === 'support.en.0.name')).toMatchObject({ severity: 'warning', line: 16 });
		expect(errors(problems)).toEqual([]);
	});

	test('are errors once an entry is published: a placeholder support line must never reach a visitor', async () => {
		const { problems } = await validateArchive(writeArchive({ ...files, 'events/en/day.md': PUBLISHED_EVENT }));
		expect(errors(problems).map((problem) => problem.field)).toEqual(['support.en.0.name']);
	});
});

describe('the strings a page uses', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	/** useTranslations as the build loads it, with the archive named by VIGIL_CONTENT. */
	async function translationsOf(archive: string) {
		vi.stubEnv('VIGIL_CONTENT', archive);
		vi.resetModules();
		return (await import('../../src/i18n/index')).useTranslations;
	}

	test('come from the archive’s dictionary, over the built-in one, with English for what is left', async () => {
		const useTranslations = await translationsOf(archivePath(LANGUAGES_ARCHIVE));
		expect(useTranslations('sw')('nav.events')).toBe('Matukio');
		expect(useTranslations('sw')('footer.sitemap')).toBe(english['footer.sitemap']);
		expect(useTranslations('fr')('nav.stories')).toBe('Témoignages');
		expect(useTranslations('fr')('nav.events')).toBe('Événements');
		expect(useTranslations('fa')('support.call', { phone: '+98 21' })).toBe('تماس با +98 21');
	});
});
