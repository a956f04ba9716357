/**
 * Results sorted by date across the merged language indexes. Pagefind sorts each index by itself
 * and then orders all results by score, which, with the other languages' indexes merged at a small
 * weight, leaves them in runs: the visitor's language newest first, then each other language newest
 * first. Each run is in date order, so merging the runs needs only the date of each run's first
 * result still to be shown. Those dates are read one at a time, as the visitor asks for more, so a
 * page of ten results reads at most ten dates plus one per language.
 */

/** The language of a result, from its id: Pagefind names each page after its index's language (fr_347e2b3). */
export function resultLanguage(id: string): string {
	return id.slice(0, Math.max(0, id.indexOf('_')));
}

/** The results of each language, in the order Pagefind gave them, and the languages in order of first appearance. */
export function languageRuns<Result extends { id: string }>(results: readonly Result[]): Result[][] {
	const runs = new Map<string, Result[]>();
	for (const result of results) {
		const language = resultLanguage(result.id);
		const run = runs.get(language);
		if (run) run.push(result);
		else runs.set(language, [result]);
	}
	return [...runs.values()];
}

/**
 * Takes the next results, in date order across the runs. `dateOf` gives an ISO date (2024-05-12),
 * or undefined for a result that has none; such results come after every dated one. On equal dates
 * the earlier run (the visitor's own language) goes first.
 */
export function mergeByDate<Result extends { id: string }>(
	results: readonly Result[],
	dateOf: (result: Result) => Promise<string | undefined>,
	order: 'newest' | 'oldest',
): (count: number) => Promise<Result[]> {
	const runs = languageRuns(results);
	const dates = new Map<Result, Promise<string | undefined>>();
	const dateOfHead = (run: Result[]) => {
		const head = run[0]!;
		let date = dates.get(head);
		if (!date) {
			date = dateOf(head);
			dates.set(head, date);
		}
		return date;
	};
	const comesFirst = (date: string, than: string) => (order === 'newest' ? date > than : date < than);

	const take = async (count: number) => {
		const taken: Result[] = [];
		while (taken.length < count) {
			const heads = runs.filter((run) => run.length > 0);
			if (heads.length === 0) break;
			const headDates = await Promise.all(heads.map(dateOfHead));
			let best = 0;
			for (let index = 1; index < heads.length; index++) {
				const date = headDates[index];
				const bestDate = headDates[best];
				if (date !== undefined && (bestDate === undefined || comesFirst(date, bestDate))) best = index;
			}
			taken.push(heads[best]!.shift()!);
		}
		return taken;
	};
	// One taking at a time: a second "more" while the first is still reading dates waits for it.
	let previous: Promise<unknown> = Promise.resolve();
	return (count) => {
		const taking = previous.then(() => take(count));
		previous = taking.catch(() => undefined);
		return taking;
	};
}
