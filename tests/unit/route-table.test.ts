import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isPageRoute, matchRoute, routes, siteSections } from '../../src/core/routes';
import { repoRoot } from '../support/commands';

/** Every route file under src/pages/, relative to it. */
function routeFiles(): string[] {
	return readdirSync(path.join(repoRoot, 'src/pages'), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(astro|ts)$/.test(file))
		.map((file) => file.split(path.sep).join('/'))
		.sort();
}

describe('the route table (src/core/routes.ts)', () => {
	test('has one row for every file of src/pages/, and no row for a file that is not there', () => {
		const sources = routes.flatMap((route) => (route.source ? [route.source] : [])).sort();
		expect(sources).toEqual(routeFiles());
	});

	test('gives each route the address its file name makes', () => {
		for (const route of routes) {
			if (!route.source) continue;
			const name = route.source.replace(/^\[\.\.\.lang\]\//, '');
			// An .astro page is a folder with an index.html (404.astro is written as 404.html); a .ts
			// endpoint writes the file its name says, e.g. events/[slug].ics.ts → events/[slug].ics.
			let expected = name.replace(/\.ts$/, '');
			if (name.endsWith('.astro')) {
				const page = name.replace(/\.astro$/, '');
				expected = page === '404' ? '404.html' : page === 'index' ? '' : `${page.replace(/(^|\/)index$/, '')}/`.replace(/\/\/$/, '/');
			}
			expect(route.path, route.source).toBe(expected);
			expect(route.localized, route.source).toBe(route.source.startsWith('[...lang]/'));
		}
	});

	test('lists as sections the first segments of the pages that exist in every language', () => {
		const firstSegments = new Set(routes.filter((route) => route.localized && isPageRoute(route) && route.path !== '').map((route) => route.path.split('/')[0]));
		expect(new Set(siteSections)).toEqual(firstSegments);
	});
});

describe('matching an address to its route', () => {
	test.each([
		[['events', 'day-of-remembrance'], true, 'events/[slug]/', 'day-of-remembrance'],
		[['events', 'day-of-remembrance.ics'], true, 'events/[slug].ics', 'day-of-remembrance'],
		[['events.ics'], true, 'events.ics', undefined],
		[['stories', 'page', '3'], true, 'stories/page/[page]/', '3'],
		[['tags', 'remembrance'], false, 'tags/[tag]/', 'remembrance'],
		[['data', 'events.json'], false, 'data/[file]', 'events.json'],
		[[], true, '', undefined],
	])('%j (in a language: %s) is %s', (segments, localized, path, value) => {
		const matched = matchRoute(segments, localized);
		expect(matched?.route.path).toBe(path);
		expect(matched?.value).toBe(value);
	});

	test('a route that exists once, at the root, has no copy under a language', () => {
		expect(matchRoute(['robots.txt'], false)?.route.path).toBe('robots.txt');
		expect(matchRoute(['robots.txt'], true)).toBeUndefined();
		expect(matchRoute(['data', 'events.json'], true)).toBeUndefined();
	});

	test('an address of no route matches nothing', () => {
		expect(matchRoute(['events', 'x', 'y'], false)).toBeUndefined();
		expect(matchRoute(['nowhere'], false)).toBeUndefined();
		expect(matchRoute(['events', '.ics'], false)?.route.path).toBe('events/[slug]/');
	});
});
