/**
 * A synthetic archive for the benchmark: N stories with a portrait each, N/10 events and N/20 news
 * items, in English and Arabic (one in four stories, every event and every news item translated),
 * written into a folder outside content/. Everything is drawn from a seeded PRNG, so the same N
 * always writes the same archive and two runs measure the same work.
 *
 * Portraits are 1600 × 2000 JPEGs at the sample's quality (78): the width the content checker asks
 * for, so that every rendition the site offers is really encoded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { mulberry32 } from '../seeded-random';

/** Bump when the archive's shape changes, so that a kept archive is written again. */
const GENERATOR_VERSION = 4;

export const PORTRAIT_WIDTH = 1600;
export const PORTRAIT_HEIGHT = 2000;

/** What the benchmark generated, for its report. */
export interface SyntheticArchive {
	root: string;
	stories: number;
	storyTranslations: number;
	events: number;
	news: number;
	portraits: number;
	/** The file of the story the warm rebuild edits. */
	storyToEdit: string;
}


const ENGLISH_WORDS =
	'morning light kitchen table letter garden street market river bridge school music laughter bread window father mother sister brother daughter son friend neighbour teacher nurse driver tea evening winter summer harvest walk remember quiet hands voice photograph song name years promise return home station bus square library field stone candle flowers'.split(
		' ',
	);
const ARABIC_WORDS = 'صباح نور مطبخ رسالة حديقة شارع سوق نهر جسر مدرسة موسيقى ضحك خبز نافذة أب أم أخت أخ ابنة ابن صديق جار معلم شاي مساء شتاء صيف حصاد ذكرى يدان صوت صورة أغنية اسم سنوات وعد بيت محطة ساحة مكتبة حقل حجر شمعة زهور'.split(' ');
const TAGS = ['survivors', 'families', 'remembrance', 'children', 'education', 'resilience', 'justice', 'healing', 'community', 'music', 'sport', 'faith', 'work', 'art', 'youth', 'elders'];
const COUNTRIES = ['FR', 'ES', 'JO', 'KE', 'NG', 'ID', 'IN', 'PK', 'IQ', 'SY', 'AF', 'US', 'GB', 'BE', 'TR', 'LB', 'ML', 'SO', 'LK', 'PH', 'NZ', 'NO', 'DE', 'EG', 'TN', 'MA'];
const ZONES = ['Europe/Paris', 'Europe/Madrid', 'Asia/Amman', 'Africa/Nairobi', 'Africa/Lagos', 'Asia/Jakarta', 'Asia/Kolkata', 'America/New_York', 'Europe/London', 'Pacific/Auckland'];
const RELATIONS = ['daughter', 'son', 'sister', 'brother', 'mother', 'father', 'friend', 'colleague', 'survivor'];

function pick<T>(random: () => number, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number, words: readonly string[], stop = '.'): string {
	const length = 8 + Math.floor(random() * 12);
	const chosen = Array.from({ length }, () => pick(random, words));
	const first = chosen[0] ?? '';
	return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${chosen.slice(1).join(' ')}${stop}`;
}

/** A body of about 500 words: paragraphs under two sub-headings, like the sample stories. */
function body(random: () => number, words: readonly string[], stop: string): string {
	const paragraph = () => Array.from({ length: 5 + Math.floor(random() * 4) }, () => sentence(random, words, stop)).join(' ');
	return [paragraph(), paragraph(), `## ${sentence(random, words, '')}`, paragraph(), paragraph(), `## ${sentence(random, words, '')}`, paragraph()].join('\n\n');
}

