import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../core/content-root';
import { siteSchema, type SiteSettings } from '../schemas/site';
import { parseYaml } from '../core/frontmatter';

/**
 * Reads content/site.yaml, or returns undefined when it is missing or invalid. The content checker
 * reports what is wrong before any build; this never throws, so a broken file produces that report
 * rather than a stack trace from the Astro config.
 */
export function readSiteSettings(root: string = contentRoot()): SiteSettings | undefined {
	const file = path.join(root, 'site.yaml');
	if (!existsSync(file)) return undefined;
	const parsed = parseYaml(readFileSync(file, 'utf8'));
	if (parsed.syntaxErrors.length) return undefined;
	const result = siteSchema.safeParse(parsed.data ?? {});
	return result.success ? result.data : undefined;
}

/**
 * The base path the site is served under: VIGIL_BASE when a host sets it at build time, otherwise
 * `base` from site.yaml. Always starts and ends with "/".
 */
export function basePath(settings: SiteSettings | undefined, env: NodeJS.ProcessEnv = process.env): string {
	const raw = env.VIGIL_BASE?.trim() || settings?.base || '/';
	const trimmed = raw.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
