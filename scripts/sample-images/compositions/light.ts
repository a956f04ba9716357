/** The compositions of light in the dark: two beams rising into the night, and threads of beads in a dim room. */
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { blurFilter, linearGradient, radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';

export const beamsOfLight: Drawing = {
	name: 'beams-of-light',
	shows: 'Two pale beams of light rising side by side into a night sky above a dark horizon.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const horizon = 820;
		const stars = Array.from({ length: 60 }, () => `<circle cx="${svgNumber(random.between(0, width))}" cy="${svgNumber(random.between(0, horizon - 200))}" r="${svgNumber(random.between(0.8, 1.8))}" fill="#e8eefc" fill-opacity="${svgNumber(random.between(0.2, 0.6))}"/>`);
		// A beam is a blurred wide shaft with a sharper narrow core, widening as it rises.
		const beam = (x: number) =>
			`<path d="M${x - 26},${horizon} L${x - 40},0 L${x + 40},0 L${x + 26},${horizon} Z" fill="url(#beam)" filter="url(#beamblur)"/><path d="M${x - 10},${horizon} L${x - 16},0 L${x + 16},0 L${x + 10},${horizon} Z" fill="url(#beam)" opacity="0.8"/>`;
		return {
			defs: linearGradient('sky', [[0, '#0b101c'], [0.6, '#1a2540'], [1, '#34405f']]) + linearGradient('beam', [[0, '#cfe0ff', 0], [0.5, '#dbe7ff', 0.35], [1, '#eef3ff', 0.75]]) + blurFilter('beamblur', 16) + blurFilter('haze', 30),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
				...stars,
				beam(720),
				beam(880),
				`<ellipse cx="800" cy="${horizon}" rx="360" ry="50" fill="#c9d7f4" fill-opacity="0.25" filter="url(#haze)"/>`,
				`<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="#0a0d15"/>`,
			].join(''),
		};
	},
};

export const threadsOfLight: Drawing = {
	name: 'threads-of-light',
	shows: 'Hanging threads strung with small warm-coloured beads, lit softly in a dim room.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const colours = ['#e3b36a', '#b5653f', '#c99a3c', '#efe3cc', '#8f4f3a'];
		const threads = Array.from({ length: 30 }, (_, index) => {
			const x = 70 + index * 50 + random.between(-12, 12);
			const length = random.between(420, 860);
			const parts = [`<line x1="${svgNumber(x)}" y1="0" x2="${svgNumber(x)}" y2="${svgNumber(length)}" stroke="#c8b79c" stroke-opacity="0.45" stroke-width="1.2"/>`];
			for (let y = random.between(40, 110); y < length; y += random.between(45, 95)) {
				parts.push(`<circle cx="${svgNumber(x)}" cy="${svgNumber(y)}" r="${svgNumber(random.between(5, 10))}" fill="${random.pick(colours)}"/>`);
			}
			return parts.join('');
		});
		return {
			defs: linearGradient('bg', [[0, '#201a19'], [1, '#3a2c25']]) + radialGradient('pool', [[0, '#f0c987', 0.35], [1, '#f0c987', 0]]),
			body: [`<rect width="${width}" height="${height}" fill="url(#bg)"/>`, `<ellipse cx="800" cy="380" rx="760" ry="520" fill="url(#pool)"/>`, ...threads].join(''),
		};
	},
};
