/**
 * What the compact header's panels (SiteHeader.astro) do besides opening and closing, which the
 * browser does without this script:
 * - each button says whether its panel is open (aria-expanded), which browsers do not yet tell
 *   assistive technology for a popover's button on their own;
 * - the search panel puts the cursor in its field as it opens, so that a search on a phone is one
 *   tap and then typing;
 * - a panel left open when the screen widens (a phone turned, a window enlarged) closes, as the
 *   wide layout shows its contents in place.
 */
const WIDE = window.matchMedia('(min-width: 60rem)');

function buttonsOf(panel: HTMLElement): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>(`.header-panel-button[popovertarget="${CSS.escape(panel.id)}"]`)];
}

for (const panel of document.querySelectorAll<HTMLElement>('.header-panel')) {
	for (const button of buttonsOf(panel)) button.setAttribute('aria-expanded', String(panel.matches(':popover-open')));
}

// A popover's toggle event does not bubble: it is listened for on its way down.
document.addEventListener(
	'toggle',
	(event) => {
		const panel = event.target;
		if (!(panel instanceof HTMLElement) || !panel.classList.contains('header-panel')) return;
		const open = (event as ToggleEvent).newState === 'open';
		for (const button of buttonsOf(panel)) button.setAttribute('aria-expanded', String(open));
		if (open) panel.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
	},
	true,
);

WIDE.addEventListener('change', () => {
	if (!WIDE.matches) return;
	for (const panel of document.querySelectorAll<HTMLElement>('.header-panel:popover-open')) panel.hidePopover();
});
