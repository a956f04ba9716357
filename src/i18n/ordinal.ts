import { pluralRules } from '../core/intl-formats';
/** The ordinal categories the dictionaries give words for (e.g. "series.edition.one"). */
export const ordinalCategories = ['one', 'two', 'few', 'other'] as const;
export type OrdinalCategory = (typeof ordinalCategories)[number];

/**
 * Which ordinal form a number takes in a language, by CLDR's rules (Intl.PluralRules, type
 * "ordinal"): in English 1 → one (1st), 2 → two (2nd), 3 → few (3rd), 4 and 11 → other (4th, 11th);
 * French has one (1re) and other (2e); Arabic, Chinese, Russian and Spanish only other. A category
 * the dictionaries have no key for (CLDR's zero and many) reads as other.
 */
export function ordinalCategory(n: number, locale: string): OrdinalCategory {
	const category = pluralRules(locale, { type: 'ordinal' }).select(n);
	return (ordinalCategories as readonly string[]).includes(category) ? (category as OrdinalCategory) : 'other';
}
