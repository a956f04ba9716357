/**
 * The printable programme's "Print" button, as the <vigil-print-button> custom element. The button
 * is in the page's HTML but hidden: without this script it could do nothing, and the browser's own
 * Print command works on the page all the same. The Content-Security-Policy allows no inline
 * handlers, so the click is wired here.
 */
class VigilPrintButton extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button) return;
		button.addEventListener('click', () => window.print());
		button.hidden = false;
	}
}

if (!customElements.get('vigil-print-button')) customElements.define('vigil-print-button', VigilPrintButton);
