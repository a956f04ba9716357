/**
 * The editor's page at <base>admin/: Decap CMS from the preview's own origin, and a
 * Content-Security-Policy that keeps it there. The policy allows nothing from another origin, so
 * that no font, locale file or script the editor might ask for elsewhere can be fetched, and it
 * allows 'unsafe-eval', which Decap's bundle needs to start (docs/visual-editor.md): this page alone,
 * on the organiser's own machine, never the published site, whose policy stays as strict as it is.
 */
/**
 * A script for the editor's page: Decap sets no direction on its fields, so Arabic (or Persian,
 * Urdu, Hebrew) typed in them ran left to right. Every text field and rich-text area gets
 * dir="auto" as it appears, and the browser then lays out each from its first letter.
 */
export function textDirectionScript(): string {
	return `// Written by npm run edit (scripts/edit/editor-page.ts).
const fields = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';
const mark = (root) => root.querySelectorAll?.(fields).forEach((field) => field.setAttribute('dir', 'auto'));
new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => {
	if (node.nodeType !== 1) return;
	if (node.matches(fields)) node.setAttribute('dir', 'auto');
	mark(node);
}))).observe(document.documentElement, { childList: true, subtree: true });
`;
}

/**
 * A script for the editor's page: after each save, the checker's verdict on the entry and its
 * translations, in a panel at the foot of the screen. The form checks each field alone; the rules
 * that link fields (an end after the start, a venue unless the event is online) are the checker's,
 * and the organiser sees them where they work, without a terminal.
 */
export function checkOnSaveScript(): string {
	return `// Written by npm run edit (scripts/edit/editor-page.ts).
const panel = document.createElement('section');
panel.className = 'vigil-check';
panel.setAttribute('role', 'status');
panel.setAttribute('aria-label', 'npm run check');
panel.hidden = true;
panel.style.cssText = 'position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem; max-inline-size: 36rem; z-index: 10000; background: #fff; color: #1a1a1a; border: 3px solid; border-radius: 6px; padding: 1rem; font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 2px 10px rgb(0 0 0 / 25%)';
document.body.append(panel);

function show(title, lines, passed) {
	const heading = document.createElement('h2');
	heading.textContent = title;
	heading.style.cssText = 'font-size: 1rem; margin: 0 0 0.5rem';
	const list = document.createElement('ul');
	list.style.cssText = 'margin: 0 0 0.75rem; padding-inline-start: 1.25rem';
	for (const line of lines) {
		const item = document.createElement('li');
		item.textContent = line;
		list.append(item);
	}
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = 'Close';
	close.addEventListener('click', () => (panel.hidden = true));
	panel.replaceChildren(heading, ...(lines.length ? [list] : []), close);
	panel.style.borderColor = passed ? '#2e7d32' : '#b3261e';
	panel.hidden = false;
}

window.CMS.registerEventListener({
	name: 'postSave',
	handler: async ({ entry }) => {
		try {
			const query = new URLSearchParams({ collection: entry.get('collection'), slug: entry.get('slug') });
			const response = await fetch('check/?' + query);
			if (!response.ok) throw new Error('the check answered ' + response.status);
			const { problems } = await response.json();
			const errors = problems.filter((problem) => problem.severity === 'error');
			const lines = problems.map((problem) => (problem.severity === 'warning' ? 'Warning: ' : '') + problem.file + (problem.line ? ':' + problem.line : '') + ' ' + problem.field + ': ' + problem.message + (problem.found ? ', found ' + problem.found : '') + (problem.hint ? ' (' + problem.hint + ')' : ''));
			show(errors.length ? 'Saved, but npm run check finds ' + errors.length + (errors.length === 1 ? ' mistake' : ' mistakes') + ' to fix before this can be published:' : problems.length ? 'Saved. npm run check finds no mistake, only ' + problems.length + (problems.length === 1 ? ' warning' : ' warnings') + ':' : 'Saved. npm run check finds no problem with this entry.', lines, errors.length === 0);
		} catch (error) {
			console.error('npm run edit: the check after saving could not run', error);
			show('Saved. The check could not run: run npm run check in a terminal.', [], false);
		}
	},
});
`;
}

export function editorPage(): string {
	const policy = [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		// Decap's interface sets styles from its scripts (emotion).
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"frame-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="robots" content="noindex">
		<meta http-equiv="Content-Security-Policy" content="${policy}">
		<meta name="referrer" content="no-referrer">
		<title>Vigil editor</title>
		<link href="config.yml" type="text/yaml" rel="cms-config-url">
	</head>
	<body>
		<script src="text-direction.js"></script>
		<script src="decap/decap-cms.js"></script>
		<script src="check-on-save.js"></script>
	</body>
</html>
`;
}
