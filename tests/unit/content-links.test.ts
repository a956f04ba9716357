import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSitePath, linksInBody, type PageState, type SiteRoutes } from '../../src/validation/internal-links';
import { translationWarnings, type TranslatableEntry } from '../../src/validation/translations';
import { validateArchive } from '../../src/validation/validate-archive';
import { MINIMAL_SITE_YAML, writeArchive } from '../support/archives';
import { removeTemporaryFolders, temporaryFolder } from '../support/commands';

afterAll(removeTemporaryFolders);

describe('links found in an entry’s text', () => {
	test('are those to this site, each with the line of the file it is on', () => {
		const body = [
			'', // line 5 of the file: the rest of the closing --- line
			'See the [ceremony](/events/vigil/) and [the report](https://undocs.org/A/74/790).', // 6
			'', // 7
			'A [reference link][report] and an ![image](/files/plan.png).', // 8
			'', // 9
			'[report]: /documents/a-74-790/ "The report"', // 10
			'', // 11
			'<a href="/files/report.pdf">the PDF</a> and [mail](mailto:a@example.org) and [//other](//example.org/x).', // 12
		].join('\n');
		expect(linksInBody(body, 5, false)).toEqual([
			{ href: '/events/vigil/', line: 6 },
			{ href: '/files/plan.png', line: 8 },
			{ href: '/documents/a-74-790/', line: 10 },
			{ href: '/files/report.pdf', line: 12 },
		]);
	});

	test('leave out what is inside code, as Markdown does', () => {
		const body = ['```md', '[not a link](/nowhere/)', '```', '', 'Inline `[nor this](/nowhere/)` either.'].join('\n');
		expect(linksInBody(body, 1, false)).toEqual([]);
	});

	test('in MDX include the href of a component', () => {
		const body = ['import Card from "../../components/Card.astro";', '', '<Card href="/series/day-of-remembrance/" />', '', 'And [text](/about/).'].join('\n');
		expect(linksInBody(body, 1, true)).toEqual([
			{ href: '/series/day-of-remembrance/', line: 3 },
			{ href: '/about/', line: 5 },
		]);
	});

	test('in MDX that does not parse are still found, read as Markdown', () => {
		expect(linksInBody('<Broken {\n\n[text](/about/)', 1, true)).toEqual([{ href: '/about/', line: 3 }]);
	});
});

describe('a path on the site', () => {
	const publicDir = temporaryFolder('public');
	mkdirSync(path.join(publicDir, 'files'));
	writeFileSync(path.join(publicDir, 'files', 'report.pdf'), '%PDF');
	const routes: SiteRoutes = {
		defaultLocale: 'en',
		locales: new Set(['en', 'fr', 'ar']),
		entries: new Map<string, Map<string, { state: PageState; publishDate?: string }>>([
			[
				'events',
				new Map([
					['vigil', { state: 'published' }],
					['next-vigil', { state: 'scheduled', publishDate: '2030-01-01' }],
				]),
			],
			[
				'stories',
				new Map([
					['amal', { state: 'published' }],
					['draft-story', { state: 'draft' }],
					['gone', { state: 'withdrawn' }],
					['قصة', { state: 'published' }],
				]),
			],
		]),
		tags: new Set(['remembrance']),
		storyPages: 3,
		publicDir,
	};
	const verdict = (href: string) => checkSitePath(href, routes);

	test.each([
		'/',
		'/events/',
		'/events/vigil/',
		'/events/vigil/#programme',
		'/fr/events/vigil/',
		'/ar/stories/amal/?ref=x',
		'/stories/page/3/',
		'/tags/remembrance/',
		'/about/',
		'/search/',
		'/calls/',
		'/files/report.pdf',
		'/rss.xml',
		'/fr/rss.xml',
		'/events.ics',
		'/events/vigil.ics',
		'/data/events.csv',
		'/data/stories.json',
		'/stories/%D9%82%D8%B5%D8%A9/',
		'/stories/قصة/',
	])('%s leads somewhere', (href) => {
		expect(verdict(href)).toBeUndefined();
	});

	test.each([
		['/events/no-such-event/', 'expected the address of an entry in content/events/, but no file there is named no-such-event.md'],
		['/stories/gone/', 'the story gone has no page: its consent is withdrawn'],
		['/en/about/', 'expected the address without /en/'],
		['/stories/page/4/', 'expected a page of the stories list from 2 to 3'],
		['/tags/nope/', 'no entry is tagged "nope"'],
		['/files/missing.pdf', 'expected a page of this site or a file in'],
		['/events/vigil/extra/', 'expected a page of this site or a file in'],
		['/fr/data/events.csv', 'expected a page of this site or a file in'],
		['/files/../../etc/passwd', 'expected a page of this site or a file in'],
	])('%s is an error', (href, message) => {
		expect(verdict(href)).toEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining(message) }));
	});

	test.each([
		['/stories/draft-story/', 'is a draft'],
		['/events/next-vigil/', 'is scheduled for 2030-01-01'],
		['/about', 'expected the address of a page to end with /'],
	])('%s is a warning', (href, message) => {
		expect(verdict(href)).toEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining(message) }));
	});

	test('in the default language, says how to write it', () => {
		expect(verdict('/en/events/vigil/')?.hint).toBe('write /events/vigil/');
	});
});

