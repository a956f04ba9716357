/**
 * Measurements taken inside the page for keyboard-and-targets.test.ts: which elements a visitor can
 * operate, where the keyboard's focus is and whether it can be seen, and how large each target is.
 * `installProbe` runs in the browser (context.addInitScript), so it must not use anything from this
 * module's scope; the test calls it through `window.vigilProbe`.
 */

/** What the probe reports about the element that has focus. */
export interface FocusStop {
	/** The element's number in the list `interactive()` made, or -1 for an element not in it. */
	index: number;
	/** Whether focus has left the page (the document's body has it again). */
	offPage: boolean;
	/** A short description of the element, for messages. */
	name: string;
	/** Why its focus cannot be seen, or "" when it can. */
	invisible: string;
	/** What covers it, or "" when nothing does. */
	coveredBy: string;
}

/** An element whose target is smaller than 24 by 24 CSS pixels without the spacing that excuses it. */
export interface SmallTarget {
	name: string;
	width: number;
	height: number;
	/** The nearest other target that is too close, for the message. */
	tooCloseTo: string;
}

export interface Probe {
	/**
	 * Lists every element a visitor can operate and sees, with descriptions for messages, and whether
	 * anything is pinned to the top of the screen (a sticky header).
	 */
	interactive(): { names: string[]; pinnedAtTop: boolean };
	/** Describes the element that has focus, once any transition its focus started has ended. */
	focusStop(): Promise<FocusStop>;
	/**
	 * Gives focus to each element of `interactive()` in turn, without the keyboard, and says which have
	 * a focus ring that cannot be seen: how the dark scheme's rings are checked without a second walk.
	 */
	focusRings(): { checked: number; problems: string[] };
	/** The targets (other than links inside a sentence) below 24 by 24 px, without 24 px of room around them. */
	smallTargets(): SmallTarget[];
}

declare global {
	interface Window {
		vigilProbe: Probe;
	}
}

