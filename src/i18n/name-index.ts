/**
 * The A–Z index of the people an archive remembers. Names are grouped by the script they are
 * written in, because one alphabetical order cannot hold Arabic, Cyrillic and Han names together; the
 * page's own script comes first. Every order and every heading comes from Intl.Collator, so a
 * language's own rules (Spanish Ñ after N, Russian Ё with Е, Chinese in pinyin order) are CLDR's, not
 * a list kept here.
 */

/** A person as the index needs them. */
export interface IndexedName {
	/** The name as written, e.g. "Zoë Adams" or "曾丽". */
	name: string;
	/** How the name sorts when that differs from how it is written, e.g. "Adams, Zoë", or the reading "Zeng Li" of 曾丽. */
	sortAs?: string | undefined;
}

/** Names under one heading letter. */
export interface LetterGroup<T> {
	/** The heading: an upper-case letter, a pinyin initial for Han names, or "#" for names that start with no letter. */
	letter: string;
	names: T[];
}

/** The names written in one script; the page's own script comes first. */
export interface ScriptSection<T> {
	/** ISO 15924 code of the script, e.g. "Latn", "Arab", "Hani"; "Zyyy" for names with no letter of a known script. */
	script: string;
	/** Whether this is the script of the page's language. */
	own: boolean;
	groups: LetterGroup<T>[];
}

/** The heading of names that start with a digit or a sign rather than a letter. */
const NON_LETTER = '#';
/** ISO 15924's code for "common": what scriptOfName answers for a name with no letter of a script below. */
const COMMON = 'Zyyy';

/**
 * The scripts the index tells apart, in the order their sections follow the page's own, each with the
 * language whose collation is natural to it. Latin has none: it takes the page's language when the page
 * is written in Latin, else English (see collationLocale).
 */
const SCRIPTS: readonly { code: string; pattern: RegExp; locale?: string }[] = [
	{ code: 'Latn', pattern: /\p{Script=Latin}/u },
	{ code: 'Arab', pattern: /\p{Script=Arabic}/u, locale: 'ar' },
	{ code: 'Cyrl', pattern: /\p{Script=Cyrillic}/u, locale: 'ru' },
	{ code: 'Hani', pattern: /\p{Script=Han}/u, locale: 'zh' },
	{ code: 'Grek', pattern: /\p{Script=Greek}/u, locale: 'el' },
	{ code: 'Hebr', pattern: /\p{Script=Hebrew}/u, locale: 'he' },
	// Beyond the six: without them a Korean or Georgian name would be filed as "common" script.
	{ code: 'Armn', pattern: /\p{Script=Armenian}/u, locale: 'hy' },
	{ code: 'Beng', pattern: /\p{Script=Bengali}/u, locale: 'bn' },
	{ code: 'Deva', pattern: /\p{Script=Devanagari}/u, locale: 'hi' },
	{ code: 'Ethi', pattern: /\p{Script=Ethiopic}/u, locale: 'am' },
	{ code: 'Geor', pattern: /\p{Script=Georgian}/u, locale: 'ka' },
	{ code: 'Hang', pattern: /\p{Script=Hangul}/u, locale: 'ko' },
	{ code: 'Hira', pattern: /\p{Script=Hiragana}/u, locale: 'ja' },
	{ code: 'Kana', pattern: /\p{Script=Katakana}/u, locale: 'ja' },
	{ code: 'Taml', pattern: /\p{Script=Tamil}/u, locale: 'ta' },
	{ code: 'Thai', pattern: /\p{Script=Thai}/u, locale: 'th' },
];
const SECTION_ORDER = [...SCRIPTS.map((script) => script.code), COMMON];

/**
 * The first character of each pinyin initial in ICU's zh (pinyin) collation: a Han character goes
 * under the last initial whose first character it does not sort before. The list usually quoted for
 * this (阿 八 嚓 哒 妸 发 旮 哈 讥 咔 垃 痳 拏 噢 妑 七 呥 扨 它 穵 夕 丫 帀) is wrong in six places
 * against Node 20's ICU: 痳 sorts as lín, so 刘, 罗, 陆 and every other lo…/lu… name fell under M;
 * 扨 sorts as rèn, so 阮, 荣 and 若 fell under S; and 丷, 咑, 丌, 喔, 他 and 屲 sort just before the
 * old B, D, J, O, T and W. These characters are the ones right after ICU's own index markers
 * (U+FDD0 followed by the letter, which CLDR's pinyin collation puts at each initial), and they agree
 * with those markers on every one of the 93,344 Han characters of the BMP, Extension A and Extensions
 * B–G; tests/unit/name-index.test.ts checks them against the markers so that a new ICU cannot move a
 * boundary unnoticed. No syllable starts with I, U or V.
 */
