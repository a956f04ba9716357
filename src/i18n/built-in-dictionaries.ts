import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ru from './ru.json';
import zh from './zh.json';
import type { Dictionary } from './translator';

/**
 * The interface dictionaries Vigil ships, one per locale, src/i18n/<code>.json: the six official
 * languages of the United Nations. Imported one by one rather than globbed, so that the commands
 * (run by tsx, outside Vite) read the same dictionaries as the build. An archive adds any other
 * language in content/i18n/ (src/i18n/content-dictionaries.ts).
 */
export const builtInDictionaries: Record<string, Dictionary> = { ar, en, es, fr, ru, zh };

/** The interface language every other dictionary is checked against, and the fallback for a string a dictionary lacks. */
export const referenceLocale = 'en';

/** Whether Vigil itself has a dictionary for a locale; any other needs one in content/i18n/. */
export function hasBuiltInDictionary(locale: string): boolean {
	return Object.hasOwn(builtInDictionaries, locale);
}
