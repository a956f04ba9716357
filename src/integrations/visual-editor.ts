import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { withinFolder } from '../core/within-folder';

/**
 * The visual editor at <base>admin/, for `npm run edit` only (scripts/edit.ts): Decap CMS, installed
 * from npm, served by the preview from its own origin, with the page and configuration that
 * `npm run edit` writes into VIGIL_EDITOR_DIR. It exists in `astro dev` alone: a build has no hook
 * that serves it and nothing copies it, so it is never part of dist/ (a test checks the built site).
 * Without VIGIL_EDITOR_DIR (a plain `npm run dev`), there is no /admin/ at all.
 */

/** The environment variable naming the folder with the editor's page (index.html) and configuration (config.yml). */
export const EDITOR_DIR_VARIABLE = 'VIGIL_EDITOR_DIR';

/** Where the editor's own files are served from, under <base>admin/. */
export const EDITOR_BUNDLE_PATH = 'decap/';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
};

/** The environment variable naming the folder the editor reads and writes files in: the one that holds the content folder. */
export const EDITOR_ROOT_VARIABLE = 'VIGIL_EDITOR_ROOT';

/** The address, under <base>admin/, where the editor reads and writes files; with its slash, as the site's every address (trailingSlash: always). */
export const EDITOR_API_PATH = 'api/';

const requireHere = createRequire(import.meta.url);

/** The folder of Decap CMS's built files (dist/), as npm installed it. */
function decapBundleFolder(): string {
	return path.dirname(requireHere.resolve('decap-cms/dist/decap-cms.js'));
}

/**
 * Decap's local proxy (decap-server's file-system mode) as a handler of the preview itself, at
 * <base>admin/api/: the editor reads and writes the files in `root` through the page's own origin,
 * with no second server, port or cross-origin request. decap-server confines every path to `root`.
 * Its handler answers POST /api/v1, which a request for <base>admin/api/ is passed on as.
 */
async function fileProxy(root: string): Promise<(request: IncomingMessage, response: ServerResponse, next: () => void) => void> {
	const decapServer = requireHere.resolve('decap-server/dist/middlewares.js');
	const express = createRequire(decapServer)('express') as () => ((request: IncomingMessage, response: ServerResponse, next: () => void) => void) & { use: unknown; post: unknown };
	const { registerLocalFs } = requireHere(decapServer) as { registerLocalFs: (app: unknown, options: { logLevel: string }) => Promise<void> };
	// decap-server reads the folder from its environment when it registers.
	process.env.GIT_REPO_DIRECTORY = root;
	const app = express();
	await registerLocalFs(app, { logLevel: 'warn' });
	return app;
}

/** A request handler that answers <base>admin/… from the editor's folder and Decap's bundle, and passes anything else on. */
export function serveEditor(editorDir: string, bundleDir: string, base: string) {
	const prefixes = [...new Set([`${base.replace(/\/*$/, '/')}admin/`, '/admin/'])];
	return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
		const pathname = (request.url ?? '').split(/[?#]/)[0] ?? '';
		if (prefixes.some((prefix) => pathname === prefix.slice(0, -1))) {
			response.writeHead(301, { Location: `${pathname}/` }).end();
			return;
		}
		const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
		if (!prefix) return next();
		let inside: string;
		try {
			inside = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
		} catch {
			return next();
		}
		const file = inside.startsWith(EDITOR_BUNDLE_PATH) ? withinFolder(bundleDir, inside.slice(EDITOR_BUNDLE_PATH.length)) : withinFolder(editorDir, inside);
		const type = file && CONTENT_TYPES[path.extname(file)];
		if (!file || !type || !existsSync(file) || !statSync(file).isFile()) return next();
		// The page and its configuration change with each `npm run edit`; the browser must not keep them.
		response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
		if (request.method === 'HEAD') return void response.end();
		createReadStream(file).pipe(response);
	};
}

export function visualEditor(): AstroIntegration {
	let base = '/';
	return {
		name: 'vigil:visual-editor',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:server:setup': ({ server, logger }) => {
				const editorDir = process.env[EDITOR_DIR_VARIABLE];
				const root = process.env[EDITOR_ROOT_VARIABLE];
				if (!editorDir || !root) return;
				// Registered now, before Astro's own handlers (which answer 404); the proxy itself is ready a moment later.
				const proxy = fileProxy(root);
				const api = `/admin/${EDITOR_API_PATH}`;
				server.middlewares.use((request, response, next) => {
					const pathname = (request.url ?? '').split(/[?#]/)[0] ?? '';
					if (pathname !== `${base.replace(/\/*$/, '')}${api}` && pathname !== api) return next();
					request.url = '/api/v1';
					proxy.then((handle) => handle(request, response, next), next);
				});
				server.middlewares.use(serveEditor(editorDir, decapBundleFolder(), base));
				logger.info(`the editor is at ${base}admin/, writing in ${root}`);
			},
		},
	};
}
