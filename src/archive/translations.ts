/** An entry as seen from one locale: its own translation, or another language's text in its place. */
export interface Localized<Entry> {
	entry: Entry;
	/** The locale the page is published under. */
	locale: string;
	/** The language the text is actually written in. */
	contentLocale: string;
	/** False when the page shows another language's text because no translation exists yet. */
	translated: boolean;
	/** The locales that have the entry's text in their own language (their own file), in site order. */
	textLocales: string[];
}

/**
 * The entries a locale shows: every address that exists in any language, once. Each comes in the
 * locale's own translation when there is one; otherwise in the first language of `fallbackOrder`
 * (the default locale first, then the others as site.yaml lists them) that has it, marked as not
 * yet translated. So a story written only in French still has a page in every language.
 */
export function localize<Entry>(
	entries: readonly Entry[],
	locale: string,
	fallbackOrder: readonly string[],
	keyOf: (entry: Entry) => { locale: string; slug: string },
): Localized<Entry>[] {
	const bySlug = new Map<string, Map<string, Entry>>();
	for (const entry of entries) {
		const { locale: entryLocale, slug } = keyOf(entry);
		const versions = bySlug.get(slug) ?? new Map<string, Entry>();
		versions.set(entryLocale, entry);
		bySlug.set(slug, versions);
	}
	const preference = [locale, ...fallbackOrder.filter((code) => code !== locale)];
	const result: Localized<Entry>[] = [];
	for (const versions of bySlug.values()) {
		const contentLocale = preference.find((code) => versions.has(code)) ?? [...versions.keys()].sort()[0];
		const entry = contentLocale === undefined ? undefined : versions.get(contentLocale);
		if (entry === undefined || contentLocale === undefined) continue;
		const textLocales = [...fallbackOrder.filter((code) => versions.has(code)), ...[...versions.keys()].filter((code) => !fallbackOrder.includes(code)).sort()];
		result.push({ entry, locale, contentLocale, translated: contentLocale === locale, textLocales });
	}
	return result;
}
