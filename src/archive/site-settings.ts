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

/** The environment variable that limits a build to some of the site's locales, e.g. VIGIL_LOCALES=fr,es. */
export const LOCALES_VARIABLE = 'VIGIL_LOCALES';

/** A VIGIL_LOCALES that names no locale of the site: its message is one line for a person, naming the variable, what was found and the valid codes. */
export class LocaleSelectionError extends Error {}

/**
 * The locales whose pages and search bundles this build writes, in the order site.yaml lists them:
 * every locale, or those VIGIL_LOCALES names (codes separated by commas; spaces and empty entries,
 * such as a trailing comma, are ignored). Several builds limited this way, each on its own
 * machine, make the whole site once their folders are copied together (docs/deployment.md).
 *
 * It limits what a build writes, never what a page shows: the language switcher, the hreflang
 * alternates and the search still name every locale of site.yaml, whose pages and bundles the other
 * builds write. An empty or unset variable means every locale, as the other VIGIL_ settings do; a
 * code that site.yaml does not list, or a value that lists no code at all, throws
 * LocaleSelectionError rather than quietly building less than was asked for.
 */
export function localesToBuild(settings: Pick<SiteSettings, 'locales'>, env: NodeJS.ProcessEnv = process.env): string[] {
	const codes = settings.locales.map((locale) => locale.code);
	const raw = env[LOCALES_VARIABLE]?.trim();
	if (!raw) return codes;
	const asked = raw.split(',').map((code) => code.trim()).filter(Boolean);
	const expected = `expected codes of the locales in site.yaml, separated by commas (${codes.join(', ')})`;
	if (asked.length === 0) throw new LocaleSelectionError(`${LOCALES_VARIABLE}: ${expected}, found ${JSON.stringify(raw)}`);
	const unknown = [...new Set(asked.filter((code) => !codes.includes(code)))];
	if (unknown.length > 0) throw new LocaleSelectionError(`${LOCALES_VARIABLE}: ${expected}, found ${unknown.map((code) => JSON.stringify(code)).join(', ')}`);
	return codes.filter((code) => asked.includes(code));
}
