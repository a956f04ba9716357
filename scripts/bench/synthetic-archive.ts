/**
 * A synthetic archive for the benchmark, in the shape of a real one: N stories with a portrait each,
 * N people and N/25 attacks, N/10 events and N/20 news items, in up to six languages (the sample's:
 * English, Arabic, French, Spanish, Russian, Chinese), written into a folder outside content/.
 * As in a real archive, most texts exist in one language only: one story in ten, one person in ten
 * and one news item in four is translated into one to five other languages, and one event in four
 * into every language. Every untranslated entry still has a page in every locale, which is what
 * makes six languages cost several times two. Everything is drawn from a seeded PRNG, so the same
 * N and locales always write the same archive and two runs measure the same work.
 *
 * Portraits are 1600 × 2000 JPEGs at the sample's quality (78): the width the content checker asks
 * for, so that every rendition the site offers is really encoded.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { mulberry32 } from '../seeded-random';

/** Bump when the archive's shape changes, so that a kept archive is written again. */
const GENERATOR_VERSION = 5;

export const PORTRAIT_WIDTH = 1600;
export const PORTRAIT_HEIGHT = 2000;

/** What the benchmark generated, for its report. */
export interface SyntheticArchive {
	root: string;
	/** The locale codes of the archive, the default (English) first. */
	locales: string[];
	stories: number;
	/** Translated story files (one story in ten has one to five of them). */
	storyTranslations: number;
	people: number;
	personTranslations: number;
	incidents: number;
	events: number;
	news: number;
	portraits: number;
	/** The file of the story the warm rebuild edits. */
	storyToEdit: string;
}


/** A language of the synthetic archive: its words, how its sentences end, and its titles and names. */
interface Language {
	code: string;
	name: string;
	words: readonly string[];
	/** The full stop, and the space between words (none in Chinese). */
	stop: string;
	space: string;
	storyTitle: (index: number) => string;
	eventTitle: (index: number) => string;
	newsTitle: (index: number) => string;
	portraitAlt: (index: number) => string;
	incidentName: (index: number) => string;
	/** Given names and family names, in the language's script, for the people remembered. */
	given: readonly string[];
	family: readonly string[];
}

const words = (list: string) => list.split(' ');