function frontmatter(data: Record<string, unknown>, text: string): string {
	return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}\n`;
}

const pad = (value: number, width = 5) => String(value).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

function siteYaml(): string {
	return stringify({
		name: { en: 'Vigil benchmark archive', ar: 'أرشيف Vigil لقياس الأداء' },
		tagline: { en: 'A synthetic archive for measuring build and page speed.', ar: 'أرشيف اصطناعي لقياس سرعة البناء والصفحات.' },
		organisation: { name: { en: 'Vigil benchmark', ar: 'قياس أداء Vigil' } },
		url: 'https://bench.example.org',
		contact: { email: 'bench@example.org' },
		defaultLocale: 'en',
		locales: [
			{ code: 'en', name: 'English' },
			{ code: 'ar', name: 'العربية' },
		],
		storiesPerPage: 12,
	});
}

/**
 * A texture larger than a portrait: a smooth field of random colours with fine grain laid over it.
 * Each portrait is a different window of it in a different hue, so every file is distinct and
 * compresses like a photograph rather than like a flat drawing, while drawing 10,000 of them stays
 * a matter of minutes.
 */
async function portraitTexture(): Promise<{ pixels: Buffer; width: number; height: number }> {
	const width = PORTRAIT_WIDTH + 800;
	const height = PORTRAIT_HEIGHT + 1000;
	const random = mulberry32(7);
	const cells = Buffer.alloc(8 * 10 * 3).map(() => 40 + Math.floor(random() * 180));
	const pixels = await sharp(cells, { raw: { width: 8, height: 10, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
	// Photographs hold detail at every scale, so a resized rendition is as hard to compress as the
	// original: grain is added in octaves, from blotches a sixteenth of the picture wide to single pixels.
	for (const [divisor, sigma] of [
		[32, 30],
		[16, 20],
		[8, 12],
		[4, 6],
		[2, 3],
		[1, 2],
	] as const) {
		const octaveWidth = Math.ceil(width / divisor);
		const octaveHeight = Math.ceil(height / divisor);
		// Grain in light and shade, the same in every channel, as in a photograph (not coloured speckle).
		const octave = await sharp({ create: { width: octaveWidth, height: octaveHeight, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma } } })
			.greyscale()
			.resize(width, height, { kernel: 'cubic' })
			.extractChannel(0)
			.raw()
			.toBuffer();
		for (let index = 0; index < pixels.length; index++) pixels[index] = Math.max(0, Math.min(255, (pixels[index] ?? 0) + (octave[Math.floor(index / 3)] ?? 128) - 128));
	}
	return { pixels, width, height };
}

/** One portrait: its own window of the texture, in its own hue and brightness. */
async function writePortrait(file: string, index: number, texture: { pixels: Buffer; width: number; height: number }): Promise<void> {
	const random = mulberry32(1_000_003 + index);
	await sharp(texture.pixels, { raw: { width: texture.width, height: texture.height, channels: 3 } })
		.extract({ left: Math.floor(random() * (texture.width - PORTRAIT_WIDTH)), top: Math.floor(random() * (texture.height - PORTRAIT_HEIGHT)), width: PORTRAIT_WIDTH, height: PORTRAIT_HEIGHT })
		.modulate({ hue: Math.floor(random() * 360), brightness: 0.85 + random() * 0.3 })
		.jpeg({ quality: 78, progressive: true })
		.toFile(file);
}

/** Runs `work` for 0..count-1, `parallel` at a time. */
async function forEachInParallel(count: number, parallel: number, work: (index: number) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			while (next < count) await work(next++);
		}),
	);
}

/**
 * Writes (or, when the same N was written before by the same generator, keeps) the synthetic
 * archive in `root`, reporting progress through `log`. Stories, events and news are written as
 * `extension` files: plain Markdown, or MDX to measure what MDX costs.
 */
export async function writeSyntheticArchive(root: string, storyCount: number, log: (line: string) => void, extension: 'md' | 'mdx' = 'md'): Promise<SyntheticArchive> {
	const eventCount = Math.max(1, Math.floor(storyCount / 10));
	const newsCount = Math.max(1, Math.floor(storyCount / 20));
	const storyTranslations = Math.ceil(storyCount / 4);
	const storyToEdit = path.join(root, 'stories/en', `story-${pad(Math.floor(storyCount / 2))}.${extension}`);
	const summary: SyntheticArchive = { root, stories: storyCount, storyTranslations, events: eventCount, news: newsCount, portraits: storyCount, storyToEdit };
	const stamp = path.join(root, '.generated');
	const signature = JSON.stringify({ GENERATOR_VERSION, storyCount, extension });
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) {
		log(`Reusing the archive already generated in ${root}`);
		return summary;
	}

	for (const folder of ['images', 'stories/en', 'stories/ar', 'events/en', 'events/ar', 'news/en', 'news/ar', 'series/en', 'pages/en']) mkdirSync(path.join(root, folder), { recursive: true });
	writeFileSync(path.join(root, 'site.yaml'), siteYaml());
	writeFileSync(
		path.join(root, 'series/en/day-of-remembrance.md'),
		frontmatter({ name: 'Day of remembrance', description: 'A yearly day of remembrance in the benchmark archive.', recurrence: { month: 8, day: 21 }, since: 2000 }, 'Held every year.'),
	);
	writeFileSync(path.join(root, 'pages/en/about.md'), frontmatter({ title: 'About this archive', summary: 'A synthetic archive for the benchmark.' }, 'Generated by `npm run bench`.'));

	const random = mulberry32(storyCount);
	for (let index = 0; index < storyCount; index++) {
		const name = `story-${pad(index)}`;
		const year = 2000 + (index % 27);
		const anonymous = index % 7 === 0;
		const data = {
			title: `${pick(random, ['Remembering', 'Letters to', 'The garden of', 'Walking with', 'A song for'])} ${pick(random, ['my father', 'my sister', 'our teacher', 'a friend', 'my son', 'my mother'])} (${index})`,
			summary: sentence(random, ENGLISH_WORDS),
			date: isoDate(2010 + (index % 16), 1 + (index % 12), 1 + (index % 28)),
			remembered: [{ name: `Person ${index}`, born: 1940 + (index % 50), died: year }],
			narrator: { name: `Narrator ${index}`, relation: pick(random, RELATIONS) },
			incident: { name: `Attack number ${index % 400} (synthetic)`, date: isoDate(year, 1 + (index % 12), 1 + (index % 28)), country: pick(random, COUNTRIES) },
			consent: { status: 'given', recordedOn: '2026-01-15', scope: anonymous ? 'anonymous' : 'named' },
			...(index % 10 === 3 ? { contentWarnings: ['Describes injuries'] } : {}),
			portrait: { src: `../../images/portrait-${pad(index)}.jpg`, alt: `A synthetic portrait, number ${index}: soft colours and fine grain.` },
			tags: [pick(random, TAGS), pick(random, TAGS)].filter((tag, position, all) => all.indexOf(tag) === position),
		};
		writeFileSync(path.join(root, 'stories/en', `${name}.${extension}`), frontmatter(data, body(random, ENGLISH_WORDS, '.')));
		if (index % 4 === 0) {
			const translated = { ...data, title: `ذكرى رقم ${index}`, summary: sentence(random, ARABIC_WORDS, '.'), portrait: { ...data.portrait, alt: `صورة اصطناعية رقم ${index}.` } };
			writeFileSync(path.join(root, 'stories/ar', `${name}.${extension}`), frontmatter(translated, body(random, ARABIC_WORDS, '.')));
		}
	}
	log(`Wrote ${storyCount} stories (${storyTranslations} also in Arabic)`);

	for (let index = 0; index < eventCount; index++) {
		const year = 2000 + (index % 31);
		const data = {
			title: `Commemoration ${index}`,
			summary: sentence(random, ENGLISH_WORDS),
			kind: pick(random, ['memorial-ceremony', 'day-of-remembrance', 'panel', 'exhibition']),
			start: `${isoDate(year, 1 + (index % 12), 1 + (index % 28))}T${pad(9 + (index % 9), 2)}:00`,
			timeZone: pick(random, ZONES),
			attendance: 'in-person',
			venue: { name: `Memorial hall ${index % 97}`, city: `City ${index % 53}`, country: pick(random, COUNTRIES) },
			...(index % 5 === 0 ? { series: 'day-of-remembrance' } : {}),
			tags: [pick(random, TAGS)],
		};
		writeFileSync(path.join(root, 'events/en', `event-${pad(index)}.${extension}`), frontmatter(data, body(random, ENGLISH_WORDS, '.')));
		writeFileSync(path.join(root, 'events/ar', `event-${pad(index)}.${extension}`), frontmatter({ ...data, title: `فعالية ${index}`, summary: sentence(random, ARABIC_WORDS) }, body(random, ARABIC_WORDS, '.')));
	}
	for (let index = 0; index < newsCount; index++) {
		const data = { title: `News item ${index}`, summary: sentence(random, ENGLISH_WORDS), date: isoDate(2005 + (index % 21), 1 + (index % 12), 1 + (index % 28)), tags: [pick(random, TAGS)] };
		writeFileSync(path.join(root, 'news/en', `news-${pad(index)}.${extension}`), frontmatter(data, body(random, ENGLISH_WORDS, '.')));
		writeFileSync(path.join(root, 'news/ar', `news-${pad(index)}.${extension}`), frontmatter({ ...data, title: `خبر ${index}`, summary: sentence(random, ARABIC_WORDS) }, body(random, ARABIC_WORDS, '.')));
	}
	log(`Wrote ${eventCount} events and ${newsCount} news items, each in two languages`);

	const texture = await portraitTexture();
	const started = Date.now();
	await forEachInParallel(storyCount, availableParallelism(), async (index) => {
		const file = path.join(root, 'images', `portrait-${pad(index)}.jpg`);
		// Portraits drawn by an earlier, stopped run are the same pixels: keep them.
		if (existsSync(file)) return;
		await writePortrait(file, index, texture);
		if ((index + 1) % 1000 === 0) log(`  ${index + 1} portraits drawn (${Math.round((Date.now() - started) / 1000)} s)`);
	});
	log(`Drew ${storyCount} portraits (${PORTRAIT_WIDTH} × ${PORTRAIT_HEIGHT} JPEG) in ${Math.round((Date.now() - started) / 1000)} s`);
	writeFileSync(stamp, signature);
	return summary;
}
