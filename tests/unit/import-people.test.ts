import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { planImport, renderPersonFile, writePeopleFiles, type ImportPlan, type PlannedPerson } from '../../scripts/import-people/people-files';
import { formatProblem, formatReport, sortProblems } from '../../scripts/import-people/report';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { personSchema } from '../../src/schemas/person';
import { validateArchive } from '../../src/validation/validate-archive';
import { folderSnapshot, removeTemporaryFolders, repoRoot, runCommand, STACK_FRAME, temporaryFolder } from '../support/commands';

/** Every file under a folder with its text, to compare with the texts an import writes. */
const snapshot = (root: string) => folderSnapshot(root, 'utf8');

afterAll(removeTemporaryFolders);

/** The CSVs of tests/fixtures/people-csv/ (its README says what each holds), and its site.yaml. */
const FIXTURES = path.join(repoRoot, 'tests/fixtures/people-csv');
/** The languages of that site.yaml, in its order. */
const LOCALES = ['en', 'fr', 'ar', 'zh', 'ru'];

/** A fresh content folder with the fixture site.yaml and nothing else. */
const INCIDENT = 'incidents/en/harbour-2013.md';

function contentFolder(): string {
	const root = path.join(temporaryFolder('import-people'), 'content');
	mkdirSync(root, { recursive: true });
	copyFileSync(path.join(FIXTURES, 'site.yaml'), path.join(root, 'site.yaml'));
	// The attack the lists name: the import accepts only attacks that the archive has.
	mkdirSync(path.join(root, 'incidents', 'en'), { recursive: true });
	copyFileSync(path.join(FIXTURES, INCIDENT), path.join(root, INCIDENT));
	return root;
}

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

/** Checks a CSV as the command does, against a content folder. */
function plan(bytes: Uint8Array, root: string = contentFolder()): ImportPlan {
	return planImport(bytes, { contentRoot: root, contentLabel: 'content', locales: LOCALES });
}

/** The report's lines as the organiser reads them, each problem with its hint. */
function reportOf(result: ImportPlan, csv = 'names.csv'): string[] {
	return sortProblems(result.problems).map((problem) => formatProblem(csv, problem));
}

/** The first line of each problem: where it is and what is wrong. */
const placesOf = (result: ImportPlan) => reportOf(result).map((problem) => problem.split('\n')[0]);


