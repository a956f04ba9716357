import { numberFormat } from '../core/intl-formats';
/** A dictionary of interface strings: flat dotted keys, e.g. "nav.events". */
export type Dictionary = Record<string, string>;

/** Looks up a string and fills in its {placeholders}. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator for one locale over a dictionary, falling back to the default locale's string for a
 * key the locale lacks (a unit test makes sure none lacks any). An unknown key is a programming
 * mistake and fails the build instead of showing a raw key to a visitor.
 */
export function createTranslator(dictionary: Dictionary, fallback: Dictionary, locale: string): Translate {
	return (key, values = {}) => {
		const template = dictionary[key] ?? fallback[key];
		if (template === undefined) throw new Error(`i18n: no string "${key}" in the ${locale} dictionary or the default one`);
		return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
			const value = values[name];
			if (value === undefined) throw new Error(`i18n: "${key}" needs a value for {${name}}`);
			return typeof value === 'number' ? numberFormat(locale).format(value) : value;
		});
	};
}
