import { existsSync } from 'node:fs';
import path from 'node:path';
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { bodyRehypePlugins } from '../markdown/body-plugins';
import type { SiteLinkOptions } from '../markdown/rehype-site-links';
import { describeFound, type Problem } from './problem';

/**
 * The checks that an MDX body needs before the build: MDX is code as much as text, and a mistake in it
 * (an unclosed { or tag, a component that is neither imported nor defined, an import of a file that is
 * not there, a name in braces that nothing defines) stops the build or the page. Each body is compiled
 * with the plugins the build uses (@astrojs/mdx: GitHub-flavoured Markdown, smart quotes, raw HTML,
 * then Vigil's own rehype plugins from src/markdown/body-plugins.ts), so that what compiles here
 * compiles there.
 */

/** One MDX entry's body, and where it is. */
export interface MdxBody {
	/** The file as the report names it. */
	file: string;
	/** The file on disk, to resolve its imports from. */
	absolute: string;
	/** The text after the frontmatter, and the file line it starts on. */
	body: string;
	bodyLine: number;
}

/** The little of an MDX syntax tree (mdast with MDX nodes) that this reads. */
interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: MdxNode[];
	position?: { start: { line: number } };
	data?: { estree?: EstreeNode | null };
	children?: MdxNode[];
}

/** The little of an estree node that this reads: its type and its child nodes, as any property. */
interface EstreeNode {
	type: string;
	[key: string]: unknown;
}

const SYNTAX_HINT =
	'in an .mdx file, { and < start code: write \\{ or &lt; for the characters themselves, close every tag you open (<br />, not <br>), or rename the file to .md if it uses no components';

/** Names every MDX body may use without defining them: Astro's MDX gives each page `frontmatter` and `props`. */
const PROVIDED = new Set(['frontmatter', 'props']);

function processorFor(links: SiteLinkOptions) {
	return createProcessor({
		format: 'mdx',
		jsxImportSource: 'astro',
		elementAttributeNameCase: 'html',
		remarkPlugins: [remarkGfm, remarkSmartypants],
		rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], ...bodyRehypePlugins(links)],
	});
}
const processors = new Map<string, ReturnType<typeof processorFor>>();

/** The estree nodes directly inside a node: its properties that are nodes or lists of nodes. */
function childNodes(node: EstreeNode): { key: string; child: EstreeNode }[] {
	const children: { key: string; child: EstreeNode }[] = [];
	for (const [key, value] of Object.entries(node)) {
		if (key === 'loc' || key === 'range' || key === 'position' || key === 'data') continue;
		for (const item of Array.isArray(value) ? value : [value]) {
			if (item && typeof item === 'object' && typeof (item as EstreeNode).type === 'string') children.push({ key, child: item as EstreeNode });
		}
	}
	return children;
}

/** The names a pattern (a parameter, a variable, a destructuring) declares. */
function patternNames(pattern: EstreeNode | null | undefined): string[] {
	if (!pattern) return [];
	switch (pattern.type) {
		case 'Identifier':
			return [pattern.name as string];
		case 'ObjectPattern':
			return (pattern.properties as EstreeNode[]).flatMap((property) => patternNames((property.type === 'RestElement' ? property.argument : property.value) as EstreeNode));
		case 'ArrayPattern':
			return (pattern.elements as (EstreeNode | null)[]).flatMap((element) => patternNames(element));
		case 'AssignmentPattern':
			return patternNames(pattern.left as EstreeNode);
		case 'RestElement':
			return patternNames(pattern.argument as EstreeNode);
		default:
			return [];
	}
}

/** Every name a piece of code declares anywhere in it: imports, variables, functions, classes, parameters. */
function declaredNames(node: EstreeNode, names = new Set<string>()): Set<string> {
	if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') names.add((node.local as EstreeNode).name as string);
	if (node.type === 'VariableDeclarator') for (const name of patternNames(node.id as EstreeNode)) names.add(name);
	if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.id) names.add((node.id as EstreeNode).name as string);
	if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
		for (const param of node.params as EstreeNode[]) for (const name of patternNames(param)) names.add(name);
	}
	if (node.type === 'CatchClause') for (const name of patternNames(node.param as EstreeNode | null)) names.add(name);
	for (const { child } of childNodes(node)) declaredNames(child, names);
	return names;
}

/**
 * The names a piece of code uses as values (and the components its JSX uses): not property names
 * after a dot, not object keys, not labels.
 */
