import { z } from 'astro/zod';

/** A language code such as ar, zh-Hans or sr-Latn (BCP 47), as the browser and screen readers read it. */
export const languageTag = z
	.string()
	.trim()
	.min(1)
	.refine(
		(code) => {
			try {
				return Intl.getCanonicalLocales(code).length === 1;
			} catch {
				return false;
			}
		},
		{ message: 'expected a language code such as ar, zh-Hans or sr-Latn' },
	);
