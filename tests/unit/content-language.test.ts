import { describe, expect, test } from 'vitest';
import { contentLanguageAttributes, phraseWithEntryWords } from '../../src/i18n/content-language';
import { createTranslator } from '../../src/i18n/translator';
import { formatYear, placeParts, rememberedNameParts, rememberedNamesParts } from '../../src/i18n/display-names';

describe('marking an entry’s words with their language', () => {
	test('a translated entry needs no marking: its words inherit the page’s language', () => {
		expect(contentLanguageAttributes({ locale: 'fr', contentLocale: 'fr' })).toEqual({});
		expect(contentLanguageAttributes({ locale: 'ar', contentLocale: 'ar' })).toEqual({});
	});

	test('English text on a French page is marked English, left to right', () => {
		expect(contentLanguageAttributes({ locale: 'fr', contentLocale: 'en' })).toEqual({ lang: 'en', dir: 'ltr' });
	});

	test('English text on an Arabic page keeps its left-to-right direction', () => {
		expect(contentLanguageAttributes({ locale: 'ar', contentLocale: 'en' })).toEqual({ lang: 'en', dir: 'ltr' });
	});

	test('Arabic text on an English page is marked Arabic, right to left', () => {
		expect(contentLanguageAttributes({ locale: 'en', contentLocale: 'ar' })).toEqual({ lang: 'ar', dir: 'rtl' });
	});

	test('a regional language tag is kept as written', () => {
		expect(contentLanguageAttributes({ locale: 'zh', contentLocale: 'pt-BR' })).toEqual({ lang: 'pt-BR', dir: 'ltr' });
	});
});

describe('an interface sentence with an entry’s words in it', () => {
	const ar = createTranslator(
		{ 'story.narrator': '{name}، {relation}', 'story.nameWithYears': '{name} ({years})', 'story.lifespan': '{born}–{died}', 'list.separator': '، ' },
		{},
		'ar',
	);
	const fr = createTranslator({ 'story.narrator': '{name}, sa {relation}', 'list.separator': ', ' }, {}, 'fr');

	test('the entry’s words come apart from the page’s punctuation', () => {
		expect(phraseWithEntryWords(ar, 'story.narrator', { name: 'Mariam Yusuf', relation: 'his sister' })).toEqual([
			{ text: 'Mariam Yusuf', fromEntry: true },
			{ text: '، ', fromEntry: false },
			{ text: 'his sister', fromEntry: true },
		]);
	});

	test('the page’s own words between them stay the page’s', () => {
		expect(phraseWithEntryWords(fr, 'story.narrator', { name: 'Mariam', relation: 'sister' })).toEqual([
			{ text: 'Mariam', fromEntry: true },
			{ text: ', sa ', fromEntry: false },
			{ text: 'sister', fromEntry: true },
		]);
	});

	test('values written the page’s way are filled in as page words', () => {
		expect(phraseWithEntryWords(ar, 'story.nameWithYears', { name: 'Yusuf Hassan' }, { years: '١٩٨٥–٢٠١٣' })).toEqual([
			{ text: 'Yusuf Hassan', fromEntry: true },
			{ text: ' (١٩٨٥–٢٠١٣)', fromEntry: false },
		]);
	});

	test('words from the entry that look like placeholders are not filled in again', () => {
		expect(phraseWithEntryWords(fr, 'story.narrator', { name: '{relation}', relation: 'sister' })[0]).toEqual({ text: '{relation}', fromEntry: true });
	});

	test('a remembered person’s name is the story’s, their years the page’s', () => {
		// The digits are whichever Intl gives Arabic in this runtime: the point is that they are the page's.
		const years = `${formatYear(1985, 'ar')}–${formatYear(2013, 'ar')}`;
		expect(rememberedNameParts({ name: 'Yusuf Hassan', born: 1985, died: 2013 }, 'ar', ar)).toEqual([
			{ text: 'Yusuf Hassan', fromEntry: true },
			{ text: ` (${years})`, fromEntry: false },
		]);
		expect(rememberedNameParts({ name: 'Yusuf Hassan' }, 'ar', ar)).toEqual([{ text: 'Yusuf Hassan', fromEntry: true }]);
	});

	test('several remembered people are joined by the page’s separator', () => {
		expect(rememberedNamesParts([{ name: 'Amal' }, { name: 'Omar' }], 'ar', ar)).toEqual([
			{ text: 'Amal', fromEntry: true },
			{ text: '، ', fromEntry: false },
			{ text: 'Omar', fromEntry: true },
		]);
	});

	test('a town is the entry’s word, its country named in the page’s language', () => {
		expect(placeParts('Nairobi', 'KE', 'fr', ', ')).toEqual([
			{ text: 'Nairobi', fromEntry: true },
			{ text: ', ', fromEntry: false },
			{ text: 'Kenya', fromEntry: false },
		]);
		expect(placeParts(undefined, 'KE', 'es', ', ')).toEqual([{ text: 'Kenia', fromEntry: false }]);
		expect(placeParts('Nairobi', undefined, 'es', ', ')).toEqual([{ text: 'Nairobi', fromEntry: true }]);
	});
});
