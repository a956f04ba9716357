import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { contentDir } from '../support/content-files';
import { eventFiles } from '../support/event-sources';
import { buildTime, saveScreenshot, useBrowser } from '../support/browser';

/*
 * Commemorations done right: times in the event's zone and the visitor's, upcoming and past kept
 * right in the browser after the build, calendar files, edition numbers, "on this day", and a
 * recording's player that loads nothing from elsewhere until asked. The test build is made for
 * 2026-11-28T12:00Z; browser clocks start there unless a test moves them on.
 */
const open = useBrowser();

const ceremony = 'events/september-11-twentieth-anniversary-memorial-ceremony/';
const jakarta = 'events/survivors-voices-regional-panel-jakarta/';

/** The titles of the event cards in a part of a page, in order. */
async function cardTitles(page: Page, selector: string): Promise<string[]> {
	const titles = await page.locator(`${selector} .card__title a:visible`).allTextContents();
	return titles.map((title) => title.trim());
}

/** The layout shift a page has had since it started loading (CLS, without user input). */
async function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 300);
			}),
	);
}

describe('an event’s time, and the visitor’s', () => {
	test('the page gives the time in the event’s zone, named, and adds the time of a visitor in Tokyo', async () => {
		const { page, consoleErrors } = await open(ceremony, { timezoneId: 'Asia/Tokyo' });
		const when = page.locator('.event-when').first();
		await expect(when.locator('time').textContent()).resolves.toMatch(/^Saturday, September 11, 2021, 10:00\s–\s11:30\sAM$/);
		expect((await when.locator('.event-when__zone').textContent())?.trim()).toBe('Time zone: Eastern Daylight Time (UTC\u22124)');
		await expect(when.locator('vigil-local-time').textContent()).resolves.toMatch(/^Your time: September 11 at 11:00\sPM$/);
		expect(await layoutShift(page)).toBe(0);
		expect(consoleErrors).toEqual([]);
	});

	test('an Arabic page writes the visitor’s time in Arabic', async () => {
		const { page } = await open(`ar/${ceremony}`, { timezoneId: 'Asia/Tokyo' });
		await expect(page.locator('vigil-local-time').textContent()).resolves.toMatch(/^بتوقيتك: .*سبتمبر/);
	});

	test('adds nothing for a visitor whose clock reads as the event’s, or without JavaScript', async () => {
		for (const options of [{ timezoneId: 'America/New_York' }, { timezoneId: 'America/Detroit' }, { timezoneId: 'Asia/Tokyo', javaScript: false }]) {
			const { page } = await open(ceremony, options);
			await expect(page.locator('vigil-local-time').textContent(), JSON.stringify(options)).resolves.toBe('');
		}
	});

	test('all-day events have no time of day to convert', async () => {
		const { page } = await open('events/threads-of-memory-exhibition-nairobi/', { timezoneId: 'Asia/Tokyo' });
		expect(await page.locator('vigil-local-time').count()).toBe(0);
	});
});

