/**
 * The editor's page at <base>admin/: Decap CMS from the preview's own origin, and a
 * Content-Security-Policy that keeps it there. The policy allows nothing from another origin, so
 * that no font, locale file or script the editor might ask for elsewhere can be fetched, and it
 * allows 'unsafe-eval', which Decap's bundle needs to start (docs/visual-editor.md): this page alone,
 * on the organiser's own machine, never the published site, whose policy stays as strict as it is.
 */
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
		<script src="decap/decap-cms.js"></script>
	</body>
</html>
`;
}
