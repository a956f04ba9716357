/** An entry as seen from one locale: its own translation, or the default locale's text in its place. */
export interface Localized<Entry> {
	entry: Entry;
	/** The locale the page is published under. */
	locale: string;
	/** The language the text is actually written in. */
	contentLocale: string;
	/** False when the page shows the default locale's text because no translation exists yet. */
	translated: boolean;
}

/**
 * The entries a locale shows: each slug once, in that locale's translation when there is one and in
 * the default locale otherwise. Entries that exist only in another non-default locale are not shown.
 */
export function localize<Entry>(
	entries: readonly Entry[],
	locale: string,
	defaultLocale: string,
	keyOf: (entry: Entry) => { locale: string; slug: string },
): Localized<Entry>[] {
	const own = new Map<string, Entry>();
	const fallback = new Map<string, Entry>();
	for (const entry of entries) {
		const { locale: entryLocale, slug } = keyOf(entry);
		if (entryLocale === locale) own.set(slug, entry);
		else if (entryLocale === defaultLocale) fallback.set(slug, entry);
	}
	const result: Localized<Entry>[] = [...own.values()].map((entry) => ({ entry, locale, contentLocale: locale, translated: true }));
	for (const [slug, entry] of fallback) {
		if (!own.has(slug)) result.push({ entry, locale, contentLocale: defaultLocale, translated: false });
	}
	return result;
}
