import { describe, expect, test } from 'vitest';
import { headingLetter, nameIndex, sortedByName, scriptOfLocale, scriptOfName, type IndexedName, type ScriptSection } from '../../src/i18n/name-index';

/** An index as a reader sees it: each section's script, whether it is the page's own, and its headings with their names in order. */
function outline(sections: ScriptSection<IndexedName>[]): [script: string, own: boolean, groups: [letter: string, names: string[]][]][] {
	return sections.map(({ script, own, groups }) => [script, own, groups.map(({ letter, names }): [string, string[]] => [letter, names.map((person) => person.name)])]);
}

const named = (...names: string[]): IndexedName[] => names.map((name) => ({ name }));

describe('the script of a name', () => {
	test('is the script of its first letter', () => {
		expect(scriptOfName('Émile Durand')).toBe('Latn');
		expect(scriptOfName('Øystein Berg')).toBe('Latn');
		expect(scriptOfName('Zoë Adams')).toBe('Latn');
		expect(scriptOfName('محمد الأمين')).toBe('Arab');
		expect(scriptOfName('Иван Петров')).toBe('Cyrl');
		expect(scriptOfName('曾丽')).toBe('Hani');
		expect(scriptOfName('Ελένη Παππά')).toBe('Grek');
		expect(scriptOfName('שרה כהן')).toBe('Hebr');
	});

	test('looks past quotation marks, spaces and digits to the first letter', () => {
		expect(scriptOfName('“Mama” Ngozi')).toBe('Latn');
		expect(scriptOfName('«Иван»')).toBe('Cyrl');
		expect(scriptOfName('1984 Group')).toBe('Latn');
	});

	test('is Zyyy when there is no letter at all', () => {
		expect(scriptOfName('1984')).toBe('Zyyy');
		expect(scriptOfName('')).toBe('Zyyy');
	});
});

describe('the script of a page’s language', () => {
	test('is the script the language is written in, Latin by default', () => {
		const locales = ['ar', 'zh', 'zh-TW', 'ru', 'el', 'he', 'en', 'fr', 'es', 'ja'];
		expect(locales.map((locale) => scriptOfLocale(locale))).toEqual(['Arab', 'Hani', 'Hani', 'Cyrl', 'Grek', 'Hebr', 'Latn', 'Latn', 'Latn', 'Latn']);
	});
});

