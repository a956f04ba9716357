import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Two projects: `unit` (fast, pure TypeScript, no build) and `e2e` (Chromium against a built
 * site). `npm test` runs unit first, then the production build, then e2e.
 */
export default defineConfig({
	root,
	test: {
		// Time-sensitive code takes its clock as an argument; TZ is pinned so that nothing can lean
		// on the machine's zone by accident.
		env: { TZ: 'Pacific/Kiritimati' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
