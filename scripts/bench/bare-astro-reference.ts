/**
 * The benchmark's bare Astro reference: a minimal plain-Astro site over the same story Markdown
 * files as the synthetic archive (one page per story, one list page, a Pagefind index), built in
 * the same run and measured the same way as Vigil's builds. Vigil's build time is then printed as
 * a ratio to it, so that the cost of Vigil's features is measured rather than guessed, on whatever
 * machine the benchmark runs.
 *
 * The reference project lives outside the repository; it borrows the repository's astro,
 * @astrojs/mdx and pagefind through a node_modules symlink, so that both sites use the same versions.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureCommand, type CommandMeasurement } from './measured-command';

export interface ReferenceBuild {
	seconds: number;
	astroSeconds: number;
	pagefindSeconds: number;
	peakRssBytes: number;
	pages: number;
}

/** The reference project's files, by path inside it. */
function projectFiles(storiesDir: string, cacheDir: string, outDir: string, viteCacheDir: string): Record<string, string> {
	return {
		'package.json': `${JSON.stringify({ name: 'vigil-bench-bare-astro', private: true, type: 'module' }, null, '\t')}\n`,
		// Astro's default cacheDir (and Vite's) is under node_modules, which here is the repository's own
		// through the symlink: both are moved into the project so the reference never writes there.
		'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	cacheDir: ${JSON.stringify(cacheDir)},
	outDir: ${JSON.stringify(outDir)},
	integrations: [mdx()],
	vite: { cacheDir: ${JSON.stringify(viteCacheDir)} },
});
`,
		// The portrait is left as plain data, not processed with image(): the reference measures text
		// pages, so that the ratio is not dominated by image encoding, which a bare site would not do.
		'src/content.config.ts': `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const stories = defineCollection({
	loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(pathToFileURL(storiesDir).href)} }),
	schema: z.object({ title: z.string(), summary: z.string() }).passthrough(),
});

export const collections = { stories };
`,
		'src/pages/stories/[...id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const stories = await getCollection('stories');
	return stories.map((story) => ({ params: { id: story.id }, props: { story } }));
}

const { story } = Astro.props;
const { Content } = await render(story);
---
<html lang={story.id.split('/')[0]}>
	<head><meta charset="utf-8" /><title>{story.data.title}</title></head>
	<body>
		<main>
			<h1>{story.data.title}</h1>
			<p>{story.data.summary}</p>
			<Content />
		</main>
	</body>
</html>
`,
		'src/pages/index.astro': `---
import { getCollection } from 'astro:content';

const stories = await getCollection('stories');
---
<html lang="en">
	<head><meta charset="utf-8" /><title>Stories</title></head>
	<body>
		<h1>Stories</h1>
		<ul>{stories.map((story) => <li><a href={\`/stories/\${story.id}/\`}>{story.data.title}</a></li>)}</ul>
	</body>
</html>
`,
		'index.mjs': `import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(\`Pagefind did not start: \${errors.join('; ')}\`);
const added = await index.addDirectory({ path: ${JSON.stringify(outDir)} });
if (added.errors.length > 0) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: ${JSON.stringify(path.join(outDir, 'pagefind'))} });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
console.log(\`Indexed \${added.page_count} pages.\`);
await pagefind.close();
`,
	};
}

/** Writes a file only when its text changed: an unchanged project keeps its timestamps between runs. */
function writeIfChanged(file: string, text: string): void {
	if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
}

/** node_modules → the repository's, so that the reference resolves the very packages Vigil builds with. */
function linkNodeModules(projectDir: string, repoRoot: string): void {
	const link = path.join(projectDir, 'node_modules');
	const target = path.join(repoRoot, 'node_modules');
	const current = lstatSync(link, { throwIfNoEntry: false });
	if (current?.isSymbolicLink() && readlinkSync(link) === target) return;
	// Only ever a link of ours: rmSync on a link removes the link, not what it points at.
	if (current) rmSync(link, { recursive: true, force: true });
	symlinkSync(target, link, 'dir');
}

function failUnlessDone(step: CommandMeasurement, name: string): void {
	if (step.exitCode === 0) return;
	const tail = step.output.trimEnd().split('\n').slice(-30).join('\n');
	throw new Error(`the bare Astro reference's ${name} failed (exit code ${step.exitCode}):\n${tail}`);
}

/** Writes (once) the reference project in `projectDir` and builds it over the stories in `storiesDir`. */
export async function buildBareReference(options: {
	storiesDir: string;
	projectDir: string;
	repoRoot: string;
	cold: boolean;
	env?: NodeJS.ProcessEnv;
}): Promise<ReferenceBuild> {
	const { storiesDir, projectDir, repoRoot } = options;
	const cacheDir = path.join(projectDir, 'cache');
	const outDir = path.join(projectDir, 'dist');
	if (options.cold) rmSync(cacheDir, { recursive: true, force: true });
	// Vigil's benchmark empties its output before every build; the reference does the same.
	rmSync(outDir, { recursive: true, force: true });
	for (const [file, text] of Object.entries(projectFiles(storiesDir, cacheDir, outDir, path.join(projectDir, 'vite-cache')))) {
		writeIfChanged(path.join(projectDir, file), text);
	}
	linkNodeModules(projectDir, repoRoot);

	// Offline, as Vigil's builds are; no colours, so that a failure's log reads as text.
	const env = { ...(options.env ?? process.env), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
	const astro = await measureCommand(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--root', projectDir], { cwd: projectDir, env });
	failUnlessDone(astro, 'astro build');
	const pagefind = await measureCommand(process.execPath, ['index.mjs'], { cwd: projectDir, env });
	failUnlessDone(pagefind, 'Pagefind index');

	return {
		seconds: astro.seconds + pagefind.seconds,
		astroSeconds: astro.seconds,
		pagefindSeconds: pagefind.seconds,
		peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
		pages: readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length,
	};
}