const PINYIN_INITIALS: readonly (readonly [letter: string, first: string])[] = [
	['A', '吖'],
	['B', '丷'],
	['C', '嚓'],
	['D', '咑'],
	['E', '妸'],
	['F', '发'],
	['G', '旮'],
	['H', '哈'],
	['J', '丌'],
	['K', '咔'],
	['L', '垃'],
	['M', '呣'],
	['N', '拏'],
	['O', '喔'],
	['P', '妑'],
	['Q', '七'],
	['R', '呥'],
	['S', '仨'],
	['T', '他'],
	['W', '屲'],
	['X', '夕'],
	['Y', '丫'],
	['Z', '帀'],
];

/**
 * The alef forms an Arabic index files under the bare alef: with hamza above or below, with madda and
 * wasla. Arabic's collation treats آ and ٱ as letters of their own at base level, so the collator
 * cannot decide this one.
 */
const ALEF_FORMS = /^[\u0622\u0623\u0625\u0671]$/u;
const ALEF = '\u0627';
const LATIN_BASE_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** What a heading looks past: spaces and quotation marks, so that “Mama” Ngozi goes under M. */
const LEADING_IGNORED = /^[\p{White_Space}\p{Quotation_Mark}]+/u;
const LETTER = /^\p{L}$/u;
const MARKS = /\p{M}+/gu;

/**
 * Collators, made once per locale and options: making one loads locale data and costs far more than
 * comparing with it (the same reason as src/core/intl-formats.ts), and an index of thousands of names
 * compares each name many times.
 */
const collators = new Map<string, Intl.Collator>();

function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
	const key = `${locale}\0${JSON.stringify(options)}`;
	let made = collators.get(key);
	if (made === undefined) {
		made = new Intl.Collator(locale, options);
		collators.set(key, made);
	}
	return made;
}

/** Pinyin order whatever the page's Chinese: zh-Hant's default collation is by strokes, which pinyin initials cannot head. */
const pinyinCollator = (): Intl.Collator => collator('zh', { collation: 'pinyin' });

/** ISO 15924 code of the script of a name's first letter, e.g. "Émile" → "Latn", "“Mama” Ngozi" → "Latn", "曾丽" → "Hani"; "Zyyy" when it has no letter of a known script. */
export function scriptOfName(name: string): string {
	for (const char of name) {
		if (!LETTER.test(char)) continue;
		return SCRIPTS.find((script) => script.pattern.test(char))?.code ?? COMMON;
	}
	return COMMON;
}

/**
 * The script a page's language is written in, from CLDR's likely subtags: ar → Arab, zh and zh-TW →
 * Hani, ru → Cyrl, el → Grek, he → Hebr. Every other language reads as Latn, as the index has no
 * section of its own for Japanese or Korean pages.
 */
export function scriptOfLocale(locale: string): string {
	const script = new Intl.Locale(locale).maximize().script;
	if (script === 'Hans' || script === 'Hant') return 'Hani';
	if (script === 'Arab' || script === 'Cyrl' || script === 'Grek' || script === 'Hebr') return script;
	return 'Latn';
}

/** The language whose collation orders a section: the page's own for its own script, the script's natural one for the others. */
function collationLocale(script: string, pageLocale: string): string {
	if (script === scriptOfLocale(pageLocale)) return pageLocale;
	if (script === 'Latn') return 'en';
	return SCRIPTS.find((known) => known.code === script)?.locale ?? pageLocale;
}

/** How one section orders and heads its names; made once per section, so each collator is looked up once per call. */
interface SectionRules {
	locale: string;
	/** Orders the names, in pinyin for Han. */
	order: Intl.Collator;
	/** Tells whether two letters are one letter to the language (é and e in French, not ñ and n in Spanish). */
	sameLetter: Intl.Collator;
	/** Headings already worked out, by initial character: most names share a few dozen initials. */
	headings: Map<string, string>;
}

