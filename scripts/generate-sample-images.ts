/**
 * npx tsx scripts/generate-sample-images.ts — draws every image of the sample archive.
 *
 * The sample archive ships no photographs: no one's face, no real place, nothing downloaded and
 * nothing whose rights we would have to track. Each image is an abstract composition (candle flames,
 * a wreath of leaves, a horizon at dusk, paper cranes…) written here as SVG and rendered by sharp,
 * which uses librsvg. A seeded PRNG, seeded from each file's name, places the leaves, lanterns and
 * stones, so the same script always writes the same pixels and adding an image moves no other.
 *
 * JPEGs are written at quality 78, progressive, and without metadata: sharp strips EXIF, ICC, XMP
 * and IPTC unless asked to keep them (withMetadata/keepExif), and this script checks that it did.
 *
 * Exit codes: 0 when every image was written, 1 when one could not be drawn, written or was over
 * the size budget, 2 when the command was used wrongly.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { contentRoot } from '../src/lib/content-root';
import { mulberry32 } from './seeded-random';

/** The largest file we accept: sample images should keep the repository small. */
const MAX_BYTES = 250 * 1024;
const JPEG_QUALITY = 78;

const HELP = `Usage: npx tsx scripts/generate-sample-images.ts [options]

Draws the sample archive's images (abstract SVG compositions rendered by sharp)
and writes them as JPEG files to content/images/, and the default link-preview
card (social-card, 1200×630) to public/. The output is deterministic: running it
twice writes the same files.

Options:
  --out <folder>    write the content images to another folder (default:
                    content/images, or images/ inside $VIGIL_CONTENT)
  --public <folder> write the site-wide images (social-card) to another folder
                    (default: public)
  --only <names>    draw only these images, comma-separated, e.g. candles-row,portrait-dove
  --list            list the images and what each shows, without drawing
  -h, --help        show this help

Exits with 0 when every image was written, 1 when one failed or was larger
than ${MAX_BYTES / 1024} KB, 2 when the options were wrong.`;

// ---------------------------------------------------------------------------------------------
// Determinism helpers
// ---------------------------------------------------------------------------------------------

/** FNV-1a: a stable 32-bit seed from an image's name. */
function seedFrom(name: string): number {
	let hash = 0x811c9dc5;
	for (const char of name) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}


/** A random source with the helpers the drawings use. */
interface Rng {
	(): number;
	/** A number between min and max. */
	between(min: number, max: number): number;
	/** One item of a list. */
	pick<T>(items: readonly T[]): T;
}

function makeRng(name: string): Rng {
	const next = mulberry32(seedFrom(name));
	const rng = (() => next()) as Rng;
	rng.between = (min, max) => min + (max - min) * next();
	rng.pick = (items) => items[Math.floor(next() * items.length) % items.length] as (typeof items)[number];
	return rng;
}

/** Numbers in SVG are rounded to one decimal: shorter files, and no float noise between runs. */
function n(value: number): string {
	return (Math.round(value * 10) / 10).toString();
}

// ---------------------------------------------------------------------------------------------
// Palette and colour helpers
// ---------------------------------------------------------------------------------------------

/** A restrained palette: night blues, dusk mauves, candle amber, paper ivory, olive and stone. */
const P = {
	night: '#121824',
	ink: '#1d2736',
	slate: '#36475a',
	dusk: '#5a5470',
	mauve: '#8a7388',
	rose: '#c99a8f',
	amber: '#e9b872',
	gold: '#f6d9a0',
	ivory: '#f4ede0',
	paper: '#ebe3d3',
	stone: '#8d8a84',
	stoneDark: '#5f5c58',
	olive: '#6b7a4a',
	oliveDark: '#495534',
	sage: '#9fae8c',
	unBlue: '#44749f',
	mist: '#c9d3da',
} as const;

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The colour a share `t` of the way from `a` to `b`. */
function mix(a: string, b: string, t: number): string {
	const [ar, ag, ab] = hexToRgb(a);
	const [br, bg, bb] = hexToRgb(b);
	const channel = (x: number, y: number) => Math.round(x + (y - x) * t).toString(16).padStart(2, '0');
	return `#${channel(ar, br)}${channel(ag, bg)}${channel(ab, bb)}`;
}

/** Lighter (positive) or darker (negative) by a share of the way to white or black. */
function shade(colour: string, amount: number): string {
	return amount >= 0 ? mix(colour, '#ffffff', amount) : mix(colour, '#000000', -amount);
}

// ---------------------------------------------------------------------------------------------
// Drawing primitives (each returns SVG markup)
// ---------------------------------------------------------------------------------------------

type Stop = [offset: number, colour: string, opacity?: number];

function stops(list: Stop[]): string {
	return list.map(([offset, colour, opacity = 1]) => `<stop offset="${offset}" stop-color="${colour}" stop-opacity="${opacity}"/>`).join('');
}

/** A top-to-bottom (or other direction) linear gradient. */
function linear(id: string, list: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
	return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`;
}

function radial(id: string, list: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
	return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`;
}