/** Text to match as it is inside a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);
const fileOf = (people: PlannedPerson[], relative: string) => people.flatMap((person) => person.files).find((file) => file.relative === relative);

describe('a CSV of six people in four scripts, saved by Excel as CSV UTF-8', () => {
	const good = () => plan(fixture('names.csv'));

	test('has no problems, with its byte-order mark, its CRLF line ends and an empty row at the end', () => {
		const result = good();
		expect(reportOf(result)).toEqual([]);
		expect(result.people.map((person) => [person.row, person.id])).toEqual([
			[2, 'amina-haddad'],
			[3, 'zoë-núñez-ødegård'],
			[4, 'li-wei'],
			[5, 'zeng-li'],
			[6, 'anna-petrova'],
			[7, 'youssef-al-khatib'],
		]);
	});

	test('makes one file per name, in the folder of its language', () => {
		expect(good().people.map((person) => person.files.map((file) => file.relative))).toEqual([
			['people/en/amina-haddad.md', 'people/ar/amina-haddad.md'],
			['people/en/zoë-núñez-ødegård.md'],
			['people/en/li-wei.md', 'people/zh/li-wei.md'],
			['people/zh/zeng-li.md'],
			['people/en/anna-petrova.md', 'people/ru/anna-petrova.md'],
			['people/ar/youssef-al-khatib.md'],
		]);
	});

	test('an empty id is made from the first name in Latin letters: English first, then any name, then a variant', () => {
		const ids = good().people.map((person) => person.id);
		// Zoë keeps her diacritics, as `npm run new` keeps them in an address made from a title.
		expect(ids).toContain('zoë-núñez-ødegård');
		// يوسف الخطيب has only an Arabic name: his id comes from the variant "Youssef al-Khatib".
		expect(ids).toContain('youssef-al-khatib');
		// 曾丽 has no Latin name at all, so the row gives her id.
		expect(ids).toContain('zeng-li');
	});

	test('each file lists the other languages’ names, in their language, and the variants, without its own name or a repeat', () => {
		const { people } = good();
		expect(fileOf(people, 'people/en/amina-haddad.md')?.data.variants).toEqual([{ name: 'أمينة حداد', lang: 'ar' }, 'Amina Hadad']);
		expect(fileOf(people, 'people/ar/amina-haddad.md')?.data.variants).toEqual([{ name: 'Amina Haddad', lang: 'en' }, 'Amina Hadad']);
		// Variant 2 of Li Wei's row is "li wei": his own name in another case, so no variant at all.
		expect(fileOf(people, 'people/en/li-wei.md')?.data.variants).toEqual([{ name: '李伟', lang: 'zh' }, 'Lee Wai']);
		expect(fileOf(people, 'people/zh/li-wei.md')?.data.variants).toEqual([{ name: 'Li Wei', lang: 'en' }, 'Lee Wai']);
		expect(fileOf(people, 'people/zh/zeng-li.md')?.data.variants).toBeUndefined();
	});

	test('localized columns go to their language’s file only; shared ones to every file', () => {
		const { people } = good();
		const en = fileOf(people, 'people/en/anna-petrova.md')?.data;
		const ru = fileOf(people, 'people/ru/anna-petrova.md')?.data;
		expect(en).toMatchObject({ place: 'Saint Petersburg', born: '1990-07-14', country: 'RU' });
		expect(en?.summary).toBeUndefined();
		expect(ru).toMatchObject({ place: 'Санкт-Петербург', summary: 'Студентка, приехавшая в гости к сестре.', born: '1990-07-14', country: 'RU' });
		expect(fileOf(people, 'people/zh/li-wei.md')?.data.sortAs).toBe('li wei');
		expect(fileOf(people, 'people/en/li-wei.md')?.data.sortAs).toBeUndefined();
	});

	test('a year alone is written as a number, a whole date as a date; anniversary defaults to yes', () => {
		const { people } = good();
		expect(fileOf(people, 'people/en/amina-haddad.md')?.data).toMatchObject({ born: 1961, died: '2013-09-21' });
		expect(fileOf(people, 'people/en/zoë-núñez-ødegård.md')?.data.listing).toEqual({ status: 'given', recordedOn: '2024-05-10', anniversary: false });
		expect(fileOf(people, 'people/en/li-wei.md')?.data.listing).toEqual({ status: 'given', recordedOn: '2024-04-01', anniversary: true });
	});

	test('writes every file, whose frontmatter the person schema accepts, in the order of its fields, with no text below', () => {
		const root = contentFolder();
		const result = plan(fixture('names.csv'), root);
		expect(writePeopleFiles(root, result.people, 'names.csv')).toBe(9);
		const schema = personSchema(z.string());
		const fieldOrder = Object.keys(schema.innerType().shape);
		for (const file of result.people.flatMap((person) => person.files)) {
			const text = readFileSync(path.join(root, file.relative), 'utf8');
			expect(text).toMatch(/^---\n# Imported from names\.csv, row \d, by npm run import:people\./);
			expect(text.endsWith('\n---\n')).toBe(true);
			const data = parseFrontmatter(text).data as Record<string, unknown>;
			expect(schema.safeParse(data).success).toBe(true);
			const keys = Object.keys(data);
			expect(keys).toEqual(fieldOrder.filter((field) => keys.includes(field)));
			expect(Object.keys(data.listing as object)).toEqual(['status', 'recordedOn', 'anniversary']);
		}
	});

	test('the files it writes pass the content checker, translations and all', async () => {
		const root = contentFolder();
		writePeopleFiles(root, plan(fixture('names.csv'), root).people, 'names.csv');
		const { problems, entryCount } = await validateArchive(root, root, { publicDir: path.join(root, 'no-public') });
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(entryCount).toBe(10);
	});

	test('Norway’s code, NO, is quoted, so that a YAML 1.1 reader such as Astro’s does not read it as false', () => {
		const { people } = good();
		const zoe = people.find((person) => person.row === 3) as PlannedPerson;
		const text = renderPersonFile(zoe.files[0]!, { csvName: 'names.csv', row: 3 });
		expect(text).toContain('country: "NO"');
		const frontmatter = text.split('---\n')[1] ?? '';
		expect(parse(frontmatter, { version: '1.1' }).country).toBe('NO');
	});

	test('semicolons, as Excel writes CSV with French or Russian settings, are read as well as commas', () => {
		const result = plan(fixture('semicolons.csv'));
		expect(reportOf(result)).toEqual([]);
		expect(result.people[0]?.files.map((file) => [file.relative, file.data.name])).toEqual([
			['people/en/zoë-núñez.md', 'Zoë Núñez'],
			['people/fr/zoë-núñez.md', 'Zoë Núñez'],
		]);
	});

	test('column names ignore case, and spaces, underscores and hyphens are the same; a variants column splits at |', () => {
		const result = plan(csv('NAME:en,Sort-As:En,VARIANTS,listing_recorded_on,Listing', 'Amina Haddad,haddad amina, Amina Hadad | Aminah Haddad |,2024-03-02,given'));
		expect(reportOf(result)).toEqual([]);
		expect(result.people[0]?.files[0]?.data).toMatchObject({ name: 'Amina Haddad', sortAs: 'haddad amina', variants: ['Amina Hadad', 'Aminah Haddad'] });
	});
});

describe('a CSV with mistakes', () => {
	test('every problem is reported at once, as file:row:column: column: expected, found, with a hint, and nothing is planned', () => {
		const result = plan(fixture('bad-values.csv'));
		expect(result.people).toEqual([]);
		/** A problem the person schema finds: its words are the schema's, the place and what was found the import's. */
		const fromSchema = (place: string, found: string) => expect.stringMatching(new RegExp(`^${escape(place)} expected .+, found ${escape(found)}$`));
		expect(placesOf(result)).toEqual([
			fromSchema('names.csv:2:5: born:', '"23/04/1961"'),
			fromSchema('names.csv:2:7: country:', '"Kenya"'),
			fromSchema('names.csv:2:9: listing:', '"yes"'),
			'names.csv:2:11: anniversary: expected yes or no (or an empty cell, for yes), found "maybe"',
			'names.csv:3:2: name:en: expected the person’s name in at least one language (name:en, name:zh), found nothing',
			'names.csv:4:1: id: expected an id for this person, since none of their names is written in Latin letters to make one from, found an empty id cell',
			'names.csv:5:1: id: expected a file name: lower-case letters, digits and single hyphens, e.g. amina-haddad, found "Amina Haddad"',
			'names.csv:6:2: name:en: expected an id that no other row has, but row 2 has amina-haddad too, found "Amina Haddad" (the id made from it is amina-haddad)',
			'names.csv:7:4: place:ar: expected name:ar in this row too, for the file this goes in, found "بكين" without one',
			// Reported beside the empty listing recorded on, though zod checks it only once the rest is valid.
			fromSchema('names.csv:7:6: died:', '"1980"'),
			'names.csv:7:10: listing recorded on: expected the day the family’s consent was recorded, YYYY-MM-DD, found nothing',
			fromSchema('names.csv:8:8: incident:', '"Harbour 2013"'),
			fromSchema('names.csv:8:10: listing recorded on:', '"2024-02-30"'),
		]);
		// Each problem has its hint on the line below, indented.
		for (const problem of reportOf(result)) expect(problem).toMatch(/\n {4}hint: \S/);
		expect(reportOf(result)[0]).toContain('format the column as text');
	});

	test('a problem in a field every language shares is said once, not once per file', () => {
		const result = plan(csv('name:en,name:ar,name:ru,country,listing,listing recorded on', 'Amina Haddad,أمينة حداد,Амина Хаддад,Kenya,given,2024-03-02'));
		expect(placesOf(result)).toEqual([expect.stringMatching(/^names\.csv:2:4: country: expected .+, found "Kenya"$/)]);
	});

	test('the report ends by saying nothing was written', () => {
		const report = formatReport('names.csv', plan(fixture('bad-values.csv')).problems);
		expect(report.split('\n').at(-1)).toBe('13 problems in names.csv: nothing was written. Fix them in the spreadsheet, save it as CSV UTF-8 again, and run the command again.');
	});

	test('a header names the columns it cannot place, and the required columns it lacks', () => {
		expect(placesOf(plan(fixture('bad-header.csv')))).toEqual([
			'names.csv:1: listing recorded on: expected a column named listing recorded on, with the day each family’s consent was recorded (YYYY-MM-DD), found no such column',
			'names.csv:1:2: name:de: expected one of the site’s languages after the colon (en, fr, ar, zh, ru), found "name:de"',
			'names.csv:1:3: Notes: expected one of the columns id, name:<language>, variant (variant 2, …) or variants, sort as:<language>, born, died, place:<language>, country, incident, summary:<language>, listing, listing recorded on, anniversary, found "Notes"',
			'names.csv:1:4: born:en: expected born without a language, found "born:en"',
			'names.csv:1:5: place: expected the language after a colon, e.g. place:en, found "place"',
			'names.csv:1:7: Name:EN: expected each column once, but column 1 (name:en) is name:en too, found "Name:EN"',
		]);
	});

	test('a column without a name is nothing while it is empty, and a problem once a row fills it', () => {
		expect(reportOf(plan(csv('name:en,listing,listing recorded on,,', 'Amina Haddad,given,2024-03-02,,')))).toEqual([]);
		expect(placesOf(plan(csv('name:en,listing,listing recorded on,', 'Amina Haddad,given,2024-03-02,', 'Li Wei,given,2024-03-02,a nurse')))).toEqual([
			'names.csv:1:4: expected a column name above the values in column 4, found no name, and "a nurse" in row 3',
		]);
	});

	test('a quote that is never closed is reported at the line where the cell starts', () => {
		const result = plan(fixture('unclosed-quote.csv'));
		expect(placesOf(result)).toEqual(['names.csv:3:1: name:en: expected a closing quote (") for the cell that starts with a quote on line 3, found the end of the file on line 4']);
		expect(result.people).toEqual([]);
	});

	test('every row with too few or too many cells is reported, with the rows around them still checked', () => {
		expect(placesOf(plan(fixture('wrong-cell-count.csv')))).toEqual([
			'names.csv:2:3: listing recorded on: expected 3 cells, one for each column of the header row, found 2',
			'names.csv:3:4: expected 3 cells, one for each column of the header row, found 4',
		]);
		const withAnotherMistake = plan(csv('name:en,listing,listing recorded on', 'Amina Haddad,given', 'Li Wei,yes,2024-03-02'));
		expect(placesOf(withAnotherMistake)).toEqual([
			'names.csv:2:3: listing recorded on: expected 3 cells, one for each column of the header row, found 2',
			expect.stringMatching(/^names\.csv:3:2: listing: expected .+, found "yes"$/),
		]);
	});

	test('row numbers are the spreadsheet’s, even after a cell with a line break in it and an empty line', () => {
		const result = plan(csv('name:en,summary:en,listing,listing recorded on', 'Amina Haddad,"A nurse.\nA mother.",given,2024-03-02', '', 'Li Wei,,maybe,2024-03-02'));
		expect(placesOf(result)).toEqual([expect.stringMatching(/^names\.csv:4:3: listing: expected .+, found "maybe"$/)]);
	});

	test('a line break in a name, invisible in the spreadsheet, is a problem', () => {
		expect(placesOf(plan(csv('name:en,listing,listing recorded on', '"Amina\nHaddad",given,2024-03-02')))).toEqual(['names.csv:2:1: name:en: expected the value on one line, found "Amina\\nHaddad", on 2 lines']);
	});

	test('a file that is not UTF-8 is named with the line of its first bad byte', () => {
		const latin1 = Buffer.from('name:en,listing,listing recorded on\nAmina Haddad,given,2024-03-02\nZo\xeb N\xfa\xf1ez,given,2024-03-02\n', 'latin1');
		const [problem] = reportOf(plan(latin1));
		expect(problem).toMatch(/^names\.csv:3: expected text saved as UTF-8, so that names in every script survive, found a byte that is not UTF-8 on line 3/);
		expect(problem).toContain('CSV UTF-8');
	});

	test('an Excel workbook, an empty file and a file with no people are each said plainly', () => {
		expect(placesOf(plan(Buffer.from('PK\x03\x04rest of a zip', 'latin1')))).toEqual(['names.csv:1: expected a CSV file, text with one person per line, found an Excel or OpenDocument workbook (a zip file)']);
		expect(placesOf(plan(Buffer.from('\uFEFF\n')))).toEqual(['names.csv:1: expected a header row naming the columns, then one row per person, found an empty file']);
		expect(placesOf(plan(csv('name:en,listing,listing recorded on')))).toEqual(['names.csv:2: expected one row per person below the header row, found no rows']);
	});
});

