import { describe, expect, test } from 'vitest';
import { eventData, serializeJsonLd, type EventFacts } from '../../src/feeds/structured-data';

const ceremony: EventFacts = {
	name: 'Memorial ceremony',
	description: 'Twenty years on.',
	url: 'https://remembrance.example.org/events/ceremony/',
	startDate: '2021-09-11T10:00-04:00',
	endDate: '2021-09-11T11:30-04:00',
	status: 'scheduled',
	attendance: 'in-person',
	venue: { name: 'Memorial plaza', address: '180 Greenwich Street', city: 'New York', country: 'US' },
	organisers: ['United Nations Office of Counter-Terrorism'],
	images: ['https://remembrance.example.org/_astro/beams.webp'],
	inLanguage: 'en',
};

describe('schema.org Event data', () => {
	test('an in-person event has a Place with a postal address, its organiser and image', () => {
		const data = eventData(ceremony);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			startDate: '2021-09-11T10:00-04:00',
			endDate: '2021-09-11T11:30-04:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: { '@type': 'Place', name: 'Memorial plaza', address: { '@type': 'PostalAddress', streetAddress: '180 Greenwich Street', addressLocality: 'New York', addressCountry: 'US' } },
			organizer: [{ '@type': 'Organization', name: 'United Nations Office of Counter-Terrorism' }],
			image: ['https://remembrance.example.org/_astro/beams.webp'],
		});
	});

	test('an online event has a VirtualLocation and the online attendance mode', () => {
		const data = eventData({ ...ceremony, attendance: 'online', venue: undefined, onlineUrl: 'https://example.org/live' });
		expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
		expect(data.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
	});

	test('a mixed event has both a Place and a VirtualLocation', () => {
		const data = eventData({ ...ceremony, attendance: 'mixed', onlineUrl: 'https://example.org/live' });
		expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
		expect((data.location as { '@type': string }[]).map((location) => location['@type'])).toEqual(['Place', 'VirtualLocation']);
	});

	test('a rescheduled event carries EventRescheduled and its previous start', () => {
		const data = eventData({ ...ceremony, status: 'rescheduled', previousStartDate: '2021-09-10T10:00-04:00' });
		expect(data.eventStatus).toBe('https://schema.org/EventRescheduled');
		expect(data.previousStartDate).toBe('2021-09-10T10:00-04:00');
	});

	test('cancelled and postponed events say so', () => {
		expect(eventData({ ...ceremony, status: 'cancelled' }).eventStatus).toBe('https://schema.org/EventCancelled');
		expect(eventData({ ...ceremony, status: 'postponed' }).eventStatus).toBe('https://schema.org/EventPostponed');
	});

	test('survives a hostile title: the serialised JSON parses back and cannot end its script element', () => {
		const hostile = '</script><script>alert(1)</script>';
		const text = serializeJsonLd(eventData({ ...ceremony, name: hostile }));
		expect(text).not.toContain('</script');
		expect(JSON.parse(text).name).toBe(hostile);
	});
});