function blur(id: string, deviation: number): string {
	return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`;
}

/** Darkens the corners a little, as a lens would; keeps the eye on the middle. */
function vignette(width: number, height: number, strength = 0.45): { defs: string; body: string } {
	return {
		defs: radial('vignette', [
			[0.55, '#000000', 0],
			[1, '#000000', strength],
		], 0.5, 0.5, 0.75),
		body: `<rect width="${width}" height="${height}" fill="url(#vignette)"/>`,
	};
}

/** A smooth, seeded skyline of hills: the sum of a few sine waves with random phases. */
function ridge(rng: Rng, width: number, height: number, baseY: number, amplitude: number, fill: string, opacity = 1): string {
	const waves = [1.1, 2.3, 4.7, 9.3].map((frequency, index) => ({ frequency, weight: 1 / 2 ** index, phase: rng() * Math.PI * 2 }));
	const total = waves.reduce((sum, wave) => sum + wave.weight, 0);
	const points: string[] = [];
	for (let x = 0; x <= width; x += 16) {
		const y = baseY + (amplitude * waves.reduce((sum, w) => sum + w.weight * Math.sin((2 * Math.PI * w.frequency * x) / width + w.phase), 0)) / total;
		points.push(`${n(x)},${n(y)}`);
	}
	return `<path d="M0,${height} L${points.join(' L')} L${width},${height} Z" fill="${fill}" fill-opacity="${opacity}"/>`;
}

/** A teardrop flame standing on (x, y), `height` tall. */
function flamePath(x: number, y: number, height: number, width: number): string {
	return `M${n(x)},${n(y - height)} C${n(x + width * 0.55)},${n(y - height * 0.45)} ${n(x + width * 0.62)},${n(y)} ${n(x)},${n(y)} C${n(x - width * 0.62)},${n(y)} ${n(x - width * 0.55)},${n(y - height * 0.45)} ${n(x)},${n(y - height)} Z`;
}

/** Gradients and filters shared by every drawing with candle light in it. */
const FLAME_DEFS =
	radial('glow', [
		[0, '#ffd99a', 0.55],
		[0.35, '#f2b263', 0.2],
		[1, '#e9a050', 0],
	]) +
	radial('flame', [
		[0, '#fffbf1'],
		[0.45, '#ffe6a6'],
		[0.8, '#f5ac4c'],
		[1, '#e0782c', 0.9],
	], 0.5, 0.78, 0.75) +
	blur('soft', 1.6) +
	blur('haze', 14);

/** A flame with its halo: glow first, then the flame, then a small blue base. */
function flame(x: number, y: number, height: number, glowRadius: number): string {
	const width = height * 0.36;
	return [
		`<circle cx="${n(x)}" cy="${n(y - height * 0.5)}" r="${n(glowRadius)}" fill="url(#glow)"/>`,
		`<path d="${flamePath(x, y, height, width)}" fill="url(#flame)" filter="url(#soft)"/>`,
		`<ellipse cx="${n(x)}" cy="${n(y - height * 0.1)}" rx="${n(width * 0.16)}" ry="${n(height * 0.1)}" fill="#6d7fa8" fill-opacity="0.45" filter="url(#soft)"/>`,
	].join('');
}

/** A pillar candle standing on y = floor, with its wick and flame. */
function candle(x: number, floor: number, height: number, width: number, flameHeight: number, glowRadius: number): string {
	const top = floor - height;
	return [
		`<rect x="${n(x - width / 2)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" rx="${n(width * 0.08)}" fill="url(#wax)"/>`,
		`<ellipse cx="${n(x)}" cy="${n(top + 2)}" rx="${n(width / 2 - 2)}" ry="${n(width * 0.1)}" fill="#f6ecd8"/>`,
		`<line x1="${n(x)}" y1="${n(top)}" x2="${n(x)}" y2="${n(top - flameHeight * 0.22)}" stroke="#2a2020" stroke-width="3" stroke-linecap="round"/>`,
		flame(x, top - flameHeight * 0.12, flameHeight, glowRadius),
	].join('');
}

const WAX_DEF = linear('wax', [
	[0, '#bdae96'],
	[0.35, '#efe5d1'],
	[0.6, '#f6eedf'],
	[1, '#b3a48c'],
], 0, 0, 1, 0);

/** A leaf pointing along `angle` (degrees, 0 = right) from its stalk at (x, y). */
function leaf(x: number, y: number, length: number, width: number, angle: number, fill: string, opacity = 1): string {
	return `<path transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})" d="M0,0 Q${n(length * 0.45)},${n(-width)} ${n(length)},0 Q${n(length * 0.45)},${n(width)} 0,0 Z" fill="${fill}" fill-opacity="${opacity}"/>`;
}

/** A leafy branch that follows a quadratic curve, with leaves on alternate sides. */
function branch(rng: Rng, from: [number, number], control: [number, number], to: [number, number], leaves: number, size: number, colours: string[], stemColour: string): string {
	const point = (t: number): [number, number] => [
		(1 - t) ** 2 * from[0] + 2 * (1 - t) * t * control[0] + t ** 2 * to[0],
		(1 - t) ** 2 * from[1] + 2 * (1 - t) * t * control[1] + t ** 2 * to[1],
	];
	const tangent = (t: number) => {
		const dx = 2 * (1 - t) * (control[0] - from[0]) + 2 * t * (to[0] - control[0]);
		const dy = 2 * (1 - t) * (control[1] - from[1]) + 2 * t * (to[1] - control[1]);
		return (Math.atan2(dy, dx) * 180) / Math.PI;
	};
	const parts = [`<path d="M${n(from[0])},${n(from[1])} Q${n(control[0])},${n(control[1])} ${n(to[0])},${n(to[1])}" fill="none" stroke="${stemColour}" stroke-width="${n(size * 0.07)}" stroke-linecap="round"/>`];
	for (let index = 0; index < leaves; index++) {
		const t = 0.06 + (0.9 * index) / Math.max(1, leaves - 1);
		const [x, y] = point(t);
		const side = index % 2 === 0 ? 1 : -1;
		const growth = 0.65 + 0.35 * Math.sin(Math.PI * Math.min(1, t + 0.15));
		parts.push(leaf(x, y, size * growth * rng.between(0.85, 1.1), size * 0.2 * rng.between(0.85, 1.1), tangent(t) + side * rng.between(32, 48), rng.pick(colours)));
	}
	const [endX, endY] = point(1);
	parts.push(leaf(endX, endY, size * 0.7, size * 0.15, tangent(1), rng.pick(colours)));
	return parts.join('');
}

/**
 * An origami crane seen from the side, head to the left, as flat facets of one paper colour.
 * Unit size is about 200 × 140; `scale` multiplies it.
 */
function crane(x: number, y: number, scale: number, colour: string, flip = false, rotate = 0): string {
	const facets: [number, [number, number][]][] = [
		[-0.22, [[-4, -8], [40, -102], [22, -4]]],
		[0.02, [[-40, 0], [0, -10], [0, 24]]],
		[-0.14, [[0, -10], [40, 0], [0, 24]]],
		[-0.05, [[-36, -2], [-94, -68], [-24, -8]]],
		[-0.18, [[-94, -68], [-110, -59], [-88, -62]]],
		[-0.09, [[34, -2], [92, -64], [24, -8]]],
		[0.1, [[-16, -6], [-32, -120], [18, -6]]],
	];
	const polygons = facets
		.map(([amount, points]) => {
			const fill = shade(colour, amount);
			return `<polygon points="${points.map(([px, py]) => `${px},${py}`).join(' ')}" fill="${fill}" stroke="${fill}" stroke-width="0.6" stroke-linejoin="round"/>`;
		})
		.join('');
	return `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rotate)}) scale(${flip ? -scale : scale} ${scale})">${polygons}</g>`;
}

/** A dove in flight, facing right, as one silhouette. Unit size is about 200 × 200. */
function dove(x: number, y: number, scale: number, fill: string, opacity = 1, rotate = 0, flip = false): string {
	const body =
		'M-70,8 C-40,-6 10,-10 40,-8 C54,-17 70,-15 78,-6 L94,-1 L78,3 C70,11 52,15 36,15 C6,23 -34,23 -60,17 L-104,36 L-98,18 L-108,4 Z';
	// Wings are raised, broad at the shoulder, with a scalloped trailing edge for the flight feathers.
	const farWing = 'M-6,-6 C-14,-50 -50,-104 -112,-142 L-108,-126 L-120,-118 L-110,-104 L-120,-94 L-104,-82 L-112,-70 L-94,-58 L-98,-44 L-76,-34 L-70,-2 Z';
	const nearWing = 'M26,-7 C22,-62 -4,-122 -46,-176 L-50,-158 L-64,-150 L-56,-136 L-70,-126 L-60,-112 L-72,-100 L-60,-88 L-70,-74 L-56,-62 L-62,-46 L-44,-34 L-46,-4 Z';
	return `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rotate)}) scale(${flip ? -scale : scale} ${scale})" fill="${fill}" opacity="${opacity}"><path d="${farWing}" fill="${shade(fill, fill > '#888888' ? -0.12 : 0.12)}"/><path d="${body}"/><path d="${nearWing}"/></g>`;
}

