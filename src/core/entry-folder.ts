/**
 * Where an entry's file goes inside its language folder, `<collection>/<locale>/`: events are sorted
 * into a folder per year of their start (`events/en/2027/…`), so that an archive of decades stays
 * browsable as files; every other entry sits in the language folder itself. Sub-folders carry no
 * meaning otherwise: an entry's address is its language and file name (src/core/entry-id.ts).
 * `npm run new` and the visual editor both place new entries by this rule.
 */
export function entrySubfolder(collection: string, start: unknown): string {
	if (collection !== 'events') return '';
	const year = typeof start === 'string' ? /^(\d{4})-\d\d-\d\d/.exec(start)?.[1] : undefined;
	return year ?? '';
}
