import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether they are served by `astro dev` (import.meta.env.VIGIL_DEV_SERVER), from the
 * command that is running. Astro's own import.meta.env.DEV follows NODE_ENV instead, and a build
 * started with NODE_ENV=test (as a test runner sets it) would count as development: it would publish
 * drafts and scheduled entries and leave out the Content-Security-Policy.
 */
export function devServerFlag(): AstroIntegration {
	return {
		name: 'vigil:dev-server-flag',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { 'import.meta.env.VIGIL_DEV_SERVER': JSON.stringify(command === 'dev') } } });
			},
		},
	};
}
