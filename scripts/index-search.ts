/**
 * npm run index-search — indexes a built site for search (src/search/site-index.ts): one Pagefind
 * bundle per locale of content/site.yaml (or $VIGIL_CONTENT), or per locale of VIGIL_LOCALES, as the
 * build it follows was limited. `npm run build` does this itself; this command is for a site built
 * with `astro build` by hand, and for the tests' builds.
 */
import { LocaleSelectionError, localesToBuild, readSiteSettings } from '../src/archive/site-settings';
import { contentRoot } from '../src/core/content-root';
import { indexedPages, indexSite } from '../src/search/site-index';
import { CommandFailure, runCommand, UsageError } from './cli';

const HELP = `Usage: npm run index-search -- --site <folder>

Indexes the built site in <folder> (default: dist) for search: one index per
language of content/site.yaml (or $VIGIL_CONTENT), each text once, in its own
language; with VIGIL_LOCALES=fr,es, of those languages only, leaving the other
languages' indexes as they are. npm run build does this already.

Options:
  --site <folder>  the built site (default: dist)
  -h, --help       show this help`;

await runCommand({
	name: 'npm run index-search',
	help: HELP,
	options: { site: { type: 'string' } },
	async run({ values }) {
		const settings = readSiteSettings(contentRoot());
		if (!settings) throw new UsageError(`no site settings in ${contentRoot()}/site.yaml: the languages to index come from there`);
		const site = values.site ?? 'dist';
		let locales: string[];
		try {
			locales = localesToBuild(settings);
		} catch (error) {
			if (error instanceof LocaleSelectionError) throw new CommandFailure(error.message);
			throw error;
		}
		try {
			console.log(`Indexed for search: ${indexedPages(await indexSite(site, settings, locales))} pages.`);
		} catch (error) {
			throw new CommandFailure(`the site in ${site} was not indexed for search: ${(error as Error).message}`);
		}
	},
});
