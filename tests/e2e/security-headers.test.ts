import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../../src/security/security-policy';
import { builtFile, distDir } from '../support/built-site';
import { nestedBlocks, readHeadersFile, readNginxConfig, type NginxDirective } from '../support/header-files';

/**
 * The headers the site is served with, as the build writes them (dist/_headers, for Netlify and
 * Cloudflare Pages) and as docs/nginx.conf sets them, and the policy every built page carries in
 * its <meta>. Read from the files, without a browser; content-security-policy.test.ts loads the
 * pages under these headers.
 */
const rules = readHeadersFile(builtFile('_headers'));
const headers = new Map(rules.find((rule) => rule.path === '/*')?.headers ?? []);
const headerPolicy = parsePolicy(headers.get('Content-Security-Policy') ?? '');

const nginxFile = fileURLToPath(new URL('../../docs/nginx.conf', import.meta.url));
const nginx = readNginxConfig(readFileSync(nginxFile, 'utf8'));
/** The server block that serves the site: the one with a root. */
const server = nginx.filter((directive) => directive.name === 'server').find((block) => block.block?.some((directive) => directive.name === 'root'));

const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
	.map((file) => file.split(path.sep).join('/'))
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

/** The origins of the players the built pages can load (<vigil-player data-src>), each once. */
const playerOrigins = [
	...new Set(pages.flatMap((page) => parse(builtFile(page)).querySelectorAll('vigil-player[data-src]').map((player) => new URL(player.getAttribute('data-src') ?? '').origin))),
].sort();

