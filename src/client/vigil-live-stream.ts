/**
 * <vigil-live-stream data-opens="ISO instant" data-closes="ISO instant">: an event's live stream,
 * with one part for each phase ([data-stream-phase="before" | "live" | "after"]). The build showed
 * the part for its own day; this shows the part for the visitor's clock, so a site built last week
 * still says "Watch live" only while the ceremony is on air, and changes part when the stream opens
 * or closes while the page is open. Without a script the page is as it was built.
 */
import { streamPhase, untilNextPhase } from '../archive/stream-phase';

/** setTimeout cannot wait longer than this (about 24.8 days); a page is not open that long. */
const LONGEST_WAIT = 2 ** 31 - 1;

class VigilLiveStream extends HTMLElement {
	private timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.showPhase();
	}

	disconnectedCallback() {
		clearTimeout(this.timer);
	}

	private showPhase(): void {
		const { opens, closes } = this.dataset;
		if (!opens || !closes) return;
		const now = new Date();
		const phase = streamPhase(opens, closes, now);
		if (!phase) return;
		for (const part of this.querySelectorAll<HTMLElement>('[data-stream-phase]')) part.hidden = part.dataset.streamPhase !== phase;
		this.dataset.phase = phase;
		const wait = untilNextPhase(opens, closes, now);
		// A moment later than the boundary itself, so the clock has surely passed it.
		if (wait !== undefined && wait < LONGEST_WAIT) this.timer = setTimeout(() => this.showPhase(), wait + 1000);
	}
}

if (!customElements.get('vigil-live-stream')) customElements.define('vigil-live-stream', VigilLiveStream);
