import { z } from 'astro/zod';

/**
 * Text an organiser can give once, or per language: `name: Vigil` or
 * `name: { en: Vigil, fr: Vigil, ar: فيجل }`. A language without its own text shows the default
 * language's.
 */
export const localizedText = z.union([
	z.string().trim().min(1),
	z.record(z.string().trim().min(1)).refine((texts) => Object.keys(texts).length > 0, 'expected the text, or the text per language code'),
]);

export type LocalizedText = z.output<typeof localizedText>;

/** The text for a locale: its own, else the default locale's, else the first one given. */
export function textFor(text: LocalizedText, locale: string, defaultLocale: string): string {
	if (typeof text === 'string') return text;
	return text[locale] ?? text[defaultLocale] ?? Object.values(text)[0] ?? '';
}
