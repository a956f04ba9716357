import { describe, expect, test } from 'vitest';
import { builtTexts } from '../support/built-site';
import { useBrowser } from '../support/browser';
import { searchIndex, sitePath } from '../support/search-index';

/**
 * The index of names, a person's page and an incident's, over the full fixture archive: eight
 * fictional people in four scripts (people/), three incidents (incidents/), and one person whose
 * family withdrew the listing (rafael-quintero), who must leave no trace.
 */
const open = useBrowser();

/** The index page as a reader meets it: each section's heading, and under it each letter with its names. */
async function namesIndex(path: string) {
	const { page } = await open(path);
	return page.locator('section.names').evaluateAll((sections) =>
		sections.map((section) => ({
			heading: section.querySelector('h2')?.textContent?.trim(),
			letters: [...section.querySelectorAll('h3')].map((letter) => {
				const names = letter.nextElementSibling;
				return `${letter.textContent?.trim()}: ${[...(names?.querySelectorAll('li > a') ?? [])].map((link) => link.textContent?.trim()).join(', ')}`;
			}),
		})),
	);
}

describe('the index of names', () => {
	test('in English: A–Z in the Latin alphabet, then the names written in Han under their pinyin initial', async () => {
		expect(await namesIndex('people/')).toEqual([
			{
				heading: 'Names written in Latin',
				letters: ['A: Amina Haddad', 'I: Ivan Sokolov', 'J: Joseph Kamau', 'N: Ñusta Quispe', 'S: Sunil Perera', 'Z: Zeng Li, Zoé Lefèvre'],
			},
			{ heading: 'Names written in Han', letters: ['S: 单明'] },
		]);
	});

	test('in Spanish, Ñ is a letter of its own, after N', async () => {
		const [latin] = await namesIndex('es/people/');
		expect(latin?.letters).toContain('Ñ: Ñusta Quispe');
		expect(latin?.letters.findIndex((letter) => letter.startsWith('Ñ'))).toBeGreaterThan(latin?.letters.findIndex((letter) => letter.startsWith('J')) ?? 99);
	});

	test('in Chinese: the names written in Han first, 曾 under Z and 单 under S by their sort keys', async () => {
		const [han] = await namesIndex('zh/people/');
		expect(han?.letters).toEqual(['S: 单明', 'Z: 曾丽']);
	});

	test('in Arabic: the Arabic names first, the alef forms under ا; in Russian, the Cyrillic first', async () => {
		const [arabic] = await namesIndex('ar/people/');
		expect(arabic?.letters).toEqual(['ا: أمينة حداد']);
		const [cyrillic] = await namesIndex('ru/people/');
		expect(cyrillic?.letters).toEqual(['И: Иван Соколов']);
	});

	test('leads to the people of each attack, and to the search filtered by country and by year', async () => {
		const { page } = await open('people/');
		await expect(page.getByRole('link', { name: 'Galle bus bombing (fictional)' }).first().getAttribute('href')).resolves.toBe(sitePath('incidents/galle-bus-2001/'));
		await expect(page.getByRole('link', { name: 'Kenya' }).getAttribute('href')).resolves.toBe(`${sitePath('search/')}?type=person&country=KE`);
		await page.getByRole('link', { name: '2015' }).click();
		await page.locator('.search-result').first().waitFor();
		const titles = await page.locator('.search-result__title').allTextContents();
		expect(titles.map((title) => title.trim()).sort()).toEqual(['Amina Haddad', 'Joseph Kamau', 'Zeng Li']);
	});
});

describe('a person’s page', () => {
	test('gives the dates, the place, the attack, every spelling, and the named stories that remember them', async () => {
		const { page } = await open('people/joseph-kamau/');
		await expect(page.locator('h1').textContent()).resolves.toBe('Joseph Kamau');
		const facts = await page.locator('.person__details').innerText();
		expect(facts).toMatch(/Born\s+1958/);
		expect(facts).toMatch(/Died\s+March 7, 2015/);
		expect(facts).toMatch(/From\s+Nakuru, Kenya/);
		await expect(page.getByRole('link', { name: 'Nakuru market bombing (fictional)' }).getAttribute('href')).resolves.toBe(sitePath('incidents/nakuru-market-2015/'));
		await expect(page.locator('#person-stories + .card-list a').first().getAttribute('href')).resolves.toBe(sitePath('stories/my-fathers-stall-at-the-market/'));
		await expect(page.locator('#person-events + .card-list a').first().getAttribute('href')).resolves.toBe(sitePath('events/threads-of-memory-exhibition-nairobi/'));
	});

	test('a story told with names links each remembered person who has a page; an anonymous story links no one', async () => {
		const { page } = await open('stories/my-fathers-stall-at-the-market/');
		await expect(page.locator('.story-details a[href*="/people/"]').getAttribute('href')).resolves.toBe(sitePath('people/joseph-kamau/'));
		const { page: anonymous } = await open('stories/my-colleagues-names/');
		await expect(anonymous.locator('.story-details a').count()).resolves.toBe(0);
		await expect(anonymous.locator(`a[href*="/people/"]`).count()).resolves.toBe(0);
	});

	test('another way of writing the name is read in its own language when the file gives it', async () => {
		const { page } = await open('people/ivan-sokolov/');
		const variants = await page.locator('.person__details dd[dir="auto"], .person__details dd[lang]').evaluateAll((items) => items.map((item) => `${item.textContent?.trim()} ${item.getAttribute('lang') ?? '-'} ${item.getAttribute('dir')}`));
		expect(variants).toEqual(['Иван Соколов ru ltr', 'Iwan Sokolow - auto']);
	});

	test('a name written only in Chinese keeps its language on the English page, which points to the original', async () => {
		const { page } = await open('people/shan-ming/');
		await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('zh');
		await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/zh\/people\/shan-ming\/$/);
	});
});