describe('on an English page', () => {
	test('the Latin section comes first, then Arabic, Cyrillic and Han, with accents folded into their base letter', () => {
		const people = named('Zoë Adams', 'Émile Durand', 'Anna Lindqvist', 'Øystein Berg', 'محمد الأمين', 'Иван Петров', '曾丽');
		expect(outline(nameIndex(people, 'en'))).toEqual([
			[
				'Latn',
				true,
				[
					['A', ['Anna Lindqvist']],
					['E', ['Émile Durand']],
					['O', ['Øystein Berg']],
					['Z', ['Zoë Adams']],
				],
			],
			['Arab', false, [['م', ['محمد الأمين']]]],
			['Cyrl', false, [['И', ['Иван Петров']]]],
			// Without a reading, 曾 is read by its commonest pinyin, céng.
			['Hani', false, [['C', ['曾丽']]]],
		]);
	});

	test('Ö, Ø and Ł go under O, O and L, in the order of the letters that follow', () => {
		const index = nameIndex(named('Otto Kranz', 'Øystein Berg', 'Östen Lund', 'Łukasz Nowak', 'Lena Marsh'), 'en');
		expect(outline(index)).toEqual([
			[
				'Latn',
				true,
				[
					['L', ['Lena Marsh', 'Łukasz Nowak']],
					['O', ['Östen Lund', 'Otto Kranz', 'Øystein Berg']],
				],
			],
		]);
	});

	test('a name sorts and is headed by its sortAs, such as a surname first', () => {
		const people = [
			{ name: 'Zoë Adams', sortAs: 'Adams, Zoë' },
			{ name: 'Anna Lindqvist', sortAs: 'Lindqvist, Anna' },
			{ name: 'Bram Aalders', sortAs: 'Aalders, Bram' },
		];
		expect(outline(nameIndex(people, 'en'))).toEqual([
			[
				'Latn',
				true,
				[
					['A', ['Bram Aalders', 'Zoë Adams']],
					['L', ['Anna Lindqvist']],
				],
			],
		]);
		expect(headingLetter({ name: 'Zoë Adams', sortAs: 'Adams, Zoë' }, 'en')).toBe('A');
	});

	test('quotation marks and spaces before a name are passed over for its heading and its place', () => {
		const index = nameIndex(named('Nadia Okafor', '“Mama” Ngozi', ' Mark Osei', '\'Abdullah Kareem', 'Aaron Boateng'), 'en');
		expect(outline(index)).toEqual([
			[
				'Latn',
				true,
				[
					['A', ['Aaron Boateng', '\'Abdullah Kareem']],
					['M', ['“Mama” Ngozi', ' Mark Osei']],
					['N', ['Nadia Okafor']],
				],
			],
		]);
	});

	test('a name that starts with a digit or a sign goes under # after the letters', () => {
		const index = nameIndex(named('Zora Neale', '(Unknown) Tomás', '1984 Group', 'Abel Mensah'), 'en');
		expect(outline(index)).toEqual([
			[
				'Latn',
				true,
				[
					['A', ['Abel Mensah']],
					['Z', ['Zora Neale']],
					['#', ['(Unknown) Tomás', '1984 Group']],
				],
			],
		]);
		expect(headingLetter({ name: '1984 Group' }, 'en')).toBe('#');
		expect(headingLetter({ name: '“Mama” Ngozi' }, 'en')).toBe('M');
	});

	test('a name with no letter at all has a section of its own, last', () => {
		const index = nameIndex(named('1984', 'Иван Петров', 'Abel Mensah'), 'en');
		expect(outline(index)).toEqual([
			['Latn', true, [['A', ['Abel Mensah']]]],
			['Cyrl', false, [['И', ['Иван Петров']]]],
			['Zyyy', false, [['#', ['1984']]]],
		]);
	});

	test('names that sort alike are told apart by the name, then keep the order they came in', () => {
		const first = { name: 'Sam Reed', sortAs: 'Reed' };
		const second = { name: 'Sam Reed', sortAs: 'Reed' };
		const people = [{ name: 'Ruth Reed', sortAs: 'Reed' }, first, second, { name: 'Peter Reed', sortAs: 'Reed' }];
		const [section] = nameIndex(people, 'en');
		const names = section?.groups[0]?.names ?? [];
		expect(names.map((person) => person.name)).toEqual(['Peter Reed', 'Ruth Reed', 'Sam Reed', 'Sam Reed']);
		expect(names[2]).toBe(first);
		expect(names[3]).toBe(second);
	});

	test('the index holds the very objects it was given, unchanged', () => {
		const person = { name: 'Émile Durand', sortAs: 'Durand, Émile', born: 1950, slug: 'emile-durand' };
		const before = structuredClone(person);
		const [section] = nameIndex([person], 'en');
		expect(section?.groups[0]?.names[0]).toBe(person);
		expect(person).toEqual(before);
	});

	test('no names make no sections', () => {
		expect(nameIndex([], 'en')).toEqual([]);
		expect(nameIndex([], 'zh')).toEqual([]);
	});
});

describe('on a French page', () => {
	test('É, È and Ç go under E and C', () => {
		const index = nameIndex(named('Zoé Martin', 'Ève Laurent', 'Eugène Petit', 'Éloïse Bernard', 'Ernest Blanc', 'Camille Roux', 'Çağlar Demir'), 'fr');
		expect(outline(index)).toEqual([
			[
				'Latn',
				true,
				[
					['C', ['Çağlar Demir', 'Camille Roux']],
					['E', ['Éloïse Bernard', 'Ernest Blanc', 'Eugène Petit', 'Ève Laurent']],
					['Z', ['Zoé Martin']],
				],
			],
		]);
		expect(headingLetter({ name: 'Émile Durand' }, 'fr')).toBe('E');
	});

	test('the other scripts follow in the order Arabic, Cyrillic, Han, Greek, Hebrew', () => {
		const index = nameIndex(named('שרה כהן', 'Ελένη Παππά', '王芳', 'Ольга Соколова', 'سلمى ناصر', 'Paul Girard'), 'fr');
		expect(index.map((section) => [section.script, section.own])).toEqual([
			['Latn', true],
			['Arab', false],
			['Cyrl', false],
			['Hani', false],
			['Grek', false],
			['Hebr', false],
		]);
		expect(outline(index).map(([, , groups]) => groups[0]?.[0])).toEqual(['P', 'س', 'О', 'W', 'Ε', 'ש']);
	});

	test('a decomposed É (E and a combining accent) is headed and placed as the composed one', () => {
		const index = nameIndex(named('Eric Morel', 'E\u0301lodie Faure', 'Édith Lenoir'), 'fr');
		expect(outline(index)).toEqual([['Latn', true, [['E', ['Édith Lenoir', 'E\u0301lodie Faure', 'Eric Morel']]]]]);
	});
});

