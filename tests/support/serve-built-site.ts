import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { freePort } from '../../scripts/free-port';
import { buildSharedArchive, sharedBuildDir, sharedBuildSettings } from './fixture-builds';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The address of the served site, with its base path and a trailing slash. */
		siteUrl: string;
		/** Where the tests connect to the shared Chromium. */
		browserEndpoint: string;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Global setup of the browser tests: serves the full fixture archive's shared build (made by the
 * build tests just before; made here when the browser tests run alone or the code has changed since) with `astro preview`, which
 * honours the base path as hosts do, and starts one Chromium for every test file.
 */
export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`Chromium was not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
	}
	await buildSharedArchive('full');
	// astro.config.mjs reads the archive's site.yaml (for the base path) from VIGIL_CONTENT.
	const settings = sharedBuildSettings('full');
	Object.assign(process.env, settings);
	const port = await freePort();
	const server = await preview({ root, outDir: sharedBuildDir('full'), logLevel: 'warn', server: { host: '127.0.0.1', port } });
	const base = (settings.VIGIL_BASE ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
	const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

	project.provide('siteUrl', `http://127.0.0.1:${port}${base}`);
	project.provide('browserEndpoint', browserServer.wsEndpoint());

	return async () => {
		await browserServer.close();
		await server.stop();
	};
}
