import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { BUILD_MOMENT } from './fixture-builds';

/** Where browser tests save screenshots for people to look at; CI keeps the folder as artifacts. */
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Where the organisers' guide keeps its screenshots of the built site (docs/images/). */
export const docImagesDir = fileURLToPath(new URL('../../docs/images/', import.meta.url));

/**
 * Whether this run refreshes the guide's screenshots: only when asked for with
 * UPDATE_DOC_SCREENSHOTS=1, so CI never rewrites docs/.
 */
export const updateDocScreenshots = process.env.UPDATE_DOC_SCREENSHOTS === '1';

/** The full address of a path on the served site, e.g. site('events/') under any base path. */
export function siteUrl(path = ''): string {
	return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/**
 * The moment the fixture builds are made for (BUILD_MOMENT). Pages correct
 * upcoming and past, open and closed in the browser from the visitor's clock, so each browser
 * context starts its clock here (it then runs on): the tests see the site on the day it was built,
 * whatever day they run. A test that needs a later day asks for it with `now`.
 */
export const buildTime = new Date(BUILD_MOMENT);

/** What a page did while it loaded: requests to other origins, failed requests, console errors. */
export interface PageRecord {
	page: Page;
	foreignRequests: string[];
	failedRequests: string[];
	consoleErrors: string[];
}

/**
 * Connects the test file to the shared Chromium, with one fresh context per call to `open`.
 * Returns the `open` function: it loads a path and records anything a visitor should never see.
 */
export function useBrowser(options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}) {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await chromium.connect(inject('browserEndpoint'));
	});
	afterAll(async () => {
		await Promise.all(contexts.map((context) => context.close()));
		await browser?.close();
	});

	return async function open(
		path: string,
		overrides: {
			viewport?: { width: number; height: number };
			javaScript?: boolean;
			reducedMotion?: 'reduce' | 'no-preference';
			/** The visitor's time zone, e.g. Asia/Tokyo; the machine's when not given. */
			timezoneId?: string;
			/** The visitor's clock at the start; the build's moment when not given. */
			now?: Date;
			/** Called before the page loads, e.g. to route requests. */
			beforeLoad?: (page: Page) => Promise<unknown>;
		} = {},
	): Promise<PageRecord> {
		const context = await browser.newContext({
			viewport: overrides.viewport ?? options.viewport ?? { width: 1280, height: 900 },
			colorScheme: options.colorScheme ?? 'light',
			javaScriptEnabled: overrides.javaScript ?? true,
			// Chromium's own default is no preference; a test that needs "reduce" asks for it.
			reducedMotion: overrides.reducedMotion ?? 'no-preference',
			...(overrides.timezoneId ? { timezoneId: overrides.timezoneId } : {}),
		});
		contexts.push(context);
		// The clock runs on from there, timers and all.
		await context.clock.install({ time: overrides.now ?? buildTime });
		const page = await context.newPage();
		const origin = new URL(inject('siteUrl')).origin;
		const record: PageRecord = { page, foreignRequests: [], failedRequests: [], consoleErrors: [] };
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) record.foreignRequests.push(url);
		});
		page.on('requestfailed', (request) => record.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
		page.on('response', (response) => {
			if (response.status() >= 400) record.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
		});
		page.on('console', (message) => {
			if (message.type() === 'error') record.consoleErrors.push(message.text());
		});
		await overrides.beforeLoad?.(page);
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		return record;
	};
}

/** Saves a full-page screenshot under tests/artifacts/ for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
	mkdirSync(artifactsDir, { recursive: true });
	const file = `${artifactsDir}${name}.png`;
	await page.screenshot({ path: file, fullPage: true });
	return file;
}

/**
 * Saves a viewport screenshot (what the visitor sees without scrolling) under tests/artifacts/ and,
 * when UPDATE_DOC_SCREENSHOTS=1, copies it to docs/images/ for the organisers' guide.
 */
export async function saveDocScreenshot(page: Page, name: string): Promise<string> {
	mkdirSync(artifactsDir, { recursive: true });
	const file = `${artifactsDir}${name}.png`;
	await page.screenshot({ path: file, fullPage: false });
	if (updateDocScreenshots) {
		mkdirSync(docImagesDir, { recursive: true });
		copyFileSync(file, `${docImagesDir}${name}.png`);
	}
	return file;
}
