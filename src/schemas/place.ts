import { z } from 'astro/zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * Codes that Intl can name but that are no country: ISO 3166-1's user-assigned ranges (AA, QM–QZ,
 * XA–XZ, ZZ) and the exceptionally reserved EU, EZ and UN. Kosovo's XK is kept: it is user-assigned
 * but in common use, and Intl names it.
 */
const NOT_A_COUNTRY = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** The verdict for each code seen: an import of thousands of names asks about the same few countries again and again. */
const knownCodes = new Map<string, boolean>();

/** True for an assigned ISO 3166-1 alpha-2 code: Intl names it, instead of echoing the code back. */
function isCountryCode(code: string): boolean {
	let known = knownCodes.get(code);
	if (known === undefined) {
		known = /^[A-Z]{2}$/.test(code) && !NOT_A_COUNTRY.test(code) && regionNames.of(code) !== code;
		// Only well-formed codes are kept: whatever an organiser mistypes is not remembered.
		if (/^[A-Z]{2}$/.test(code)) knownCodes.set(code, known);
	}
	return known;
}

/** A country as its ISO 3166-1 alpha-2 code (US, FR, KE); pages show its name in the reader's language. */
export const countryCode = z
	.string({ errorMap: () => ({ message: 'expected a two-letter ISO 3166-1 country code, e.g. US, FR or KE' }) })
	.transform((code) => code.trim().toUpperCase())
	.refine(isCountryCode, { message: 'expected a two-letter ISO 3166-1 country code, e.g. US, FR or KE' });

/** Where an event takes place in person. */
export const venueSchema = z.object({
	/** The venue's name, e.g. "General Assembly Hall". */
	name: z.string().min(1),
	/** Street address, as it would be written on an envelope. */
	address: z.string().optional(),
	/** The city or town. */
	city: z.string().min(1),
	/** The country, as an ISO 3166-1 alpha-2 code. */
	country: countryCode,
});

export type Venue = z.output<typeof venueSchema>;
