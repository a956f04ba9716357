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
	</body>
</html>
`;
}
