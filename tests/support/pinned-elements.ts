/**
 * What the elements pinned to the screen (position fixed or sticky) cover, measured inside the page
 * for first-screen.test.ts. `readPinnedElements` is passed to page.evaluate, so it must not use
 * anything from this module's scope.
 */

/** A pinned element lying over something a visitor reads or operates. */
export interface Covering {
	/** The page's scroll position, in CSS pixels from the top. */
	scrollY: number;
	pinned: string;
	/** The text, link or control beneath it. */
	covered: string;
}

/** A pinned element that spans the screen's width at its top edge once stuck there: a bar. */
export interface Bar {
	name: string;
	height: number;
}

export interface PinnedReading {
	coverings: Covering[];
	bars: Bar[];
	/** How many scroll positions were read, at how many of them something other than a bar was pinned (or the page was at the top) and the page's texts and controls looked under, and how many of those were seen (the sweep really ran). */
	positions: number;
	scanned: number;
	targets: number;
}

/**
 * Scrolls the page from the top to the bottom in steps of three quarters of the screen, and at each
 * position lists what every pinned element lies over: any text, link, button or field outside it
 * whose box meets its box.
 *
 * A bar, a pinned element as wide as the screen and stuck to its top edge (the quick exit's), is
 * the screen's edge while the page scrolls: what has scrolled beneath it has scrolled out of view,
 * as what has scrolled above the screen has, and the browser keeps focus and the targets of links
 * clear of it (scroll-padding). What the bar must never cover is the page at rest: at the top, where
 * it takes its own room in the flow. Any other pinned element (a button floating over the page) must
 * cover nothing anywhere.
 */
export function readPinnedElements(): PinnedReading {
	const describe = (element: Element) => {
		const classes = [...element.classList].map((name) => `.${name}`).join('');
		const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
		return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}${text ? ` “${text}”` : ''}`;
	};
	const isShown = (element: Element) => {
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
	};
	const meets = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

	const everyPinned = [...document.querySelectorAll('body *')].filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position) && isShown(element));
	const pinned = everyPinned.filter((element) => !everyPinned.some((other) => other !== element && other.contains(element)));
	const insidePinned = (node: Node) => pinned.some((element) => element.contains(node));

	/** The boxes of every text and every control outside the pinned elements, where they are drawn now. */
	const targets = (): { name: string; boxes: DOMRect[] }[] => {
		const found: { name: string; boxes: DOMRect[] }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const parent = node.parentElement;
			if (!text || !parent || insidePinned(node) || !isShown(parent)) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			// A visually hidden text (clipped to one pixel) is not drawn.
			const boxes = [...range.getClientRects()].filter((box) => box.width > 1 && box.height > 1);
			if (boxes.length) found.push({ name: `text “${text.replace(/\s+/g, ' ').slice(0, 40)}” in ${describe(parent).split(' ')[0]}`, boxes });
		}
		for (const control of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
			if (insidePinned(control) || !isShown(control)) continue;
			found.push({ name: describe(control), boxes: [control.getBoundingClientRect()] });
		}
		return found;
	};

	const isBar = (box: DOMRect) => box.left <= 0.5 && box.right >= innerWidth - 0.5 && box.top <= 0.5;
	const maxScroll = document.documentElement.scrollHeight - innerHeight;
	const step = Math.max(1, Math.round(innerHeight * 0.75));
	const positions = [...new Set([...Array.from({ length: Math.floor(maxScroll / step) + 1 }, (_, index) => index * step), Math.max(0, maxScroll)])];
	const coverings: Covering[] = [];
	const bars = new Map<Element, Bar>();
	let targetCount = 0;
	let scanned = 0;
	for (const position of positions) {
		window.scrollTo({ top: position, behavior: 'instant' });
		const covering: { element: Element; box: DOMRect }[] = [];
		for (const element of pinned) {
			const box = element.getBoundingClientRect();
			if (isBar(box)) {
				if (!bars.has(element)) bars.set(element, { name: describe(element), height: Math.round(box.height) });
				// Scrolled, the page passes beneath the bar as beneath the screen's edge.
				if (position > 0) continue;
			}
			covering.push({ element, box });
		}
		// Where nothing but a bar is pinned, there is nothing to look under (the page's texts are many).
		if (!covering.length) continue;
		scanned++;
		const now = targets();
		targetCount += now.length;
		for (const { element, box } of covering) {
			for (const target of now) {
				if (target.boxes.some((targetBox) => meets(targetBox, box))) coverings.push({ scrollY: Math.round(scrollY), pinned: describe(element), covered: target.name });
			}
		}
	}
	window.scrollTo({ top: 0, behavior: 'instant' });
	return { coverings, bars: [...bars.values()], positions: positions.length, scanned, targets: targetCount };
}
