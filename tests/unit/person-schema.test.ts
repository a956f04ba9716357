import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { incidentEntrySchema } from '../../src/schemas/incident';
import { personSchema } from '../../src/schemas/person';
import { hasAnniversary, isPersonListed, isStoryAbout } from '../../src/archive/people-rules';

const schema = personSchema(z.string());
const listing = { status: 'given', recordedOn: '2026-03-02' };

function messages(input: unknown): string[] {
	const result = schema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('a person', () => {
	test('needs only a name and the family’s consent to be listed; the rest has defaults', () => {
		const person = schema.parse({ name: 'Joseph Kamau', listing });
		expect(person).toMatchObject({ name: 'Joseph Kamau', variants: [], contentWarnings: [], listing: { status: 'given', anniversary: true }, draft: false });
	});

	test('writes a name another way as a spelling, or as a name with its language for screen readers', () => {
		const person = schema.parse({ name: 'Amina Haddad', variants: ['Amina Hadad', { name: 'أمينة حداد', lang: 'ar' }, { name: '阿米娜', lang: 'zh-Hans' }], listing });
		expect(person.variants).toEqual([{ name: 'Amina Hadad' }, { name: 'أمينة حداد', lang: 'ar' }, { name: '阿米娜', lang: 'zh-Hans' }]);
		expect(messages({ name: 'A', variants: [{ name: 'أمينة حداد', lang: 'Arabic script' }], listing })).toEqual(['variants.0.lang: expected a language code such as ar, zh-Hans or sr-Latn']);
		expect(messages({ name: 'A', variants: [{ lang: 'ar' }], listing })[0]).toMatch(/^variants\.0/);
	});

	test('without the listing consent, is refused with a sentence that says why', () => {
		expect(messages({ name: 'Joseph Kamau' })).toEqual(['listing: expected a listing block with status and recordedOn; no one is listed without the family’s recorded consent']);
	});

	test('takes a year or a full date of birth and death, and refuses a death before the birth', () => {
		expect(schema.parse({ name: 'A', born: 1958, died: '2015-03-07', listing })).toMatchObject({ born: 1958, died: '2015-03-07' });
		expect(messages({ name: 'A', born: 'March 1958', listing })[0]).toMatch(/^born: expected a year such as 1961 or a date written as YYYY-MM-DD/);
		expect(messages({ name: 'A', born: '1990-01-01', died: 1980, listing })).toEqual(['died: expected a death after the birth (1990-01-01)']);
	});

	test('refuses an incident that is not a file name', () => {
		expect(messages({ name: 'A', incident: 'Nakuru Market 2015', listing })[0]).toMatch(/^incident: expected the file name of the entry/);
	});
});

describe('who is listed, and which stories a person’s page links', () => {
	const named = { consent: { status: 'given', scope: 'named', recordedOn: '2026-01-01' }, remembered: [{ name: 'Joseph Kamau', person: 'joseph-kamau' }] } as const;

	test('a person is listed only while the consent is given', () => {
		expect(isPersonListed({ listing: { status: 'given', recordedOn: '2026-01-01', anniversary: true } })).toBe(true);
		expect(isPersonListed({ listing: { status: 'withdrawn', recordedOn: '2026-01-01', anniversary: true } })).toBe(false);
	});

	test('a named story that refers to the person is about them; an anonymous one never is', () => {
		expect(isStoryAbout(named, 'joseph-kamau')).toBe(true);
		expect(isStoryAbout(named, 'amina-haddad')).toBe(false);
		expect(isStoryAbout({ ...named, consent: { ...named.consent, scope: 'anonymous' } }, 'joseph-kamau')).toBe(false);
	});

	test('the anniversary of a death is recalled only with a full date and unless the family declined it', () => {
		const given = { status: 'given', recordedOn: '2026-01-01', anniversary: true } as const;
		expect(hasAnniversary({ listing: given, died: '2015-03-07' })).toBe(true);
		expect(hasAnniversary({ listing: given, died: 2015 })).toBe(false);
		expect(hasAnniversary({ listing: { ...given, anniversary: false }, died: '2015-03-07' })).toBe(false);
	});
});

describe('an incident', () => {
	test('has a name, a date, a place and a country', () => {
		expect(incidentEntrySchema.parse({ name: 'Nakuru market bombing', date: '2015-03-07', place: 'Nakuru', country: 'KE' })).toMatchObject({ country: 'KE', draft: false });
		expect(incidentEntrySchema.safeParse({ name: 'Nakuru market bombing', place: 'Nakuru', country: 'KE' }).success).toBe(false);
	});
});