/** A paper lantern hanging from (x, top) on a cord, glowing from inside. */
function lantern(x: number, top: number, cord: number, radiusX: number, radiusY: number, glowRadius: number): string {
	const cy = top + cord + radiusY;
	return [
		`<line x1="${n(x)}" y1="${n(top)}" x2="${n(x)}" y2="${n(top + cord + 4)}" stroke="#201c24" stroke-width="2"/>`,
		`<circle cx="${n(x)}" cy="${n(cy)}" r="${n(glowRadius)}" fill="url(#glow)"/>`,
		`<ellipse cx="${n(x)}" cy="${n(cy)}" rx="${n(radiusX)}" ry="${n(radiusY)}" fill="url(#paperlight)"/>`,
		// The ribs of the paper shade, as faint curves.
		...[-0.5, 0, 0.5].map(
			(k) => `<path d="M${n(x + k * radiusX * 0.9)},${n(cy - radiusY * 0.95)} Q${n(x + k * radiusX * 1.5)},${n(cy)} ${n(x + k * radiusX * 0.9)},${n(cy + radiusY * 0.95)}" fill="none" stroke="#b0652e" stroke-opacity="0.25" stroke-width="1.5"/>`,
		),
		`<rect x="${n(x - radiusX * 0.42)}" y="${n(cy - radiusY - 6)}" width="${n(radiusX * 0.84)}" height="10" rx="3" fill="#2a2226"/>`,
		`<rect x="${n(x - radiusX * 0.42)}" y="${n(cy + radiusY - 4)}" width="${n(radiusX * 0.84)}" height="10" rx="3" fill="#2a2226"/>`,
	].join('');
}

const PAPERLIGHT_DEF = radial('paperlight', [
	[0, '#fff3d6'],
	[0.5, '#f6c77c'],
	[0.85, '#de8e45'],
	[1, '#b9642f'],
], 0.45, 0.42, 0.6);

/** A bare-branched tree with leaf clusters at its tips, grown from (x, y) with a seeded PRNG. */
function tree(rng: Rng, x: number, y: number, length: number, colour: string): string {
	const lines: string[] = [];
	const clusters: string[] = [];
	const grow = (x0: number, y0: number, len: number, angle: number, depth: number) => {
		const x1 = x0 + len * Math.cos(angle);
		const y1 = y0 + len * Math.sin(angle);
		lines.push(`<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke-width="${n(Math.max(1.2, depth * depth * 0.55))}"/>`);
		if (depth === 0) {
			for (let leafIndex = 0; leafIndex < 4; leafIndex++) {
				clusters.push(`<circle cx="${n(x1 + rng.between(-12, 12))}" cy="${n(y1 + rng.between(-12, 8))}" r="${n(rng.between(3.5, 7.5))}" fill-opacity="${n(rng.between(0.55, 0.9))}"/>`);
			}
			return;
		}
		const spread = rng.between(0.32, 0.52);
		grow(x1, y1, len * rng.between(0.7, 0.8), angle - spread, depth - 1);
		grow(x1, y1, len * rng.between(0.7, 0.8), angle + spread * rng.between(0.8, 1.1), depth - 1);
		if (depth > 3 && rng() < 0.35) grow(x1, y1, len * 0.6, angle + rng.between(-0.15, 0.15), depth - 2);
	};
	grow(x, y, length, -Math.PI / 2, 7);
	return `<g stroke="${colour}" stroke-linecap="round">${lines.join('')}</g><g fill="${colour}">${clusters.join('')}</g>`;
}