describe('an incident’s page', () => {
	test('lists its people by name, its stories and its commemorations', async () => {
		const { page } = await open('incidents/nakuru-market-2015/');
		await expect(page.locator('#incident-people + .card-list .card__title').allTextContents()).resolves.toEqual(['Amina Haddad', 'Joseph Kamau', 'Zeng Li']);
		await expect(page.locator('#incident-stories + .card-list .card__title').allTextContents()).resolves.toEqual(["My father's stall at the market"]);
		await expect(page.locator('#incident-events + .card-list .card__title').count()).resolves.toBe(1);
	});
});

describe('a story that names its attack by id', () => {
	test('links the attack’s page and gives its name, day and place in the page’s language, or in the attack’s own', async () => {
		const { page } = await open('stories/the-fishermans-daughter/');
		const attack = page.locator('.story-details a[href*="/incidents/"]');
		await expect(attack.textContent()).resolves.toBe('Galle bus bombing (fictional)');
		await expect(attack.getAttribute('href')).resolves.toBe(sitePath('incidents/galle-bus-2001/'));
		await expect(page.locator('.story-details').innerText()).resolves.toMatch(/August 14, 2001\s+Galle, Sri Lanka/);
		const { page: spanish } = await open('es/stories/the-fishermans-daughter/');
		await expect(spanish.locator('.story-details a[href*="/incidents/"]').textContent()).resolves.toBe('Atentado con bomba contra un autobús en Galle (ficticio)');
		// The French page shows the English attack (it has no French text), marked as English.
		const { page: french } = await open('fr/stories/the-fishermans-daughter/');
		const englishAttack = french.locator('.story-details a[href*="/incidents/"]');
		await expect(englishAttack.getAttribute('lang')).resolves.toBe('en');
		await expect(englishAttack.getAttribute('href')).resolves.toBe(sitePath('fr/incidents/galle-bus-2001/'));
	});

	test('is listed on the attack’s page, though it remembers no one with a page', async () => {
		const { page } = await open('incidents/mopti-concert-2017/');
		await expect(page.locator('#incident-stories + .card-list .card__title').allTextContents()).resolves.toEqual(['The kora player']);
		await expect(page.locator('#incident-people').count()).resolves.toBe(0);
	});
});

describe('the people in search', () => {
	test('the type filter finds people only, in each language’s index', async () => {
		const { page } = await open('');
		const people = await searchIndex(page, null, { filters: { type: 'person' } });
		expect(people.map((result) => result.url).sort()).toEqual(
			['amina-haddad', 'ivan-sokolov', 'joseph-kamau', 'sunil-perera', 'zeng-li'].map((slug) => sitePath(`people/${slug}/`)),
		);
		expect(people.every((result) => result.meta.type === 'person')).toBe(true);
	});

	test('a name typed in another script finds the person, from the English and from the Arabic search', async () => {
		const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
		const { page } = await open('');
		const fromEnglish = (await searchIndex(page, 'أمينة', {}, 'en', languages)).slice(0, 3).map((result) => result.url);
		expect(fromEnglish).toContain(sitePath('ar/people/amina-haddad/'));
		const { page: arabicPage } = await open('ar/');
		const fromArabic = (await searchIndex(arabicPage, 'Соколов', {}, 'ar', languages)).slice(0, 3).map((result) => result.url);
		expect(fromArabic.some((url) => url.endsWith('/people/ivan-sokolov/'))).toBe(true);
	});
});

describe('the pseudonyms of anonymous stories', () => {
	test('appear on no person’s page, in no index of names and in no person’s search entry', () => {
		// My colleagues' names remembers "Imran" and "Farah"; Tea at four o'clock, حسن: pseudonyms chosen with the families.
		const namesPages = builtTexts().filter(({ file }) => /^(?:[a-z]{2}\/)?people\//.test(file) || file === 'data/people.json' || file === 'data/people.csv');
		expect(namesPages.length).toBeGreaterThan(40);
		const leaks = namesPages.filter(({ text }) => /\b(?:Imran|Farah)\b|حسن/.test(text)).map(({ file }) => file);
		expect(leaks).toEqual([]);
	});
});

describe('a person whose family withdrew the listing', () => {
	test('leaves no trace anywhere in the built site, the decompressed search index included', () => {
		const traces = builtTexts().filter(({ text }) => /Quintero|Withdrawnpersonmarker|rafael-quintero/.test(text));
		expect(traces.map(({ file }) => file)).toEqual([]);
	});
});
