import { describe, expect, test } from 'vitest';
import { mayShowOutsideEntry, searchThumbnail } from '../../src/search/entry-fields';
import { articleData, serializeJsonLd, type ArticleFacts } from '../../src/feeds/structured-data';

const news: ArticleFacts = {
	type: 'NewsArticle',
	headline: 'Names added to the memorial wall',
	description: 'Twelve names were read aloud.',
	url: 'https://remembrance.example.org/news/names-added/',
	datePublished: '2026-03-11',
	inLanguage: 'en',
	publisher: 'Remembrance Network',
	authorOrganisation: 'Remembrance Network',
	images: ['https://remembrance.example.org/_astro/wall.jpg'],
};

describe('schema.org Article data', () => {
	test('a news item is a NewsArticle with its date, language, publisher, author organisation and image', () => {
		expect(articleData(news)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Names added to the memorial wall',
			description: 'Twelve names were read aloud.',
			url: 'https://remembrance.example.org/news/names-added/',
			mainEntityOfPage: 'https://remembrance.example.org/news/names-added/',
			datePublished: '2026-03-11',
			inLanguage: 'en',
			publisher: { '@type': 'Organization', name: 'Remembrance Network' },
			author: { '@type': 'Organization', name: 'Remembrance Network' },
			image: ['https://remembrance.example.org/_astro/wall.jpg'],
		});
	});

	test('a story is an Article with no author and, without an image it may show, no image', () => {
		const data = articleData({ ...news, type: 'Article', authorOrganisation: undefined, images: [], inLanguage: 'fr' });
		expect(data['@type']).toBe('Article');
		expect(data).not.toHaveProperty('author');
		expect(data).not.toHaveProperty('image');
		expect(data.inLanguage).toBe('fr');
	});

	test('a hostile headline cannot end the script element and round-trips through JSON.parse', () => {
		const headline = '</script><script>alert("x")</script> & <!-- \u2028 \u2029 «»';
		const json = serializeJsonLd(articleData({ ...news, headline }));
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json).headline).toBe(headline);
	});
});

describe('pictures outside an entry’s page', () => {
	const portrait = { src: 'portrait.jpg', alt: 'A candle', decorative: false };
	const story = (contentWarnings: string[]) => ({ collection: 'stories' as const, slug: 's', data: { tags: [], date: '2020-01-01', contentWarnings, portrait } });

	test('a story with content warnings never offers its portrait; one without does', () => {
		expect(mayShowOutsideEntry(story(['violence']))).toBeUndefined();
		expect(mayShowOutsideEntry(story([]))).toBe(portrait);
	});

	test('news, events and series offer their image, documents none, as the search thumbnail does', () => {
		const image = { src: 'x.jpg', alt: 'Lanterns', decorative: false };
		const items = [
			{ collection: 'news' as const, slug: 'n', data: { tags: [], date: '2020-01-01', image } },
			{ collection: 'events' as const, slug: 'e', data: { tags: [], start: '2020-01-01T10:00', image } },
			{ collection: 'documents' as const, slug: 'd', data: { tags: [], date: '2020-01-01' } },
		];
		expect(items.map((item) => mayShowOutsideEntry(item))).toEqual([image, image, undefined]);
		expect(items.map((item) => searchThumbnail(item))).toEqual(items.map((item) => mayShowOutsideEntry(item)));
	});
});
