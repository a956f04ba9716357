import { describe, expect, test } from 'vitest';
import { joinFile, joinPath } from '../../src/core/paths';

describe('page addresses', () => {
	test('at the root of a domain', () => {
		expect(joinPath('/', 'events')).toBe('/events/');
		expect(joinPath('/', 'events', 'annual-memorial-2021')).toBe('/events/annual-memorial-2021/');
	});

	test('under a base path', () => {
		expect(joinPath('/remembrance/', 'fr', 'events')).toBe('/remembrance/fr/events/');
	});

	test('a base path without its closing slash gets one', () => {
		expect(joinPath('/remembrance', 'events')).toBe('/remembrance/events/');
	});

	test('the home page is the base path itself', () => {
		expect(joinPath('/')).toBe('/');
		expect(joinPath('/remembrance/')).toBe('/remembrance/');
	});

	test('the default locale, which has no segment, leaves no empty segment behind', () => {
		expect(joinPath('/remembrance/', undefined, 'events')).toBe('/remembrance/events/');
		expect(joinPath('/', '', 'stories', '')).toBe('/stories/');
	});

	test('page numbers are segments too', () => {
		expect(joinPath('/', 'stories', 2)).toBe('/stories/2/');
	});

	test('a segment holding slashes becomes several segments, without doubled slashes', () => {
		expect(joinPath('/', 'en/stories/', '/amal')).toBe('/en/stories/amal/');
	});

	test('a slug in another script is percent-encoded', () => {
		expect(joinPath('/', 'ar', 'قصة-أمل')).toBe('/ar/%D9%82%D8%B5%D8%A9-%D8%A3%D9%85%D9%84/');
		expect(joinPath('/remembrance/', 'zh', '纪念')).toBe('/remembrance/zh/%E7%BA%AA%E5%BF%B5/');
	});

	test('a slug that is already encoded is encoded once, not twice', () => {
		const encoded = encodeURIComponent('قصة-أمل');
		expect(joinPath('/', 'ar', encoded)).toBe(joinPath('/', 'ar', 'قصة-أمل'));
		expect(joinPath('/', 'ar', encoded)).not.toContain('%25');
	});

	test('an encoded address reads as the slug again once decoded, as a browser shows it', () => {
		expect(decodeURI(joinPath('/', 'ru', 'память'))).toBe('/ru/память/');
	});
});

describe('file addresses', () => {
	test('a file sits directly under the base path, with no closing slash', () => {
		expect(joinFile('/', 'sitemap-index.xml')).toBe('/sitemap-index.xml');
		expect(joinFile('/remembrance/', 'rss.xml')).toBe('/remembrance/rss.xml');
	});

	test('slashes between base and file name are not doubled or lost', () => {
		expect(joinFile('/remembrance', '/rss.xml')).toBe('/remembrance/rss.xml');
	});
});
