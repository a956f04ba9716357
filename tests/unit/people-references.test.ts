import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/problem';
import { validateArchive } from '../../src/validation/validate-archive';
import { MINIMAL_SITE_YAML, writeArchive } from '../support/archives';
import { removeTemporaryFolders } from '../support/commands';

/** The checker over the names: ids of people and attacks, and the dignity rules that span files. */
afterAll(removeTemporaryFolders);

const person = (name: string, extra = '') => `---\nname: ${name}\nborn: 1958\ndied: 2015\n${extra}listing:\n  status: given\n  recordedOn: 2026-03-02\n---\n`;
const incident = '---\nname: Market bombing\ndate: 2015-03-07\nplace: Nakuru\ncountry: KE\n---\n';
const story = (scope: 'named' | 'anonymous', remembered: string, incidentLines = '') =>
	[
		'---',
		'title: A story',
		'summary: A sample.',
		'date: 2024-05-12',
		'remembered:',
		remembered,
		'narrator:',
		'  name: Wanjiru',
		'  relation: daughter',
		'consent:',
		'  status: given',
		'  recordedOn: 2024-03-02',
		`  scope: ${scope}`,
		incidentLines,
		'---',
		'',
	].join('\n');

async function report(files: Record<string, string>): Promise<string[]> {
	const root = writeArchive({ 'site.yaml': MINIMAL_SITE_YAML, 'incidents/en/nakuru-market-2015.md': incident, ...files });
	return (await validateArchive(root, root)).problems.map(formatProblem);
}

describe('the checker over people and attacks', () => {
	test('a person and a story that refer correctly give no problem', async () => {
		expect(
			await report({
				'people/en/joseph-kamau.md': person('Joseph Kamau', 'incident: nakuru-market-2015\n'),
				'stories/en/a-story.md': story('named', '  - name: Joseph Kamau\n    person: joseph-kamau'),
			}),
		).toEqual([]);
	});

	test('an attack that does not exist is an error at its line, naming the attacks there are', async () => {
		const problems = await report({ 'people/en/joseph-kamau.md': person('Joseph Kamau', 'incident: nakuru-2015\n') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^people\/en\/joseph-kamau\.md:5: incident: expected the file name of an attack in .*incidents\/en\/ \(available: nakuru-market-2015\), found "nakuru-2015"/);
	});

	test('a story may name its attack by id; an id that names no attack is an error', async () => {
		expect(await report({ 'stories/en/a-story.md': story('named', '  - name: Joseph Kamau', 'incident: nakuru-market-2015') })).toEqual([]);
		const problems = await report({ 'stories/en/a-story.md': story('named', '  - name: Joseph Kamau', 'incident: nakuru-2016') });
		expect(problems).toEqual([expect.stringMatching(/^stories\/en\/a-story\.md:14: incident: expected the file name of an attack in .*\(available: nakuru-market-2015\), found "nakuru-2016"/)]);
	});

	test('a story that writes out an attack the archive has gets a warning suggesting its id', async () => {
		const sameName = story('named', '  - name: Joseph Kamau', 'incident:\n  name: market  bombing');
		const sameDay = story('named', '  - name: Joseph Kamau', 'incident:\n  name: Nakuru blast\n  date: 2015-03-07\n  country: ke');
		const other = story('named', '  - name: Joseph Kamau', 'incident:\n  name: Nakuru blast\n  date: 2015-03-08\n  country: KE');
		for (const written of [sameName, sameDay]) {
			expect(await report({ 'stories/en/a-story.md': written })).toEqual([
				expect.stringMatching(/^warning: stories\/en\/a-story\.md:14: incident: expected the attack’s id, since .*nakuru-market-2015\.md describes the same attack.*replace the incident block with the line  incident: nakuru-market-2015/s),
			]);
		}
		expect(await report({ 'stories/en/a-story.md': other })).toEqual([]);
	});

	test('a story that names a person who does not exist gets a warning', async () => {
		const problems = await report({ 'stories/en/a-story.md': story('named', '  - name: Joseph Kamau\n    person: joseph-kamu') });
		expect(problems).toEqual([expect.stringMatching(/^warning: stories\/en\/a-story\.md:7: remembered\.0\.person: expected the file name of a person in .*people\/en\/ \(available: none yet\), found "joseph-kamu"/)]);
	});

	test('an anonymous story whose pseudonym is a listed person’s name, or that names a person, gets a warning for each', async () => {
		const problems = await report({
			'people/en/joseph-kamau.md': person('Joseph Kamau', 'variants: [Joe Kamau]\n'),
			'stories/en/a-story.md': story('anonymous', '  - name: joe  kamau\n    person: joseph-kamau'),
		});
		expect(problems).toEqual([
			expect.stringMatching(/^warning: stories\/en\/a-story\.md:6: remembered\.0\.name: expected a pseudonym in an anonymous story, but this is the name of a listed person \(people\/en\/joseph-kamau\.md\), found "joe  kamau"/),
			expect.stringMatching(/^warning: stories\/en\/a-story\.md:7: remembered\.0\.person: expected no person in an anonymous story/),
		]);
	});

	test('a pseudonym that is the name of a person whose listing was withdrawn is not reported: that name is nowhere on the site', async () => {
		const withdrawn = person('Joseph Kamau').replace('status: given', 'status: withdrawn');
		expect(await report({ 'people/en/joseph-kamau.md': withdrawn, 'stories/en/a-story.md': story('anonymous', '  - name: Joseph Kamau') })).toEqual([]);
	});

	test('two people with the same name and dates are a likely duplicate; a translation under the same id is not', async () => {
		const problems = await report({
			'people/en/joseph-kamau.md': person('Joseph Kamau'),
			'people/en/joseph-kamau-2.md': person('Joseph  KAMAU'),
			'people/en/joseph-kamau-1960.md': person('Joseph Kamau').replace('born: 1958', 'born: 1960'),
		});
		expect(problems).toEqual([expect.stringMatching(/^warning: people\/en\/joseph-kamau\.md:2: name: expected each person once, but people\/en\/joseph-kamau-2\.md has the same name and dates/)]);
	});
});
