import type { APIRoute } from 'astro';
import { datasets, toCsv, toJson, type Dataset, type OpenDataFormat } from '../../feeds/open-data';
import { openDataRecords } from '../../feeds/open-data-records';
import { defaultLocale, writesSiteWideFiles } from '../../archive/site';
import { localizedPath } from '../../i18n/routing';
import { siteHref } from '../../core/links';
import { joinFile } from '../../core/paths';

const formats: Record<OpenDataFormat, { contentType: string; write: typeof toJson }> = {
	json: { contentType: 'application/json; charset=utf-8', write: toJson },
	csv: { contentType: 'text/csv; charset=utf-8; header=present', write: toCsv },
};

type Format = OpenDataFormat;

/**
 * /data/events.json, /data/events.csv, … for every dataset and format; docs/open-data.md describes
 * them. One set for the whole site, in the default language's view: a build limited to other
 * locales (VIGIL_LOCALES) leaves it to the build with the default locale.
 */
export function getStaticPaths() {
	if (!writesSiteWideFiles) return [];
	return datasets.flatMap((dataset) =>
		(Object.keys(formats) as Format[]).map((format) => ({ params: { file: `${dataset}.${format}` }, props: { dataset, format } })),
	);
}

/** Open data for researchers: published, listed entries only, public fields only (src/feeds/open-data.ts). */
export const GET: APIRoute<{ dataset: Dataset; format: Format }> = async ({ props, site }) => {
	const origin = site?.href ?? 'http://localhost/';
	const absolute = (href: string) => new URL(href, origin).href;
	const records = await openDataRecords(props.dataset, {
		page: (collection, slug) => absolute(localizedPath(defaultLocale, collection, slug)),
		calendar: (slug) => absolute(joinFile(localizedPath(defaultLocale, 'events'), `${slug}.ics`)),
		file: (href) => absolute(siteHref(href, import.meta.env.BASE_URL)),
	});
	const { contentType, write } = formats[props.format];
	return new Response(write(props.dataset, records), { headers: { 'Content-Type': contentType } });
};
