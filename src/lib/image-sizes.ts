/**
 * The widths, in pixels, that content images are resized to for srcset (see
 * src/components/ResponsiveImage.astro). An image narrower than the largest is shown stretched on
 * wide, high-density screens, so the content checker warns about one.
 */
export const renderedImageWidths = [400, 800, 1200, 1600] as const;

/** The largest width the site renders a content image at. */
export const largestRenderedWidth = Math.max(...renderedImageWidths);