describe('dist/_headers', () => {
	test('has one rule, for every address, and nothing the hosts could not read', () => {
		expect(rules.map((rule) => rule.path)).toEqual(['/*']);
	});

	test('sends the Content-Security-Policy, nosniff, a Referrer-Policy, a Permissions-Policy and Strict-Transport-Security', () => {
		expect([...headers.keys()].sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options']);
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('no-referrer');
		expect(Number(/^max-age=(\d+)/.exec(headers.get('Strict-Transport-Security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
	});

	test('denies the camera, the microphone and the location', () => {
		const features = new Map((headers.get('Permissions-Policy') ?? '').split(/,\s*/).map((item) => item.split('=') as [string, string]));
		expect(features.get('camera')).toBe('()');
		expect(features.get('microphone')).toBe('()');
		expect(features.get('geolocation')).toBe('()');
	});

	test('allows scripts from the site and WebAssembly for the search, never inline script or eval', () => {
		expect(headerPolicy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		for (const [name, sources] of headerPolicy) expect(sources.filter((source) => /^'unsafe-(inline|eval|hashes)'$|^\*$|^(https?|data|blob):$/.test(source)), name).toEqual([]);
		expect(headerPolicy.get('default-src')).toEqual(["'none'"]);
		expect(headerPolicy.get('style-src')).toEqual(["'self'"]);
		expect(headerPolicy.get('object-src') ?? headerPolicy.get('default-src')).toEqual(["'none'"]);
		expect(headerPolicy.get('base-uri')).toEqual(["'none'"]);
	});

	test('lets pages frame exactly the sites of the players the pages load, and no site frame the pages', () => {
		expect(playerOrigins).toEqual(['https://video.example.org']);
		expect(headerPolicy.get('frame-src')).toEqual(playerOrigins);
		expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
	});
});

describe('every built page', () => {
	test(`of the ${pages.length} has one Content-Security-Policy <meta>, first in <head>, the header's policy without frame-ancestors`, () => {
		expect(pages.length).toBeGreaterThan(200);
		const expected = [...headerPolicy].filter(([name]) => name !== 'frame-ancestors');
		const wrong: string[] = [];
		for (const page of pages) {
			const text = builtFile(page);
			const head = parse(text).querySelector('head');
			const metas = head?.querySelectorAll('meta[http-equiv]').filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy') ?? [];
			const first = head?.firstElementChild;
			if (metas.length !== 1) wrong.push(`${page}: ${metas.length} policy <meta> elements`);
			else if (first !== metas[0]) wrong.push(`${page}: <head> starts with <${first?.tagName.toLowerCase()}>`);
			else if (JSON.stringify([...parsePolicy(metas[0]?.getAttribute('content') ?? '')]) !== JSON.stringify(expected)) wrong.push(`${page}: ${metas[0]?.getAttribute('content')}`);
			// The policy comes before the charset declaration, which must still end within the first
			// 1024 bytes (https://html.spec.whatwg.org/multipage/semantics.html#charset).
			const charsetEnd = Buffer.byteLength(text.slice(0, text.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length));
			if (!text.includes('<meta charset="utf-8">') || charsetEnd > 1024) wrong.push(`${page}: the charset declaration ends at byte ${charsetEnd}`);
		}
		expect(wrong).toEqual([]);
	});

	test('has no inline script and no inline style for the policy to allow', () => {
		const inline: string[] = [];
		for (const page of pages) {
			const html = parse(builtFile(page));
			for (const script of html.querySelectorAll('script')) {
				const type = script.getAttribute('type') ?? '';
				if (type !== 'application/ld+json' && !script.hasAttribute('src')) inline.push(`${page}: <script type="${type}"> without src`);
			}
			if (html.querySelectorAll('style').length > 0) inline.push(`${page}: <style>`);
			if (html.querySelectorAll('[style]').length > 0) inline.push(`${page}: a style attribute`);
			if (html.querySelectorAll('*').some((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name)))) inline.push(`${page}: an on… event attribute`);
		}
		expect(inline).toEqual([]);
	});
});

test('docs/deployment.md shows the headers the build writes for the full fixture archive', () => {
	const deployment = readFileSync(fileURLToPath(new URL('../../docs/deployment.md', import.meta.url)), 'utf8');
	const shown = [...deployment.matchAll(/^```\n(\/\*\n[\s\S]*?)^```$/gm)].map((match) => readHeadersFile(match[1] ?? ''));
	expect(shown).toEqual([rules]);
});

describe('docs/nginx.conf', () => {
	const serverDirectives = server?.block ?? [];
	const addHeaders = serverDirectives.filter((directive) => directive.name === 'add_header');
	const security = addHeaders.filter((directive) => directive.args[0] !== 'Cache-Control');

	test('sets exactly the headers the build writes, with the same values, for the full fixture archive', () => {
		expect(server, 'a server block with a root').toBeDefined();
		expect(security.map((directive) => [directive.args[0], directive.args[1]])).toEqual([...headers]);
	});

	test('sends them with every response, error pages included, and in every location', () => {
		for (const directive of addHeaders) expect(directive.args.slice(2), directive.args[0]).toEqual(['always']);
		// A location with an add_header of its own drops all of the server's (nginx's add_header docs:
		// "inherited from the previous configuration level if and only if there are no add_header
		// directives defined on the current level").
		const locations: NginxDirective[] = nestedBlocks(serverDirectives);
		expect(locations.length).toBeGreaterThan(0);
		expect(locations.filter((location) => location.block?.some((directive) => directive.name === 'add_header')).map((location) => `${location.name} ${location.args.join(' ')}`)).toEqual([]);
	});

	test('serves the pages as folders, the 404 page for missing ones, and caches only the hashed files for long', () => {
		const rootLocation = serverDirectives.find((directive) => directive.name === 'location' && directive.args.join(' ') === '/');
		expect(rootLocation?.block?.find((directive) => directive.name === 'try_files')?.args).toEqual(['$uri', '$uri/', '=404']);
		expect(serverDirectives.find((directive) => directive.name === 'error_page')?.args).toEqual(['404', '/404.html']);
		const cacheMap = nginx.find((directive) => directive.name === 'map' && directive.args[1] === addHeaders.find((header) => header.args[0] === 'Cache-Control')?.args[1]);
		expect(cacheMap?.block?.map((entry) => [entry.name, ...entry.args])).toEqual([
			['~^/_astro/', 'public, max-age=31536000, immutable'],
			['default', 'no-cache'],
		]);
	});
});