/** A wreath of leaves around (cx, cy), every leaf lying along the circle. */
function wreath(rng: Rng, cx: number, cy: number, radius: number, count: number, size: number, colours: string[], gapFrom = 80, gapTo = 100): string {
	const parts: string[] = [];
	for (let index = 0; index < count; index++) {
		const angle = (360 * index) / count;
		// Leave a gap at the bottom where the two halves meet, as wreaths are tied.
		if (angle > gapFrom && angle < gapTo) continue;
		const radians = (angle * Math.PI) / 180;
		for (const [offset, tilt] of [[-size * 0.18, -28], [size * 0.18, 28]] as const) {
			const r = radius + offset + rng.between(-6, 6);
			parts.push(leaf(cx + r * Math.cos(radians), cy + r * Math.sin(radians), size * rng.between(0.85, 1.1), size * 0.22, angle - 90 + tilt + rng.between(-8, 8), rng.pick(colours), rng.between(0.88, 1)));
		}
	}
	return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// The compositions
// ---------------------------------------------------------------------------------------------

interface Drawing {
	/** The file name without .jpg; also the seed. */
	name: string;
	/** What it shows, for --list and for whoever writes its alt text. */
	shows: string;
	width: number;
	height: number;
	/** Where it goes: content images beside the entries (the default), site-wide images into public/. */
	folder?: 'content' | 'public';
	draw(rng: Rng, width: number, height: number): { defs: string; body: string };
}

const W = 1600;
const H = 1000;

const drawings: Drawing[] = [
	{
		name: 'candles-row',
		shows: 'Seven lit pillar candles of different heights on a dark ledge.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const floor = 770;
			const candles = Array.from({ length: 7 }, (_, index) => {
				const x = 230 + index * 190 + rng.between(-18, 18);
				return candle(x, floor, rng.between(170, 360), rng.between(74, 96), rng.between(70, 92), 230);
			});
			const reflections = Array.from({ length: 7 }, (_, index) => `<ellipse cx="${n(230 + index * 190)}" cy="${floor + 18}" rx="70" ry="10" fill="${P.amber}" fill-opacity="0.22" filter="url(#haze)"/>`);
			const v = vignette(width, height, 0.55);
			return {
				defs: FLAME_DEFS + WAX_DEF + linear('bg', [[0, '#15121b'], [0.7, '#2a2029'], [1, '#1c1617']]) + linear('ledge', [[0, '#2e2521'], [1, '#120e0d']]) + v.defs,
				body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><rect y="${floor}" width="${width}" height="${height - floor}" fill="url(#ledge)"/>${reflections.join('')}${candles.join('')}${v.body}`,
			};
		},
	},
	{
		name: 'portrait-candle',
		shows: 'A single lit candle in a dark room, its light falling softly around it.',
		width: W,
		height: H,
		draw(_rng, width, height) {
			const v = vignette(width, height, 0.6);
			return {
				defs: FLAME_DEFS + WAX_DEF + radial('bg', [[0, '#3a2c2a'], [0.6, '#1d1719'], [1, '#0f0c10']], 0.5, 0.45, 0.7) + v.defs,
				body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><ellipse cx="800" cy="842" rx="240" ry="26" fill="${P.amber}" fill-opacity="0.18" filter="url(#haze)"/>${candle(800, 840, 380, 140, 130, 520)}${v.body}`,
			};
		},
	},
	{
		name: 'lanterns-row',
		shows: 'A row of glowing paper lanterns strung across a dusk sky above dark hills.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const p0: [number, number] = [-40, 170];
			const p1: [number, number] = [800, 420];
			const p2: [number, number] = [width + 40, 170];
			const along = (t: number): [number, number] => [
				(1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t ** 2 * p2[0],
				(1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t ** 2 * p2[1],
			];
			const lanterns = Array.from({ length: 8 }, (_, index) => {
				const [x, y] = along(0.09 + index * 0.117);
				const size = rng.between(0.85, 1.15);
				return lantern(x, y, rng.between(24, 90), 40 * size, 54 * size, 190);
			});
			return {
				defs: FLAME_DEFS + PAPERLIGHT_DEF + linear('sky', [[0, '#1b2437'], [0.5, '#4f4a66'], [0.78, '#a9827e'], [1, '#e0b07e']]),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
					ridge(rng, width, height, 830, 50, '#3d3850', 0.9),
					ridge(rng, width, height, 900, 40, '#22202f'),
					`<path d="M${p0[0]},${p0[1]} Q${p1[0]},${p1[1]} ${p2[0]},${p2[1]}" fill="none" stroke="#201c24" stroke-width="2.5"/>`,
					...lanterns,
				].join(''),
			};
		},
	},
	{
		name: 'portrait-lantern',
		shows: 'One paper lantern glowing warmly against a deep blue evening sky.',
		width: W,
		height: H,
		draw(rng, width, height) {
			return {
				defs: FLAME_DEFS + PAPERLIGHT_DEF + linear('sky', [[0, '#141c2c'], [0.65, '#2c3550'], [1, '#5d5470']]),
				body: `<rect width="${width}" height="${height}" fill="url(#sky)"/>${ridge(rng, width, height, 930, 24, '#191a26')}${lantern(800, 0, 210, 150, 205, 560)}`,
			};
		},
	},
	{
		name: 'lanterns-on-river',
		shows: 'Small lanterns floating on a dark river at dusk, their light reflected in the water.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const horizon = 430;
			const lights = Array.from({ length: 16 }, () => {
				const depth = rng();
				const y = horizon + 70 + depth ** 1.4 * 470;
				const size = 14 + depth * 46;
				const x = rng.between(80, width - 80);
				return [
					`<ellipse cx="${n(x)}" cy="${n(y + size * 1.6)}" rx="${n(size * 0.5)}" ry="${n(size * 2.2)}" fill="${P.amber}" fill-opacity="0.28" filter="url(#haze)"/>`,
					`<circle cx="${n(x)}" cy="${n(y)}" r="${n(size * 3.4)}" fill="url(#glow)"/>`,
					`<path d="M${n(x - size * 0.75)},${n(y - size * 0.7)} L${n(x + size * 0.75)},${n(y - size * 0.7)} L${n(x + size * 0.6)},${n(y + size * 0.45)} L${n(x - size * 0.6)},${n(y + size * 0.45)} Z" fill="url(#paperlight)"/>`,
					`<rect x="${n(x - size * 0.8)}" y="${n(y + size * 0.4)}" width="${n(size * 1.6)}" height="${n(size * 0.22)}" fill="#2a2226"/>`,
				].join('');
			});
			return {
				defs: FLAME_DEFS + PAPERLIGHT_DEF + linear('sky', [[0, '#222b40'], [0.7, '#6a5f78'], [1, '#b98c80']]) + linear('water', [[0, '#2d3447'], [0.35, '#1b2232'], [1, '#0e131d']]),
				body: [
					`<rect width="${width}" height="${horizon + 2}" fill="url(#sky)"/>`,
					ridge(rng, width, horizon + 4, horizon - 20, 26, '#2a2838'),
					`<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#water)"/>`,
					`<rect y="${horizon}" width="${width}" height="60" fill="#b98c80" fill-opacity="0.12" filter="url(#haze)"/>`,
					...lights,
				].join(''),
			};
		},
	},
	{
		name: 'horizon-dusk',
		shows: 'Layered hills beneath a low sun at dusk, the sky fading from rose to deep blue.',
		width: W,
		height: H,
		draw(rng, width, height) {
			return {
				defs: FLAME_DEFS + linear('sky', [[0, '#26304a'], [0.45, '#6b6384'], [0.72, '#d19b88'], [1, '#efc89c']]) + radial('sun', [[0, '#fff1d2'], [0.5, '#fbe0b0', 0.9], [1, '#f4c995', 0]]),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
					`<circle cx="1010" cy="640" r="260" fill="url(#sun)" fill-opacity="0.7"/>`,
					`<circle cx="1010" cy="640" r="62" fill="#fff0d0" fill-opacity="0.9" filter="url(#soft)"/>`,
					ridge(rng, width, height, 650, 60, '#7b6a86', 0.85),
					ridge(rng, width, height, 730, 70, '#4e4866'),
					ridge(rng, width, height, 820, 60, '#2e2d45'),
					ridge(rng, width, height, 910, 40, '#1a1b2b'),
				].join(''),
			};
		},
	},
	{
		name: 'portrait-tree',
		shows: 'A lone tree on a gentle rise, dark against a pale sunrise.',
		width: W,
		height: H,
		draw(rng, width, height) {
			return {
				defs: FLAME_DEFS + linear('sky', [[0, '#8fa2b5'], [0.55, '#d9cbbb'], [1, '#f1d9b5']]) + radial('sun', [[0, '#fff6e4'], [1, '#fbe6c4', 0]]),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
					`<circle cx="560" cy="760" r="300" fill="url(#sun)"/>`,
					ridge(rng, width, height, 820, 30, '#8a8a8e', 0.6),
					`<path d="M0,${height} L0,900 Q520,780 900,790 Q1300,800 ${width},880 L${width},${height} Z" fill="#2c2f36"/>`,
					tree(rng, 900, 800, 170, '#2c2f36'),
				].join(''),
			};
		},
	},
	{
		name: 'wreath-of-leaves',
		shows: 'A round wreath of olive-green leaves on a pale stone-coloured background.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const colours = [P.olive, P.oliveDark, P.sage, mix(P.olive, P.sage, 0.5)];
			const berries = Array.from({ length: 14 }, () => {
				const angle = rng.between(110, 430) * (Math.PI / 180);
				const r = 300 + rng.between(-20, 20);
				return `<circle cx="${n(800 + r * Math.cos(angle))}" cy="${n(500 + r * Math.sin(angle))}" r="${n(rng.between(7, 10))}" fill="#5e4b55"/>`;
			});
			const v = vignette(width, height, 0.25);
			return {
				defs: radial('bg', [[0, '#f3ede2'], [1, '#d6cdbd']], 0.5, 0.45, 0.75) + blur('shadow', 10) + v.defs,
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					`<g filter="url(#shadow)" opacity="0.1" transform="translate(10 16)"><circle cx="800" cy="500" r="300" fill="none" stroke="#3b3328" stroke-width="56"/></g>`,
					wreath(rng, 800, 500, 300, 48, 96, colours, 84, 96),
					...berries,
					v.body,
				].join(''),
			};
		},
	},
	{
		name: 'laurel-wreath-blue',
		shows: 'Two pale laurel branches curving upward to form a wreath on a calm blue background.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const colours = ['#f4f1ea', '#e6e9ee', '#dfe5ec'];
			return {
				defs: linear('bg', [[0, '#4a7aa6'], [1, '#2b4f74']]) + radial('light', [[0, '#ffffff', 0.18], [1, '#ffffff', 0]]),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					`<circle cx="800" cy="460" r="520" fill="url(#light)"/>`,
					branch(rng, [780, 860], [470, 760], [520, 200], 22, 88, colours, '#e8ecf0'),
					branch(rng, [820, 860], [1130, 760], [1080, 200], 22, 88, colours, '#e8ecf0'),
				].join(''),
			};
		},
	},
	{
		name: 'olive-branch',
		shows: 'An olive branch with silver-green leaves and a few dark olives, on warm paper.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const colours = ['#7b8a5a', '#95a277', '#66744a', '#a7b08f'];
			// A second generator with the same seed draws the same branch again, as its shadow.
			const shadowRng = makeRng('olive-branch');
			const olives = [[620, 560], [905, 470], [1090, 455], [760, 610]].map(
				([x, y], index) => `<ellipse cx="${x}" cy="${y}" rx="22" ry="15" transform="rotate(${-20 + index * 12} ${x} ${y})" fill="${index % 2 ? '#3f3a2c' : '#55533a'}"/><ellipse cx="${(x ?? 0) - 6}" cy="${(y ?? 0) - 5}" rx="6" ry="3" fill="#ffffff" fill-opacity="0.25"/>`,
			);
			return {
				defs: linear('bg', [[0, '#f1eadb'], [1, '#ddd1ba']], 0, 0, 1, 1) + blur('shadow', 9),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					`<g filter="url(#shadow)" opacity="0.16" transform="translate(16 22)"><g fill="#2d2a22">${branch(shadowRng, [230, 760], [760, 520], [1380, 300], 19, 150, ['#2d2a22'], '#2d2a22')}</g></g>`,
					branch(rng, [230, 760], [760, 520], [1380, 300], 19, 150, colours, '#6a5d45'),
					...olives,
				].join(''),
			};
		},
	},
	{
		name: 'paper-cranes',
		shows: 'Strings of folded paper cranes in soft pale colours hanging against a dawn-coloured wall.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const colours = ['#f3eee6', '#e9d3cc', '#d4dde6', '#dfe3d2', '#efe2c8'];
			const strands = Array.from({ length: 6 }, (_, index) => {
				const x = 180 + index * 250 + rng.between(-30, 30);
				const length = rng.between(620, 900);
				const parts = [`<line x1="${n(x)}" y1="0" x2="${n(x)}" y2="${n(length)}" stroke="#8a8076" stroke-width="1.5"/>`];
				for (let y = 120 + rng.between(0, 60); y < length; y += rng.between(150, 190)) {
					parts.push(crane(x, y + 40, rng.between(0.55, 0.75), rng.pick(colours), rng() < 0.5, rng.between(-6, 6)));
					parts.push(`<circle cx="${n(x)}" cy="${n(y + 70)}" r="5" fill="#b59a7a"/>`);
				}
				return parts.join('');
			});
			const v = vignette(width, height, 0.2);
			return {
				defs: linear('bg', [[0, '#dfe4e8'], [0.55, '#e8e0d6'], [1, '#e9d6c3']]) + blur('shadow', 8) + v.defs,
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					...strands,
					`<g filter="url(#shadow)" opacity="0.2"><ellipse cx="1230" cy="930" rx="210" ry="18" fill="#3a3028"/></g>`,
					crane(1230, 880, 2.1, '#f5f0e7', true),
					v.body,
				].join(''),
			};
		},
	},
	{
		name: 'portrait-crane',
		shows: 'A single folded paper crane, ivory-coloured, resting on a soft grey surface.',
		width: W,
		height: H,
		draw(_rng, width, height) {
			return {
				defs: linear('bg', [[0, '#d9dde0'], [0.7, '#c9ccce'], [1, '#b7b8b6']]) + blur('shadow', 14),
				body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><rect y="700" width="${width}" height="300" fill="#b2b1ad" fill-opacity="0.5"/><g filter="url(#shadow)" opacity="0.28"><ellipse cx="820" cy="760" rx="330" ry="30" fill="#2a2826"/></g>${crane(820, 700, 3.7, '#f4efe4')}`,
			};
		},
	},
	{
		name: 'doves-at-dawn',
		shows: 'The silhouettes of five doves in flight across a pale dawn sky.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const flock = [
				[430, 520, 1.5, -8],
				[760, 380, 1.15, -14],
				[1010, 560, 0.95, -6],
				[1210, 330, 0.75, -16],
				[1380, 470, 0.6, -10],
			].map(([x, y, s, r]) => dove(x ?? 0, y ?? 0, s ?? 1, '#34404f', 0.55 + (s ?? 1) * 0.25, (r ?? 0) + rng.between(-4, 4)));
			return {
				defs: linear('sky', [[0, '#9eb2c6'], [0.55, '#dcd3c6'], [1, '#f2e3cb']]) + radial('sun', [[0, '#fff8ea'], [1, '#fbeacd', 0]]),
				body: [`<rect width="${width}" height="${height}" fill="url(#sky)"/>`, `<circle cx="300" cy="880" r="420" fill="url(#sun)"/>`, ridge(rng, width, height, 930, 22, '#8e8c93', 0.55), ...flock].join(''),
			};
		},
	},
	{
		name: 'portrait-dove',
		shows: 'A single white dove in flight against a deep blue-grey sky.',
		width: W,
		height: H,
		draw(_rng, width, height) {
			return {
				defs: radial('bg', [[0, '#4b5a6e'], [0.7, '#2a3444'], [1, '#1b222e']], 0.45, 0.45, 0.75) + blur('glow2', 26),
				body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><g filter="url(#glow2)" opacity="0.35">${dove(840, 580, 2.6, '#ffffff', 1, -10)}</g>${dove(840, 580, 2.6, '#f5f3ee', 1, -10)}`,
			};
		},
	},
	{
		name: 'stone-wall-light',
		shows: 'A wall of pale dressed stone blocks, lit by soft light from the upper left.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const blocks: string[] = [];
			for (let row = 0, y = 0; y < height; row++, y += 125) {
				let x = row % 2 ? -rng.between(60, 160) : -rng.between(0, 60);
				while (x < width) {
					const blockWidth = rng.between(230, 380);
					const tone = shade('#a39d93', rng.between(-0.12, 0.12));
					blocks.push(`<rect x="${n(x + 3)}" y="${n(y + 3)}" width="${n(blockWidth - 6)}" height="119" rx="4" fill="${tone}"/>`);
					x += blockWidth;
				}
			}
			return {
				defs:
					linear('light', [[0, '#fff6e6', 0.5], [0.45, '#fff6e6', 0.08], [1, '#000000', 0.35]], 0, 0, 1, 1) +
					`<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.035" numOctaves="3" seed="${seedFrom('stone-wall-light') % 1000}"/><feColorMatrix type="matrix" values="0 0 0 0 0.25  0 0 0 0 0.24  0 0 0 0 0.22  0 0 0 0.9 0"/><feGaussianBlur stdDeviation="0.6"/></filter>`,
				body: [
					`<rect width="${width}" height="${height}" fill="#4f4b46"/>`,
					...blocks,
					`<rect width="${width}" height="${height}" filter="url(#grain)" opacity="0.45"/>`,
					`<rect width="${width}" height="${height}" fill="url(#light)"/>`,
				].join(''),
			};
		},
	},
	{
		name: 'flowers-on-stone',
		shows: 'Red and white carnations laid on a grey stone step.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const flower = (x: number, y: number, radius: number, colour: string) => {
				const parts: string[] = [];
				for (const [ring, count, scale] of [[1, 14, 1], [0.68, 11, 0.8], [0.36, 7, 0.65]] as const) {
					for (let index = 0; index < count; index++) {
						const angle = (index / count) * Math.PI * 2 + rng.between(0, 0.4);
						const r = radius * ring * 0.62;
						parts.push(`<circle cx="${n(x + r * Math.cos(angle))}" cy="${n(y + r * Math.sin(angle))}" r="${n(radius * 0.36 * scale)}" fill="${shade(colour, rng.between(-0.18, 0.1) + (1 - ring) * 0.12)}"/>`);
					}
				}
				return parts.join('');
			};
			const stems: string[] = [];
			const heads: string[] = [];
			const placed = [
				[520, 470, P.ivory], [690, 420, '#a8333b'], [610, 600, '#b9434a'], [820, 540, '#a8333b'], [760, 700, P.ivory], [930, 650, '#b9434a'],
			] as const;
			for (const [x, y, colour] of placed) {
				stems.push(`<path d="M${x},${y} Q${x + 220},${y + 140} ${x + 560},${y + 210}" fill="none" stroke="#4f6140" stroke-width="9" stroke-linecap="round"/>`);
				stems.push(leaf(x + 260, y + 150, 110, 12, 25 + rng.between(-8, 8), '#5f7350'));
				heads.push(`<circle cx="${x + 10}" cy="${y + 16}" r="72" fill="#000000" fill-opacity="0.25" filter="url(#shadow)"/>`);
				heads.push(flower(x, y, 70, colour));
			}
			return {
				defs:
					linear('stone', [[0, '#8f8b85'], [1, '#6d6a66']], 0, 0, 1, 1) +
					blur('shadow', 10) +
					`<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.02" numOctaves="3" seed="${seedFrom('flowers-on-stone') % 1000}"/><feColorMatrix type="matrix" values="0 0 0 0 0.2  0 0 0 0 0.2  0 0 0 0 0.19  0 0 0 0.8 0"/><feGaussianBlur stdDeviation="0.8"/></filter>`,
				body: [
					`<rect width="${width}" height="${height}" fill="url(#stone)"/>`,
					`<rect width="${width}" height="${height}" filter="url(#grain)" opacity="0.4"/>`,
					`<rect y="880" width="${width}" height="${height - 880}" fill="#3f3d3a" fill-opacity="0.6"/>`,
					...stems,
					...heads,
				].join(''),
			};
		},
	},
	{
		name: 'beams-of-light',
		shows: 'Two pale beams of light rising side by side into a night sky above a dark horizon.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const horizon = 820;
			const stars = Array.from({ length: 60 }, () => `<circle cx="${n(rng.between(0, width))}" cy="${n(rng.between(0, horizon - 200))}" r="${n(rng.between(0.8, 1.8))}" fill="#e8eefc" fill-opacity="${n(rng.between(0.2, 0.6))}"/>`);
			const beam = (x: number) =>
				`<path d="M${x - 26},${horizon} L${x - 40},0 L${x + 40},0 L${x + 26},${horizon} Z" fill="url(#beam)" filter="url(#beamblur)"/><path d="M${x - 10},${horizon} L${x - 16},0 L${x + 16},0 L${x + 10},${horizon} Z" fill="url(#beam)" opacity="0.8"/>`;
			return {
				defs: linear('sky', [[0, '#0b101c'], [0.6, '#1a2540'], [1, '#34405f']]) + linear('beam', [[0, '#cfe0ff', 0], [0.5, '#dbe7ff', 0.35], [1, '#eef3ff', 0.75]]) + blur('beamblur', 16) + blur('haze', 30),
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
	},
	{
		name: 'threads-of-light',
		shows: 'Hanging threads strung with small warm-coloured beads, lit softly in a dim room.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const colours = ['#e3b36a', '#b5653f', '#c99a3c', '#efe3cc', '#8f4f3a'];
			const threads = Array.from({ length: 30 }, (_, index) => {
				const x = 70 + index * 50 + rng.between(-12, 12);
				const length = rng.between(420, 860);
				const parts = [`<line x1="${n(x)}" y1="0" x2="${n(x)}" y2="${n(length)}" stroke="#c8b79c" stroke-opacity="0.45" stroke-width="1.2"/>`];
				for (let y = rng.between(40, 110); y < length; y += rng.between(45, 95)) {
					parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(rng.between(5, 10))}" fill="${rng.pick(colours)}"/>`);
				}
				return parts.join('');
			});
			return {
				defs: linear('bg', [[0, '#201a19'], [1, '#3a2c25']]) + radial('pool', [[0, '#f0c987', 0.35], [1, '#f0c987', 0]]),
				body: [`<rect width="${width}" height="${height}" fill="url(#bg)"/>`, `<ellipse cx="800" cy="380" rx="760" ry="520" fill="url(#pool)"/>`, ...threads].join(''),
			};
		},
	},
	{
		name: 'ripples-on-water',
		shows: 'A single white frangipani flower floating on still blue water, with ripples spreading around it.',
		width: W,
		height: H,
		draw(_rng, width, height) {
			const rings = Array.from({ length: 9 }, (_, index) => {
				const rx = 90 + index * 95;
				return `<ellipse cx="840" cy="540" rx="${rx}" ry="${n(rx * 0.34)}" fill="none" stroke="#e6f0f4" stroke-opacity="${n(0.42 - index * 0.042)}" stroke-width="${n(3.5 - index * 0.25)}"/>`;
			});
			const petals = Array.from({ length: 5 }, (_, index) => {
				const angle = index * 72 - 90;
				return `<path transform="translate(840 528) rotate(${angle})" d="M0,0 C14,-22 60,-34 78,-12 C86,2 54,18 0,0 Z" fill="url(#petal)"/>`;
			});
			return {
				defs: linear('water', [[0, '#5f7f91'], [0.5, '#3e5b6d'], [1, '#243947']]) + linear('petal', [[0, '#f1d57a'], [0.45, '#fbf6ea'], [1, '#ffffff']], 0, 0, 1, 0) + blur('shadow', 6),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#water)"/>`,
					...rings,
					`<ellipse cx="846" cy="546" rx="86" ry="30" fill="#0f1d27" fill-opacity="0.35" filter="url(#shadow)"/>`,
					...petals,
					`<circle cx="840" cy="528" r="9" fill="#f0cf6a"/>`,
				].join(''),
			};
		},
	},
	{
		name: 'paper-sheets',
		shows: 'A few blank sheets of paper fanned on a desk, with a blue ribbon marker and a small sprig of leaves.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const sheets = [[-7, 560, 520], [-2, 800, 500], [4, 820, 520], [9, 880, 540]].map(
				([angle, x, y]) =>
					`<g transform="rotate(${angle} ${x} ${y})"><rect x="${(x ?? 0) - 330 + 14}" y="${(y ?? 0) - 430 + 18}" width="660" height="860" fill="#2a251e" fill-opacity="0.25" filter="url(#shadow)"/><rect x="${(x ?? 0) - 330}" y="${(y ?? 0) - 430}" width="660" height="860" fill="url(#sheet)"/></g>`,
			);
			return {
				defs: linear('desk', [[0, '#d5cdbf'], [1, '#b9ae9b']], 0, 0, 1, 1) + linear('sheet', [[0, '#fbf8f1'], [1, '#ebe4d6']], 0, 0, 1, 1) + blur('shadow', 12),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#desk)"/>`,
					...sheets,
					`<path d="M1010,0 L1080,0 L1060,1000 L990,1000 Z" fill="${P.unBlue}" fill-opacity="0.85"/>`,
					branch(rng, [1280, 880], [1320, 720], [1460, 640], 9, 90, ['#7b8a5a', '#95a277', '#66744a'], '#6a5d45'),
				].join(''),
			};
		},
	},
	{
		name: 'paper-boats',
		shows: 'Three small folded paper boats on calm, pale water near the shore.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const boat = (x: number, y: number, scale: number, colour: string) =>
				`<g transform="translate(${x} ${y}) scale(${scale})"><path d="M-120,0 L120,0 L80,40 L-80,40 Z" fill="${shade(colour, -0.12)}"/><path d="M-60,0 L0,-110 L60,0 Z" fill="${colour}"/><path d="M0,-110 L60,0 L0,0 Z" fill="${shade(colour, -0.08)}"/><path d="M-120,0 L-60,0 L-80,-30 Z" fill="${shade(colour, 0.05)}"/><path d="M120,0 L60,0 L80,-30 Z" fill="${shade(colour, -0.05)}"/><ellipse cx="0" cy="58" rx="140" ry="14" fill="#ffffff" fill-opacity="0.3"/><path d="M-80,44 L80,44 L60,110 L-60,110 Z" fill="${colour}" fill-opacity="0.18" filter="url(#haze)"/></g>`;
			const glints = Array.from({ length: 24 }, () => `<rect x="${n(rng.between(0, width))}" y="${n(rng.between(420, 980))}" width="${n(rng.between(40, 160))}" height="2" fill="#ffffff" fill-opacity="${n(rng.between(0.15, 0.35))}"/>`);
			return {
				defs: linear('sky', [[0, '#d8dfe3'], [1, '#eee6d8']]) + linear('water', [[0, '#aebdc5'], [1, '#7f96a3']]) + blur('haze', 10),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
					ridge(rng, width, 420, 380, 20, '#9aa3a6', 0.8),
					`<rect y="400" width="${width}" height="${height - 400}" fill="url(#water)"/>`,
					...glints,
					boat(430, 700, 1.1, '#f4efe5'),
					boat(860, 560, 0.7, '#e8d9cf'),
					boat(1190, 760, 0.95, '#dde3e8'),
				].join(''),
			};
		},
	},
	{
		name: 'candle-field-wide',
		shows: 'Rows of small tealight flames receding into the dark under a deep dusk sky.',
		width: 1920,
		height: 1200,
		draw(rng, width, height) {
			const lights: string[] = [];
			for (let row = 0; row < 6; row++) {
				const depth = row / 5;
				const y = 700 + depth ** 1.4 * 420;
				const size = 12 + depth * 34;
				const count = 7 + row * 2;
				for (let index = 0; index < count; index++) {
					const x = ((index + 0.5 + rng.between(-0.2, 0.2) + (row % 2) * 0.5) / (count + 0.5)) * width;
					lights.push(
						`<g opacity="${n(0.55 + depth * 0.45)}"><ellipse cx="${n(x)}" cy="${n(y + size * 0.35)}" rx="${n(size * 0.9)}" ry="${n(size * 0.3)}" fill="#7e776d"/><rect x="${n(x - size * 0.9)}" y="${n(y - size * 0.05)}" width="${n(size * 1.8)}" height="${n(size * 0.4)}" fill="#a39b8f"/>` +
							flame(x, y - size * 0.08, size * 1.2, size * 2.6) +
							'</g>',
					);
				}
			}
			return {
				defs: FLAME_DEFS + linear('sky', [[0, '#121828'], [0.4, '#2a2a44'], [0.56, '#4a3c50'], [0.62, '#2a2026'], [1, '#120d0f']]),
				body: [`<rect width="${width}" height="${height}" fill="url(#sky)"/>`, ...lights].join(''),
			};
		},
	},
	{
		name: 'portrait-flower',
		shows: 'A single white anemone with a dark centre on a soft sage-green background.',
		width: W,
		height: H,
		draw(rng, width, height) {
			const petals = Array.from({ length: 6 }, (_, index) => {
				const angle = index * 60 + rng.between(-6, 6);
				return `<path transform="translate(800 460) rotate(${n(angle)})" d="M0,0 C40,-40 150,-70 205,-20 C235,10 200,70 120,70 C60,70 20,40 0,0 Z" fill="url(#petal)" stroke="#d9d6cc" stroke-width="1"/>`;
			});
			const stamens = Array.from({ length: 28 }, (_, index) => {
				const angle = (index / 28) * Math.PI * 2;
				const r = rng.between(40, 58);
				return `<circle cx="${n(800 + r * Math.cos(angle))}" cy="${n(460 + r * Math.sin(angle))}" r="4.5" fill="#2b2a33"/>`;
			});
			return {
				defs: radial('bg', [[0, '#b7c2ad'], [1, '#7e8b76']], 0.5, 0.45, 0.75) + radial('petal', [[0, '#e7e4dc'], [0.5, '#fbfaf6'], [1, '#ffffff']], 0.1, 0.5, 0.9) + blur('shadow', 16),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					`<path d="M800,520 C790,700 740,850 700,1000" fill="none" stroke="#56663f" stroke-width="12" stroke-linecap="round"/>`,
					leaf(770, 760, 200, 34, 200, '#5d6e47'),
					`<circle cx="820" cy="490" r="230" fill="#2c3326" fill-opacity="0.28" filter="url(#shadow)"/>`,
					...petals,
					`<circle cx="800" cy="460" r="38" fill="#34323d"/>`,
					...stamens,
				].join(''),
			};
		},
	},
	{
		name: 'portrait-stones',
		shows: 'A small cairn of five smooth stones stacked by the water in soft morning light.',
		width: W,
		height: H,
		draw(_rng, width, height) {
			const stones = [
				[800, 780, 230, 70, '#7f7b75'],
				[790, 672, 180, 52, '#9a958d'],
				[812, 585, 135, 44, '#857f78'],
				[798, 512, 98, 34, '#aaa49a'],
				[806, 455, 64, 26, '#918b83'],
			] as const;
			return {
				defs: linear('bg', [[0, '#d5dbdd'], [0.6, '#e3e0d8'], [1, '#c9c4ba']]) + radial('stoneLight', [[0, '#ffffff', 0.45], [1, '#ffffff', 0]], 0.35, 0.3, 0.7) + blur('shadow', 12),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					`<rect y="820" width="${width}" height="${height - 820}" fill="#a9a79f" fill-opacity="0.6"/>`,
					`<ellipse cx="820" cy="845" rx="280" ry="22" fill="#2c2a27" fill-opacity="0.35" filter="url(#shadow)"/>`,
					...stones.map(([x, y, rx, ry, colour]) => `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="${colour}"/><ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="url(#stoneLight)"/>`),
				].join(''),
			};
		},
	},
	{
		// Used only by the sample withdrawn story: if this file ever reaches dist/, the withdrawal leaked.
		name: 'withdrawn-sample',
		shows: 'An unlit candle beside a closed envelope on a plain grey table, in even, muted light.',
		width: W,
		height: H,
		draw(_rng, width, height) {
			return {
				defs: WAX_DEF + linear('bg', [[0, '#c9cbcc'], [0.62, '#b9bbbc'], [1, '#9ea1a3']]) + linear('envelope', [[0, '#efe9de'], [1, '#ddd5c6']], 0, 0, 1, 1) + blur('shadow', 12),
				body: [
					`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
					`<rect y="640" width="${width}" height="${height - 640}" fill="#8f9294" fill-opacity="0.55"/>`,
					`<ellipse cx="560" cy="812" rx="150" ry="18" fill="#2c2a27" fill-opacity="0.3" filter="url(#shadow)"/>`,
					`<rect x="490" y="420" width="140" height="390" rx="10" fill="url(#wax)"/>`,
					`<ellipse cx="560" cy="422" rx="68" ry="13" fill="#f6ecd8"/>`,
					`<line x1="560" y1="420" x2="560" y2="392" stroke="#2a2020" stroke-width="4" stroke-linecap="round"/>`,
					`<g transform="rotate(-6 1060 720)">`,
					`<rect x="820" y="600" width="500" height="300" fill="#2a251e" fill-opacity="0.25" filter="url(#shadow)"/>`,
					`<rect x="806" y="584" width="500" height="300" fill="url(#envelope)"/>`,
					`<path d="M806,584 L1056,760 L1306,584" fill="none" stroke="#bfb5a3" stroke-width="4"/>`,
					`</g>`,
				].join(''),
			};
		},
	},
	{
		// The link preview of every page that has no picture of its own (BaseLayout's og:image). No text:
		// the preview shows the page's title beside it, in the reader's language.
		name: 'social-card',
		shows: 'Soft layered hills at dusk beneath a rose and blue sky, with a few small candle flames glowing along the nearest ridge.',
		width: 1200,
		height: 630,
		folder: 'public',
		draw(rng, width, height) {
			const flames = Array.from({ length: 5 }, (_, index) => {
				const x = 420 + index * 90 + rng.between(-12, 12);
				return flame(x, 560, rng.between(30, 40), 70);
			});
			const v = vignette(width, height, 0.35);
			return {
				defs: FLAME_DEFS + linear('sky', [[0, '#26304a'], [0.5, '#6b6384'], [0.78, '#d19b88'], [1, '#efc89c']]) + radial('sun', [[0, '#fff1d2'], [0.5, '#fbe0b0', 0.9], [1, '#f4c995', 0]]) + v.defs,
				body: [
					`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
					`<circle cx="760" cy="400" r="190" fill="url(#sun)" fill-opacity="0.6"/>`,
					ridge(rng, width, height, 410, 40, '#7b6a86', 0.85),
					ridge(rng, width, height, 470, 45, '#4e4866'),
					ridge(rng, width, height, 540, 30, '#2e2d45'),
					ridge(rng, width, height, 590, 20, '#1a1b2b'),
					...flames,
					v.body,
				].join(''),
			};
		},
	},
];

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

