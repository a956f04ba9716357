/**
 * <vigil-local-time data-start="ISO instant" data-zone="America/New_York" data-locale="en"
 * data-template="Your time: {time}">: adds, under an event's time in its own zone, the start as the
 * visitor's clock reads it, when that clock reads differently. The element is empty in the HTML
 * (and keeps its line's space, so nothing moves when the text arrives): without a script, or with
 * the same clock, the page is unchanged.
 */
import { visitorTime } from '../i18n/local-time';

class VigilLocalTime extends HTMLElement {
	connectedCallback() {
		const { start, zone, locale, template } = this.dataset;
		if (!start || !zone || !locale || !template) return;
		const visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
		const time = visitorTime(new Date(start), zone, visitorZone, locale);
		if (time) this.textContent = template.replace('{time}', time);
	}
}

if (!customElements.get('vigil-local-time')) customElements.define('vigil-local-time', VigilLocalTime);
