/**
 * The languages an entry's text exists in, as a page of it sees them: the locales that have their
 * own file for it (its real translations, the original included) and the language this page shows
 * it in. A page whose locale is not among them shows another language's text (not yet translated).
 */
export interface TextVersions {
	/** The locales with the entry's text in their own language. */
	locales: readonly string[];
	/** The language the page shows the text in. */
	shown: string;
}

/** The text versions of an entry as the archive gives it (src/archive/entries.ts). */
export function textVersionsOf(item: { textLocales: readonly string[]; contentLocale: string }): TextVersions {
	return { locales: item.textLocales, shown: item.contentLocale };
}
