import { describe, expect, test } from 'vitest';
import { rehypeSiteLinks } from '../../src/markdown/rehype-site-links';
import { siteSections } from '../../src/core/routes';

/** A body with one link, as rehype sees it, after the plugin has run for a file at `filePath`. */
function linkAfter(href: string, filePath: string, base = '/', sections: readonly string[] = ['events', 'documents', 'about']): unknown {
	const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href }, children: [] }] }] };
	const transform = rehypeSiteLinks({ base, defaultLocale: 'en', sections, contentRoot: '/site/content' })();
	transform(tree, { path: filePath });
	return tree.children[0]?.children[0]?.properties.href;
}

describe('links written in Markdown bodies', () => {
	test('a link to a page, in a French entry, leads to the French page', () => {
		expect(linkAfter('/documents/a-74-790/', '/site/content/news/fr/report.md')).toBe('/fr/documents/a-74-790/');
	});

	test('a link to a page, in an entry of the default language, stays at the root', () => {
		expect(linkAfter('/events/x/#programme', '/site/content/news/en/2021/report.mdx')).toBe('/events/x/#programme');
	});

	test('gets the base path when the site is served under a sub-path', () => {
		expect(linkAfter('/events/x/', '/site/content/news/ar/report.md', '/remembrance/')).toBe('/remembrance/ar/events/x/');
		expect(linkAfter('/', '/site/content/news/en/report.md', '/remembrance/')).toBe('/remembrance/');
	});

	test('a link to a search, in a Spanish entry, opens the Spanish search page with its words', () => {
		expect(linkAfter('/search/?q=velas', '/site/content/news/es/report.md', '/remembrance/', siteSections)).toBe('/remembrance/es/search/?q=velas');
	});

	test('a link to a file in public/ gets the base path but no language', () => {
		expect(linkAfter('/files/a-74-790.pdf', '/site/content/news/fr/report.md', '/remembrance/')).toBe('/remembrance/files/a-74-790.pdf');
	});

	test('web, mailto and relative addresses are left as written', () => {
		for (const href of ['https://undocs.org/A/74/790', 'mailto:a@example.org', '//cdn.example.org/x', '#notes', '../x/']) {
			expect(linkAfter(href, '/site/content/news/fr/report.md', '/remembrance/')).toBe(href);
		}
	});
});
