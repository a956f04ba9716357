import { describe, expect, test } from 'vitest';
import type { Consent } from '../../src/schemas/consent';
import { containsName, displayedNarrator, hasConsent, isListed, namesAreChanged, narratorNamedIn } from '../../src/archive/story-rules';
import { createTranslator } from '../../src/i18n/translator';
import { dictionaries } from '../../src/i18n/index';
import { narratorParts } from '../../src/i18n/display-names';

const consent = (status: Consent['status']): Consent => ({ status, recordedOn: '2021-08-20', scope: 'named' });

describe('which stories are shown', () => {
	test('a listed story with consent given has a page and appears in listings', () => {
		const story = { consent: consent('given'), visibility: 'listed' as const };
		expect(hasConsent(story)).toBe(true);
		expect(isListed(story)).toBe(true);
	});

	test('an unlisted story keeps its page but appears in no listing', () => {
		const story = { consent: consent('given'), visibility: 'unlisted' as const };
		expect(hasConsent(story)).toBe(true);
		expect(isListed(story)).toBe(false);
	});

	test.each(['listed', 'unlisted'] as const)('a %s story whose consent was withdrawn has no page and is in no listing', (visibility) => {
		const story = { consent: consent('withdrawn'), visibility };
		expect(hasConsent(story)).toBe(false);
		expect(isListed(story)).toBe(false);
	});

	test('anonymous consent is still consent', () => {
		const story = { consent: { ...consent('given'), scope: 'anonymous' as const }, visibility: 'listed' as const };
		expect(hasConsent(story)).toBe(true);
		expect(isListed(story)).toBe(true);
	});
});

describe('who tells the story, as the site shows it', () => {
	const narrator = { name: 'Noor', relation: 'daughter' };
	const named = { consent: { scope: 'named' as const }, narrator };
	const anonymous = { consent: { scope: 'anonymous' as const }, narrator };

	test('a named story shows its narrator by name and relation', () => {
		expect(displayedNarrator(named)).toEqual({ name: 'Noor', relation: 'daughter' });
		expect(namesAreChanged(named)).toBe(false);
	});

	test('an anonymous story never shows its narrator’s name, not even the pseudonym in the file', () => {
		expect(displayedNarrator(anonymous)).toEqual({ name: undefined, relation: 'daughter' });
		expect(JSON.stringify(displayedNarrator(anonymous))).not.toContain('Noor');
	});

	test('an anonymous story says that the names in it have been changed', () => {
		expect(namesAreChanged(anonymous)).toBe(true);
	});

	test('the contact details never come with the narrator a page shows', () => {
		const withContact = { ...named, narrator: { ...narrator, contact: { email: 'noor@example.org' } } };
		expect(displayedNarrator(withContact)).toEqual({ name: 'Noor', relation: 'daughter' });
	});
});

describe('the narrator in a sentence of the page', () => {
	const en = createTranslator(dictionaries.en ?? {}, {}, 'en');

	test('a named narrator reads "name, relation", with the entry’s words marked as such', () => {
		expect(narratorParts({ name: 'Elif Yıldız', relation: 'daughter' }, en)).toEqual([
			{ text: 'Elif Yıldız', fromEntry: true },
			{ text: ', ', fromEntry: false },
			{ text: 'daughter', fromEntry: true },
		]);
	});

	test('an anonymous narrator reads as the relation with neutral words from the dictionary', () => {
		const parts = narratorParts({ name: undefined, relation: 'daughter' }, en);
		expect(parts.map((part) => part.text).join('')).toBe('daughter (name withheld)');
		expect(parts.filter((part) => part.fromEntry)).toEqual([{ text: 'daughter', fromEntry: true }]);
	});

	test.each(Object.keys(dictionaries))('in %s, the anonymous wording holds the relation and nothing else of the story', (locale) => {
		const t = createTranslator(dictionaries[locale] ?? {}, {}, locale);
		const parts = narratorParts({ name: undefined, relation: 'ابنة' }, t);
		expect(parts.filter((part) => part.fromEntry).map((part) => part.text)).toEqual(['ابنة']);
		expect(parts.some((part) => !part.fromEntry && part.text.trim() !== '')).toBe(true);
	});
});

describe('finding a narrator’s name in an anonymous story’s own words', () => {
	const story = {
		consent: { scope: 'anonymous' as const },
		narrator: { name: 'Noor', relation: 'daughter' },
		title: 'Tea at four o’clock',
		summary: 'A daughter remembers her father.',
		remembered: [{ name: 'Hassan' }],
	};

	test('a name is found as a word of its own, in any case, but not inside a longer word', () => {
		expect(containsName('Told by Noor, his daughter.', 'Noor')).toBe(true);
		expect(containsName('NOOR remembers', 'Noor')).toBe(true);
		expect(containsName('A walk in Noordwijk', 'Noor')).toBe(false);
		expect(containsName('', 'Noor')).toBe(false);
	});

	test('an Arabic name is found alone, and not inside a word that contains its letters', () => {
		expect(containsName('تستذكر نور والدها', 'نور')).toBe(true);
		expect(containsName('«نور» اسم مستعار', 'نور')).toBe(true);
		expect(containsName('في النور', 'نور')).toBe(false);
	});

	test('a story that keeps its narrator unnamed has nothing to report', () => {
		expect(narratorNamedIn(story, 'My father taught geography.')).toEqual([]);
	});

	test('each field that names the narrator is reported', () => {
		const leaky = { ...story, summary: 'Noor remembers her father.', portrait: { alt: 'Noor and her father at the table' } };
		expect(narratorNamedIn(leaky, 'I am Noor.')).toEqual(['summary', 'body', 'portrait.alt']);
	});

	test('a named story may name its narrator anywhere', () => {
		expect(narratorNamedIn({ ...story, consent: { scope: 'named' }, summary: 'Noor remembers her father.' }, 'I am Noor.')).toEqual([]);
	});
});