/** The sample's six languages, English (the default) first: `--locales N` takes the first N. */
export const LANGUAGES: readonly Language[] = [
	{
		code: 'en', name: 'English', stop: '.', space: ' ',
		words: words('morning light kitchen table letter garden street market river bridge school music laughter bread window father mother sister brother daughter son friend neighbour teacher nurse driver tea evening winter summer harvest walk remember quiet hands voice photograph song name years promise return home station bus square library field stone candle flowers'),
		storyTitle: (index) => `Remembering a friend (${index})`, eventTitle: (index) => `Commemoration ${index}`, newsTitle: (index) => `News item ${index}`,
		portraitAlt: (index) => `A synthetic portrait, number ${index}: soft colours and fine grain.`, incidentName: (index) => `Attack number ${index} (synthetic)`,
		given: words('Amina Joseph Grace Peter Sunil Carmen Daniel Mercy Ikenna Asha Lucas Nora Samuel Leila Tomas Maria David Ruth Omar Hannah'),
		family: words('Kamau Perera Ortega Delgado Eze Wanjiku Lindqvist Otieno Haddad Moreau Silva Novak Mensah Okafor Brennan Farah Costa Nilsen Adeyemi Walsh'),
	},
	{
		code: 'ar', name: 'العربية', stop: '.', space: ' ',
		words: words('صباح نور مطبخ رسالة حديقة شارع سوق نهر جسر مدرسة موسيقى ضحك خبز نافذة أب أم أخت أخ ابنة ابن صديق جار معلم شاي مساء شتاء صيف حصاد ذكرى يدان صوت صورة أغنية اسم سنوات وعد بيت محطة ساحة مكتبة حقل حجر شمعة زهور'),
		storyTitle: (index) => `ذكرى رقم ${index}`, eventTitle: (index) => `فعالية ${index}`, newsTitle: (index) => `خبر ${index}`,
		portraitAlt: (index) => `صورة اصطناعية رقم ${index}.`, incidentName: (index) => `الهجوم رقم ${index} (اصطناعي)`,
		given: words('أمينة خالد ليلى يوسف فاطمة عمر مريم حنان نادية سامي هدى طارق سلمى كريم رنا زياد دينا باسم عبير فادي'),
		family: words('حداد الزعبي النجار المصري الروسان عبيدات الخليل العلمي الشريدة منصور سعيد قاسم حمدان يونس عيسى داود حسن صالح ناصر عثمان'),
	},
	{
		code: 'fr', name: 'Français', stop: '.', space: ' ',
		words: words('matin lumière cuisine table lettre jardin rue marché rivière pont école musique rire pain fenêtre père mère sœur frère fille fils ami voisin instituteur infirmière thé soir hiver été moisson marche souvenir calme mains voix photographie chanson nom années promesse retour maison gare place bibliothèque champ pierre bougie fleurs'),
		storyTitle: (index) => `Se souvenir d'un ami (${index})`, eventTitle: (index) => `Commémoration ${index}`, newsTitle: (index) => `Actualité ${index}`,
		portraitAlt: (index) => `Un portrait de synthèse, numéro ${index} : couleurs douces et grain fin.`, incidentName: (index) => `Attentat numéro ${index} (synthétique)`,
		given: words('Élodie François Anaïs Issaka Zoé Hélène Léon Mathis Inès Noël Aurélie Cédric Maëlle Jérôme Céline Théo Gaëlle Benoît Chloé Raphaël'),
		family: words('Lefèvre Mercier Bérard Ilboudo Gauthier Dubois Lambert Rousseau Fontaine Chevalier Girard Bonnet Faure Blanchard Guérin Muller Henry Roussel Perrin Morel'),
	},
	{
		code: 'es', name: 'Español', stop: '.', space: ' ',
		words: words('mañana luz cocina mesa carta jardín calle mercado río puente escuela música risa pan ventana padre madre hermana hermano hija hijo amigo vecino maestra enfermera té tarde invierno verano cosecha paseo recuerdo calma manos voz fotografía canción nombre años promesa regreso casa estación plaza biblioteca campo piedra vela flores'),
		storyTitle: (index) => `Recordar a un amigo (${index})`, eventTitle: (index) => `Conmemoración ${index}`, newsTitle: (index) => `Noticia ${index}`,
		portraitAlt: (index) => `Un retrato sintético, número ${index}: colores suaves y grano fino.`, incidentName: (index) => `Atentado número ${index} (sintético)`,
		given: words('Ñusta Aurelio Amparo José Carmen Lucía Íñigo Begoña Andrés Rocío Álvaro Nuria Sergio Marta Julián Pilar Tomás Elena Raúl Sofía'),
		family: words('Ortega Guzmán Ferrer Ibáñez Mamani Ríos Núñez Peña Muñoz Castillo Vargas Romero Serrano Molina Delgado Cabrera Herrera Campos Vidal Lozano'),
	},
	{
		code: 'ru', name: 'Русский', stop: '.', space: ' ',
		words: words('утро свет кухня стол письмо сад улица рынок река мост школа музыка смех хлеб окно отец мать сестра брат дочь сын друг сосед учитель медсестра чай вечер зима лето урожай прогулка память тишина руки голос фотография песня имя годы обещание возвращение дом вокзал площадь библиотека поле камень свеча цветы'),
		storyTitle: (index) => `Память о друге (${index})`, eventTitle: (index) => `Памятное мероприятие ${index}`, newsTitle: (index) => `Новость ${index}`,
		portraitAlt: (index) => `Синтетический портрет номер ${index}: мягкие цвета и мелкое зерно.`, incidentName: (index) => `Теракт номер ${index} (синтетический)`,
		given: words('Андрей Светлана Михаил Наталья Юрий Ольга Ёлка Иван Мария Павел Анна Дмитрий Елена Сергей Татьяна Алексей Ирина Николай Вера Григорий'),
		family: words('Лебедев Морозова Орлов Ёлкина Зайцев Соколов Волкова Попов Кузнецова Новиков Федорова Морозов Петрова Смирнов Васильева Павлов Семенова Голубев Виноградова Богданов'),
	},
	{
		code: 'zh', name: '中文', stop: '。', space: '',
		words: words('早晨 光 厨房 桌子 信 花园 街道 市场 河 桥 学校 音乐 笑声 面包 窗户 父亲 母亲 姐姐 哥哥 女儿 儿子 朋友 邻居 老师 护士 茶 傍晚 冬天 夏天 收获 散步 记忆 安静 双手 声音 照片 歌 名字 岁月 承诺 回家 车站 广场 图书馆 田野 石头 蜡烛 鲜花'),
		storyTitle: (index) => `怀念一位朋友（${index}）`, eventTitle: (index) => `纪念活动 ${index}`, newsTitle: (index) => `新闻 ${index}`,
		portraitAlt: (index) => `第 ${index} 号合成肖像：柔和的色彩和细腻的颗粒。`, incidentName: (index) => `第 ${index} 号袭击（合成）`,
		given: words('丽 明 立 秀英 春生 小云 丽华 伟 芳 娜 强 敏 静 磊 洋 艳 勇 军 杰 涛'),
		family: words('曾 单 陈 王 谢 邱 李 张 刘 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭'),
	},
];