/** The complete SVG document for one drawing. */
function svgOf(drawing: Drawing): string {
	const { defs, body } = drawing.draw(makeRng(drawing.name), drawing.width, drawing.height);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}"><defs>${defs}</defs>${body}</svg>`;
}

/** Renders one drawing to JPEG bytes. No withMetadata(): sharp then writes no EXIF, ICC or XMP. */
async function render(drawing: Drawing): Promise<Buffer> {
	return sharp(Buffer.from(svgOf(drawing)))
		.flatten({ background: '#000000' })
		.jpeg({ quality: JPEG_QUALITY, progressive: true, chromaSubsampling: '4:2:0', optimiseCoding: true })
		.toBuffer();
}

/** Reasons a rendered image may not be committed: wrong size, metadata, or too many bytes. */
async function problemsWith(drawing: Drawing, bytes: Buffer): Promise<string[]> {
	const meta = await sharp(bytes).metadata();
	const problems: string[] = [];
	if (meta.width !== drawing.width || meta.height !== drawing.height) problems.push(`expected ${drawing.width}×${drawing.height}, got ${meta.width}×${meta.height}`);
	if (drawing.folder !== 'public' && meta.width !== undefined && meta.width < 1600) problems.push('expected at least 1600 px wide');
	if (meta.exif || meta.icc || meta.xmp || meta.iptc) problems.push('expected no metadata (EXIF, ICC, XMP or IPTC) in the file');
	if (bytes.length > MAX_BYTES) problems.push(`expected at most ${MAX_BYTES / 1024} KB, got ${Math.ceil(bytes.length / 1024)} KB; simplify the drawing`);
	return problems;
}

