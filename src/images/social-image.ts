import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { fallbackWidth, heroImageWidths } from './image-sizes';

/** A link-preview picture as BaseLayout takes it: address (absolute or base-relative), words, size. */
export interface SocialImage {
	src: string;
	alt: string;
	width: number;
	height: number;
}

/** Link previews are drawn at most 1200 px wide (Open Graph, Twitter cards). */
const PREVIEW_WIDTH = 1200;

/**
 * A 1200 px JPEG rendition of an entry's picture for link previews and JSON-LD, or undefined when
 * there is none to show. Pass only what mayShowOutsideEntry allows. A decorative picture has no
 * words to stand in for it, so the page keeps the site's card instead.
 */
export async function socialImageOf(
	image: { src: ImageMetadata; alt: string; decorative: boolean } | undefined,
	/** The widths the page shows the picture at: the preview reuses the page's JPEG rendition (see fallbackWidth). */
	shownWidths: readonly number[] = heroImageWidths,
): Promise<SocialImage | undefined> {
	if (!image || image.decorative || !image.alt.trim()) return undefined;
	const width = Math.min(PREVIEW_WIDTH, fallbackWidth(shownWidths, image.src.width));
	const rendition = await getImage({ src: image.src, width, format: 'jpg' });
	return { src: rendition.src, alt: image.alt, width, height: Math.round((image.src.height * width) / image.src.width) };
}