function sectionRules(script: string, pageLocale: string): SectionRules {
	const locale = collationLocale(script, pageLocale);
	return {
		locale,
		order: script === 'Hani' ? collator(locale, { collation: 'pinyin' }) : collator(locale),
		sameLetter: collator(locale, { sensitivity: 'base' }),
		headings: new Map(),
	};
}

/** The sort key without what a heading looks past. */
const sortKey = (person: IndexedName): string => (person.sortAs ?? person.name).replace(LEADING_IGNORED, '');

/** The first character of a key, composed, so that an "E" followed by a combining accent reads as "É". */
function initialOf(key: string): string {
	const [first = ''] = key.normalize('NFC');
	return first;
}

/** The pinyin initial of a Han character, e.g. 张 → Z; "#" for the few Han signs such as 々 that sort before every syllable. */
function pinyinInitial(char: string): string {
	const pinyin = pinyinCollator();
	let low = 0;
	let high = PINYIN_INITIALS.length;
	// The last initial whose first character sorts at or before this one: a binary search, five comparisons a name.
	while (low < high) {
		const middle = (low + high) >> 1;
		const [, first] = PINYIN_INITIALS[middle] as readonly [string, string];
		if (pinyin.compare(char, first) >= 0) low = middle + 1;
		else high = middle;
	}
	return low === 0 ? NON_LETTER : (PINYIN_INITIALS[low - 1] as readonly [string, string])[0];
}

/**
 * A letter's heading: upper-cased by the language's rules, then folded to its base letter when the
 * language's collator holds them to be one letter (É → E in French, Ø → O in English), and kept when it
 * holds them apart (Ñ in Spanish, Ö in Swedish).
 */
function letterHeading(char: string, rules: SectionRules): string {
	if (!LETTER.test(char)) return NON_LETTER;
	if (/\p{Script=Han}/u.test(char)) return pinyinInitial(char);
	if (ALEF_FORMS.test(char)) return ALEF;
	const raised = char.toLocaleUpperCase(rules.locale);
	// "ß" raises to "SS": a heading is one letter, so such a letter heads as itself.
	const upper = Array.from(raised).length === 1 ? raised : char;
	const stripped = upper.normalize('NFD').replace(MARKS, '');
	// Letters such as Ø, Ł and Đ have no decomposition: for Latin, the collator is asked about A–Z instead.
	const bases = [stripped, ...(/\p{Script=Latin}/u.test(upper) ? LATIN_BASE_LETTERS : '')];
	return bases.find((base) => base !== '' && base !== upper && rules.sameLetter.compare(upper, base) === 0) ?? upper;
}

function headingIn(person: IndexedName, rules: SectionRules): string {
	const initial = initialOf(sortKey(person));
	let heading = rules.headings.get(initial);
	if (heading === undefined) {
		heading = letterHeading(initial, rules);
		rules.headings.set(initial, heading);
	}
	return heading;
}

/** The heading a name goes under in the index of a page in `locale`, e.g. "Émile Durand" → E in French, "Ñúñez" → Ñ in Spanish, 单明 read "Shan Ming" → S. */
export function headingLetter(name: IndexedName, locale: string): string {
	return headingIn(name, sectionRules(scriptOfName(name.name), locale));
}

/** Strings that the collator finds equal (a composed and a decomposed é) are still told apart, by code units, so the order never depends on the input's. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Latin, Arabic, Cyrillic and the rest: by sort key, then by the whole key, then by the name. */
function compareByKey(rules: SectionRules): (a: IndexedName, b: IndexedName) => number {
	const { order } = rules;
	return (a, b) =>
		order.compare(sortKey(a), sortKey(b)) ||
		order.compare(a.sortAs ?? a.name, b.sortAs ?? b.name) ||
		order.compare(a.name, b.name) ||
		byCodeUnits(a.name, b.name);
}

