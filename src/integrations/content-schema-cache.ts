import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the digest of the schemas the cached content was parsed with is kept, in Astro's cache folder. */
const DIGEST_FILE = 'vigil-content-schemas.sha256';

/**
 * Empties Astro's cache of parsed content when the schemas have changed since it was filled. Astro
 * clears that cache only when the text of src/content.config.ts changes, not when a schema it
 * imports from src/schemas/ does; an entry whose file did not change then comes back from the cache
 * without a field added since (an organiser who updates Vigil would see pages fail on it). Images
 * stay cached: only the parsed entries go, and parsing them again takes seconds.
 */
export function contentSchemaCache(): AstroIntegration {
	return {
		name: 'vigil:content-schema-cache',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				if (command === 'preview') return;
				const root = fileURLToPath(config.root);
				const cacheDir = fileURLToPath(config.cacheDir);
				const digest = schemasDigest(root);
				const digestFile = path.join(cacheDir, DIGEST_FILE);
				if (existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest) return;
				rmSync(path.join(cacheDir, 'data-store.json'), { force: true });
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(digestFile, digest);
			},
		},
	};
}

/** A digest of the content config and every schema file, in a fixed order. */
export function schemasDigest(root: string): string {
	const hash = createHash('sha256');
	const schemasDir = path.join(root, 'src/schemas');
	const files = [path.join(root, 'src/content.config.ts'), ...readdirSync(schemasDir).filter((file) => file.endsWith('.ts')).sort().map((file) => path.join(schemasDir, file))];
	for (const file of files) {
		if (!existsSync(file)) continue;
		hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}
