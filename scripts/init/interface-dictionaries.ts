import { hasBuiltInDictionary } from '../../src/i18n/built-in-dictionaries';
import { dictionaryFile, untranslatedDictionary } from '../../src/i18n/content-dictionaries';
import type { PlannedFile } from './first-entries';

/**
 * The interface dictionaries a new archive needs: one in content/i18n/ for each language Vigil has
 * no strings for (Swahili, Norwegian, Persian), with every string of the English dictionary after
 * the placeholder marker, for a translator to work through. Until a string is translated the site
 * shows it in English, and the checker lists what is left. A dictionary that is there already is
 * someone's translation: it is kept, never written over.
 */

/** The dictionaries to write: for each locale without a built-in dictionary, unless `kept` (files relative to the content folder) has one. */
export function dictionariesToWrite(locales: readonly string[], kept: readonly string[]): PlannedFile[] {
	return locales.filter((code) => !hasBuiltInDictionary(code) && !kept.includes(dictionaryFile(code))).map((code) => ({ relative: dictionaryFile(code), text: untranslatedDictionary() }));
}
