import type { CalendarEvent } from './calendar';
import { calendarSequence } from './calendar';
import { useTranslations } from '../i18n';
import { countryName } from '../i18n/display-names';
import { programmeTextLines } from '../i18n/programme-display';
import type { EventData } from '../schemas/event';

/**
 * An event as calendar apps receive it. The UID is the event's address segment at the site's host,
 * the same in every language and every build, so a subscribed calendar updates the event it holds
 * instead of adding a second one.
 */
export function calendarEventOf(
	event: Pick<EventData, 'title' | 'summary' | 'start' | 'end' | 'timeZone' | 'allDay' | 'status' | 'previousStart' | 'attendance' | 'venue' | 'onlineUrl'> & Partial<Pick<EventData, 'programme'>>,
	slug: string,
	pageUrl: string,
	locale: string,
): CalendarEvent {
	const t = useTranslations(locale);
	// The order of service follows the summary and the page's address, one line per item, for those
	// who read the event in their calendar on the day.
	const programme = event.programme?.length ? `\n\n${[t('event.programme'), ...programmeTextLines(event.programme, event, locale, t('list.separator'))].join('\n')}` : '';
	const venue = event.venue ? [event.venue.name, event.venue.address, event.venue.city, countryName(event.venue.country, locale)].filter(Boolean).join(', ') : undefined;
	return {
		uid: `${slug}@${new URL(pageUrl).host}`,
		title: event.title,
		description: `${event.summary}\n\n${pageUrl}${programme}`,
		start: event.start,
		end: event.end,
		timeZone: event.timeZone,
		allDay: event.allDay,
		status: event.status,
		sequence: calendarSequence(event),
		url: pageUrl,
		// An online-only event's place is its address on the web.
		location: event.attendance === 'online' ? event.onlineUrl ?? pageUrl : venue,
	};
}
