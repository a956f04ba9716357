import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';
import { builtFile, distDir } from '../support/built-site';

/**
 * Crawls the built site without a server: every link, image, stylesheet and script address on every
 * page, in every language, must lead to a file in dist/, and every #fragment to an element with that
 * id. Addresses on other sites are not followed (the site never loads anything from them).
 */
const siteOrigin = 'https://remembrance.example.org';
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.map((file) => file.split(path.sep).join('/'))
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

const parsed = new Map<string, HTMLElement>();
function page(file: string): HTMLElement {
	let html = parsed.get(file);
	if (!html) {
		html = parse(builtFile(file));
		parsed.set(file, html);
	}
	return html;
}

/** The file in dist/ an address leads to, or undefined for another site or a non-http address. */
function fileFor(address: string, from: string): { file: string; fragment: string } | undefined {
	const url = new URL(address, `${siteOrigin}/${from}`);
	if (url.origin !== siteOrigin) return undefined;
	const pathname = decodeURIComponent(url.pathname).replace(/^\//, '');
	const file = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
	return { file, fragment: decodeURIComponent(url.hash.slice(1)) };
}

test(`every internal address on the ${pages.length} pages leads somewhere, fragments included`, () => {
	expect(pages.length).toBeGreaterThan(200);
	const broken: string[] = [];
	let checked = 0;
	for (const from of pages) {
		const html = page(from);
		const addresses = [
			...html.querySelectorAll('a[href]').map((element) => element.getAttribute('href') ?? ''),
			...html.querySelectorAll('link[href]').filter((element) => element.getAttribute('rel') !== 'alternate' || !element.getAttribute('hreflang')).map((element) => element.getAttribute('href') ?? ''),
			...html.querySelectorAll('img[src], script[src]').map((element) => element.getAttribute('src') ?? ''),
			...html.querySelectorAll('img[srcset], source[srcset]').flatMap((element) => (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')),
		].filter((address) => address && !/^(mailto|tel|javascript|data):/i.test(address));
		for (const address of addresses) {
			const target = fileFor(address, from === '404.html' ? '' : from);
			if (!target) continue;
			checked += 1;
			if (!existsSync(path.join(distDir, target.file))) {
				broken.push(`${from}: ${address} (no ${target.file})`);
			} else if (target.fragment && target.file.endsWith('.html') && !page(target.file).querySelector(`[id="${target.fragment.replace(/"/g, '\\"')}"]`)) {
				broken.push(`${from}: ${address} (no element with id "${target.fragment}")`);
			}
		}
	}
	expect(checked).toBeGreaterThan(pages.length * 10);
	expect(broken).toEqual([]);
});