describe('the people already in content/people/', () => {
	test('a file that exists is never overwritten: the row is a problem, and the hint says what to do', () => {
		const root = contentFolder();
		mkdirSync(path.join(root, 'people/zh'), { recursive: true });
		writeFileSync(path.join(root, 'people/zh/li-wei.md'), 'the organiser’s own words');
		writeFileSync(path.join(root, 'people/zh/zeng-li.mdx'), 'written in MDX');
		const result = plan(fixture('names.csv'), root);
		expect(result.people).toEqual([]);
		expect(reportOf(result)).toEqual([
			'names.csv:4:2: Name:EN: expected a person not yet in the archive: the import never overwrites a file, found "Li Wei" (the id made from it is li-wei), but content/people/zh/li-wei.md exists\n    hint: add an id column and give this person another id there, e.g. li-wei-2, or remove that file if this row is meant to replace it',
			'names.csv:5:1: ID: expected a person not yet in the archive: the import never overwrites a file, found "zeng-li", but content/people/zh/zeng-li.md exists\n    hint: give this person another id, e.g. zeng-li-2, or remove that file if this row is meant to replace it',
		]);
	});

	test('a person in another language only gets this language’s file, which becomes its translation', () => {
		const root = contentFolder();
		mkdirSync(path.join(root, 'people/fr'), { recursive: true });
		writeFileSync(path.join(root, 'people/fr/li-wei.md'), '---\nname: Li Wei\n---\n');
		const result = plan(fixture('names.csv'), root);
		expect(reportOf(result)).toEqual([]);
		expect(fileOf(result.people, 'people/en/li-wei.md')?.joinsExisting).toBe(true);
		expect(fileOf(result.people, 'people/en/amina-haddad.md')?.joinsExisting).toBe(false);
	});

	test('a CSV with any problem leaves the content folder exactly as it was: no file, no folder', () => {
		const root = contentFolder();
		const before = snapshot(root);
		const result = plan(fixture('bad-values.csv'), root);
		expect(result.problems.length).toBeGreaterThan(0);
		expect(writePeopleFiles(root, result.people, 'bad-values.csv')).toBe(0);
		expect(snapshot(root)).toEqual(before);
		expect(existsSync(path.join(root, 'people'))).toBe(false);
	});

	test('a write that fails half-way removes what it wrote, so an import is all or nothing', () => {
		const root = contentFolder();
		const { people } = plan(fixture('names.csv'), root);
		// A file that appears after the check, as if someone saved one meanwhile.
		mkdirSync(path.join(root, 'people/ru'), { recursive: true });
		writeFileSync(path.join(root, 'people/ru/anna-petrova.md'), 'saved meanwhile');
		expect(() => writePeopleFiles(root, people, 'names.csv')).toThrow(expect.objectContaining({ code: 'EEXIST' }));
		expect(snapshot(root)).toEqual({
			[INCIDENT]: readFileSync(path.join(FIXTURES, INCIDENT), 'utf8'),
			'people/ru/anna-petrova.md': 'saved meanwhile',
			'site.yaml': readFileSync(path.join(FIXTURES, 'site.yaml'), 'utf8'),
		});
		expect(readdirSync(path.join(root, 'people'))).toEqual(['ru']);
	});
});

