/**
 * The site's Content-Security-Policy and the other security headers, built from the one thing that
 * varies between archives: the sites whose players recordings embed. Pages carry the policy in a
 * <meta> (src/layouts/BaseLayout.astro), which works on any static host; the build also writes it,
 * with the rest, as a header file for hosts that read one (src/integrations/security-headers.ts), and
 * docs/nginx.conf repeats those headers for nginx.
 *
 * Why not Astro's own CSP support: in Astro 5 it is experimental (`experimental.csp`), it hashes
 * inline code per page, and this site has none to hash (vite's assetsInlineLimit is 0, stylesheets
 * are never inlined), while a per-page hash list could not be written once into a `/*` header rule.
 * A fixed policy, the same on every page, can.
 */

/** Where a policy is delivered: in a page's <meta http-equiv>, or in an HTTP response header. */
export type PolicyForm = 'meta' | 'header';

/**
 * The policy's directives, in order. Nothing is allowed unless named (default-src 'none'); what the
 * site loads, it loads from itself:
 * - script-src: module scripts from /_astro/ and Pagefind's pagefind.js; no 'unsafe-inline' and no
 *   'unsafe-eval'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (it fetches the gzipped
 *   wasm.<lang>.pagefind file and calls WebAssembly.instantiate) and allows nothing else: not eval(),
 *   not new Function() (https://www.w3.org/TR/CSP3/#wasm-integration).
 * - style-src: stylesheets from /_astro/; no <style> element or style attribute is ever built
 *   (astro.config.mjs sets build.inlineStylesheets to 'never'). Scripts that set element.style go
 *   through the CSSOM, which style-src does not govern.
 * - img-src, font-src, media-src, manifest-src, connect-src: the site's own files; connect-src
 *   covers Pagefind's index fetches. No data: images: the build makes none.
 * - frame-src: the recordings' player sites, or 'none' when no recording embeds a player.
 * - base-uri 'none' and form-action 'self': no <base> element is written, and the search forms send
 *   to the site's own search page. Neither falls back to default-src, so both are named.
 * - frame-ancestors 'none', in the header form only: no other site may frame these pages (a page of
 *   remembrance inside someone else's frame could be made to say anything). A <meta> policy cannot
 *   carry it (https://www.w3.org/TR/CSP3/#meta-element: frame-ancestors, report-uri and sandbox are
 *   not supported there).
 * 'self' is an origin, so the policy is the same under any base path.
 * No upgrade-insecure-requests: Strict-Transport-Security does that job on a real host, and in a
 * <meta> it would break previews served over plain http on another address than localhost.
 */
export function policyDirectives(frameOrigins: readonly string[], form: PolicyForm): [name: string, sources: string[]][] {
	const directives: [string, string[]][] = [
		['default-src', ["'none'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'"]],
		['style-src', ["'self'"]],
		['img-src', ["'self'"]],
		['font-src', ["'self'"]],
		['media-src', ["'self'"]],
		['manifest-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['frame-src', frameOrigins.length > 0 ? [...frameOrigins] : ["'none'"]],
		['base-uri', ["'none'"]],
		['form-action', ["'self'"]],
	];
	if (form === 'header') directives.push(['frame-ancestors', ["'none'"]]);
	return directives;
}

/** The Content-Security-Policy, as the text of a <meta> or of a header. */
export function contentSecurityPolicy(frameOrigins: readonly string[], form: PolicyForm): string {
	return policyDirectives(frameOrigins, form)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}

/**
 * A policy's directives by name, each with its sources, as a browser reads them: split on ";", names
 * in any case, the first of a repeated name wins (https://www.w3.org/TR/CSP3/#parse-serialized-policy).
 */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/);
		if (!name) continue;
		const key = name.toLowerCase();
		if (!directives.has(key)) directives.set(key, sources);
	}
	return directives;
}

/** The player origins a policy's frame-src allows: what a built page's <meta> says the archive embeds. */
export function frameOriginsOf(policy: string): string[] {
	return (parsePolicy(policy).get('frame-src') ?? []).filter((source) => source !== "'none'");
}

/**
 * Every security header the site is served with, in order. Referrer-Policy says what every page's
 * <meta name="referrer"> already says. Permissions-Policy refuses the camera, the microphone and the
 * location to this site and to any player it frames: nothing here needs them. Strict-Transport-Security
 * keeps visitors on https for a year; without includeSubDomains or preload, which would bind the
 * organisation's other sites, a decision for whoever runs the domain.
 */
export function securityHeaders(frameOrigins: readonly string[]): [name: string, value: string][] {
	return [
		['Content-Security-Policy', contentSecurityPolicy(frameOrigins, 'header')],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'no-referrer'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
		['Strict-Transport-Security', 'max-age=31536000'],
	];
}

/**
 * The headers as a `_headers` file, the format Netlify and Cloudflare Pages read from the published
 * folder: a path pattern, then its headers indented beneath it, `#` for comments
 * (https://docs.netlify.com/manage/routing/headers/, https://developers.cloudflare.com/pages/configuration/headers/).
 * `/*` matches every address the host serves; both hosts serve dist/ at the root of their own
 * domain, even for a site built with a base path, so the pattern needs no base.
 */
export function headersFile(headers: readonly (readonly [string, string])[]): string {
	return [
		'# Written by `npm run build` (src/integrations/security-headers.ts): edits here are lost at the next build.',
		'/*',
		...headers.map(([name, value]) => `  ${name}: ${value}`),
		'',
	].join('\n');
}
