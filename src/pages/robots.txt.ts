import type { APIRoute } from 'astro';
import { joinFile } from '../core/paths';

/**
 * Every crawler may read every page (unlisted stories carry their own noindex), and is pointed to
 * the sitemap, under the base path the site is served from.
 */
export const GET: APIRoute = ({ site }) => {
	const sitemapPath = joinFile(import.meta.env.BASE_URL, 'sitemap-index.xml');
	const sitemap = site ? new URL(sitemapPath, site).href : sitemapPath;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
