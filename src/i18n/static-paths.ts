/** A route's path for one locale, as localeStaticPaths() returns it. */
export interface LocalePath {
	params: { lang: string | undefined };
	props: { locale: string };
}

/**
 * Static paths for an entry route such as events/[slug]: one path per entry per locale, with the
 * entry handed to the page as a prop so that the page does not look it up again.
 */
export async function entryStaticPaths<Item extends { slug: string }>(locales: readonly LocalePath[], entriesOf: (locale: string) => Promise<Item[]>) {
	const perLocale = await Promise.all(
		locales.map(async ({ params, props }) =>
			(await entriesOf(props.locale)).map((item) => ({ params: { ...params, slug: item.slug }, props: { ...props, item } })),
		),
	);
	return perLocale.flat();
}
