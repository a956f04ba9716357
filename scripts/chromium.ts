/**
 * How the browser tests, the benchmark and the audit start Debian's Chromium through
 * playwright-core. `npx playwright install` cannot download a browser on these machines, so the
 * system one is used; the flags stop Chromium from reaching out to Google's services, which would
 * fail (and be noise) on a closed network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];
