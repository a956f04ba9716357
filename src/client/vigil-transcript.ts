/**
 * <vigil-transcript data-seek-label="Go to {time}" data-follow-label="Follow along">, around a
 * recording's <audio> or <video> and its transcript (src/components/MediaPlayer.astro). Without a
 * script the transcript is plain text. With it:
 * - each paragraph's time becomes a button that moves the recording to that paragraph (Enter and
 *   Space work because it is a button), and a click on a sentence moves it to that sentence, unless
 *   the visitor was selecting text;
 * - the sentence being spoken is marked (a class and aria-current) as the recording plays or is moved;
 * - a "Follow along" checkbox, off until the visitor ticks it, keeps that sentence in view. The page
 *   never scrolls by itself otherwise, and nothing ever plays by itself.
 */
import { activeCueIndex, clickSeeks, secondsOf, withTime, type CueTimes } from './transcript-cues';

const ACTIVE = 'transcript__cue--active';
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

class VigilTranscript extends HTMLElement {
	private cues: HTMLElement[] = [];
	private times: CueTimes[] = [];
	private active: number | undefined;
	private follow: HTMLInputElement | undefined;

	connectedCallback() {
		const media = this.querySelector<HTMLMediaElement>('audio, video');
		const text = this.querySelector<HTMLElement>('[data-transcript]');
		if (!media || !text || this.dataset.ready !== undefined) return;
		this.dataset.ready = '';
		this.cues = [...text.querySelectorAll<HTMLElement>('[data-cue]')];
		this.times = this.cues.map((cue) => ({ start: secondsOf(cue.dataset.start) ?? 0, end: secondsOf(cue.dataset.end) ?? 0 }));
		const seek = (seconds: number | undefined) => {
			if (seconds !== undefined) media.currentTime = seconds;
		};

		for (const time of text.querySelectorAll<HTMLElement>('time[data-seek]')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'transcript__seek';
			button.setAttribute('aria-label', withTime(this.dataset.seekLabel ?? '{time}', time.textContent?.trim() ?? ''));
			time.replaceWith(button);
			button.append(time);
			button.addEventListener('click', () => seek(secondsOf(time.dataset.seek)));
		}
		text.addEventListener('click', (event) => {
			const cue = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-cue]') : null;
			if (cue && clickSeeks(window.getSelection())) seek(secondsOf(cue.dataset.start));
		});
		text.dataset.interactive = '';

		const label = document.createElement('label');
		label.className = 'transcript__follow';
		this.follow = document.createElement('input');
		this.follow.type = 'checkbox';
		label.append(this.follow, ` ${this.dataset.followLabel ?? ''}`);
		text.before(label);

		const update = () => this.mark(activeCueIndex(this.times, media.currentTime));
		media.addEventListener('timeupdate', update);
		media.addEventListener('seeked', update);
		this.follow.addEventListener('change', () => this.scrollToActive());
	}

	/** Marks the cue being spoken, and brings it into view when it changes, if the visitor asked to follow along. */
	private mark(index: number | undefined): void {
		if (index === this.active) return;
		const previous = this.active === undefined ? undefined : this.cues[this.active];
		previous?.classList.remove(ACTIVE);
		previous?.removeAttribute('aria-current');
		this.active = index;
		const cue = index === undefined ? undefined : this.cues[index];
		cue?.classList.add(ACTIVE);
		cue?.setAttribute('aria-current', 'true');
		this.scrollToActive();
	}

	/** Scrolls the page as little as it takes to show the cue being spoken: only while "Follow along" is ticked. */
	private scrollToActive(): void {
		const cue = this.active === undefined ? undefined : this.cues[this.active];
		if (cue && this.follow?.checked) cue.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
	}
}

if (!customElements.get('vigil-transcript')) customElements.define('vigil-transcript', VigilTranscript);
