import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { contentSchemaCache } from '../../src/integrations/content-schema-cache';

/** A project folder with a schema file and a cache holding parsed content. */
function project(): { root: string; store: string; schema: string } {
	const root = mkdtempSync(path.join(tmpdir(), 'vigil-schema-cache-'));
	mkdirSync(path.join(root, 'src/schemas'), { recursive: true });
	mkdirSync(path.join(root, 'node_modules/.astro'), { recursive: true });
	const schema = path.join(root, 'src/schemas/event.ts');
	writeFileSync(schema, 'export const fields = ["title"];');
	writeFileSync(path.join(root, 'src/content.config.ts'), 'export const collections = {};');
	const store = path.join(root, 'node_modules/.astro/data-store.json');
	writeFileSync(store, '{}');
	return { root, store, schema };
}

/** Runs the integration's setup the way `astro build` does. */
function startBuild(root: string): void {
	const setup = contentSchemaCache().hooks['astro:config:setup'] as NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
	const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) } as AstroConfig;
	void setup({ config, command: 'build' } as Parameters<typeof setup>[0]);
}

describe('the cache of parsed content', () => {
	test('is kept while the schemas stay the same, and emptied when one changes', () => {
		const { root, store, schema } = project();
		startBuild(root);
		// The first build with this integration cannot know what the cache was parsed with.
		expect(existsSync(store)).toBe(false);
		writeFileSync(store, '{}');
		startBuild(root);
		expect(existsSync(store)).toBe(true);
		writeFileSync(schema, 'export const fields = ["title", "programme"];');
		startBuild(root);
		expect(existsSync(store)).toBe(false);
	});
});