async function main(): Promise<number> {
	let options;
	try {
		options = parseArgs({
			options: {
				out: { type: 'string' },
				public: { type: 'string' },
				only: { type: 'string' },
				list: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		}).values;
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${HELP}`);
		return 2;
	}
	if (options.help) {
		console.log(HELP);
		return 0;
	}
	if (options.list) {
		for (const drawing of drawings) console.log(`${drawing.name}.jpg  ${drawing.width}×${drawing.height}  ${drawing.shows}`);
		return 0;
	}

	let selected = drawings;
	if (options.only !== undefined) {
		const wanted = options.only.split(',').map((name) => name.trim().replace(/\.jpg$/, '')).filter(Boolean);
		const unknown = wanted.filter((name) => !drawings.some((drawing) => drawing.name === name));
		if (unknown.length || !wanted.length) {
			console.error(`--only: no image named ${unknown.join(', ') || '(none given)'}; run with --list to see the names.`);
			return 2;
		}
		selected = drawings.filter((drawing) => wanted.includes(drawing.name));
	}

	const folders = {
		content: path.resolve(options.out ?? path.join(contentRoot(), 'images')),
		public: path.resolve(options.public ?? 'public'),
	};
	const used = [...new Set(selected.map((drawing) => folders[drawing.folder ?? 'content']))];
	for (const folder of used) mkdirSync(folder, { recursive: true });
	console.log(`Drawing ${selected.length} image${selected.length === 1 ? '' : 's'} into ${used.map((folder) => `${path.relative(process.cwd(), folder) || folder}/`).join(' and ')}`);

	let failures = 0;
	let total = 0;
	for (const [index, drawing] of selected.entries()) {
		const file = path.join(folders[drawing.folder ?? 'content'], `${drawing.name}.jpg`);
		const counter = `[${String(index + 1).padStart(String(selected.length).length)}/${selected.length}]`;
		try {
			const bytes = await render(drawing);
			const problems = await problemsWith(drawing, bytes);
			if (problems.length) {
				failures++;
				console.error(`${counter} ${drawing.name}.jpg: ${problems.join('; ')}`);
				continue;
			}
			writeFileSync(file, bytes);
			total += statSync(file).size;
			console.log(`${counter} ${drawing.name}.jpg  ${drawing.width}×${drawing.height}  ${Math.ceil(bytes.length / 1024)} KB`);
		} catch (error) {
			failures++;
			console.error(`${counter} ${drawing.name}.jpg: could not draw or write it: ${(error as Error).message}`);
		}
	}
	if (failures) {
		console.error(`\n${failures} of ${selected.length} image${selected.length === 1 ? '' : 's'} failed; the others were written.`);
		return 1;
	}
	console.log(`Done: ${selected.length} image${selected.length === 1 ? '' : 's'}, ${Math.ceil(total / 1024)} KB in all.`);
	return 0;
}

// Piping into `head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`generate-sample-images: ${(error as Error).message}`);
		process.exitCode = 1;
	},
);
