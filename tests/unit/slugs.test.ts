import { describe, expect, test } from 'vitest';
import { isValidSlug, MAX_SLUG_LENGTH, slugFromTitle, uniqueSlug } from '../../src/core/slugs';

describe('an address made from a title', () => {
	test.each([
		['en', 'International Day of Remembrance 2027', 'international-day-of-remembrance-2027'],
		['fr', 'Journée internationale du souvenir : « 2027 »', 'journée-internationale-du-souvenir-2027'],
		['es', 'Día Internacional de Conmemoración, 2027', 'día-internacional-de-conmemoración-2027'],
		['ru', 'Международный день памяти — 2027', 'международный-день-памяти-2027'],
		['ar', 'اليوم الدولي لإحياء الذكرى ٢٠٢٧', 'اليوم-الدولي-لإحياء-الذكرى-٢٠٢٧'],
		['zh', '恐怖主义受害者国际纪念日（2027年）', '恐怖主义受害者国际纪念日2027年'],
	])('in %s keeps its script and its words: %s', (_locale, title, expected) => {
		const slug = slugFromTitle(title);
		expect(slug).toBe(expected);
		expect(isValidSlug(slug)).toBe(true);
	});

	test('is one the content checker accepts, whatever the title holds', () => {
		const titles = [
			'snake_case and CamelCase',
			'Ayşe from İzmir',
			'ذِكْرى الضحايا',
			'The \u0065\u0301vening vigil (written the macOS way)',
			'Ça va ? — « Oui »',
			'🕯️ A candle for Amal',
			'ـــالذكرى',
			'ニュース・タイトル',
			'--leading and trailing--',
			'A/RES/73/305',
		];
		for (const title of titles) expect(isValidSlug(slugFromTitle(title)), title).toBe(true);
	});

	test('keeps letters with accents as one character, and drops the extra dot of a dotted capital I', () => {
		expect(slugFromTitle('The \u0065\u0301vening vigil')).toBe('the-\u00e9vening-vigil');
		expect(slugFromTitle('Ayşe from İzmir')).toBe('ayşe-from-izmir');
	});

	test('drops what the file-name rule does not allow: underscores become hyphens, a tatweel goes', () => {
		expect(slugFromTitle('snake_case title')).toBe('snake-case-title');
		expect(slugFromTitle('ـــالذكرى')).toBe('الذكرى');
		expect(slugFromTitle('A/RES/73/305')).toBe('ares73305');
	});

	test('is empty for a title with no letters or digits, so the caller can choose another', () => {
		expect(slugFromTitle('🕯️ — !!')).toBe('');
	});

	test('is cut at a word boundary when the title is long', () => {
		const slug = slugFromTitle('A very long title '.repeat(10));
		expect(Array.from(slug).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		// No word is cut in half.
		expect(slug.split('-').every((word) => ['a', 'very', 'long', 'title'].includes(word))).toBe(true);
		expect(isValidSlug(slug)).toBe(true);
	});

	test('without spaces to cut at (Chinese), is cut at the limit', () => {
		const slug = slugFromTitle('纪'.repeat(MAX_SLUG_LENGTH + 20));
		expect(Array.from(slug)).toHaveLength(MAX_SLUG_LENGTH);
	});
});

describe('a unique address', () => {
	test('is the address itself when it is free', () => {
		expect(uniqueSlug('vigil-2027', () => false)).toBe('vigil-2027');
	});

	test('gets -2, then -3, while the ones before are taken', () => {
		const taken = new Set(['vigil-2027', 'vigil-2027-2']);
		expect(uniqueSlug('vigil-2027', (slug) => taken.has(slug))).toBe('vigil-2027-3');
	});

	test('works the same in every script', () => {
		const taken = new Set(['اليوم-الدولي']);
		expect(uniqueSlug('اليوم-الدولي', (slug) => taken.has(slug))).toBe('اليوم-الدولي-2');
		expect(isValidSlug('اليوم-الدولي-2')).toBe(true);
	});
});
