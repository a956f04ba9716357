import type { APIRoute } from 'astro';
import { allEvents, archiveTime, type ArchiveEntry } from '../../../archive/entries';
import { calendarEventOf } from '../../../feeds/event-calendar';
import { localeStaticPaths, localizedPath } from '../../../i18n/routing';
import { buildCalendar } from '../../../feeds/calendar';
import { entryStaticPaths } from '../../../i18n/static-paths';

export function getStaticPaths() {
	return entryStaticPaths(localeStaticPaths(), allEvents);
}

/** One event as a calendar file: the "Add to calendar" download on its page. */
export const GET: APIRoute<{ locale: string; item: ArchiveEntry<'events'> }> = ({ props, site }) => {
	const { locale, item } = props;
	const siteUrl = site?.href ?? 'http://localhost/';
	const pageUrl = new URL(localizedPath(locale, 'events', item.slug), siteUrl).href;
	const body = buildCalendar([calendarEventOf(item.data, item.slug, pageUrl, locale)], {
		name: item.data.title,
		stamp: archiveTime(),
		siteUrl,
		language: locale,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
