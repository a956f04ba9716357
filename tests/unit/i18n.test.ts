import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import { dictionaries, localeDirection, referenceLocale, useTranslations } from '../../src/i18n/index';
import { createTranslator } from '../../src/i18n/translator';

describe('the translator', () => {
	const t = createTranslator(
		{ 'footer.publishedBy': 'Publié par {organisation}', 'pagination.page': 'Page {page} sur {pages}' },
		{ 'footer.publishedBy': 'Published by {organisation}', 'nav.events': 'Events', 'pagination.page': 'Page {page} of {pages}' },
		'fr',
	);

	test('fills in placeholders', () => {
		expect(t('footer.publishedBy', { organisation: 'Vigil' })).toBe('Publié par Vigil');
	});

	test('writes numbers the way the locale writes them', () => {
		expect(t('pagination.page', { page: 2, pages: 1200 })).toBe('Page 2 sur 1\u202f200');
		expect(createTranslator({ count: '{n} stories' }, {}, 'en')('count', { n: 1200 })).toBe('1,200 stories');
	});

	test('falls back to the default language for a string the locale lacks', () => {
		expect(t('nav.events')).toBe('Events');
	});

	test('an unknown key is an error naming the key and the locale, not a raw key on the page', () => {
		expect(() => t('nav.nowhere')).toThrow('i18n: no string "nav.nowhere" in the fr dictionary or the default one');
	});

	test('a missing placeholder value is an error naming the placeholder', () => {
		expect(() => t('footer.publishedBy')).toThrow('i18n: "footer.publishedBy" needs a value for {organisation}');
		expect(() => t('pagination.page', { page: 1 })).toThrow('needs a value for {pages}');
	});

	test('text with braces that are not placeholders is left alone, and extra values are ignored', () => {
		const plain = createTranslator({ note: 'Use { and } freely' }, {}, 'en');
		expect(plain('note', { unused: 'x' })).toBe('Use { and } freely');
	});
});

describe('the interface strings', () => {
	test('English is the reference language', () => {
		expect(referenceLocale).toBe('en');
		expect(dictionaries.en).toBe(en);
	});

	test('every English string is non-empty text', () => {
		const entries = Object.entries(en as Record<string, unknown>);
		expect(entries.length).toBeGreaterThan(0);
		for (const [key, value] of entries) {
			expect(typeof value, key).toBe('string');
			expect(String(value).trim(), key).not.toBe('');
		}
	});

	test('every key is flat and dotted, such as nav.events or event.attendance.in-person', () => {
		for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z][\w-]*(\.[a-z][\w-]*)+$/);
	});

	test('every dictionary has exactly the English keys, with the same placeholders', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
		const reference = en as Record<string, string>;
		for (const [locale, dictionary] of Object.entries(dictionaries)) {
			expect(Object.keys(dictionary).sort(), locale).toEqual(Object.keys(reference).sort());
			for (const [key, text] of Object.entries(dictionary)) expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(reference[key] ?? ''));
		}
	});

	test('a locale without a dictionary of its own is shown in English', () => {
		expect(useTranslations('xx')('nav.events')).toBe(en['nav.events']);
	});
});

describe('writing direction', () => {
	test.each(['ar', 'fa', 'he', 'ur', 'ar-EG', 'he-IL'])('%s is written right to left', (locale) => {
		expect(localeDirection(locale)).toBe('rtl');
	});

	test.each(['en', 'fr', 'zh', 'ru', 'es', 'zh-Hant', 'en-GB'])('%s is written left to right', (locale) => {
		expect(localeDirection(locale)).toBe('ltr');
	});

	test('a locale code that cannot be read falls back to left to right instead of failing the build', () => {
		expect(localeDirection('not a locale!')).toBe('ltr');
	});
});
