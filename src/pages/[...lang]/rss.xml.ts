import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allEvents, listedStories, newsItems } from '../../archive/entries';
import { feedItems, type FeedSource } from '../../feeds/feed-items';
import { siteTexts } from '../../archive/site';
import { localeStaticPaths, localizedPath } from '../../i18n/routing';
import { joinFile } from '../../core/paths';

export const getStaticPaths = localeStaticPaths;

/** Text for XML written by hand (customData is inserted as it is). */
function xmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An RSS 2.0 feed per language (/rss.xml, /fr/rss.xml, …): news, listed stories and events, newest
 * first, with absolute links under the base path. Only what src/archive/entries.ts publishes, and of
 * that only what feedItems() lets through: no draft, no unlisted or withdrawn story.
 */
export const GET: APIRoute<{ locale: string }> = async ({ props, site }) => {
	const { locale } = props;
	const origin = site?.href ?? 'http://localhost/';
	const [news, stories, events] = await Promise.all([newsItems(locale), listedStories(locale), allEvents(locale)]);
	const sources: FeedSource[] = [...news, ...stories, ...events];
	const items = feedItems(sources);
	const home = new URL(localizedPath(locale), origin).href;
	const self = new URL(joinFile(localizedPath(locale), 'rss.xml'), origin).href;
	const texts = siteTexts(locale);
	return rss({
		title: texts.name,
		description: texts.tagline,
		site: home,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// The feed's language, and its own address (RSS Advisory Board best practice: atom:link rel="self").
		customData: `<language>${xmlText(locale)}</language><atom:link href="${xmlText(self)}" rel="self" type="application/rss+xml"/>`,
		items: items.map((item) => ({
			title: item.title,
			link: new URL(localizedPath(locale, item.collection, item.slug), origin).href,
			pubDate: item.date,
			description: item.description,
			categories: item.categories,
		})),
	});
};
