/**
 * <vigil-upcoming-list>: a listing of what is still ahead (upcoming events, open calls, current
 * banners), corrected in the browser from today's date, so that a site not rebuilt for a week still
 * shows an event that has ended as past. The build decided for its own day and wrote each item's
 * end into the page (src/components/UpcomingListing.astro); this script only moves or removes the
 * items whose end has come since.
 *
 * Inside the element:
 * - [data-upcoming]: the list; its children with data-ends="ISO instant" are the items;
 * - [data-passed] lists (optionally with data-group, e.g. a year): where an ended item goes, placed
 *   by data-order (newest first) with its heading set to the list's data-heading-level; an item with
 *   nowhere to go is removed;
 * - [data-when-empty]: shown once no item is left;
 * - data-limit on the element: how many items to show (the home page previews three);
 * - data-hide-when-empty on the element: hide the whole section once no item is left.
 */
import { hasEnded } from '../archive/has-ended';

/** Gives an item's first heading the level of the list it moves into (h3 upcoming, h4 under a year). */
function setHeadingLevel(item: HTMLElement, level: string | undefined): void {
	const heading = item.querySelector('h2, h3, h4, h5, h6');
	if (!heading || !level || heading.tagName === `H${level}`) return;
	const replacement = document.createElement(`h${level}`);
	for (const attribute of heading.attributes) replacement.setAttribute(attribute.name, attribute.value);
	replacement.append(...heading.childNodes);
	heading.replaceWith(replacement);
}

class VigilUpcomingList extends HTMLElement {
	connectedCallback() {
		const list = this.querySelector<HTMLElement>('[data-upcoming]');
		if (!list) return;
		const now = new Date();
		const items = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.dataset.ends !== undefined);
		for (const item of items.filter((candidate) => hasEnded(candidate.dataset.ends ?? '', now))) this.retire(item);

		const remaining = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.dataset.ends !== undefined);
		const limit = Number(this.dataset.limit);
		if (limit > 0) remaining.forEach((item, index) => (item.hidden = index >= limit));
		if (remaining.length === 0) {
			list.hidden = true;
			for (const element of this.querySelectorAll<HTMLElement>('[data-when-empty]')) element.hidden = false;
			if (this.dataset.hideWhenEmpty !== undefined) this.hidden = true;
		}
	}

	/** Moves an ended item to the top of its group of past items, or removes it when there is none. */
	private retire(item: HTMLElement): void {
		const group = item.dataset.group;
		const destination =
			(group !== undefined && this.querySelector<HTMLElement>(`[data-passed][data-group="${CSS.escape(group)}"]`)) || this.querySelector<HTMLElement>('[data-passed]:not([data-group])');
		if (!destination) {
			item.remove();
			return;
		}
		item.hidden = false;
		setHeadingLevel(item, destination.dataset.headingLevel);
		const order = item.dataset.order ?? '';
		const before = [...destination.children].find((sibling) => sibling instanceof HTMLElement && (sibling.dataset.order ?? '') < order);
		destination.insertBefore(item, before ?? null);
		// The group and the section around it were hidden while empty.
		for (let ancestor: HTMLElement | null = destination; ancestor && ancestor !== this; ancestor = ancestor.parentElement) ancestor.hidden = false;
	}
}

if (!customElements.get('vigil-upcoming-list')) customElements.define('vigil-upcoming-list', VigilUpcomingList);
