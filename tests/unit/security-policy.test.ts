import { describe, expect, test } from 'vitest';
import { playerAddress } from '../../src/archive/recordings';
import { metaPolicyOf } from '../../src/integrations/security-headers';
import { embedOrigins } from '../../src/schemas/recording';
import { contentSecurityPolicy, frameOriginsOf, headersFile, parsePolicy, securityHeaders } from '../../src/security/security-policy';
import { recordingSchema } from '../../src/schemas/recording';
import { issuesOf, parsedBy } from '../support/schema-issues';

const players = ['https://video.example.org'];
const directives = (policy: string) => parsePolicy(policy);

describe('the Content-Security-Policy', () => {
	test.each(['meta', 'header'] as const)('in a %s, allows scripts from the site itself and WebAssembly, and no inline script or eval', (form) => {
		const scripts = directives(contentSecurityPolicy(players, form)).get('script-src');
		expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(contentSecurityPolicy(players, form)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*/);
	});

	test('allows nothing it does not name, styles and images from the site only, and no <base> or foreign form target', () => {
		const policy = directives(contentSecurityPolicy([], 'meta'));
		expect(policy.get('default-src')).toEqual(["'none'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('img-src')).toEqual(["'self'"]);
		expect(policy.get('connect-src')).toEqual(["'self'"]);
		expect(policy.get('base-uri')).toEqual(["'none'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
	});

	test('lets pages frame exactly the players the recordings use, and nothing when none does', () => {
		expect(directives(contentSecurityPolicy(['https://a.example', 'https://b.example:8443'], 'meta')).get('frame-src')).toEqual(['https://a.example', 'https://b.example:8443']);
		expect(directives(contentSecurityPolicy([], 'meta')).get('frame-src')).toEqual(["'none'"]);
		expect(frameOriginsOf(contentSecurityPolicy(players, 'header'))).toEqual(players);
		expect(frameOriginsOf(contentSecurityPolicy([], 'header'))).toEqual([]);
	});

	test('forbids other sites to frame the pages in the header only, where browsers read it', () => {
		expect(directives(contentSecurityPolicy(players, 'header')).get('frame-ancestors')).toEqual(["'none'"]);
		expect(directives(contentSecurityPolicy(players, 'meta')).has('frame-ancestors')).toBe(false);
		// Otherwise the two say the same thing.
		expect(contentSecurityPolicy(players, 'header')).toBe(`${contentSecurityPolicy(players, 'meta')}; frame-ancestors 'none'`);
	});

	test('never asks a meta for what only a header can do', () => {
		const meta = directives(contentSecurityPolicy(players, 'meta'));
		for (const headerOnly of ['frame-ancestors', 'report-uri', 'sandbox', 'upgrade-insecure-requests']) expect(meta.has(headerOnly), headerOnly).toBe(false);
	});
});

describe('the players’ sites', () => {
	test('are origins, sorted, each once, whatever page of the player a recording names', () => {
		expect(
			embedOrigins([
				'https://www.youtube-nocookie.com/embed/abc?start=10',
				'https://video.example.org/embed/one',
				'https://VIDEO.example.org/embed/two',
				'https://www.youtube-nocookie.com:443/embed/def',
			]),
		).toEqual(['https://video.example.org', 'https://www.youtube-nocookie.com']);
		expect(embedOrigins([])).toEqual([]);
	});

	test.each(['https://a;script-src.example/x', 'http://video.example.org/embed', 'https://under_score.example/', 'not an address'])('refuse %s, which could bend the policy or is no https origin', (address) => {
		expect(() => embedOrigins([address])).toThrow(/must be an https:\/\/ address on a plain host name/);
	});

	test('come only from videos and audio recordings: a transcript is never played', () => {
		expect(playerAddress({ kind: 'video', embed: 'https://v.example/e/1' })).toBe('https://v.example/e/1');
		expect(playerAddress({ kind: 'audio', embed: 'https://a.example/e/1' })).toBe('https://a.example/e/1');
		expect(playerAddress({ kind: 'transcript', embed: 'https://t.example/e/1' })).toBeUndefined();
		expect(playerAddress({ kind: 'video' })).toBeUndefined();
	});

	test('with an unusual host name are refused in the content, with one message that says what is expected', () => {
		const recording = { kind: 'video', title: 'Ceremony', url: 'https://example.org/watch' };
		expect(parsedBy(recordingSchema, { ...recording, embed: 'https://video.example.org/embed/1' }).embed).toBe('https://video.example.org/embed/1');
		expect(issuesOf(recordingSchema, { ...recording, embed: 'https://a;b.example/embed/1' })).toEqual([
			{ field: 'embed', message: expect.stringContaining('expected a player address on a plain host name') },
		]);
		expect(issuesOf(recordingSchema, { ...recording, embed: 'http://video.example.org/embed/1' })).toEqual([{ field: 'embed', message: 'expected a player address starting with https://' }]);
	});
});

describe('the security headers', () => {
	const headers = new Map(securityHeaders(players));

	test('are the policy in header form and the four others', () => {
		expect([...headers.keys()]).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security']);
		expect(headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(players, 'header'));
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('no-referrer');
		expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=(\d+)$/);
		expect(Number(/max-age=(\d+)/.exec(headers.get('Strict-Transport-Security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
	});

	test('deny the camera, the microphone and the location', () => {
		const features = new Map((headers.get('Permissions-Policy') ?? '').split(/,\s*/).map((item) => item.split('=') as [string, string]));
		for (const feature of ['camera', 'microphone', 'geolocation']) expect(features.get(feature), feature).toBe('()');
	});

	test('are written as a _headers rule for every address: the path, then each header indented', () => {
		const lines = headersFile(securityHeaders(players)).split('\n');
		const rule = lines.filter((line) => line !== '' && !line.startsWith('#'));
		expect(rule[0]).toBe('/*');
		expect(rule.slice(1)).toEqual(securityHeaders(players).map(([name, value]) => `  ${name}: ${value}`));
	});
});

describe('a built page’s policy', () => {
	test('is read back from its <meta> as Astro writes it, with its quotes escaped', () => {
		const policy = contentSecurityPolicy(players, 'meta');
		const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}"><meta charset="utf-8">`;
		expect(metaPolicyOf(html)).toBe(policy);
		expect(metaPolicyOf('<!DOCTYPE html><html><head><meta charset="utf-8">')).toBeUndefined();
	});
});
