/** Decap CMS's frontmatter format, as the visual editor saves entries (decap-cms-core ships no types for it). */
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
	export const FrontmatterInfer: {
		fromFile(content: string): Record<string, unknown>;
		toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
	};
}
