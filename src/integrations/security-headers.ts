import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, frameOriginsOf, headersFile, securityHeaders as securityHeaderSet } from '../security/security-policy';

/** The policy a built page carries in its <meta http-equiv="Content-Security-Policy">, if any. */
export function metaPolicyOf(html: string): string | undefined {
	const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
	// Astro writes attribute values with HTML escapes; a policy holds ' and, in theory, &.
	return meta?.[1]?.replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * After the build, writes dist/_headers (read by Netlify and Cloudflare Pages) with the
 * Content-Security-Policy and the other security headers (src/security/security-policy.ts).
 *
 * The policy is taken from the pages themselves: BaseLayout puts the same <meta> policy on every
 * page, built from the players the archive's events embed, and the header policy is that one plus
 * frame-ancestors, which only a header can carry. Reading it back from dist/ rather than working it
 * out a second time means the header file cannot disagree with the pages; a page without the policy,
 * or with a different one, stops the build and is named.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'vigil:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
				const policies = new Map<string, string[]>();
				for (const page of pages) {
					const policy = metaPolicyOf(readFileSync(path.join(distDir, page), 'utf8')) ?? '(none)';
					const pagesWithIt = policies.get(policy);
					if (pagesWithIt) pagesWithIt.push(page);
					else policies.set(policy, [page]);
				}
				const [only, ...others] = [...policies.keys()];
				if (!only || others.length > 0 || only === '(none)') {
					const list = [...policies].map(([policy, files]) => `  ${policy}\n    on ${files.length} page(s), e.g. ${files.slice(0, 3).join(', ')}`).join('\n');
					throw new Error(`Every page must carry the same Content-Security-Policy <meta> (src/layouts/BaseLayout.astro), but dist/ has:\n${list}`);
				}
				const frameOrigins = frameOriginsOf(only);
				if (contentSecurityPolicy(frameOrigins, 'meta') !== only) {
					throw new Error(`The pages' Content-Security-Policy is not the one src/security/security-policy.ts builds:\n  ${only}`);
				}

				const file = path.join(distDir, '_headers');
				// An organiser's own public/_headers has been copied into dist/ already: keep its rules,
				// after ours. (Both hosts join the values of a header that several rules set, so it should
				// not set these headers for /* again.)
				const own = existsSync(file) ? `\n# From public/_headers:\n${readFileSync(file, 'utf8')}` : '';
				writeFileSync(file, headersFile(securityHeaderSet(frameOrigins)) + own);
				logger.info(`_headers written for ${pages.length} pages; frames allowed from ${frameOrigins.length > 0 ? frameOrigins.join(', ') : 'no other site'}`);
			},
		},
	};
}
