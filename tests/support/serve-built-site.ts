import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { freePort } from './free-port';

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
 * Serves the built site in dist/ with `astro preview` (which honours the base path, as hosts do)
 * and starts one Chromium for every test file.
 */
export default async function setup(project: TestProject) {
	if (!existsSync(`${root}dist/index.html`)) {
		throw new Error('The browser tests need a built site in dist/: run `npm run build` first (npm test does).');
	}
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`Chromium was not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
	}
	const port = await freePort();
	const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
	const base = (process.env.VIGIL_BASE ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
	const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

	project.provide('siteUrl', `http://127.0.0.1:${port}${base}`);
	project.provide('browserEndpoint', browserServer.wsEndpoint());

	return async () => {
		await browserServer.close();
		await server.stop();
	};
}