describe('on a Spanish page', () => {
	test('Ñ is a letter of its own, after N, while Á goes under A', () => {
		const index = nameIndex(named('Ortega Ruiz', 'Ñúñez Vidal', 'Núñez Soto', 'Nava Gil', 'Ávila Cruz', 'Abad Mora', 'Ángel Ríos'), 'es');
		expect(outline(index)).toEqual([
			[
				'Latn',
				true,
				[
					['A', ['Abad Mora', 'Ángel Ríos', 'Ávila Cruz']],
					['N', ['Nava Gil', 'Núñez Soto']],
					['Ñ', ['Ñúñez Vidal']],
					['O', ['Ortega Ruiz']],
				],
			],
		]);
		expect(headingLetter({ name: 'Ñúñez Vidal' }, 'es')).toBe('Ñ');
	});

	test('on an English page, Ñ goes under N: English has no letter Ñ', () => {
		expect(headingLetter({ name: 'Ñúñez Vidal' }, 'en')).toBe('N');
		expect(outline(nameIndex(named('Ñúñez Vidal', 'Nava Gil', 'Núñez Soto', 'Nzinga Lopes'), 'en'))).toEqual([
			['Latn', true, [['N', ['Nava Gil', 'Núñez Soto', 'Ñúñez Vidal', 'Nzinga Lopes']]]],
		]);
	});

	test('Ch is no longer a letter of its own: Chávez sorts between Castro and Cortés', () => {
		expect(outline(nameIndex(named('Cortés Luna', 'Chávez Pardo', 'Castro León', 'Dávila Roca'), 'es'))).toEqual([
			[
				'Latn',
				true,
				[
					['C', ['Castro León', 'Chávez Pardo', 'Cortés Luna']],
					['D', ['Dávila Roca']],
				],
			],
		]);
	});
});

describe('on a Russian page', () => {
	test('Ё goes under Е, as the Russian collation treats it, while Й is a letter of its own', () => {
		const index = nameIndex(named('Жуков Олег', 'Ершов Пётр', 'Ёлкин Семён', 'Егоров Илья', 'Йосифов Глеб', 'Иванова Ирина'), 'ru');
		expect(outline(index)).toEqual([
			[
				'Cyrl',
				true,
				[
					['Е', ['Егоров Илья', 'Ёлкин Семён', 'Ершов Пётр']],
					['Ж', ['Жуков Олег']],
					['И', ['Иванова Ирина']],
					['Й', ['Йосифов Глеб']],
				],
			],
		]);
		expect(headingLetter({ name: 'Ёлкин Семён' }, 'ru')).toBe('Е');
	});

	test('Cyrillic comes first, then Latin sorted as English, so Ñúñez goes under N', () => {
		const index = nameIndex(named('Ñúñez Vidal', 'Ortega Ruiz', 'Nava Gil', 'Петров Иван', 'ليلى حداد'), 'ru');
		expect(outline(index)).toEqual([
			['Cyrl', true, [['П', ['Петров Иван']]]],
			[
				'Latn',
				false,
				[
					['N', ['Nava Gil', 'Ñúñez Vidal']],
					['O', ['Ortega Ruiz']],
				],
			],
			['Arab', false, [['ل', ['ليلى حداد']]]],
		]);
	});
});

