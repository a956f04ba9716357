/** Scripts written right to left, for runtimes whose Intl.Locale has no text direction information. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/**
 * The writing direction of a locale, from the locale itself rather than from a setting, as Starlight
 * does (getLocaleDir): Intl.Locale's textInfo where the runtime has it, a list of right-to-left
 * languages otherwise.
 */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
	let direction = directions.get(locale);
	if (!direction) {
		direction = directionOf(locale);
		directions.set(locale, direction);
	}
	return direction;
}

/** Asked on every page for every entry shown: worked out once per locale. */
const directions = new Map<string, 'ltr' | 'rtl'>();

function directionOf(locale: string): 'ltr' | 'rtl' {
	try {
		const intlLocale = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
		const direction = intlLocale.getTextInfo?.().direction ?? intlLocale.textInfo?.direction;
		if (direction === 'rtl' || direction === 'ltr') return direction;
		return RIGHT_TO_LEFT_LANGUAGES.has(intlLocale.language) ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}
