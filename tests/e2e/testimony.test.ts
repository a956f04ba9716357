import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/built-site';
import { useBrowser } from '../support/browser';
import { searchIndex, sitePath } from '../support/search-index';

/**
 * Recorded testimony served by the site (issue 20): the browser's own player with WebVTT captions,
 * and the transcript made from them. The full fixture's story "A seat by the window" carries a
 * 20-second recording (tests/fixtures/archives/full/media/README.txt) with English captions in five
 * cues, two speakers, and Arabic subtitles. One page load with JavaScript, one without.
 */
const open = useBrowser();
const STORY = 'stories/a-seat-by-the-window/';

describe('a story with recorded testimony', () => {
	test('plays nothing by itself, loads its captions, and its transcript moves the recording and follows it', async () => {
		const { page, consoleErrors, failedRequests } = await open(STORY);
		const audio = page.locator('vigil-transcript audio');
		expect(await audio.evaluate((element) => element.hasAttribute('autoplay'))).toBe(false);
		expect(await audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);

		// A track of an <audio> element loads once it is in use: as a script or a screen reader would use it.
		const captions = await page.evaluate(async () => {
			const element = document.querySelector<HTMLTrackElement>('vigil-transcript track[srclang="en"]');
			if (!element) return undefined;
			element.track.mode = 'hidden';
			if (element.readyState !== 2) {
				await new Promise((resolve, reject) => {
					element.addEventListener('load', resolve, { once: true });
					element.addEventListener('error', () => reject(new Error(`the captions did not load: ${element.src}`)), { once: true });
				});
			}
			return { readyState: element.readyState, kind: element.kind, cues: [...(element.track.cues ?? [])].map((cue) => (cue as VTTCue).text) };
		});
		expect(captions).toEqual({ readyState: 2, kind: 'captions', cues: expect.arrayContaining([expect.stringContaining('lamplighter')]) });
		expect(captions?.cues).toHaveLength(5);

		// The story has a content warning: its text, recording included, waits behind it.
		await page.locator('summary').click();
		const times = page.locator('[data-transcript] button.transcript__seek');
		expect(await times.count()).toBe(4);
		await times.nth(1).click();
		expect(await audio.evaluate((element: HTMLAudioElement) => element.currentTime)).toBeCloseTo(3.721, 2);
		await times.nth(2).focus();
		await page.keyboard.press('Enter');
		expect(await audio.evaluate((element: HTMLAudioElement) => element.currentTime)).toBeCloseTo(9.549, 2);
		await page.locator('[data-cue]').nth(3).click();
		expect(await audio.evaluate((element: HTMLAudioElement) => element.currentTime)).toBeCloseTo(11.48, 2);

		// The player's own controls and the transcript's times are reached with the Tab key, in that order.
		await page.locator('summary').focus();
		const stops: string[] = [];
		for (let presses = 0; presses < 30 && !stops.includes('seek'); presses++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate(() => {
				const focused = document.activeElement;
				if (focused?.matches('vigil-transcript audio')) return 'player';
				return focused?.matches('button.transcript__seek') ? 'seek' : 'other';
			});
			if (stop !== 'other' && !stops.includes(stop)) stops.push(stop);
		}
		expect(stops).toEqual(['player', 'seek']);

		// Moved into the third cue (9.549–10.880 s), the transcript marks that cue and only that one.
		const marked = await audio.evaluate(async (element: HTMLAudioElement) => {
			await new Promise((resolve) => {
				element.addEventListener('seeked', resolve, { once: true });
				element.currentTime = 10.2;
			});
			return [...document.querySelectorAll('[data-cue]')].map((cue) => cue.getAttribute('aria-current'));
		});
		expect(marked).toEqual([null, null, 'true', null, null]);
		expect(await audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(true);
		// Following along is the visitor's choice, off until ticked.
		expect(await page.getByRole('checkbox', { name: 'Follow along' }).isChecked()).toBe(false);

		// A word said only in the testimony finds the story.
		const found = await searchIndex(page, 'lamplighter');
		expect(found.map((result) => result.url)).toEqual([sitePath(STORY)]);
		// The player itself cancels its request for the recording when it is moved (net::ERR_ABORTED): only answers with an error count.
		expect({ consoleErrors, errorAnswers: failedRequests.filter((request) => /\(HTTP \d+\)$/.test(request)) }).toEqual({ consoleErrors: [], errorAnswers: [] });
	});

	test('without JavaScript, the transcript is plain text: paragraphs with their times, and no buttons', async () => {
		const { page } = await open(STORY, { javaScript: false });
		const transcript = page.locator('[data-transcript]');
		expect(await transcript.locator('p').count()).toBe(4);
		expect(await transcript.locator('p time').count()).toBe(4);
		expect(await transcript.locator('button, input').count()).toBe(0);
		expect(await transcript.textContent()).toContain('She was my lamplighter.');
		expect(await page.locator('vigil-transcript audio track').evaluateAll((tracks) => tracks.map((track) => `${track.getAttribute('srclang')} ${track.getAttribute('kind')}`))).toEqual([
			'en captions',
			'ar subtitles',
		]);
	});

	test('publishes the recording and captions of a published story, and nothing of a withdrawn one', () => {
		for (const file of ['a-seat-by-the-window.mp3', 'a-seat-by-the-window.en.vtt', 'a-seat-by-the-window.ar.vtt']) expect(existsSync(`${distDir}media/${file}`), file).toBe(true);
		expect(existsSync(`${distDir}media/withdrawn-testimony.mp3`)).toBe(false);
		expect(existsSync(`${distDir}media/README.txt`)).toBe(false);
	});
});
