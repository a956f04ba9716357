/**
 * <vigil-ends data-ends="2027-05-15T21:59:00.000Z">: parts of a page that change when a moment
 * passes, corrected in the browser for a site that has not been rebuilt since. Once the moment has
 * come, every [data-before-end] inside is hidden and every [data-after-end] shown: a call's "Respond
 * by …" becomes "Closed on …" and its buttons go; an event page says the event has ended. The build
 * already decided for its own day (src/components/TimeBound.astro), so without a script the page is
 * as it was built.
 */
import { hasEnded } from '../archive/has-ended';

class VigilEnds extends HTMLElement {
	connectedCallback() {
		const ends = this.dataset.ends;
		if (!ends || !hasEnded(ends, new Date())) return;
		for (const element of this.querySelectorAll<HTMLElement>('[data-before-end]')) element.hidden = true;
		for (const element of this.querySelectorAll<HTMLElement>('[data-after-end]')) element.hidden = false;
		this.dataset.ended = '';
	}
}

if (!customElements.get('vigil-ends')) customElements.define('vigil-ends', VigilEnds);