describe('upcoming and past, kept right after the build', () => {
	// After the Jakarta panel (16 February 2027, 16:00 in Jakarta), the Paris walk and the Nairobi exhibition.
	const weeksLater = new Date('2027-02-17T00:00:00Z');

	test('on the build’s day, the events list has the coming events under Upcoming', async () => {
		const { page } = await open('events/');
		const upcoming = await cardTitles(page, '[data-upcoming]');
		expect(upcoming).toEqual(expect.arrayContaining(['Lantern walk by the river, Paris', "Survivors' voices: a regional panel in Jakarta"]));
		expect(await page.locator('#year-2027').isVisible()).toBe(false);
	});

	test('weeks later, without a rebuild, the events that have ended are at the top of their year under Past events', async () => {
		const { page } = await open('events/', { now: weeksLater });
		const upcoming = await cardTitles(page, '[data-upcoming]');
		expect(upcoming).not.toContain("Survivors' voices: a regional panel in Jakarta");
		expect(upcoming).not.toContain('Lantern walk by the river, Paris');
		expect(upcoming.length).toBeGreaterThan(0);
		expect(await page.locator('#year-2027').isVisible()).toBe(true);
		expect(await cardTitles(page, '[data-passed][data-group="2027"]')).toEqual(["Survivors' voices: a regional panel in Jakarta"]);
		const in2026 = await cardTitles(page, '[data-passed][data-group="2026"]');
		expect(in2026.slice(0, 2)).toEqual(['Lantern walk by the river, Paris', 'Threads of memory: an exhibition in Nairobi']);
		// Under a year heading (h3), a past event's title is an h4, as the build writes it.
		expect(await page.locator('[data-group="2027"] h4.card__title').count()).toBe(1);
		// Years stay newest first.
		const years = (await page.locator('main h3[id^="year-"]:visible').allTextContents()).map(Number);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		await saveScreenshot(page, 'events-weeks-later');
	});

	test('without JavaScript, the list stays as it was built', async () => {
		const { page } = await open('events/', { now: weeksLater, javaScript: false });
		expect(await cardTitles(page, '[data-upcoming]')).toContain("Survivors' voices: a regional panel in Jakarta");
	});

	test('the home page drops ended events from its upcoming three and shows the next ones', async () => {
		const built = await open('');
		const upcomingOnHome = 'section[aria-labelledby="upcoming-events"] [data-upcoming]';
		const onBuildDay = await cardTitles(built.page, upcomingOnHome);
		expect(onBuildDay).toEqual(['Threads of memory: an exhibition in Nairobi', 'Lantern walk by the river, Paris', "Survivors' voices: a regional panel in Jakarta"]);
		const { page } = await open('', { now: weeksLater });
		const titles = await cardTitles(page, upcomingOnHome);
		expect(titles).toEqual(['International Day of Remembrance of and Tribute to the Victims of Terrorism 2027', 'International Day of Remembrance of and Tribute to the Victims of Terrorism 2028']);
	});

	test('when nothing is left ahead, the home page says so', async () => {
		const { page } = await open('', { now: new Date('2029-01-01T00:00:00Z') });
		const section = page.getByRole('region', { name: 'Upcoming events' });
		await expect(section.textContent()).resolves.toContain('No events are scheduled at the moment.');
		expect(await cardTitles(page, 'section[aria-labelledby="upcoming-events"] [data-upcoming]')).toEqual([]);
	});

	test('a series page moves an edition that has ended to the top of its past editions', async () => {
		const { page } = await open('series/international-day-of-remembrance/', { now: new Date('2027-08-22T00:00:00Z') });
		const past = page.getByRole('region', { name: 'Past editions' });
		const first = (await past.locator('.card__title a').first().textContent())?.trim();
		expect(first).toBe('International Day of Remembrance of and Tribute to the Victims of Terrorism 2027');
		const upcoming = page.getByRole('region', { name: 'Upcoming editions' });
		expect(await cardTitles(page, '[data-upcoming]')).toEqual(['International Day of Remembrance of and Tribute to the Victims of Terrorism 2028']);
		await expect(upcoming.isVisible()).resolves.toBe(true);
	});

	test('an event page says the event has ended once it has, and stops offering to register', async () => {
		const before = await open(jakarta);
		expect(await before.page.getByText('This event has ended.').isVisible()).toBe(false);
		expect(await before.page.getByRole('link', { name: 'Register to attend' }).isVisible()).toBe(true);
		const { page } = await open(jakarta, { now: weeksLater });
		expect(await page.getByText('This event has ended.').isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Register to attend' }).isVisible()).toBe(false);
		expect(await page.getByRole('link', { name: 'Add to calendar' }).isVisible()).toBe(false);
	});

	test('a past event’s page says so from the build', async () => {
		const { page } = await open(ceremony, { javaScript: false });
		expect(await page.getByText('This event has ended.').isVisible()).toBe(true);
	});
});

describe('calls and banners, kept right after the build', () => {
	// The call for testimonies closes at 23:59 in Zurich on 15 May 2027 (21:59 UTC).
	const afterDeadline = new Date('2027-05-15T22:00:00Z');
	const call = 'calls/testimonies-for-the-2027-day-of-remembrance/';

	test('a call whose deadline has passed says it closed and offers no way to respond', async () => {
		const { page } = await open(call, { now: afterDeadline });
		const main = page.locator('main');
		expect(await main.getByText(/^\s*Closed on Saturday, May 15, 2027/).isVisible()).toBe(true);
		expect(await main.getByText(/^\s*Respond by/).isVisible()).toBe(false);
		expect(await main.getByRole('link', { name: /Respond online|Write to/ }).count()).toBe(0);
	});

	test('a minute before its deadline, it is still open', async () => {
		const { page } = await open(call, { now: new Date('2027-05-15T21:58:00Z') });
		expect(await page.getByRole('link', { name: 'Write to remembrance@example.org' }).isVisible()).toBe(true);
	});

	test('the calls page moves it under Closed, and the home page drops its open calls section', async () => {
		const { page } = await open('calls/', { now: afterDeadline });
		const closed = page.getByRole('region', { name: 'Closed' });
		await expect(closed.locator('.card__title').first().textContent()).resolves.toContain('2027 International Day of Remembrance');
		await expect(page.getByRole('region', { name: 'Open' }).textContent()).resolves.toContain('No call is open at the moment.');
		const home = await open('', { now: afterDeadline });
		expect(await home.page.getByRole('region', { name: 'Open calls' }).count()).toBe(0);
	});

	test('a banner whose last day has passed hides itself', async () => {
		const lastDay = await open('', { now: new Date('2027-08-31T23:59:00Z') });
		expect(await lastDay.page.getByRole('region', { name: 'Highlights' }).isVisible()).toBe(true);
		const { page } = await open('', { now: new Date('2027-09-01T00:00:00Z') });
		expect(await page.getByRole('region', { name: 'Highlights' }).count()).toBe(0);
		expect(await page.locator('.banner').filter({ visible: true }).count()).toBe(0);
	});
});

describe('calendar links', () => {
	test('an upcoming event offers its calendar file to download', async () => {
		const { page } = await open('events/international-day-of-remembrance-2027/');
		const link = page.getByRole('link', { name: 'Add to calendar' });
		await expect(link.getAttribute('type')).resolves.toBe('text/calendar');
		await expect(link.getAttribute('download')).resolves.toBe('');
		const href = (await link.getAttribute('href')) ?? '';
		expect(href).toMatch(/\/events\/international-day-of-remembrance-2027\.ics$/);
		const response = await page.request.get(new URL(href, page.url()).href);
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain('UID:international-day-of-remembrance-2027@');
	});

	test('the events list offers the whole calendar to subscribe to, and says what that does', async () => {
		for (const [path, name, hint] of [
			['events/', 'Subscribe to all events', /Calendar apps can subscribe to this address/],
			['ar/events/', 'اشترِك في جميع الفعاليات', /يمكن لتطبيقات التقويم الاشتراك/],
		] as const) {
			const { page } = await open(path);
			const link = page.getByRole('link', { name });
			const href = (await link.getAttribute('href')) ?? '';
			expect(href.endsWith(`${path}`.replace(/events\/$/, 'events.ics'))).toBe(true);
			await expect(link.getAttribute('type')).resolves.toBe('text/calendar');
			await expect(page.locator('.calendar-subscription').textContent()).resolves.toMatch(hint);
			expect((await page.request.get(new URL(href, page.url()).href)).status()).toBe(200);
		}
	});
});

describe('the full fixture archive', () => {
	test('has a cancelled event, a rescheduled one, an online one with a recording, and an open and a closed call', async () => {
		const statuses = eventFiles.filter((event) => event.locale === 'en').map((event) => event.data.status ?? 'scheduled');
		expect(statuses).toEqual(expect.arrayContaining(['cancelled', 'rescheduled']));
		const online = await open('events/international-day-of-remembrance-2020/');
		await expect(online.page.locator('.event-details').textContent()).resolves.toMatch(/How to take part\s*Online/);
		expect(await online.page.getByRole('region', { name: 'Recordings and transcripts' }).getByRole('link').count()).toBeGreaterThan(0);
		const calls = await open('calls/');
		expect(await calls.page.getByRole('region', { name: 'Open' }).locator('.call-card').count()).toBeGreaterThan(0);
		expect(await calls.page.getByRole('region', { name: 'Closed' }).locator('.call-card').count()).toBeGreaterThan(0);
	});
});

describe('status in every listing', () => {
	test('the home page, a tag page and the events list mark the cancelled and the rescheduled events', async () => {
		for (const path of ['', 'tags/survivors/', 'events/']) {
			const { page } = await open(path);
			const lantern = page.getByRole('article').filter({ hasText: 'Lantern walk by the river' }).first();
			await expect(lantern.locator('.event-status').textContent(), path).resolves.toBe('Cancelled');
			const panel = page.getByRole('article').filter({ hasText: "Survivors' voices" }).first();
			await expect(panel.locator('.event-status').textContent(), path).resolves.toBe('Rescheduled');
		}
	});

	test('a rescheduled event’s page says when it was first planned', async () => {
		const { page } = await open(jakarta);
		await expect(page.locator('main').textContent()).resolves.toMatch(/originally planned for Tuesday, November 17, 2026 at 2:00\sPM/);
		await expect(page.locator('.event-status').first().textContent()).resolves.toBe('Rescheduled');
	});

	test('a cancelled event’s page says so and offers neither registration nor a calendar file', async () => {
		const { page } = await open('events/lantern-walk-by-the-river-paris/');
		await expect(page.locator('main').textContent()).resolves.toContain('This event has been cancelled.');
		expect(await page.getByRole('link', { name: 'Add to calendar' }).count()).toBe(0);
	});
});

describe('editions of a series', () => {
	test('the series page numbers its editions from its first year, next one first', async () => {
		const { page } = await open('series/international-day-of-remembrance/');
		const labels = (await page.locator('main .card__label').allTextContents()).map((label) => label.replace(/\s+/g, ' ').trim());
		expect(labels).toEqual(['Day of remembrance · 10th edition', 'Day of remembrance · 11th edition', 'Day of remembrance · 4th edition', 'Day of remembrance · 3rd edition']);
	});

	test('in the other languages too', async () => {
		for (const [locale, expected] of [
			['fr', '10e édition'],
			['zh', '第10届'],
			['es', '10.ª edición'],
		] as const) {
			const { page } = await open(`${locale}/events/international-day-of-remembrance-2027/`);
			await expect(page.locator('.edition').textContent(), locale).resolves.toBe(expected);
		}
		const { page } = await open('ar/events/international-day-of-remembrance-2027/');
		await expect(page.locator('.edition').textContent()).resolves.toMatch(/^الدورة (10|١٠)$/);
	});
});

describe('on this day', () => {
	/** Every day of the full fixture archive that "on this day" could find: events' local start days and stories' incident days. */
	function anniversaryDays(): string[] {
		const storiesDir = path.join(contentDir, 'stories');
		const storyDays = readdirSync(storiesDir, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.mdx?$/.test(file))
			.map((file) => (parseFrontmatter(readFileSync(path.join(storiesDir, file), 'utf8')).data as { incident?: { date?: string } }).incident?.date)
			.filter((day): day is string => typeof day === 'string');
		return [...eventFiles.map((event) => event.data.start.slice(0, 10)), ...storyDays];
	}

	test('no entry of the archive falls on the build’s day in an earlier year, so the home page has no such section', async () => {
		const today = buildTime.toISOString().slice(0, 10);
		const days = anniversaryDays();
		expect(days.length).toBeGreaterThan(20);
		expect(days.filter((day) => day.slice(5) === today.slice(5) && day < today)).toEqual([]);
		const { page } = await open('');
		expect(await page.getByRole('region', { name: 'On this day' }).count()).toBe(0);
	});
});

describe('the live stream', () => {
	// The 2020 day of remembrance streamed from 09:45 to 11:30 in New York (13:45–15:30 UTC), and
	// lists its recordings; the site was built long after.
	const streamed = 'events/international-day-of-remembrance-2020/';
	/** The parts of the live stream a visitor sees, by phase. */
	const visiblePhases = (page: Page) => page.locator('vigil-live-stream [data-stream-phase]:visible').evaluateAll((parts) => parts.map((part) => (part as HTMLElement).dataset.streamPhase));

	test('before it opens, the page says when it starts, in the event’s zone and the visitor’s, and offers no link to it', async () => {
		const { page } = await open(streamed, { now: new Date('2020-08-21T13:00:00Z'), timezoneId: 'Europe/Paris' });
		expect(await visiblePhases(page)).toEqual(['before']);
		const before = page.locator('[data-stream-phase="before"]');
		await expect(before.locator('time').textContent()).resolves.toMatch(/August 21, 2020.*9:45/s);
		await expect(before.textContent()).resolves.toContain('Eastern Daylight Time');
		await expect(before.locator('vigil-local-time').textContent()).resolves.toMatch(/^Your time: August 21 at 3:45\sPM$/);
		expect(await page.getByRole('link', { name: 'Watch live' }).count()).toBe(0);
	});

	test('while it is on air, and only then, the page says "Watch live"', async () => {
		const { page, consoleErrors } = await open(streamed, { now: new Date('2020-08-21T13:45:00Z') });
		expect(await visiblePhases(page)).toEqual(['live']);
		await expect(page.getByRole('link', { name: 'Watch live' }).getAttribute('href')).resolves.toBe('https://example.org/live/international-day-of-remembrance-2020');
		// The page changes phase by itself when the stream closes.
		await page.clock.fastForward('01:45:01');
		await expect.poll(() => visiblePhases(page)).toEqual(['after']);
		expect(consoleErrors).toEqual([]);
	});

	test('after it, the page points to the recording', async () => {
		const { page } = await open(streamed);
		expect(await visiblePhases(page)).toEqual(['after']);
		const toRecording = page.getByRole('link', { name: 'Watch or listen to the recording.' });
		// The first recording the site plays itself; the French page, without one, points to the list.
		await expect(toRecording.getAttribute('href')).resolves.toBe('#media-1-title');
		await expect(page.locator('#media-1-title').textContent()).resolves.toBe('The bell before the minute of silence');
		const { page: french } = await open(`fr/${streamed}`);
		await expect(french.locator('[data-stream-phase="after"] a').getAttribute('href')).resolves.toBe('#recordings-title');
		expect(await french.locator('#recordings-title').count()).toBe(1);
	});

	test('without JavaScript the page shows the phase of the day it was built', async () => {
		const { page } = await open(streamed, { now: new Date('2020-08-21T14:00:00Z'), javaScript: false });
		expect(await visiblePhases(page)).toEqual(['after']);
		const { page: upcoming } = await open(jakarta, { javaScript: false });
		expect(await visiblePhases(upcoming)).toEqual(['before']);
		await expect(upcoming.locator('[data-stream-phase="after"]').textContent()).resolves.toContain('A recording will be listed on this page once it is published.');
	});
});

describe('a recording’s player', () => {
	const embed = 'https://video.example.org/embed/september-11-twentieth-anniversary';

	test('loads nothing from another site until the visitor presses play, then shows the player', async () => {
		const { page, foreignRequests } = await open(ceremony, {
			// The player's site is answered here, so the test needs no network.
			beforeLoad: (page) => page.route('https://video.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' })),
		});
		const play = page.getByRole('button', { name: 'Play here — loads the player from video.example.org' });
		expect(await play.isVisible()).toBe(true);
		expect(await page.locator('iframe').count()).toBe(0);
		await page.waitForLoadState('networkidle');
		expect(foreignRequests).toEqual([]);
		// The plain link is there too, with or without the player.
		await expect(page.getByRole('link', { name: 'Full ceremony' }).getAttribute('href')).resolves.toBe('https://example.org/recordings/september-11-twentieth-anniversary');

		await play.click();
		const frame = page.locator(`iframe[src="${embed}"]`);
		await frame.waitFor();
		await expect(frame.getAttribute('title')).resolves.toBe('Full ceremony');
		await expect(frame.getAttribute('allow')).resolves.toBe('fullscreen');
		await expect(frame.getAttribute('referrerpolicy')).resolves.toBe('no-referrer');
		await expect(frame.getAttribute('loading')).resolves.toBe('lazy');
		await expect.poll(() => foreignRequests).toContain(embed);
		await saveScreenshot(page, 'event-player');
	});

	test('without JavaScript, the plain link is all', async () => {
		const { page } = await open(ceremony, { javaScript: false });
		expect(await page.getByRole('button', { name: /Play here/ }).count()).toBe(0);
		expect(await page.getByRole('link', { name: 'Full ceremony' }).isVisible()).toBe(true);
	});
});

describe('how event pages and the events list look', () => {
	test.each([
		['event-en-phone', jakarta, 390],
		['event-en-wide', ceremony, 1280],
		['event-ar-phone', `ar/${jakarta}`, 390],
		['event-ar-wide', `ar/${ceremony}`, 1280],
		['events-en-phone', 'events/', 390],
		['events-en-wide', 'events/', 1280],
		['events-ar-phone', 'ar/events/', 390],
		['events-ar-wide', 'ar/events/', 1280],
	] as const)('%s: nothing scrolls sideways', async (name, path, width) => {
		const { page } = await open(path, { viewport: { width, height: 900 }, timezoneId: 'Asia/Tokyo' });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		await saveScreenshot(page, name);
	});
});
