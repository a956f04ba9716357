import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { basePath, readSiteSettings } from '../../src/archive/site-settings';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { buildTime } from './browser';
import { archivePath, FULL_ARCHIVE } from './archives';

/**
 * The full fixture archive's events as organisers wrote them, read straight from its events/ (not through
 * the site's own code), so that the browser tests compare what was built with the source.
 */

const contentDir = archivePath(FULL_ARCHIVE);
const settings = readSiteSettings(contentDir);
if (!settings) throw new Error('tests/fixtures/archives/full/site.yaml must be valid for the browser tests');

/** The site's settings, for its address and languages. */
export const site = settings;
export const localeCodes = settings.locales.map((locale) => locale.code);

/** An event's frontmatter, as the tests read it. */
export interface EventSource {
	title: string;
	summary: string;
	start: string;
	end?: string;
	timeZone: string;
	allDay?: boolean;
	attendance?: 'in-person' | 'online' | 'mixed';
	venue?: { name: string; address?: string; city: string; country: string };
	onlineUrl?: string;
	status?: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
	previousStart?: string;
	organisers?: string[];
	image?: { src: string };
	draft?: boolean;
	publishDate?: string;
}

/** One event file. */
export interface EventFile {
	slug: string;
	/** The language folder it is in. */
	locale: string;
	file: string;
	data: EventSource;
}

const eventsDir = path.join(contentDir, 'events');

/** Every event file in every language, published or not. */
export const eventFiles: EventFile[] = readdirSync(eventsDir, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => {
		const parsed = parseFrontmatter(readFileSync(path.join(eventsDir, file), 'utf8'));
		return { slug: path.basename(file).replace(/\.mdx?$/, ''), locale: file.split(path.sep)[0] ?? '', file: `content/events/${file}`, data: parsed.data as EventSource };
	});

const buildDay = buildTime.toISOString().slice(0, 10);
const isPublished = (event: EventFile) => !event.data.draft && !(event.data.publishDate && String(event.data.publishDate) > buildDay);

/**
 * The events a locale's pages show, each in the words it is shown in: the locale's own file, or,
 * until it is translated, the default locale's (then the others, in site.yaml's order).
 */
export function eventsShownIn(locale: string): EventFile[] {
	const preference = [locale, settings?.defaultLocale ?? 'en', ...localeCodes].filter((code, index, all) => all.indexOf(code) === index);
	const slugs = [...new Set(eventFiles.filter(isPublished).map((event) => event.slug))].sort();
	return slugs.flatMap((slug) => {
		const versions = eventFiles.filter((event) => event.slug === slug && isPublished(event));
		const shown = preference.map((code) => versions.find((event) => event.locale === code)).find(Boolean);
		return shown ? [shown] : [];
	});
}

/** The path of a locale's page inside the site, e.g. "fr/events/" or "events/" for the default locale. */
export function localePrefix(locale: string): string {
	return locale === settings?.defaultLocale ? '' : `${locale}/`;
}

/** The production address of a path inside the site, as the build wrote it (VIGIL_SITE_URL and VIGIL_BASE honoured). */
export function productionUrl(pathInSite: string): string {
	const origin = process.env.VIGIL_SITE_URL || settings?.url || 'http://localhost:4321';
	return new URL(`${basePath(settings)}${pathInSite}`.replace(/\/{2,}/g, '/'), origin).href;
}

/** A wall-clock time written in a zone, as an instant (Luxon, independent of the site's own code). */
export function instantOf(localDateTime: string, timeZone: string): Date {
	return DateTime.fromISO(localDateTime, { zone: timeZone }).toJSDate();
}

/** A calendar day plus some days, as YYYY-MM-DD. */
export function dayAfter(day: string, days = 1): string {
	return DateTime.fromISO(day.slice(0, 10), { zone: 'UTC' }).plus({ days }).toISODate() ?? day;
}
