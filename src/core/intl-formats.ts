/**
 * Intl formatters, made once per locale and options and then reused. Making one (new
 * Intl.DateTimeFormat…) loads locale data and costs far more than formatting with it, and a build of
 * a large archive formats dates on every one of tens of thousands of pages: profiled with
 * `npm run bench`, making formatters was the largest cost of rendering pages (docs/performance.md).
 */
const formatters = new Map<string, unknown>();

function memoised<T>(kind: string, locales: string | readonly string[], options: object | undefined, make: () => T): T {
	const key = `${kind}\0${JSON.stringify(locales)}\0${JSON.stringify(options ?? {})}`;
	let formatter = formatters.get(key) as T | undefined;
	if (formatter === undefined) {
		formatter = make();
		formatters.set(key, formatter);
	}
	return formatter;
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return memoised('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
	return memoised('NumberFormat', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
	return memoised('DisplayNames', locale, options, () => new Intl.DisplayNames([locale], options));
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
	return memoised('PluralRules', locale, options, () => new Intl.PluralRules(locale, options));
}

export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
	return memoised('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));
}
