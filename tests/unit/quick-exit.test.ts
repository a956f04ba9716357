import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/archive/site-settings';
import { afterEscape, ESCAPE_PAUSE_MS } from '../../src/client/quick-exit';
import { DEFAULT_QUICK_EXIT_URL, siteSchema } from '../../src/schemas/site';
import { archivePath, FULL_ARCHIVE } from '../support/archives';
import { fieldsWithIssues, issuesOf, parsedBy } from '../support/schema-issues';

const validSite = {
	name: 'Vigil',
	tagline: 'Remembrance',
	organisation: { name: 'Vigil test organisation' },
	url: 'https://remembrance.example.org',
	contact: { email: 'contact@example.org' },
	defaultLocale: 'en',
	locales: [{ code: 'en', name: 'English' }],
};

describe('the quick-exit setting in site.yaml', () => {
	test('is off unless an organiser switches it on, and then leads to a neutral site', () => {
		expect(parsedBy(siteSchema, validSite).quickExit).toEqual({ enabled: false, url: DEFAULT_QUICK_EXIT_URL });
		expect(parsedBy(siteSchema, { ...validSite, quickExit: { enabled: true } }).quickExit).toEqual({ enabled: true, url: 'https://www.wikipedia.org/' });
	});

	test('keeps the page an organiser chooses', () => {
		const quickExit = { enabled: true, url: 'https://www.bbc.co.uk/weather' };
		expect(parsedBy(siteSchema, { ...validSite, quickExit }).quickExit).toEqual(quickExit);
	});

	test.each(['http://www.wikipedia.org/', 'www.wikipedia.org', 'javascript:history.back()', '/'])('rejects %s: it must be a full https:// address', (url) => {
		const issues = issuesOf(siteSchema, { ...validSite, quickExit: { enabled: true, url } });
		expect(issues).toEqual([{ field: 'quickExit.url', message: 'expected a full web address starting with https://, e.g. https://www.wikipedia.org/' }]);
	});

	test('rejects a switch that is not true or false', () => {
		expect(fieldsWithIssues(siteSchema, { ...validSite, quickExit: { enabled: 'yes' } })).toEqual(['quickExit.enabled']);
	});

	test('is switched on in the full fixture archive, whose browser tests use it', () => {
		expect(readSiteSettings(archivePath(FULL_ARCHIVE))?.quickExit.enabled).toBe(true);
	});
});

describe('leaving with the Escape key', () => {
	/** Presses Escape at each of the given times and says whether the last press leaves. */
	function pressAt(...times: number[]): boolean {
		let presses: number[] = [];
		let leave = false;
		for (const at of times) ({ presses, leave } = afterEscape(presses, at));
		return leave;
	}

	test('three presses in a row leave', () => {
		expect(pressAt(1000, 1300, 1600)).toBe(true);
	});

	test('one or two presses do nothing, since Escape also closes menus and clears the search field', () => {
		expect(pressAt(1000)).toBe(false);
		expect(pressAt(1000, 1300)).toBe(false);
	});

	test('a long pause starts the count again', () => {
		expect(pressAt(1000, 1300, 1300 + ESCAPE_PAUSE_MS + 1)).toBe(false);
		expect(pressAt(1000, 1300, 1300 + ESCAPE_PAUSE_MS + 1, 2500, 2700)).toBe(true);
	});

	test('a pause of exactly the limit still counts', () => {
		expect(pressAt(0, ESCAPE_PAUSE_MS, 2 * ESCAPE_PAUSE_MS)).toBe(true);
	});

	test('after leaving, the count starts from nothing', () => {
		const { presses, leave } = afterEscape([1000, 1300], 1600);
		expect(leave).toBe(true);
		expect(presses).toEqual([]);
	});

	test('a clock that goes backwards does not count as a quick press', () => {
		expect(pressAt(5000, 4000, 4200)).toBe(false);
	});
});
