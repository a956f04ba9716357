import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteSettings } from '../archive/site-settings';
import { contentRoot } from '../core/content-root';
import { pathUnder } from '../core/dev-request-path';
import { withinFolder } from '../core/within-folder';
import { validateArchive } from '../validation/validate-archive';
import { editorFileView, editorFileViewHandler } from './editor-file-view';

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

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

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
async function fileProxy(root: string, contentFolder: string, defaultLocale: string): Promise<Handler> {
	const decapServer = requireHere.resolve('decap-server/dist/middlewares.js');
	const express = createRequire(decapServer)('express') as (() => Handler & { use(handler: Handler): void; post(address: string, handler: (request: never, response: never, next: () => void) => void): void }) & { json(options: { limit: string }): Handler };
	const { registerLocalFs } = requireHere(decapServer) as { registerLocalFs: (app: unknown, options: { logLevel: string }) => Promise<void> };
	// decap-server reads the folder from its environment when it registers.
	process.env.GIT_REPO_DIRECTORY = root;
	const app = express();
	// The body parser decap-server registers, first, so that the view of the entries (editor-file-view.ts)
	// can rewrite the paths before decap-server checks and uses them; its own parser then finds the body read.
	app.use(express.json({ limit: '50mb' }));
	app.post('/api/v1', editorFileViewHandler(editorFileView(root, contentFolder), defaultLocale));
	await registerLocalFs(app, { logLevel: 'warn' });
	return app;
}

/** Answers a request for a file of the editor, at `inside` <base>admin/: its page and configuration, or Decap's bundle; anything else goes on. */
function serveEditorFile(inside: string, editorDir: string, bundleDir: string, request: IncomingMessage, response: ServerResponse, next: () => void): void {
	const wanted = inside || 'index.html';
	const file = wanted.startsWith(EDITOR_BUNDLE_PATH) ? withinFolder(bundleDir, wanted.slice(EDITOR_BUNDLE_PATH.length)) : withinFolder(editorDir, wanted);
	const type = file && CONTENT_TYPES[path.extname(file)];
	if (!file || !type || !existsSync(file) || !statSync(file).isFile()) return next();
	// The page and its configuration change with each `npm run edit`; the browser must not keep them.
	response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
	if (request.method === 'HEAD') return void response.end();
	createReadStream(file).pipe(response);
}

/** The address, under <base>admin/, that answers the checker's problems with one file. */
export const EDITOR_CHECK_PATH = 'check/';

/** The file name, without extension, of the entry written last in a collection's folders. */
function lastWritten(folder: string): string {
	if (!existsSync(folder)) return '';
	let newest = { name: '', time: 0 };
	for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/i.test(file)) continue;
		const time = statSync(path.join(folder, file)).mtimeMs;
		if (time > newest.time) newest = { name: path.basename(file).replace(/\.mdx?$/i, ''), time };
	}
	return newest.name;
}

/**
 * The checker's problems with one entry of the archive and its translations, for the editor to show
 * after a save (scripts/edit/editor-page.ts): GET <base>admin/check/?collection=<the editor's
 * collection>&slug=<the entry's file name>. A collection offered one language at a time is named
 * <collection>-<locale> in the editor (scripts/edit/editor-config.ts); the entry's files in every
 * language are checked. The whole archive is checked, as `npm run check` does, since some rules look
 * across entries.
 */
function serveCheck(publicDir: string) {
	return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
		const query = new URL(request.url ?? '', 'http://localhost').searchParams;
		const collection = (query.get('collection') ?? '').replace(/-[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, '');
		const root = contentRoot();
		// A new entry has its name only once saved, after the editor's event was made: the entry of the
		// collection written last is the one just saved.
		const slug = query.get('slug') || lastWritten(path.join(root, collection));
		const { problems } = await validateArchive(root, process.cwd(), { publicDir });
		const ofEntry = problems.filter((problem) => {
			const parts = path.relative(root, path.resolve(process.cwd(), problem.file)).split(path.sep);
			return parts[0] === collection && (parts.at(-1) ?? '').replace(/\.mdx?$/i, '') === slug;
		});
		// Named from the folder that holds the content folder ("content/events/en/2027/…"), as the organiser knows it.
		const named = ofEntry.map((problem) => ({ ...problem, file: path.relative(path.dirname(root), path.resolve(process.cwd(), problem.file)).split(path.sep).join('/') }));
		response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify({ problems: named }));
	};
}

export function visualEditor(): AstroIntegration {
	let base = '/';
	let publicDir = 'public';
	return {
		name: 'vigil:visual-editor',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				publicDir = fileURLToPath(config.publicDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				const editorDir = process.env[EDITOR_DIR_VARIABLE];
				const root = process.env[EDITOR_ROOT_VARIABLE];
				if (!editorDir || !root) return;
				// Registered now, before Astro's own handlers (which answer 404); the proxy itself is ready a moment later.
				const archive = contentRoot();
				const proxy = fileProxy(root, path.relative(root, archive).split(path.sep).join('/'), readSiteSettings(archive)?.defaultLocale ?? 'en');
				const check = serveCheck(publicDir);
				const bundleDir = decapBundleFolder();
				server.middlewares.use((request, response, next) => {
					const inside = pathUnder(request.url, base, 'admin');
					// (/admin without its slash never reaches here: Astro answers it first, as every address without one.)
					if (inside === undefined) {
						next();
					} else if (inside === EDITOR_API_PATH) {
						request.url = '/api/v1';
						proxy.then((handle) => handle(request, response, next), next);
					} else if (inside === EDITOR_CHECK_PATH) {
						check(request, response).catch(next);
					} else {
						serveEditorFile(inside, editorDir, bundleDir, request, response, next);
					}
				});
				logger.info(`the editor is at ${base}admin/, writing in ${root}`);
			},
		},
	};
}
