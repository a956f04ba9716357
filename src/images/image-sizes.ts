/**
 * The widths, in pixels, that content images are resized to (see src/components/ResponsiveImage.astro
 * and docs/performance.md, where they were chosen by measurement). Each use offers the widths that
 * cover it at up to twice its largest drawn size; more would cost build time and nobody would see it.
 */

/** Pictures across the main column (event, news and series heroes): drawn up to 48rem (768 px). */
export const heroImageWidths = [400, 800, 1200, 1600] as const;

/**
 * Portraits beside a story and banner pictures: drawn up to 28rem (448 px), so 800 px covers a
 * high-density screen. A phone at three device pixels per CSS pixel gets 800 too, a little soft and
 * a third of the bytes of 1200.
 */
export const portraitImageWidths = [400, 800] as const;

/**
 * A video's poster (src/components/MediaPlayer.astro): one picture, since <video poster> takes no
 * srcset, drawn across the main column (up to 48rem), so the width of the largest hero fallback.
 */
export const posterImageWidth = 1200;

/** The largest width the site renders a content image at: the content checker warns about narrower files. */
export const largestRenderedWidth = Math.max(...heroImageWidths);

/**
 * The one JPEG a picture offers browsers that cannot show AVIF (about one visitor in twenty): the
 * largest of its widths, at most 1200 px. Link previews use the same rendition, so it is made once.
 */
export function fallbackWidth(widths: readonly number[], sourceWidth: number): number {
	return Math.min(Math.max(...widths), 1200, sourceWidth);
}
