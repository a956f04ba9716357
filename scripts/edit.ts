/**
 * npm run edit — the preview with a visual editor at /admin/, for organisers who work in forms rather
 * than in a terminal and a text editor. The editor (Decap CMS) edits the files in content/ directly,
 * on this machine, with no account and no request to another origin; its configuration is generated
 * from the schemas each time (scripts/edit/editor-config.ts), and it is never part of a build.
 * Exit codes: those of the preview when it stops; 1 when it cannot start; 2 when used wrongly.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { basePath, readSiteSettings } from '../src/archive/site-settings';
import { contentRoot } from '../src/core/content-root';
import { EDITOR_API_PATH, EDITOR_DIR_VARIABLE, EDITOR_ROOT_VARIABLE } from '../src/integrations/visual-editor';
import { CommandFailure, runCommand, UsageError, type CommandArguments } from './cli';
import { editorConfig } from './edit/editor-config';
import { checkOnSaveScript, editorPage, textDirectionScript } from './edit/editor-page';

const HELP = `Usage: npm run edit [-- options]

Starts the preview (as npm run dev does) with a visual editor at http://localhost:4321/admin/.
The editor writes the files in content/ directly, on this computer: new entries start as drafts,
and npm run check then checks what it saved. Stop it with Ctrl+C.

Options:
  --port <number>     the preview's port (default: 4321)
  --content <folder>  another content folder (default: content, or $VIGIL_CONTENT)
  --verbose           on an unexpected error, show where it happened (also VIGIL_VERBOSE=1)
  -h, --help          show this help

Exits with the preview's code when it stops, 1 when it cannot start (site.yaml missing or with
mistakes), 2 when an option is unknown or in the wrong form.`;

const OPTIONS = {
	port: { type: 'string', default: '4321' },
	content: { type: 'string' },
} as const;

/** Where `npm run edit` writes the editor's page and configuration: inside node_modules/, never in public/ or dist/. */
const EDITOR_FOLDER = 'node_modules/.cache/vigil-editor';

async function edit({ values }: CommandArguments<typeof OPTIONS>): Promise<0 | 1> {
	if (!/^\d+$/.test(values.port) || Number(values.port) < 1 || Number(values.port) > 65535) throw new UsageError(`--port: expected a port number such as 4321, found ${JSON.stringify(values.port)}`);
	if (values.content) process.env.VIGIL_CONTENT = values.content;
	const root = contentRoot();
	const settings = readSiteSettings(root);
	if (!settings) throw new CommandFailure(`${root}/site.yaml is missing or has mistakes, so the editor cannot know the languages; run npm run check to see what to fix.`);
	const base = basePath(settings);
	const editorDir = path.resolve(EDITOR_FOLDER);
	mkdirSync(editorDir, { recursive: true });
	const config = editorConfig(settings, { proxyUrl: `${base}admin/${EDITOR_API_PATH}` }, { contentFolder: path.basename(root), schemaFolder: path.resolve('src/schemas') });
	writeFileSync(path.join(editorDir, 'config.yml'), stringify(config, { lineWidth: 0 }));
	writeFileSync(path.join(editorDir, 'index.html'), editorPage());
	writeFileSync(path.join(editorDir, 'text-direction.js'), textDirectionScript());
	writeFileSync(path.join(editorDir, 'check-on-save.js'), checkOnSaveScript());
	console.log(`The editor is at http://localhost:${values.port}${base}admin/ (the site's preview at http://localhost:${values.port}${base}). Stop with Ctrl+C.`);
	const astro = path.resolve('node_modules/.bin/astro');
	const child = spawn(astro, ['dev', '--port', values.port], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', VIGIL_CONTENT: root, [EDITOR_DIR_VARIABLE]: editorDir, [EDITOR_ROOT_VARIABLE]: path.dirname(root) },
	});
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return code === 0 || code === null ? 0 : 1;
}

await runCommand({ name: 'npm run edit', help: HELP, options: OPTIONS, run: edit });