describe('on an Arabic page', () => {
	test('names that start with an alef in any form go under ا, in the Arabic order', () => {
		const index = nameIndex(named('بشرى حداد', 'أحمد منصور', 'إبراهيم سالم', 'ابتسام خليل', 'آمنة يوسف', 'ٱلياس نعمة', 'زينب عمر'), 'ar');
		expect(outline(index)).toEqual([
			[
				'Arab',
				true,
				[
					// آ sorts as two alefs, so آمنة comes first; the hamza of أ and إ does not count at the first level.
					['ا', ['آمنة يوسف', 'ابتسام خليل', 'إبراهيم سالم', 'أحمد منصور', 'ٱلياس نعمة']],
					['ب', ['بشرى حداد']],
					['ز', ['زينب عمر']],
				],
			],
		]);
		for (const name of ['أحمد منصور', 'إبراهيم سالم', 'ابتسام خليل', 'آمنة يوسف', 'ٱلياس نعمة']) expect(headingLetter({ name }, 'ar'), name).toBe('ا');
	});

	test('a name that starts with the article ال keeps it: it goes under ا and sorts by the whole name', () => {
		const index = nameIndex(named('الحسن علي', 'حسن علي', 'أمل فارس', 'الزهراء كامل'), 'ar');
		expect(outline(index)).toEqual([
			[
				'Arab',
				true,
				[
					['ا', ['الحسن علي', 'الزهراء كامل', 'أمل فارس']],
					['ح', ['حسن علي']],
				],
			],
		]);
		expect(headingLetter({ name: 'الحسن علي' }, 'ar')).toBe('ا');
	});

	test('Arabic comes first, then Latin and Cyrillic', () => {
		const index = nameIndex(named('Иван Петров', 'Omar Haddad', 'عمر حداد'), 'ar');
		expect(index.map((section) => [section.script, section.own])).toEqual([
			['Arab', true],
			['Latn', false],
			['Cyrl', false],
		]);
	});
});

describe('on a Chinese page', () => {
	test('Han names go under their pinyin initial, A to Z, and come first', () => {
		const index = nameIndex(named('王芳', 'Anna Lindqvist', '李娜', '陈杰', '刘洋', '黄磊', '林静', '欧阳明'), 'zh');
		expect(outline(index)).toEqual([
			[
				'Hani',
				true,
				[
					['C', ['陈杰']],
					['H', ['黄磊']],
					['L', ['李娜', '林静', '刘洋']],
					['O', ['欧阳明']],
					['W', ['王芳']],
				],
			],
			['Latn', false, [['A', ['Anna Lindqvist']]]],
		]);
	});

	test('a reading given in sortAs decides the heading: 曾丽 read Zeng Li is under Z, before 张伟, and 单明 read Shan Ming under S', () => {
		const zengLi = { name: '曾丽', sortAs: 'Zeng Li' };
		const shanMing = { name: '单明', sortAs: 'Shan Ming' };
		const index = nameIndex([{ name: '张伟' }, zengLi, shanMing, { name: '孙悦' }, { name: '丁宁' }, { name: '赵敏' }], 'zh');
		expect(outline(index)).toEqual([
			[
				'Hani',
				true,
				[
					['D', ['丁宁']],
					['S', ['单明', '孙悦']],
					['Z', ['曾丽', '张伟', '赵敏']],
				],
			],
		]);
		expect(headingLetter(zengLi, 'zh')).toBe('Z');
		expect(headingLetter(shanMing, 'zh')).toBe('S');
		// Without a reading, the collator reads each character by its commonest reading.
		expect(headingLetter({ name: '曾丽' }, 'zh')).toBe('C');
		expect(headingLetter({ name: '单明' }, 'zh')).toBe('D');
	});

	test('names with readings are ordered by their readings among themselves', () => {
		// 解 is read jiě, but Xiè as a surname; 冼 is Xiǎn. Their readings put 冼 first, the characters 解.
		const index = nameIndex(
			[
				{ name: '解雨', sortAs: 'Xie Yu' },
				{ name: '冼星', sortAs: 'Xian Xing' },
			],
			'zh',
		);
		expect(outline(index)).toEqual([['Hani', true, [['X', ['冼星', '解雨']]]]]);
	});

	test('names with and without readings are merged by their written names, the same whatever order they come in', () => {
		const people: IndexedName[] = [
			{ name: '张伟' },
			{ name: '曾丽', sortAs: 'Zeng Li' },
			{ name: '赵敏' },
			{ name: '翟云', sortAs: 'Zhai Yun' },
			{ name: '周涛', sortAs: 'Zhou Tao' },
			{ name: '邹平' },
			{ name: '查明', sortAs: 'Zha Ming' },
			{ name: '扎西' },
		];
		const expected = outline(nameIndex(people, 'zh'));
		// 曾 (céng), 查 (chá) and 翟 (dí) sort before every z- character, so their names lead, in the order
		// of their readings; 周涛 takes its place among the others by 周 (zhōu). ICU gives no syllable for
		// a character, so 曾丽 (Zeng) cannot be placed after 扎西 (Za) as a reader of pinyin would.
		expect(expected).toEqual([['Hani', true, [['Z', ['曾丽', '查明', '翟云', '扎西', '张伟', '赵敏', '周涛', '邹平']]]]]);
		for (let turn = 1; turn < people.length; turn++) {
			const rotated = [...people.slice(turn), ...people.slice(0, turn)];
			expect(outline(nameIndex(rotated, 'zh')), `rotated by ${turn}`).toEqual(expected);
			expect(outline(nameIndex([...rotated].reverse(), 'zh')), `rotated by ${turn} and reversed`).toEqual(expected);
		}
	});

	test('quotation marks are passed over and a name that starts with a digit goes under # after Z', () => {
		const index = nameIndex(named('3号', '“小明”', '周涛'), 'zh');
		expect(outline(index)).toEqual([
			[
				'Hani',
				true,
				[
					['X', ['“小明”']],
					['Z', ['周涛']],
					['#', ['3号']],
				],
			],
		]);
	});

	test('names that the usual list of pinyin boundaries puts under the wrong letter are under the right one', () => {
		// That list starts M at 痳, which ICU reads lín, and S at 扨, which it reads rèn.
		expect(['刘洋', '罗兰', '陆军', '吕梅', '龙飞', '痳'].map((name) => headingLetter({ name }, 'zh'))).toEqual(['L', 'L', 'L', 'L', 'L', 'L']);
		expect(['阮文', '荣华', '若愚', '扨'].map((name) => headingLetter({ name }, 'zh'))).toEqual(['R', 'R', 'R', 'R']);
		expect(['马丽', '孙悦'].map((name) => headingLetter({ name }, 'zh'))).toEqual(['M', 'S']);
	});

	test('every Han character of the unified block has the initial that ICU’s own index gives it', () => {
		// CLDR's pinyin collation places a marker (U+FDD0 and the letter) before the first syllable of each
		// initial; ICU's alphabetic index uses them. The boundary characters must agree with them.
		const pinyin = new Intl.Collator('zh', { collation: 'pinyin' });
		const initials = [...'ABCDEFGHJKLMNOPQRSTWXYZ'];
		const markerInitial = (char: string): string => {
			let low = 0;
			let high = initials.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (pinyin.compare(char, `\uFDD0${initials[middle]}`) >= 0) low = middle + 1;
				else high = middle;
			}
			return initials[low - 1] ?? '#';
		};
		const disagreements: string[] = [];
		for (let codePoint = 0x4e00; codePoint <= 0x9fff; codePoint++) {
			const char = String.fromCodePoint(codePoint);
			const expected = markerInitial(char);
			const heading = headingLetter({ name: char }, 'zh');
			if (heading !== expected) disagreements.push(`${char} U+${codePoint.toString(16)}: ${heading}, ICU ${expected}`);
		}
		expect(disagreements).toEqual([]);
	});

	test('on an English page the Han section comes after Latin, Arabic and Cyrillic, with the same headings', () => {
		const index = nameIndex([{ name: '曾丽', sortAs: 'Zeng Li' }, { name: '刘洋' }, { name: 'Иван Петров' }, { name: 'Zoë Adams' }], 'en');
		expect(outline(index)).toEqual([
			['Latn', true, [['Z', ['Zoë Adams']]]],
			['Cyrl', false, [['И', ['Иван Петров']]]],
			[
				'Hani',
				false,
				[
					['L', ['刘洋']],
					['Z', ['曾丽']],
				],
			],
		]);
	});
});

