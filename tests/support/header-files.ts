/**
 * Readers for the two places the site's response headers are written down: dist/_headers, which
 * the build writes for Netlify and Cloudflare Pages, and docs/nginx.conf, the example for nginx.
 * No library reads either format, and each test needs only its plain shape.
 */

/** One rule of a _headers file: a path pattern and the headers sent for it, in order. */
export interface HeaderRule {
	path: string;
	headers: [name: string, value: string][];
}

/**
 * Reads a _headers file (https://docs.netlify.com/manage/routing/headers/): a line that starts
 * without a space is a path; indented `Name: value` lines below it are its headers; `#` starts a
 * comment line. Anything else is an error, as the hosts would report it.
 */
export function readHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) throw new Error(`_headers line ${index + 1} is neither a path nor a header under one: ${line}`);
		rule.headers.push([header[1] ?? '', header[2] ?? '']);
	});
	return rules;
}

/** A directive of an nginx configuration: its name, its arguments and, for blocks, what is inside. */
export interface NginxDirective {
	name: string;
	args: string[];
	block?: NginxDirective[];
}

/**
 * Reads an nginx configuration into its directives (https://nginx.org/en/docs/beginners_guide.html,
 * "Configuration File's Structure"): words and quoted strings, `;` ends a simple directive, `{ … }`
 * holds a block, `#` comments out the rest of a line.
 */
export function readNginxConfig(text: string): NginxDirective[] {
	const tokens: string[] = [];
	const token = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#]+)/y;
	while (token.lastIndex < text.length) {
		const at = token.lastIndex;
		const match = token.exec(text);
		if (!match) throw new Error(`nginx configuration: cannot read from "${text.slice(at, at + 40)}"`);
		const [, double, single, punctuation, word] = match;
		// Quoted strings are marked, so that a quoted "{" or ";" is never taken for punctuation.
		if (double !== undefined || single !== undefined) tokens.push(`\u0000${(double ?? single ?? '').replace(/\\(.)/g, '$1')}`);
		else if (punctuation !== undefined || word !== undefined) tokens.push(punctuation ?? word ?? '');
	}

	let position = 0;
	const unquote = (value: string) => value.replace(/^\u0000/, '');
	function directives(inBlock: boolean): NginxDirective[] {
		const list: NginxDirective[] = [];
		while (position < tokens.length) {
			const name = tokens[position++] ?? '';
			if (name === '}') {
				if (!inBlock) throw new Error('nginx configuration: a "}" closes no block');
				return list;
			}
			const args: string[] = [];
			while (position < tokens.length && !['{', '}', ';'].includes(tokens[position] ?? '')) args.push(unquote(tokens[position++] ?? ''));
			const end = tokens[position++];
			if (end === ';') list.push({ name, args });
			else if (end === '{') list.push({ name, args, block: directives(true) });
			else throw new Error(`nginx configuration: "${name}" is not ended by ";" or a block`);
		}
		if (inBlock) throw new Error('nginx configuration: a block is not closed');
		return list;
	}
	return directives(false);
}

/** Every directive with a block inside a list, at any depth, e.g. every location of a server. */
export function nestedBlocks(list: NginxDirective[]): NginxDirective[] {
	return list.flatMap((directive) => (directive.block ? [directive, ...nestedBlocks(directive.block)] : []));
}
