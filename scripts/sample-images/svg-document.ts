import type { Drawing } from './drawing';
import { randomSourceFor } from './random-source';

/** The complete SVG document of one drawing, drawn with the random source seeded by its name. */
export function svgDocumentOf(drawing: Drawing): string {
	const { defs, body } = drawing.draw(randomSourceFor(drawing.name), drawing.width, drawing.height);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}"><defs>${defs}</defs>${body}</svg>`;
}