describe('a large archive', () => {
	test('10,000 names in six scripts are indexed, each once', () => {
		const starts = ['Ab', 'Él', 'Øy', 'Ña', 'Зо', 'Ёл', 'مح', 'أح', '张', '曾', 'Ελ', 'שר', '1'];
		const people = Array.from({ length: 10_000 }, (_, i) => ({ name: `${starts[i % starts.length]}${String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))} ${i}` }));
		for (const locale of ['en', 'zh']) {
			const index = nameIndex(people, locale);
			const indexed = index.flatMap((section) => section.groups.flatMap((group) => group.names));
			expect(indexed).toHaveLength(people.length);
			expect(new Set(indexed).size).toBe(people.length);
		}
	});
});

describe('any items in the index’s order', () => {
	test('sortedByName orders items by the names it is given, own script first, without headings', () => {
		const items = [{ id: 3, name: 'Zoë Adams' }, { id: 1, name: 'Иван Петров' }, { id: 2, name: 'Anna Lindqvist' }];
		expect(sortedByName(items, 'en', (item) => ({ name: item.name })).map((item) => item.id)).toEqual([2, 3, 1]);
		expect(sortedByName(items, 'ru', (item) => ({ name: item.name })).map((item) => item.id)).toEqual([1, 2, 3]);
	});
});
