/**
 * <vigil-player data-src="https://player.example/embed/…" data-title="Full ceremony">: a recording's
 * player from another site, loaded only when the visitor asks for it. Until the click, the page makes
 * no request to that site (no iframe, no thumbnail, no preconnect): visiting a memorial page should
 * not tell a video platform who is reading it. Without a script the button stays hidden and the plain
 * link beside it is the way to the recording.
 */
class VigilPlayer extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('button[data-play]');
		const src = this.dataset.src;
		if (!button || !src) return;
		button.hidden = false;
		button.addEventListener('click', () => this.play(src, button), { once: true });
	}

	private play(src: string, button: HTMLButtonElement): void {
		const frame = document.createElement('iframe');
		frame.src = src;
		frame.title = this.dataset.title ?? '';
		frame.allow = 'fullscreen';
		frame.referrerPolicy = 'no-referrer';
		frame.loading = 'lazy';
		frame.className = 'player__frame';
		button.replaceWith(frame);
		frame.focus();
	}
}

if (!customElements.get('vigil-player')) customElements.define('vigil-player', VigilPlayer);
