import { existsSync } from 'node:fs';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { builtFile, distDir } from '../support/built-site';
import { eventsShownIn, instantOf, localeCodes, localePrefix, productionUrl } from '../support/event-sources';

/** The schema.org Event data of a built event page, parsed as a search engine would. */
function eventDataOf(pagePath: string): Record<string, unknown> & { location: unknown } {
	const blocks = parse(builtFile(`${pagePath}index.html`))
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
	const events = blocks.filter((block) => block['@type'] === 'Event');
	expect(events, pagePath).toHaveLength(1);
	return events[0] as Record<string, unknown> & { location: unknown };
}

const STATUS = {
	scheduled: 'https://schema.org/EventScheduled',
	cancelled: 'https://schema.org/EventCancelled',
	postponed: 'https://schema.org/EventPostponed',
	rescheduled: 'https://schema.org/EventRescheduled',
};
const MODE = {
	'in-person': 'https://schema.org/OfflineEventAttendanceMode',
	online: 'https://schema.org/OnlineEventAttendanceMode',
	mixed: 'https://schema.org/MixedEventAttendanceMode',
};

describe.each(localeCodes)('the Event data of every event page in %s', (locale) => {
	const shown = eventsShownIn(locale);

	test.each(shown.map((source) => [source.slug, source] as const))('%s', async (_slug, source) => {
		const data = source.data;
		const pagePath = `${localePrefix(locale)}events/${source.slug}/`;
		const event = eventDataOf(pagePath);
		expect(event['@context']).toBe('https://schema.org');
		expect(event.name).toBe(data.title);
		expect(event.description).toBe(data.summary);
		expect(event.url).toBe(productionUrl(pagePath));
		// The language the words are written in: the file's, which is English until translated.
		expect(event.inLanguage).toBe(source.locale);
		if (data.allDay) {
			expect(event.startDate).toBe(data.start.slice(0, 10));
			if (data.end) expect(event.endDate).toBe(data.end.slice(0, 10));
		} else {
			// ISO 8601 with the offset of the event's zone on that day.
			expect(event.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d$/);
			expect(new Date(event.startDate as string).toISOString()).toBe(instantOf(data.start, data.timeZone).toISOString());
			if (data.end) expect(new Date(event.endDate as string).toISOString()).toBe(instantOf(data.end, data.timeZone).toISOString());
		}
		expect(event.eventStatus).toBe(STATUS[data.status ?? 'scheduled']);
		expect(event.eventAttendanceMode).toBe(MODE[data.attendance ?? 'in-person']);
		if (data.previousStart) expect(new Date(event.previousStartDate as string).toISOString()).toBe(instantOf(data.previousStart, data.timeZone).toISOString());
		else expect(event.previousStartDate).toBeUndefined();

		const locations = [event.location].flat() as { '@type': string; name?: string; url?: string; address?: { addressLocality: string; addressCountry: string } }[];
		if (data.venue) {
			expect(locations).toContainEqual(expect.objectContaining({ '@type': 'Place', name: data.venue.name }));
			expect(locations.find((place) => place['@type'] === 'Place')?.address).toMatchObject({ addressLocality: data.venue.city, addressCountry: data.venue.country });
		}
		if (data.attendance === 'online' || data.attendance === 'mixed') expect(locations).toContainEqual({ '@type': 'VirtualLocation', url: data.onlineUrl });

		if (data.organisers?.length) expect((event.organizer as { name: string }[]).map((organiser) => organiser.name)).toEqual(data.organisers);
		else expect(event.organizer).toBeUndefined();

		if (data.image) {
			const [image] = event.image as string[];
			const imageUrl = new URL(image ?? '');
			expect(imageUrl.origin).toBe(new URL(productionUrl('')).origin);
			const file = `${distDir}${decodeURIComponent(imageUrl.pathname).slice(new URL(productionUrl('')).pathname.length)}`;
			expect(existsSync(file), file).toBe(true);
			expect((await sharp(file).metadata()).width).toBe(1200);
		} else {
			expect(event.image).toBeUndefined();
		}
	});
});

test('the rescheduled event says when it was first planned, in its own zone', () => {
	const event = eventDataOf('events/survivors-voices-regional-panel-jakarta/');
	expect(event.eventStatus).toBe('https://schema.org/EventRescheduled');
	expect(event.previousStartDate).toBe('2026-11-17T14:00+07:00');
	expect(event.startDate).toBe('2027-02-16T14:00+07:00');
});
