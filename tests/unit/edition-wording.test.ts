import { describe, expect, test } from 'vitest';
import { editionNumber } from '../../src/archive/anniversaries';
import { dictionaries } from '../../src/i18n/index';
import { ordinalCategories, ordinalCategory } from '../../src/i18n/ordinal';
import { createTranslator } from '../../src/i18n/translator';

/** "10th edition" as a page in `locale` writes it. */
function editionLabel(edition: number, locale: string): string {
	const t = createTranslator(dictionaries[locale] ?? {}, dictionaries.en ?? {}, locale);
	return t(`series.edition.${ordinalCategory(edition, locale)}`, { n: edition });
}

describe('ordinal forms', () => {
	test('English has first, second, third and the rest, with the teens apart', () => {
		const forms = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => ordinalCategory(n, 'en'));
		expect(forms).toEqual(['one', 'two', 'few', 'other', 'other', 'other', 'other', 'one', 'two', 'few', 'one', 'other']);
	});

	test('French has première and the rest; Arabic, Chinese, Russian and Spanish one form', () => {
		expect([1, 2, 10].map((n) => ordinalCategory(n, 'fr'))).toEqual(['one', 'other', 'other']);
		for (const locale of ['ar', 'zh', 'ru', 'es']) expect([1, 2, 3, 10].map((n) => ordinalCategory(n, locale)), locale).toEqual(['other', 'other', 'other', 'other']);
	});

	test('a form the dictionaries have no key for reads as the general one', () => {
		// Italian has a "many" ordinal (l'11º → "many" for 8, 11, 80, 800).
		expect(new Intl.PluralRules('it', { type: 'ordinal' }).select(8)).toBe('many');
		expect(ordinalCategory(8, 'it')).toBe('other');
	});

	test('every dictionary has a wording for every form, with the number in it', () => {
		for (const [locale, dictionary] of Object.entries(dictionaries)) {
			for (const category of ordinalCategories) expect(dictionary[`series.edition.${category}`], `${locale} ${category}`).toContain('{n}');
		}
	});
});

describe('edition numbers in words', () => {
	test('the International Day of Remembrance, first held in 2018, has its 10th edition in 2027', () => {
		const edition = editionNumber(2018, '2027-08-21T10:00:00');
		expect(edition).toBe(10);
		expect(editionLabel(edition ?? 0, 'en')).toBe('10th edition');
		expect(editionLabel(edition ?? 0, 'fr')).toBe('10e édition');
		expect(editionLabel(edition ?? 0, 'es')).toBe('10.ª edición');
		expect(editionLabel(edition ?? 0, 'zh')).toBe('第10届');
		expect(editionLabel(edition ?? 0, 'ru')).toBe('10-е проведение');
		expect(editionLabel(edition ?? 0, 'ar')).toMatch(/^الدورة (10|١٠)$/);
	});

	test('the first editions read as such', () => {
		expect([1, 2, 3, 4, 11, 21, 22, 23].map((n) => editionLabel(n, 'en'))).toEqual([
			'1st edition',
			'2nd edition',
			'3rd edition',
			'4th edition',
			'11th edition',
			'21st edition',
			'22nd edition',
			'23rd edition',
		]);
		expect(editionLabel(1, 'fr')).toBe('1re édition');
		expect(editionLabel(2, 'fr')).toBe('2e édition');
	});
});