const TAGS = ['survivors', 'families', 'remembrance', 'children', 'education', 'resilience', 'justice', 'healing', 'community', 'music', 'sport', 'faith', 'work', 'art', 'youth', 'elders'];
const COUNTRIES = ['FR', 'ES', 'JO', 'KE', 'NG', 'ID', 'IN', 'PK', 'IQ', 'SY', 'AF', 'US', 'GB', 'BE', 'TR', 'LB', 'ML', 'SO', 'LK', 'PH', 'NZ', 'NO', 'DE', 'EG', 'TN', 'MA'];
const ZONES = ['Europe/Paris', 'Europe/Madrid', 'Asia/Amman', 'Africa/Nairobi', 'Africa/Lagos', 'Asia/Jakarta', 'Asia/Kolkata', 'America/New_York', 'Europe/London', 'Pacific/Auckland'];
const RELATIONS = ['daughter', 'son', 'sister', 'brother', 'mother', 'father', 'friend', 'colleague', 'survivor'];

function pick<T>(random: () => number, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number, language: Language, stop = language.stop): string {
	const length = 8 + Math.floor(random() * 12);
	const chosen = Array.from({ length }, () => pick(random, language.words));
	const first = chosen[0] ?? '';
	return `${first.charAt(0).toUpperCase()}${first.slice(1)}${language.space}${chosen.slice(1).join(language.space)}${stop}`;
}

/** A body of about 500 words: paragraphs under two sub-headings, like the sample stories. */
function body(random: () => number, language: Language): string {
	const paragraph = () => Array.from({ length: 5 + Math.floor(random() * 4) }, () => sentence(random, language)).join(language.space);
	return [paragraph(), paragraph(), `## ${sentence(random, language, '')}`, paragraph(), paragraph(), `## ${sentence(random, language, '')}`, paragraph()].join('\n\n');
}

/** A person's name in a language's script: family name first in Chinese, last elsewhere. */
function personName(language: Language, index: number): string {
	const given = language.given[index % language.given.length] ?? '';
	const family = language.family[Math.floor(index / language.given.length) % language.family.length] ?? '';
	return language.code === 'zh' ? `${family}${given}` : `${given} ${family}`;
}