describe('the attack a person is named with', () => {
	test('must be one the archive has: otherwise the cell is a problem that names the attacks there are', () => {
		const result = plan(csv('name:en,incident,listing,listing recorded on', 'Joseph Kamau,harbour-2031,given,2026-03-02'));
		expect(result.people).toEqual([]);
		expect(result.problems).toEqual([
			expect.objectContaining({ row: 2, column: 2, header: 'incident', message: 'expected the id of an attack in content/incidents/ (there: harbour-2013)', found: '"harbour-2031"' }),
		]);
	});
});

describe('a large list', () => {
	test('2,000 people in four languages are checked, with no problems (10,000 rows are timed in docs/performance.md, not here)', () => {
		const lines = ['name:en,name:ar,name:zh,name:ru,variant,born,died,place:en,country,incident,summary:en,listing,listing recorded on,anniversary'];
		for (let index = 1; index <= 2_000; index += 1) {
			lines.push(`Person ${index} Haddad,أمينة ${index},李伟${index},Анна ${index},Person ${index} Hadad,1961,2013-09-21,Mombasa,KE,harbour-2013,"A nurse, mother of three.",given,2024-03-02,yes`);
		}
		const result = plan(csv(...lines));
		expect(result.problems).toEqual([]);
		expect(result.people).toHaveLength(2_000);
		expect(result.people.at(-1)).toMatchObject({ row: 2_001, id: 'person-2000-haddad' });
	}, 120_000);
});

