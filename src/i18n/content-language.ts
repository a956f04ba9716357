import { localeDirection } from './locale-direction';
import type { Translate } from './translator';

/*
 * Every page exists in every locale, and an entry not yet translated shows another language's text
 * there. Its own words are marked with their language and direction so that screen readers speak them
 * with the right voice and the browser lays them out the right way, while the interface around them
 * (labels, dates, badges) keeps the page's language (WCAG 2.2, 3.1.2 Language of Parts).
 */

/** `lang` and `dir` for an element holding an entry's own words; empty when they are the page's language. */
export interface ContentLanguageAttributes {
	lang?: string;
	dir?: 'ltr' | 'rtl';
}

// Components write them out as lang={…lang} dir={…dir} rather than spreading the object: in a component
// with scoped styles, Astro 5's spreadAttributes() writes the scope class into the spread object itself,
// so a shared object collects classes and an element with its own class gets a second class attribute
// (a known weak spot of spreads and scoping: withastro/astro#4196, withastro/compiler#555).
/** `lang` and `dir` for an element that holds an entry's own text: none when its language is the page's. */
export function contentLanguageAttributes(item: { locale: string; contentLocale: string }): ContentLanguageAttributes {
	if (item.contentLocale === item.locale) return {};
	return { lang: item.contentLocale, dir: localeDirection(item.contentLocale) };
}

/** A piece of an interface sentence: the page's words, or words taken from the entry. */
export interface PhrasePart {
	text: string;
	/** True for words taken from the entry, which keep the entry's language. */
	fromEntry: boolean;
}

// Characters from Unicode's private use area, which no dictionary or content contains, stand in for
// the entry's words while the translator fills in the sentence, so the result can be cut around them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const marker = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * An interface sentence with the entry's words set into it, in pieces, so that those words can carry
 * their own language, e.g. "{name}, {relation}" → [name (entry), ", " (page), relation (entry)].
 */
export function phraseWithEntryWords(
	t: Translate,
	key: string,
	entryWords: Record<string, string>,
	pageValues: Record<string, string | number> = {},
): PhrasePart[] {
	const words = Object.values(entryWords);
	const standIns = Object.fromEntries(Object.keys(entryWords).map((name, index) => [name, `${OPEN}${index}${CLOSE}`]));
	const filled = t(key, { ...pageValues, ...standIns });
	// split() with a capturing group alternates text between stand-ins (even) and stand-in numbers (odd).
	return filled
		.split(marker)
		.map((piece, index) => (index % 2 === 1 ? { text: words[Number(piece)] ?? '', fromEntry: true } : { text: piece, fromEntry: false }))
		.filter((part) => part.text !== '');
}
