/** How many pages a list of `count` items fills at `perPage` a page; an empty list still has one page. */
export function pageCount(count: number, perPage: number): number {
	return Math.max(1, Math.ceil(count / perPage));
}

/** The items on page `page` (counted from 1). */
export function itemsOnPage<Item>(items: readonly Item[], perPage: number, page: number): Item[] {
	return items.slice((page - 1) * perPage, page * perPage);
}

/**
 * The page numbers a pagination bar shows: the first, the last and those near the current one,
 * with "gap" where numbers are left out, so a long archive does not print hundreds of links on
 * every page. E.g. current 7 of 20 → 1, gap, 5, 6, 7, 8, 9, gap, 20.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | 'gap')[] {
	const shown: (number | 'gap')[] = [];
	for (let page = 1; page <= total; page += 1) {
		const near = Math.abs(page - current) <= radius;
		if (page === 1 || page === total || near) shown.push(page);
		else if (shown[shown.length - 1] !== 'gap') shown.push('gap');
	}
	return shown;
}
