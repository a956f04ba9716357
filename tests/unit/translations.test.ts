import { describe, expect, test } from 'vitest';
import { localize } from '../../src/archive/translations';

/** An entry as the content layer names it: "<locale>/<slug>". */
interface Entry {
	id: string;
	title: string;
}

const keyOf = (entry: Entry) => {
	const [locale = '', slug = ''] = entry.id.split('/');
	return { locale, slug };
};

const entries: Entry[] = [
	{ id: 'en/about', title: 'About' },
	{ id: 'fr/about', title: 'À propos' },
	{ id: 'en/ceremony-2021', title: 'Ceremony 2021' },
	{ id: 'es/solo-en-espanol', title: 'Solo en español' },
	{ id: 'fr/seulement-en-francais', title: 'Seulement en français' },
];

/** What a locale's pages show: the title of each entry and whether it is in the page's language. */
function shown(locale: string) {
	return localize(entries, locale, ['en', 'fr', 'es'], keyOf)
		.map(({ entry, locale: pageLocale, contentLocale, translated }) => ({ title: entry.title, pageLocale, contentLocale, translated }))
		.sort((a, b) => a.title.localeCompare(b.title));
}

describe('what each language shows', () => {
	test('a locale shows its own translation rather than the default text', () => {
		expect(shown('fr')).toContainEqual({ title: 'À propos', pageLocale: 'fr', contentLocale: 'fr', translated: true });
		expect(shown('fr').map((item) => item.title)).not.toContain('About');
	});

	test('an entry not yet translated is shown in the default language, marked as untranslated', () => {
		expect(shown('fr')).toContainEqual({ title: 'Ceremony 2021', pageLocale: 'fr', contentLocale: 'en', translated: false });
	});

	test('an entry written only in another language is shown everywhere, in that language, marked as untranslated', () => {
		expect(shown('fr')).toContainEqual({ title: 'Solo en español', pageLocale: 'fr', contentLocale: 'es', translated: false });
		expect(shown('en')).toContainEqual({ title: 'Seulement en français', pageLocale: 'en', contentLocale: 'fr', translated: false });
	});

	test('every page of an entry knows the languages its text is written in, in the site’s order', () => {
		const about = (locale: string) => localize(entries, locale, ['en', 'fr', 'es'], keyOf).find((item) => item.entry.title === 'About' || item.entry.title === 'À propos');
		expect(about('es')?.textLocales).toEqual(['en', 'fr']);
		expect(about('fr')?.textLocales).toEqual(['en', 'fr']);
		const onlyFrench = localize(entries, 'en', ['en', 'fr', 'es'], keyOf).find((item) => item.entry.title === 'Seulement en français');
		expect(onlyFrench?.textLocales).toEqual(['fr']);
	});

	test('each address appears once per locale', () => {
		expect(shown('fr').map((item) => item.title)).toEqual(['À propos', 'Ceremony 2021', 'Seulement en français', 'Solo en español']);
		expect(shown('es').map((item) => item.title)).toEqual(['About', 'Ceremony 2021', 'Seulement en français', 'Solo en español']);
	});

	test('a missing translation falls back to the default language before any other', () => {
		const bothTranslated = [...entries, { id: 'es/about', title: 'Acerca de' }];
		const about = localize(bothTranslated, 'ar', ['en', 'fr', 'es'], keyOf).find((item) => item.entry.id.endsWith('/about'));
		expect(about?.contentLocale).toBe('en');
	});

	test('the default locale shows its own entries, all translated', () => {
		expect(shown('en').filter((item) => item.translated)).toEqual([
			{ title: 'About', pageLocale: 'en', contentLocale: 'en', translated: true },
			{ title: 'Ceremony 2021', pageLocale: 'en', contentLocale: 'en', translated: true },
		]);
	});

	test('a locale with no entries of its own shows the default language’s, all untranslated', () => {
		expect(shown('ar').every((item) => !item.translated)).toBe(true);
		expect(shown('ar').filter((item) => item.contentLocale === 'en')).toHaveLength(2);
	});
});