describe('a translation', () => {
	const entry = (locale: string, data: Record<string, unknown>, collection: TranslatableEntry['collection'] = 'events'): TranslatableEntry => ({
		collection,
		locale,
		slug: 'vigil',
		file: `content/${collection}/${locale}/vigil.md`,
		data,
		lineOf: (fieldPath) => (fieldPath[0] === 'start' ? 5 : fieldPath[0] === 'consent' ? 9 : 2),
	});
	const original = { title: 'Vigil', start: '2027-04-11T19:00:00', timeZone: 'Europe/Paris', series: 'day' };

	test('whose facts agree with its original is fine, whatever its words', () => {
		expect(translationWarnings([entry('en', original), entry('fr', { ...original, title: 'Veillée' })], 'en')).toEqual([]);
	});

	test('without an original in the default language is fine: entries may exist in one language only', () => {
		expect(translationWarnings([entry('fr', original), entry('ar', { ...original, start: '2027-04-12T19:00:00' })], 'en')).toEqual([]);
	});

	test('whose start differs gets a warning at its start, naming the original', () => {
		expect(translationWarnings([entry('en', original), entry('fr', { ...original, start: '2027-04-11T20:00:00' })], 'en')).toEqual([
			{
				file: 'content/events/fr/vigil.md',
				line: 5,
				field: 'start',
				message: 'expected the same start as the original content/events/en/vigil.md: "2027-04-11T19:00:00"',
				found: '"2027-04-11T20:00:00"',
				hint: expect.stringContaining('change the original and its translations together'),
				severity: 'warning',
			},
		]);
	});

	test('that leaves out its original’s series, or adds one, gets a warning', () => {
		const { series: _series, ...withoutSeries } = original;
		expect(translationWarnings([entry('en', original), entry('fr', withoutSeries)], 'en').map((warning) => [warning.field, warning.found])).toEqual([['series', 'nothing']]);
		expect(translationWarnings([entry('en', withoutSeries), entry('fr', original)], 'en').map((warning) => warning.message)).toEqual([
			'expected no series, as in the original content/events/en/vigil.md',
		]);
	});

	test('of a story whose consent differs gets a warning', () => {
		const consent = (status: string) => ({ title: 'x', consent: { status, recordedOn: '2026-01-01', scope: 'named' } });
		const warnings = translationWarnings([entry('en', consent('given'), 'stories'), entry('es', consent('withdrawn'), 'stories')], 'en');
		expect(warnings.map((warning) => [warning.field, warning.line, warning.found])).toEqual([['consent.status', 9, '"withdrawn"']]);
	});
});