function usedNames(node: EstreeNode, used = new Set<string>()): Set<string> {
	if (node.type === 'Identifier') used.add(node.name as string);
	if (node.type === 'JSXOpeningElement') {
		let name = node.name as EstreeNode;
		while (name.type === 'JSXMemberExpression') name = name.object as EstreeNode;
		if (name.type === 'JSXIdentifier' && /^[A-Z_$]/.test(name.name as string)) used.add(name.name as string);
	}
	for (const { key, child } of childNodes(node)) {
		if (key === 'property' && node.type === 'MemberExpression' && !node.computed) continue;
		if (key === 'key' && (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') && !node.computed) continue;
		if (key === 'label') continue;
		usedNames(child, used);
	}
	return used;
}

/** Whether an import's source is there: a file beside the entry (with or without its extension) or an installed package. */
function importExists(source: string, fromFile: string, projectRoot: string): boolean {
	if (/^(astro|node|virtual):/.test(source)) return true;
	if (source.startsWith('.') || source.startsWith('/')) {
		const target = source.startsWith('/') ? path.join(projectRoot, source) : path.resolve(path.dirname(fromFile), source.replace(/[?#].*$/, ''));
		const extensions = ['', '.astro', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.md', '.mdx', '.json'];
		return extensions.some((extension) => existsSync(target + extension)) || extensions.slice(1).some((extension) => existsSync(path.join(target, `index${extension}`)));
	}
	const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : (source.split('/')[0] ?? source);
	for (let folder = path.dirname(fromFile); ; folder = path.dirname(folder)) {
		if (existsSync(path.join(folder, 'node_modules', name))) return true;
		if (path.dirname(folder) === folder) return false;
	}
}

/** The first line of a compiler message, without the place MDX adds in brackets (the report gives the line). */
function reasonOf(error: unknown): string {
	const reason = error && typeof error === 'object' && 'reason' in error && typeof error.reason === 'string' ? error.reason : error instanceof Error ? error.message : String(error);
	return (reason.split('\n')[0] ?? reason).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
}

/** The line of the body a compiler message is about: its own, or the first place its text names ("(3:1-3:6)"). */
function lineOfError(error: unknown): number | undefined {
	if (error && typeof error === 'object' && 'line' in error && typeof error.line === 'number') return error.line;
	const named = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(error instanceof Error ? error.message : String(error));
	return named ? Number(named[1]) : undefined;
}

/** Every problem the build would stop on in one MDX body, each with the file line it is on. */
export async function mdxBodyProblems(entry: MdxBody, links: SiteLinkOptions, projectRoot: string): Promise<Problem[]> {
	const key = JSON.stringify(links);
	const processor = processors.get(key) ?? processorFor(links);
	processors.set(key, processor);
	const fileLine = (line: number | undefined) => entry.bodyLine + Math.max(1, line ?? 1) - 1;
	const problem = (line: number | undefined, message: string, found: string | undefined, hint: string): Problem => ({
		file: entry.file,
		line: fileLine(line),
		field: '(text)',
		message,
		...(found === undefined ? {} : { found }),
		hint,
		severity: 'error',
	});

	const source = { path: entry.absolute, value: entry.body };
	let tree: MdxNode;
	try {
		tree = processor.parse(source) as MdxNode;
	} catch (error) {
		return [problem(lineOfError(error), `expected MDX that can be read, but ${reasonOf(error).replace(/^./, (first) => first.toLowerCase())}`, undefined, SYNTAX_HINT)];
	}

	const problems: Problem[] = [];
	const defined = new Set(PROVIDED);
	const uses: { node: MdxNode; names: Set<string>; what: (name: string) => string }[] = [];
	const walk = (node: MdxNode) => {
		const estree = node.data?.estree;
		if (node.type === 'mdxjsEsm' && estree) {
			declaredNames(estree, defined);
			for (const statement of estree.body as EstreeNode[]) {
				const from = (statement.source as EstreeNode | null | undefined)?.value;
				if (typeof from === 'string' && !importExists(from, entry.absolute, projectRoot)) {
					const line = (statement.loc as { start?: { line?: number } } | undefined)?.start?.line ?? node.position?.start.line;
					problems.push(
						problem(
							line,
							'expected an import of a file or package that exists',
							`${describeFound(from)}, which is not there`,
							'check the spelling and the number of ../ (the path is relative to this file), or remove the import and what uses it',
						),
					);
				}
			}
		}
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
			const root = node.name.split('.')[0] ?? node.name;
			if (/^[A-Z_$]/.test(root) || node.name.includes('.')) uses.push({ node, names: new Set([root]), what: (name) => `<${node.name === name ? name : node.name}>` });
		}
		const expressions = [estree, ...(node.attributes ?? []).flatMap((attribute) => [attribute.data?.estree, (attribute.value as MdxNode | null | undefined)?.data?.estree])];
		if (node.type !== 'mdxjsEsm') {
			for (const expression of expressions) {
				if (!expression) continue;
				const declaredHere = declaredNames(expression);
				const names = new Set([...usedNames(expression)].filter((name) => !declaredHere.has(name)));
				if (names.size) uses.push({ node, names, what: (name) => (/^[A-Z_$]/.test(name) ? `<${name}>` : `{${name}}`) });
			}
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	for (const { node, names, what } of uses) {
		for (const name of names) {
			if (defined.has(name) || name in globalThis) continue;
			const isComponent = what(name).startsWith('<');
			problems.push(
				isComponent
					? problem(
							node.position?.start.line,
							`expected a component that is imported at the top of the file (import ${name} from '…')`,
							`${describeFound(what(name))}, which is neither imported nor defined`,
							'check the spelling (capital letters count) and import it, or take it out; Vigil gives MDX no components of its own',
						)
					: problem(
							node.position?.start.line,
							'expected braces to hold code whose names the file defines',
							`${describeFound(what(name))}, which nothing defines`,
							'to show braces as text, write \\{ and \\}; otherwise define the name with export const, or rename the file to .md',
						),
			);
		}
	}
	if (problems.length) return problems;

	// The rest of the pipeline, as the build runs it: a plugin that stops on this body stops the build.
	try {
		processor.stringify(await processor.run(tree as Parameters<typeof processor.run>[0], source), source);
	} catch (error) {
		problems.push(problem(lineOfError(error), `expected MDX that the build can turn into a page, but ${reasonOf(error).replace(/^./, (first) => first.toLowerCase())}`, undefined, SYNTAX_HINT));
	}
	return problems;
}
