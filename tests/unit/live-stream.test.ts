import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { streamWindow } from '../../src/archive/live-stream';
import { streamPhase, untilNextPhase } from '../../src/archive/stream-phase';
import { eventSchema } from '../../src/schemas/event';
import { issuesOf } from '../support/schema-issues';

const event = eventSchema(z.string());
const at = (iso: string) => new Date(iso);

const ceremony = {
	title: 'International Day of Remembrance',
	summary: 'An online commemoration.',
	kind: 'day-of-remembrance',
	start: '2020-08-21T10:00',
	end: '2020-08-21T11:30',
	timeZone: 'America/New_York',
	attendance: 'online',
};

describe('when a live stream is on air', () => {
	// 10:00 in New York in August is 14:00 UTC.
	const window = streamWindow({ start: '2020-08-21T10:00:00', end: '2020-08-21T11:30:00', timeZone: 'America/New_York', allDay: false }, { url: 'https://example.org/live', start: '2020-08-21T09:45:00' });

	test('from its own start, in the event zone, until the event ends', () => {
		expect(window.opens.toISOString()).toBe('2020-08-21T13:45:00.000Z');
		expect(window.closes.toISOString()).toBe('2020-08-21T15:30:00.000Z');
	});

	test('before, live from the very instant it opens, and over from the instant it closes', () => {
		expect(streamPhase(window.opens, window.closes, at('2020-08-21T13:44:59.999Z'))).toBe('before');
		expect(streamPhase(window.opens, window.closes, at('2020-08-21T13:45:00.000Z'))).toBe('live');
		expect(streamPhase(window.opens, window.closes, at('2020-08-21T15:29:59.999Z'))).toBe('live');
		expect(streamPhase(window.opens, window.closes, at('2020-08-21T15:30:00.000Z'))).toBe('after');
	});

	test('the browser reads the same phases from the ISO text the page carries', () => {
		const [opens, closes] = [window.opens.toISOString(), window.closes.toISOString()];
		for (const now of ['2020-08-21T13:00:00Z', '2020-08-21T14:00:00Z', '2020-08-21T16:00:00Z']) {
			expect(streamPhase(opens, closes, at(now))).toBe(streamPhase(window.opens, window.closes, at(now)));
		}
	});

	test('a moment that cannot be read leaves the phase the build chose', () => {
		expect(streamPhase('not a date', window.closes, at('2020-08-21T14:00:00Z'))).toBeUndefined();
	});

	test('the page changes phase when the stream opens and when it closes, then no more', () => {
		expect(untilNextPhase(window.opens, window.closes, at('2020-08-21T13:44:00Z'))).toBe(60_000);
		expect(untilNextPhase(window.opens, window.closes, at('2020-08-21T15:29:00Z'))).toBe(60_000);
		expect(untilNextPhase(window.opens, window.closes, at('2020-08-21T15:30:00Z'))).toBeUndefined();
	});

	test('the stream of an all-day event runs to the end of its last day', () => {
		const allDay = streamWindow({ start: '2026-11-16T00:00:00', timeZone: 'Africa/Nairobi', allDay: true }, { url: 'https://example.org/live' });
		expect(allDay.closes.toISOString()).toBe('2026-11-16T21:00:00.000Z');
	});
});

describe('the live stream in an event file', () => {
	test('a stream of an event with an end is accepted', () => {
		expect(issuesOf(event, { ...ceremony, liveStream: { url: 'https://example.org/live', start: '2020-08-21T09:45' } })).toEqual([]);
	});

	test('a stream with no end of its own or the event is refused, at liveStream.end, with the fix', () => {
		const { end: _end, ...withoutEnd } = ceremony;
		const issues = issuesOf(event, { ...withoutEnd, liveStream: { url: 'https://example.org/live' } });
		expect(issues.map((issue) => issue.field)).toEqual(['liveStream.end']);
		expect(issues[0]?.message).toContain('give the event an end, or the stream one');
	});

	test('a stream that starts after it ends is refused', () => {
		const issues = issuesOf(event, { ...ceremony, liveStream: { url: 'https://example.org/live', start: '2020-08-21T12:00' } });
		expect(issues.map((issue) => issue.field)).toEqual(['liveStream.start']);
	});

	test('only a web address can be watched', () => {
		const issues = issuesOf(event, { ...ceremony, liveStream: { url: 'javascript:alert(1)' } });
		expect(issues.map((issue) => issue.field)).toEqual(['liveStream.url']);
	});
});
