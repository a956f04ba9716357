/**
 * The quick-exit button's behaviour, as the <vigil-quick-exit> custom element. Without it the button
 * is a plain link that leaves (src/components/QuickExit.astro). With it, leaving replaces this page
 * in the tab's history (location.replace), so that Back does not bring anyone here, and pressing
 * Escape three times leaves from anywhere on the page.
 */
import { afterEscape } from './quick-exit';

class VigilQuickExit extends HTMLElement {
	private presses: number[] = [];
	private readonly onKeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || event.repeat) return;
		const { presses, leave } = afterEscape(this.presses, event.timeStamp);
		this.presses = presses;
		if (leave) this.leave();
	};

	private get link(): HTMLAnchorElement | null {
		return this.querySelector('a[href]');
	}

	connectedCallback(): void {
		this.link?.addEventListener('click', (event) => {
			event.preventDefault();
			this.leave();
		});
		document.addEventListener('keydown', this.onKeydown);
		// The shortcut works only with this script, so it is mentioned only now.
		const hint = this.querySelector<HTMLElement>('[data-quick-exit-hint]');
		if (hint?.id) {
			hint.hidden = false;
			this.link?.setAttribute('aria-describedby', hint.id);
		}
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.onKeydown);
	}

	/** Leaves for the neutral page, taking this page's place in the history. */
	private leave(): void {
		const href = this.link?.href;
		if (!href) return;
		// Hide the page at once, in case the next one is slow to arrive.
		document.documentElement.style.visibility = 'hidden';
		window.location.replace(href);
	}
}

if (!customElements.get('vigil-quick-exit')) customElements.define('vigil-quick-exit', VigilQuickExit);