function frontmatter(data: Record<string, unknown>, text: string): string {
	return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}\n`;
}

const pad = (value: number, width = 5) => String(value).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

function siteYaml(languages: readonly Language[]): string {
	return stringify({
		name: { en: 'Vigil benchmark archive' },
		tagline: { en: 'A synthetic archive for measuring build and page speed.' },
		organisation: { name: { en: 'Vigil benchmark' } },
		url: 'https://bench.example.org',
		contact: { email: 'bench@example.org' },
		defaultLocale: 'en',
		locales: languages.map(({ code, name }) => ({ code, name })),
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

/** The other languages a translated entry is in: one to five of them, never more than the archive has. */
function translationsOf(random: () => number, languages: readonly Language[]): Language[] {
	const others = languages.slice(1);
	const count = Math.min(others.length, 1 + Math.floor(random() * 5));
	const start = Math.floor(random() * others.length);
	return Array.from({ length: count }, (_, offset) => others[(start + offset) % others.length] as Language);
}

/**
 * Writes (or, when the same N and locales were written before by the same generator, keeps) the
 * synthetic archive in `root`, reporting progress through `log`. Stories, events and news are
 * written as `extension` files: plain Markdown, or MDX to measure what MDX costs.
 */
export async function writeSyntheticArchive(
	root: string,
	storyCount: number,
	log: (line: string) => void,
	{ extension = 'md', locales = LANGUAGES.length, portraits = true }: { extension?: 'md' | 'mdx'; locales?: number; portraits?: boolean } = {},
): Promise<SyntheticArchive> {
	const languages = LANGUAGES.slice(0, locales);
	const english = LANGUAGES[0] as Language;
	const eventCount = Math.max(1, Math.floor(storyCount / 10));
	const newsCount = Math.max(1, Math.floor(storyCount / 20));
	const incidentCount = Math.max(1, Math.floor(storyCount / 25));
	const storyToEdit = path.join(root, 'stories/en', `story-${pad(Math.floor(storyCount / 2))}.${extension}`);
	const summary: SyntheticArchive = {
		root, locales: languages.map(({ code }) => code), stories: storyCount, storyTranslations: 0, people: storyCount, personTranslations: 0,
		incidents: incidentCount, events: eventCount, news: newsCount, portraits: portraits ? storyCount : 0, storyToEdit,
	};
	const stamp = path.join(root, '.generated');
	const signature = JSON.stringify({ GENERATOR_VERSION, storyCount, extension, locales: summary.locales, portraits });
	if (existsSync(stamp)) {
		const kept = JSON.parse(readFileSync(stamp, 'utf8')) as { signature?: string; summary?: SyntheticArchive };
		if (kept.signature === signature && kept.summary) {
			log(`Reusing the archive already generated in ${root}`);
			return { ...kept.summary, root, storyToEdit };
		}
	}

	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), text);
	};
	// A kept archive of another shape is written again from nothing, but its portraits are kept.
	for (const collection of ['stories', 'events', 'news', 'people', 'incidents', 'series', 'pages']) rmSync(path.join(root, collection), { recursive: true, force: true });
	mkdirSync(path.join(root, 'images'), { recursive: true });
	writeFileSync(path.join(root, 'site.yaml'), siteYaml(languages));
	write('series/en/day-of-remembrance.md', frontmatter({ name: 'Day of remembrance', description: 'A yearly day of remembrance in the benchmark archive.', recurrence: { month: 8, day: 21 }, since: 2000 }, 'Held every year.'));
	write('pages/en/about.md', frontmatter({ title: 'About this archive', summary: 'A synthetic archive for the benchmark.' }, 'Generated by `npm run bench`.'));

	const random = mulberry32(storyCount);
	const incidentDate = (index: number) => isoDate(2000 + (index % 26), 1 + (index % 12), 1 + (index % 28));
	const incidentCountry = (index: number) => COUNTRIES[index % COUNTRIES.length] as string;
	for (let index = 0; index < incidentCount; index++) {
		const data = (language: Language) => ({ name: language.incidentName(index), date: incidentDate(index), place: `${language.code === 'zh' ? '城市' : 'City'} ${index % 53}`, country: incidentCountry(index) });
		write(`incidents/en/incident-${pad(index)}.md`, frontmatter(data(english), sentence(random, english)));
		// The attacks' names are what every page of their people shows: most are translated.
		for (const language of languages.slice(1)) if (index % 3 !== 0) write(`incidents/${language.code}/incident-${pad(index)}.md`, frontmatter(data(language), sentence(random, language)));
	}

	// Person i is remembered by story i. Their names are in the script of the language they are
	// written in: an archive of victims from many countries, most of them in one language only.
	for (let index = 0; index < storyCount; index++) {
		const original = languages[index % 7 === 0 ? 0 : index % languages.length] as Language;
		const incident = index % incidentCount;
		const data = (language: Language) => ({
			name: personName(language, index),
			...(language.code !== 'en' ? { variants: [{ name: personName(english, index), lang: 'en' }] } : {}),
			// 71 years against 400 names: no two people share a name and a year of birth below 28,400.
			born: 1930 + (index % 71),
			died: incidentDate(incident),
			place: `City ${index % 53}`,
			country: incidentCountry(incident),
			incident: `incident-${pad(incident)}`,
			summary: sentence(random, language),
			listing: { status: 'given', recordedOn: '2026-01-15', ...(index % 20 === 0 ? { anniversary: false } : {}) },
		});
		write(`people/${original.code}/person-${pad(index)}.md`, frontmatter(data(original), sentence(random, original)));
		if (index % 10 === 5) {
			for (const language of translationsOf(random, languages)) {
				if (language === original) continue;
				write(`people/${language.code}/person-${pad(index)}.md`, frontmatter(data(language), sentence(random, language)));
				summary.personTranslations++;
			}
		}
	}
	log(`Wrote ${storyCount} people (${summary.personTranslations} translations) and ${incidentCount} attacks`);

	for (let index = 0; index < storyCount; index++) {
		const name = `story-${pad(index)}`;
		const anonymous = index % 7 === 0;
		const incident = index % incidentCount;
		const data = (language: Language) => ({
			title: language.storyTitle(index),
			summary: sentence(random, language),
			date: isoDate(2010 + (index % 16), 1 + (index % 12), 1 + (index % 28)),
			// An anonymous story remembers a pseudonym and is never tied to a person's page.
			remembered: [anonymous ? { name: `${language.code === 'zh' ? '化名' : 'Pseudonym'} ${index}` } : { name: personName(english, index), person: `person-${pad(index)}` }],
			narrator: { name: `Narrator ${index}`, relation: pick(random, RELATIONS) },
			incident: `incident-${pad(incident)}`,
			consent: { status: 'given', recordedOn: '2026-01-15', scope: anonymous ? 'anonymous' : 'named' },
			...(index % 10 === 3 ? { contentWarnings: ['Describes injuries'] } : {}),
			...(portraits ? { portrait: { src: `../../images/portrait-${pad(index)}.jpg`, alt: language.portraitAlt(index) } } : {}),
			tags: [pick(random, TAGS), pick(random, TAGS)].filter((tag, position, all) => all.indexOf(tag) === position),
		});
		write(`stories/en/${name}.${extension}`, frontmatter(data(english), body(random, english)));
		if (index % 10 === 4) {
			for (const language of translationsOf(random, languages)) {
				write(`stories/${language.code}/${name}.${extension}`, frontmatter(data(language), body(random, language)));
				summary.storyTranslations++;
			}
		}
	}
	log(`Wrote ${storyCount} stories (${summary.storyTranslations} translations)`);

	for (let index = 0; index < eventCount; index++) {
		const year = 2000 + (index % 31);
		const data = (language: Language) => ({
			title: language.eventTitle(index),
			summary: sentence(random, language),
			kind: pick(random, ['memorial-ceremony', 'day-of-remembrance', 'panel', 'exhibition']),
			start: `${isoDate(year, 1 + (index % 12), 1 + (index % 28))}T${pad(9 + (index % 9), 2)}:00`,
			timeZone: ZONES[index % ZONES.length],
			attendance: 'in-person',
			venue: { name: `Memorial hall ${index % 97}`, city: `City ${index % 53}`, country: COUNTRIES[index % COUNTRIES.length] },
			...(index % 5 === 0 ? { series: 'day-of-remembrance' } : {}),
			...(index % 3 === 0 ? { incident: `incident-${pad(index % incidentCount)}` } : {}),
			tags: [TAGS[index % TAGS.length]],
		});
		write(`events/en/event-${pad(index)}.${extension}`, frontmatter(data(english), body(random, english)));
		// The commemorations an organisation publishes in every language, as the UN's portal does.
		if (index % 4 === 0) for (const language of languages.slice(1)) write(`events/${language.code}/event-${pad(index)}.${extension}`, frontmatter(data(language), body(random, language)));
	}
	for (let index = 0; index < newsCount; index++) {
		const data = (language: Language) => ({ title: language.newsTitle(index), summary: sentence(random, language), date: isoDate(2005 + (index % 21), 1 + (index % 12), 1 + (index % 28)), tags: [TAGS[index % TAGS.length]] });
		write(`news/en/news-${pad(index)}.${extension}`, frontmatter(data(english), body(random, english)));
		if (index % 4 === 0) for (const language of translationsOf(random, languages)) write(`news/${language.code}/news-${pad(index)}.${extension}`, frontmatter(data(language), body(random, language)));
	}
	log(`Wrote ${eventCount} events (one in four in every language) and ${newsCount} news items (one in four translated)`);

	if (portraits) await drawPortraits(root, storyCount, log);
	writeFileSync(stamp, JSON.stringify({ signature, summary: { ...summary, root: undefined } }));
	return summary;
}

/** Draws each story's portrait, keeping those an earlier (perhaps stopped) run drew: they are the same pixels. */
async function drawPortraits(root: string, storyCount: number, log: (line: string) => void): Promise<void> {
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
}
