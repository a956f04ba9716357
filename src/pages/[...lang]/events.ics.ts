import type { APIRoute } from 'astro';
import { allEvents, archiveTime } from '../../archive/entries';
import { calendarEventOf } from '../../feeds/event-calendar';
import { siteTexts } from '../../archive/site';
import { localeStaticPaths, localizedPath } from '../../i18n/routing';
import { buildCalendar } from '../../feeds/calendar';

export const getStaticPaths = localeStaticPaths;

/** Every event of the archive, in one calendar that people can subscribe to, per language. */
export const GET: APIRoute<{ locale: string }> = async ({ props, site }) => {
	const { locale } = props;
	const siteUrl = site?.href ?? 'http://localhost/';
	const events = (await allEvents(locale)).map((item) =>
		calendarEventOf(item.data, item.slug, new URL(localizedPath(locale, 'events', item.slug), siteUrl).href, locale),
	);
	// Fetched again daily, as often as the site is rebuilt (docs/deployment.md).
	const body = buildCalendar(events, { name: siteTexts(locale).name, stamp: archiveTime(), siteUrl, language: locale, refreshSeconds: 24 * 60 * 60 });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