export function installProbe(): void {
	const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], audio[controls], video[controls], [contenteditable="true"]';
	const NATIVE = 'a[href], button, input, select, textarea, summary';
	const MIN = 24;
	/** The unfocused look of each interactive element, to tell a focus ring from a permanent border. */
	const unfocused = new Map<Element, { outline: string; boxShadow: string }>();
	let elements: HTMLElement[] = [];
	/** What stays on the screen while the page scrolls: a sticky header, the quick exit. */
	let pinned: HTMLElement[] = [];

	const describe = (element: Element): string => {
		const text = (element.getAttribute('aria-label') ?? (element as HTMLElement).innerText ?? element.getAttribute('value') ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
		const classes = [...element.classList].filter((name) => !name.startsWith('astro-')).slice(0, 2);
		const id = element.id ? `#${element.id}` : '';
		return `<${element.localName}${id}${classes.map((name) => `.${name}`).join('')}>${text ? ` "${text}"` : ''}`;
	};

	/** Seen on the screen: rendered, not in a closed <details>, not visibility:hidden, with a size. */
	const isShown = (element: HTMLElement): boolean => {
		if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.height > 0;
	};

	const isOperable = (element: HTMLElement): boolean => {
		if ((element as HTMLButtonElement).disabled) return false;
		// tabindex="-1" takes an element out of the Tab order on purpose (<main>, for the skip link); a
		// link, button or field taken out that way is still one a visitor sees and must reach.
		if (element.tabIndex < 0 && !element.matches(NATIVE)) return false;
		// Only the first <summary> of a <details> is its button.
		if (element.localName === 'summary' && element.parentElement?.querySelector(':scope > summary') !== element) return false;
		return isShown(element);
	};

	const ringOf = (element: Element) => {
		const style = getComputedStyle(element);
		const outline = style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 1 || style.outlineColor === 'rgba(0, 0, 0, 0)' ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
		return { outline, boxShadow: style.boxShadow };
	};

	/** The colour of the first ancestor that paints a background: what a focus ring is seen against. */
	const backgroundBehind = (element: Element): string => {
		for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
			const colour = getComputedStyle(ancestor).backgroundColor;
			if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
		}
		return 'rgb(255, 255, 255)';
	};

	/** WCAG's contrast ratio of two opaque rgb() colours; undefined for a colour it cannot read. */
	const contrastRatio = (first: string, second: string): number | undefined => {
		const luminance = (colour: string) => {
			const channels = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(colour);
			if (!channels || (channels[4] !== undefined && Number(channels[4]) < 1)) return undefined;
			const [red = 0, green = 0, blue = 0] = channels.slice(1, 4).map((channel) => {
				const value = Number(channel) / 255;
				return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
		};
		const [a, b] = [luminance(first), luminance(second)];
		if (a === undefined || b === undefined) return undefined;
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	};

	/**
	 * Why the focus ring of the focused element cannot be seen, or "": it must be drawn differently
	 * from when the element had no focus (WCAG 2.4.7), and an outline must have 3:1 contrast with what
	 * is behind it, since it is drawn around the element (WCAG 1.4.11).
	 */
	const ringProblem = (element: HTMLElement): string => {
		const ring = ringOf(element);
		const before = unfocused.get(element) ?? { outline: 'none', boxShadow: 'none' };
		const newOutline = ring.outline !== 'none' && ring.outline !== before.outline;
		const newShadow = ring.boxShadow !== 'none' && ring.boxShadow !== before.boxShadow;
		if (!newOutline && !newShadow) return `it has no focus ring (outline ${ring.outline}, box-shadow ${ring.boxShadow})`;
		if (newOutline) {
			const colour = getComputedStyle(element).outlineColor;
			const behind = backgroundBehind(element);
			const contrast = contrastRatio(colour, behind);
			if (contrast !== undefined && contrast < 3) return `its ring (${colour}) has a contrast of ${contrast.toFixed(2)}:1 with ${behind} behind it, below 3:1`;
		}
		return '';
	};

	const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

	window.vigilProbe = {
		interactive() {
			// Under reduced motion global.css shortens every transition to 0.01 ms rather than none, so a
			// style that changes on focus (a ring's colour, the skip link sliding in) lands a frame later,
			// and so do all colours after a change of scheme. The probe measures the styles they land on.
			if (!document.getElementById('vigil-probe-still')) {
				const still = document.createElement('style');
				still.id = 'vigil-probe-still';
				still.textContent = '*, *::before, *::after { transition: none !important; }';
				document.head.append(still);
			}
			elements = [...document.querySelectorAll<HTMLElement>(INTERACTIVE)].filter(isOperable);
			// The look of each element without focus is recorded with none of them focused.
			(document.activeElement as HTMLElement | null)?.blur();
			unfocused.clear();
			for (const element of elements) unfocused.set(element, ringOf(element));
			pinned = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position));
			// A sticky header: something pinned in the upper half of the screen, or that will be once scrolled.
			const pinnedAtTop = pinned.some((element) => {
				const style = getComputedStyle(element);
				return style.position === 'sticky' ? style.insetBlockStart !== 'auto' : element.getBoundingClientRect().top < innerHeight / 2;
			});
			return { names: elements.map(describe), pinnedAtTop };
		},

		async focusStop() {
			// An animation that focus starts is measured where it ends.
			await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body || element === document.documentElement) return { index: -1, offPage: true, name: '', invisible: '', coveredBy: '' };
			const name = describe(element);
			const index = elements.indexOf(element);

			const box = element.getBoundingClientRect();
			const outside = box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth;
			const invisible = outside ? 'it is outside the viewport' : ringProblem(element);

			// Not hidden (WCAG 2.4.11): no fixed or sticky element (a header, the quick exit) lies over it,
			// and what the pointer would hit at its middle is the element itself.
			let coveredBy = '';
			const covering = pinned.find((other) => !other.contains(element) && isShown(other) && overlaps(box, other.getBoundingClientRect()));
			if (covering) coveredBy = describe(covering);
			else {
				const first = element.getClientRects()[0] ?? box;
				const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
				const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
				const hit = document.elementFromPoint(x, y);
				if (hit && hit !== element && !element.contains(hit) && !hit.contains(element)) coveredBy = describe(hit);
			}
			return { index, offPage: false, name, invisible, coveredBy };
		},

		focusRings() {
			// Focus moved by a script after focus from the keyboard is shown as keyboard focus
			// (https://html.spec.whatwg.org/#selector-focus-visible), so the caller presses Tab once first.
			const problems: string[] = [];
			let checked = 0;
			for (const element of elements) {
				element.focus({ preventScroll: true });
				if (document.activeElement !== element || !element.matches(':focus-visible')) continue;
				checked++;
				const problem = ringProblem(element);
				if (problem) problems.push(`focus on ${describe(element)} cannot be seen: ${problem}`);
			}
			(document.activeElement as HTMLElement | null)?.blur();
			return { checked, problems };
		},

		smallTargets() {
			const targets = [...document.querySelectorAll<HTMLElement>(INTERACTIVE)].filter(isOperable);
			/** A link inside a sentence: WCAG 2.5.8's inline exception, its size set by the line of text. */
			const inSentence = (element: HTMLElement): boolean => {
				if (getComputedStyle(element).display !== 'inline') return false;
				let block = element.parentElement;
				while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
				if (!block) return false;
				const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if (node.parentElement?.closest(INTERACTIVE)) continue;
					if (/[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
				}
				return false;
			};
			const boxes = targets.map((element) => {
				const box = element.getBoundingClientRect();
				return { element, box, small: box.width < MIN - 0.01 || box.height < MIN - 0.01, centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 } };
			});
			const found: SmallTarget[] = [];
			for (const target of boxes) {
				if (!target.small || inSentence(target.element)) continue;
				// The spacing exception: a 24 px circle on the target's centre meets no other target, nor the
				// circle of another undersized one.
				const tooClose = boxes.find((other) => {
					if (other === target || other.element.contains(target.element) || target.element.contains(other.element)) return false;
					const nearestX = Math.min(Math.max(target.centre.x, other.box.left), other.box.right);
					const nearestY = Math.min(Math.max(target.centre.y, other.box.top), other.box.bottom);
					if (Math.hypot(target.centre.x - nearestX, target.centre.y - nearestY) < MIN / 2) return true;
					return other.small && Math.hypot(target.centre.x - other.centre.x, target.centre.y - other.centre.y) < MIN;
				});
				if (tooClose) found.push({ name: describe(target.element), width: Math.round(target.box.width * 10) / 10, height: Math.round(target.box.height * 10) / 10, tooCloseTo: describe(tooClose.element) });
			}
			return found;
		},
	};
}