const compareNames =
	(order: Intl.Collator) =>
	(a: IndexedName, b: IndexedName): number =>
		order.compare(a.name.replace(LEADING_IGNORED, ''), b.name.replace(LEADING_IGNORED, '')) || order.compare(a.name, b.name) || byCodeUnits(a.name, b.name);

/**
 * Han names under one initial. A name with a reading (sortAs, e.g. "Zeng Li") is ordered among the
 * other names with readings by that reading; the names without one are ordered in pinyin by the zh
 * collator, which reads each character by its commonest reading. The collator cannot compare a
 * written reading with a character, and no comparison of one with the other agrees with both of
 * those orders (曾丽 would count as céng against 张伟 but as Zeng against another reading), so a single
 * comparator would not be a total order and the result would depend on the input's order. Instead the two runs are sorted apart and merged, taking the name with a reading
 * first when its written name sorts at or before the other's: every name keeps its place in its own
 * run, and the merge is the same whatever order the names came in. So 曾丽 ("Zeng Li") comes before
 * 张伟 (曾 before 张) and before 赵 (Zhào). The limit: ICU gives a character's place in pinyin order
 * but not its syllable, so a name with a reading sits where its written name falls among the others,
 * which for 曾 (céng) is at the head of Z, before 扎 (zā) too.
 */
function orderHanGroup<T extends IndexedName>(names: readonly T[], rules: SectionRules): T[] {
	const { order } = rules;
	const byName = compareNames(order);
	const byReading = (a: IndexedName, b: IndexedName): number => order.compare(sortKey(a), sortKey(b)) || order.compare(a.sortAs ?? '', b.sortAs ?? '') || byName(a, b);
	const read = names.filter((person) => person.sortAs !== undefined).sort(byReading);
	const written = names.filter((person) => person.sortAs === undefined).sort(byName);
	const merged: T[] = [];
	let r = 0;
	let w = 0;
	while (r < read.length && w < written.length) {
		const reading = read[r] as T;
		const writing = written[w] as T;
		if (byName(reading, writing) <= 0) {
			merged.push(reading);
			r++;
		} else {
			merged.push(writing);
			w++;
		}
	}
	return [...merged, ...read.slice(r), ...written.slice(w)];
}

/** One section's names under their headings, the headings in the language's order and "#" last. */
function groupSection<T extends IndexedName>(script: string, names: readonly T[], rules: SectionRules): LetterGroup<T>[] {
	const byHeading = new Map<string, T[]>();
	for (const person of names) {
		const heading = headingIn(person, rules);
		const group = byHeading.get(heading);
		if (group) group.push(person);
		else byHeading.set(heading, [person]);
	}
	const compare = compareByKey(rules);
	return [...byHeading.entries()]
		.sort(([a], [b]) => Number(a === NON_LETTER) - Number(b === NON_LETTER) || rules.order.compare(a, b) || byCodeUnits(a, b))
		.map(([letter, group]) => ({ letter, names: script === 'Hani' ? orderHanGroup(group, rules) : group.sort(compare) }));
}

/**
 * The index of remembered people for a page in `locale`: one section per script, the page's own first,
 * then Latn, Arab, Cyrl, Hani, Grek, Hebr and any other, each with its names under heading letters in
 * that script's own order. The objects given are the ones returned, unchanged.
 */
export function nameIndex<T extends IndexedName>(people: readonly T[], locale: string): ScriptSection<T>[] {
	const byScript = new Map<string, T[]>();
	for (const person of people) {
		const script = scriptOfName(person.name);
		const section = byScript.get(script);
		if (section) section.push(person);
		else byScript.set(script, [person]);
	}
	const own = scriptOfLocale(locale);
	const order = [own, ...SECTION_ORDER.filter((script) => script !== own)];
	return order.flatMap((script) => {
		const names = byScript.get(script);
		if (!names) return [];
		return [{ script, own: script === own, groups: groupSection(script, names, sectionRules(script, locale)) }];
	});
}

/** Any items in the index's order (sections, then letters, then names), for lists that need no headings. */
export function sortedByName<T>(items: readonly T[], locale: string, nameOf: (item: T) => IndexedName): T[] {
	const named = items.map((item) => ({ ...nameOf(item), item }));
	return nameIndex(named, locale).flatMap((section) => section.groups.flatMap((group) => group.names.map((name) => name.item)));
}
