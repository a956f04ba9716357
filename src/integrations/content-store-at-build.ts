import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro's content plugin resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
/** The file Astro writes the content layer's store to in a build, in its cache folder (getDataStoreFile). */
const DATA_STORE_FILE = 'data-store.json';

/**
 * In a build, Astro hands the content layer's whole store (every entry's fields and rendered HTML)
 * to Vite as one JavaScript module, which Vite parses and bundles, only for the build's own
 * rendering of the pages to read it back a moment later. For a large archive that module is tens of
 * megabytes. This replaces it, before Vite parses it, with a module that reads the file Astro has
 * just written (`<cacheDir>/data-store.json`) when the pages render: the same value, since Astro
 * makes the module from that file's JSON (`dataToEsm`), without the bundling. The built pages are
 * the same byte for byte.
 *
 * Only `astro build`: the dev server keeps Astro's module, which it reloads on every change. Should
 * a later Astro name the module otherwise, this matches nothing and Astro bundles the store as
 * before: slower, never wrong; the build then no longer logs the line below, which the benchmark's
 * test looks for. Measured in docs/performance.md.
 */
export function contentStoreAtBuild(): AstroIntegration {
	return {
		name: 'vigil:content-store-at-build',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				const storeFile = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'vigil:content-store-at-build',
								enforce: 'pre',
								// Astro's own plugin resolves and loads the module first; what it loaded is
								// replaced here, before Vite parses it.
								transform(code: string, id: string) {
									// Without the file, Astro's module is an empty store: nothing to read, nothing to replace.
									if (id !== RESOLVED_DATA_STORE_ID || !existsSync(storeFile)) return undefined;
									logger.info(`the content store (${(statSync(storeFile).size / 1024 ** 2).toFixed(1)} MB) is read from ${DATA_STORE_FILE} as pages render, not bundled (a ${(code.length / 1024 ** 2).toFixed(1)} MB module)`);
									return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`, map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
