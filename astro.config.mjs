// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { basePath, readSiteSettings } from './src/data/site-settings.ts';
import { contentCheck } from './src/validation/integration.ts';

const settings = readSiteSettings();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: process.env.VIGIL_SITE_URL || settings?.url || 'http://localhost:4321',
	base: basePath(settings),
	// Every page is a folder with an index.html, which every static server can serve as /page/.
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [contentCheck(), mdx(), sitemap()],
	image: {
		// Local images only: the archive must build offline and never fetch from another origin.
		remotePatterns: [],
	},
	server: { port: 4321, host: 'localhost' },
	preview: { port: 4321, host: 'localhost' },
	devToolbar: { enabled: false },
});
