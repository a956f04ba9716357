/**
 * schema.org data for search engines, written into pages as JSON-LD. Titles come from content, so
 * the JSON is escaped for the inside of a <script> element: a title containing "</script>" must
 * not end the element early (HTML Living Standard, "Restrictions for contents of script elements").
 */

/** A step in a breadcrumb trail: its words and its address (the last one is the current page). */
export interface Crumb {
	label: string;
	href: string;
	/** The label's language when it is not the page's: an entry's title shown before it is translated. */
	lang?: string | undefined;
}

/** JSON for a <script type="application/ld+json">, with <, > and & escaped so no markup can appear in it. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** A schema.org BreadcrumbList for a trail, with absolute addresses (https://schema.org/BreadcrumbList). */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: new URL(crumb.href, site).href,
		})),
	};
}

/** What schema.org needs to describe an event. */
export interface EventFacts {
	name: string;
	description: string;
	/** The event page's absolute address. */
	url: string;
	/** ISO 8601 with offset (2021-09-11T10:00-04:00), or a date alone for an all-day event. */
	startDate: string;
	endDate?: string | undefined;
	/** For a rescheduled event, when it was first meant to start. */
	previousStartDate?: string | undefined;
	status: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
	attendance: 'in-person' | 'online' | 'mixed';
	venue?: { name: string; address?: string | undefined; city: string; country: string } | undefined;
	onlineUrl?: string | undefined;
	organisers: readonly string[];
	/** Absolute addresses of images of the event. */
	images: readonly string[];
	/** The language of the texts. */
	inLanguage: string;
}

const EVENT_STATUS = {
	scheduled: 'https://schema.org/EventScheduled',
	cancelled: 'https://schema.org/EventCancelled',
	postponed: 'https://schema.org/EventPostponed',
	rescheduled: 'https://schema.org/EventRescheduled',
} as const;

const ATTENDANCE_MODE = {
	'in-person': 'https://schema.org/OfflineEventAttendanceMode',
	online: 'https://schema.org/OnlineEventAttendanceMode',
	mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/**
 * A schema.org Event (https://schema.org/Event) as search engines read it: status and attendance
 * mode as schema.org URLs, a Place with a PostalAddress for the venue and a VirtualLocation for the
 * stream, previousStartDate when the event was rescheduled.
 */
export function eventData(event: EventFacts) {
	const place = event.venue && {
		'@type': 'Place',
		name: event.venue.name,
		address: {
			'@type': 'PostalAddress',
			...(event.venue.address ? { streetAddress: event.venue.address } : {}),
			addressLocality: event.venue.city,
			addressCountry: event.venue.country,
		},
	};
	const virtual = event.attendance !== 'in-person' && { '@type': 'VirtualLocation', url: event.onlineUrl ?? event.url };
	const locations = [place, virtual].filter(Boolean);
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.name,
		description: event.description,
		url: event.url,
		inLanguage: event.inLanguage,
		startDate: event.startDate,
		...(event.endDate ? { endDate: event.endDate } : {}),
		...(event.previousStartDate ? { previousStartDate: event.previousStartDate } : {}),
		eventStatus: EVENT_STATUS[event.status],
		eventAttendanceMode: ATTENDANCE_MODE[event.attendance],
		location: locations.length === 1 ? locations[0] : locations,
		...(event.organisers.length ? { organizer: event.organisers.map((name) => ({ '@type': 'Organization', name })) } : {}),
		...(event.images.length ? { image: [...event.images] } : {}),
	};
}

/** What schema.org needs to describe a news item or a story. */
export interface ArticleFacts {
	/** NewsArticle for a news item, Article for a story. */
	type: 'NewsArticle' | 'Article';
	headline: string;
	description: string;
	/** The page's absolute address. */
	url: string;
	/** The entry's date, YYYY-MM-DD. */
	datePublished: string;
	/** The language the text is really written in. */
	inLanguage: string;
	/** The site's organisation, which publishes every entry. */
	publisher: string;
	/**
	 * Who wrote it, as an Organization. Stories have none: a story may be told under a changed name
	 * (consent scope "anonymous"), and the page's data must never name anyone its text does not.
	 */
	authorOrganisation?: string | undefined;
	/** Absolute addresses of images that may be shown outside the page; none for a warned story's portrait. */
	images: readonly string[];
}

/** A schema.org NewsArticle or Article (https://schema.org/Article) for a news or story page. */
export function articleData(article: ArticleFacts) {
	return {
		'@context': 'https://schema.org',
		'@type': article.type,
		headline: article.headline,
		description: article.description,
		url: article.url,
		mainEntityOfPage: article.url,
		datePublished: article.datePublished,
		inLanguage: article.inLanguage,
		publisher: { '@type': 'Organization', name: article.publisher },
		...(article.authorOrganisation ? { author: { '@type': 'Organization', name: article.authorOrganisation } } : {}),
		...(article.images.length ? { image: [...article.images] } : {}),
	};
}
