import { slug as githubSlug } from 'github-slugger';

/**
 * The rule for an entry's file name, which becomes its address: lower-case letters of any script,
 * digits and combining marks, in words joined by single hyphens, starting with a letter or digit.
 * The content checker (src/validation/validate-archive.ts) and `npm run new` share it, so a name
 * that `npm run new` makes is always one the checker accepts.
 */
export const SLUG = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}\p{M}]*(?:-[\p{Ll}\p{Lo}\p{N}\p{M}]+)*$/u;

/**
 * The address segment of a tag's page, /tags/<segment>/: the tag as github-slugger writes it
 * ("Day of Remembrance" → "day-of-remembrance"). Tag pages, the links to them, the content checker
 * and the tag schema all use this one rule, so a tag that has a page is always one a link can reach.
 */
export function tagSlug(label: string): string {
	return githubSlug(label);
}

/** Addresses longer than this are cut at a word boundary: a readable address is a short one. */
export const MAX_SLUG_LENGTH = 80;

/** Characters the file-name rule does not allow, once github-slugger has done its work. */
const NOT_ALLOWED = /[^\p{Ll}\p{Lo}\p{N}\p{M}-]/gu;

/**
 * A readable address from a title in any script: "Journée du souvenir 2027" → "journée-du-souvenir-2027",
 * "اليوم الدولي ٢٠٢٧" → "اليوم-الدولي-٢٠٢٧", "国际纪念日 2027" → "国际纪念日-2027". github-slugger (the
 * slugs GitHub gives headings) lower-cases and drops punctuation; what it keeps that the file-name
 * rule does not (underscores, modifier letters such as the Arabic tatweel, leading marks, runs of
 * hyphens) is then removed here. Returns "" for a title with no letters or digits at all.
 */
export function slugFromTitle(title: string, maxLength: number = MAX_SLUG_LENGTH): string {
	// NFC first: a title typed on macOS may spell "é" as "e" plus a combining accent (NFD).
	const slugged = githubSlug(title.normalize('NFC'))
		.normalize('NFC')
		// Lower-casing a dotted capital I (İzmir) leaves "i" plus a combining dot above, which reads
		// as a doubled dot in an address; the dot belongs to the capital only.
		.replace(/([ij])\u0307/g, '$1')
		.replace(/_/g, '-')
		.replace(NOT_ALLOWED, '')
		.replace(/-{2,}/g, '-')
		.replace(/^[-\p{M}]+|-+$/gu, '');
	return shorten(slugged, maxLength);
}

/** Cuts a slug to at most `maxLength` characters, at the last hyphen that keeps it within the limit. */
function shorten(slug: string, maxLength: number): string {
	const characters = Array.from(slug);
	if (characters.length <= maxLength) return slug;
	const cut = characters.slice(0, maxLength).join('');
	const lastHyphen = cut.lastIndexOf('-');
	// A single very long word (Chinese has no spaces) is cut where the limit falls.
	return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * The first of `base`, `base-2`, `base-3`, … that `isTaken` does not claim. `npm run new` uses it
 * so that a new entry never takes the address (and so the file) of an existing one.
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
	if (!isTaken(base)) return base;
	for (let suffix = 2; ; suffix += 1) {
		const candidate = `${base}-${suffix}`;
		if (!isTaken(candidate)) return candidate;
	}
}

/** Whether a file name (without .md or .mdx) is one the content checker accepts as an address. */
export function isValidSlug(slug: string): boolean {
	return SLUG.test(slug);
}