describe('npm run import:people', () => {
	const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
	const importPeople = (root: string, ...args: string[]) => runCommand(tsx, ['scripts/import-people.ts', ...args], { VIGIL_CONTENT: root });

	test('checks with --dry-run, writes, and then refuses to write the same people again', async () => {
		const root = contentFolder();
		const names = path.join(FIXTURES, 'names.csv');

		const dryRun = await importPeople(root, names, '--dry-run');
		expect(dryRun.code).toBe(0);
		expect(dryRun.stdout).toContain(`Would write 6 people (9 files) to ${root}/people/: en 4, ar 2, zh 2, ru 1. Nothing was written (--dry-run).`);
		expect(dryRun.stdout).toContain('name: Amina Haddad');
		expect(existsSync(path.join(root, 'people'))).toBe(false);

		const written = await importPeople(root, names);
		expect(written).toEqual({ code: 0, stdout: `Wrote 6 people (9 files) to ${root}/people/: en 4, ar 2, zh 2, ru 1.\nNext: run npm run check, then preview the index of names with npm run dev.\n`, stderr: '' });
		expect(readdirSync(path.join(root, 'people/en')).sort()).toEqual(['amina-haddad.md', 'anna-petrova.md', 'li-wei.md', 'zoë-núñez-ødegård.md']);

		const again = await importPeople(root, names);
		expect(again.code).toBe(1);
		expect(again.stdout).toContain(`${names}:2:2: Name:EN: expected a person not yet in the archive`);
		expect(again.stdout.trim().split('\n').at(-1)).toBe(`6 problems in ${names}: nothing was written. Fix them in the spreadsheet, save it as CSV UTF-8 again, and run the command again.`);
		expect(again.stderr).toBe('');
	}, 120_000);

	test('--help lists the columns and options; without a file, with one it cannot read, or with an unknown option, it exits with 2', async () => {
		const root = contentFolder();
		const help = await importPeople(root, '--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/^Usage: npm run import:people -- <file\.csv> \[options\]/);
		for (const words of ['name:<language>', 'variants', 'listing recorded on', 'anniversary', '--dry-run', '--content <folder>', '--verbose']) expect(help.stdout).toContain(words);

		const missing = await importPeople(root);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/^npm run import:people: expected the CSV file to import, e.g\. npm run import:people -- names\.csv\n\nUsage: npm run import:people/);

		const unreadable = await importPeople(root, 'no-such-names.csv');
		expect(unreadable.code).toBe(2);
		expect(unreadable.stderr).toContain('npm run import:people: cannot read no-such-names.csv: there is no such file');
		expect(unreadable.stderr).not.toMatch(STACK_FRAME);
		expect(unreadable.stdout).toBe('');

		const unknownOption = await importPeople(root, path.join(FIXTURES, 'names.csv'), '--overwrite');
		expect(unknownOption.code).toBe(2);
		expect(unknownOption.stderr).toContain("Unknown option '--overwrite'");
		expect(existsSync(path.join(root, 'people'))).toBe(false);
	}, 120_000);
});