describe('the content checker, across an archive', () => {
	test('reports a broken link in a banner and in a document’s files, at their lines', async () => {
		const root = writeArchive({
			'site.yaml': MINIMAL_SITE_YAML,
			'banners/en/soon.md': '---\ntitle: Soon\ntext: Join us.\nlink:\n  label: See\n  href: /events/missing/\nfrom: 2021-08-01\nuntil: 2021-08-21\n---\n',
			'documents/en/a-1.md': '---\nsymbol: A/1\ntitle: One\ndate: 2020-01-01\nkind: report\nlinks:\n  en: /files/a-1.pdf\nsummary: A report.\n---\n',
		});
		const problems = (await validateArchive(root, root)).problems.map((problem) => [problem.file, problem.line, problem.field, problem.severity]);
		expect(problems).toEqual([
			['banners/en/soon.md', 6, 'link.href', 'error'],
			['documents/en/a-1.md', 7, 'links.en', 'error'],
		]);
	});

	test('finds a file in the public folder it is given', async () => {
		const root = writeArchive({
			'site.yaml': MINIMAL_SITE_YAML,
			'public/files/a-1.pdf': '%PDF',
			'documents/en/a-1.md': '---\nsymbol: A/1\ntitle: One\ndate: 2020-01-01\nkind: report\nlinks:\n  en: /files/a-1.pdf\nsummary: A report.\n---\n',
		});
		expect((await validateArchive(root, root, { publicDir: path.join(root, 'public') })).problems.filter((problem) => problem.field !== '(file)')).toEqual([]);
	});

	test('judges drafts and scheduled entries against the clock it is given', async () => {
		const root = writeArchive({
			'site.yaml': MINIMAL_SITE_YAML,
			'pages/en/about.md': '---\ntitle: About\nsummary: Us.\n---\n\nSee [the vigil](/events/vigil/).\n',
			'events/en/vigil.md': '---\ntitle: Vigil\nsummary: x\nkind: other\nstart: 2027-01-01T10:00\ntimeZone: Etc/UTC\nattendance: online\npublishDate: 2027-01-01\n---\n',
		});
		const before = await validateArchive(root, root, { now: new Date('2026-12-31T12:00:00Z') });
		expect(before.problems).toEqual([expect.objectContaining({ file: 'pages/en/about.md', line: 6, severity: 'warning', message: expect.stringContaining('scheduled for 2027-01-01') })]);
		expect((await validateArchive(root, root, { now: new Date('2027-01-01T00:00:00Z') })).problems).toEqual([]);
	});

	test('warns about a placeholder left in an entry that is no longer a draft, and not in a draft', async () => {
		const news = (draft: boolean) => `---\ntitle: News\ndate: 2026-11-28\nsummary: "TODO: one or two sentences for listings"\n${draft ? 'draft: true\n' : ''}---\n\nTODO: the news item.\n`;
		const root = writeArchive({ 'site.yaml': MINIMAL_SITE_YAML, 'news/en/ready.md': news(false), 'news/en/draft.md': news(true) });
		const problems = (await validateArchive(root, root)).problems;
		expect(problems.map((problem) => [problem.file, problem.line, problem.field, problem.severity])).toEqual([
			['news/en/ready.md', 4, 'summary', 'warning'],
			['news/en/ready.md', 7, '(text)', 'warning'],
		]);
		expect(problems[0]?.message).toContain('expected your own words in place of the placeholder that npm run new wrote');
	});

	test('warns about an image narrower than the site shows it, once per entry that uses it', async () => {
		const root = writeArchive({
			'site.yaml': MINIMAL_SITE_YAML,
			'news/en/one.md': '---\ntitle: One\ndate: 2026-11-28\nsummary: x\nimage:\n  src: ../../images/small.png\n  alt: A small picture\n---\n',
			'news/en/two.md': '---\ntitle: Two\ndate: 2026-11-28\nsummary: x\nimage:\n  src: ../../images/wide.png\n  alt: A wide picture\n---\n',
		});
		mkdirSync(path.join(root, 'images'));
		await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#777' } }).png().toFile(path.join(root, 'images/small.png'));
		await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#777' } }).png().toFile(path.join(root, 'images/wide.png'));
		expect((await validateArchive(root, root)).problems).toEqual([
			expect.objectContaining({ file: 'news/en/one.md', line: 6, field: 'image.src', found: '1200 × 800 pixels', severity: 'warning' }),
		]);
	});
});
