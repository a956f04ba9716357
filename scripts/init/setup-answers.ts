import type { z } from 'astro/zod';
import { webAddress } from '../../src/schemas/link';
import { timeZoneName } from '../../src/schemas/dates';
import { contactSchema, siteSchema } from '../../src/schemas/site';
import { languageCodeProblem } from '../new/new-language';

/**
 * What `npm run init` is told about the organisation's archive, as options or typed at its
 * questions, and the rules each answer must follow: the schema pieces of src/schemas that the
 * content checker applies to site.yaml and to events, so that an answer init accepts is one the
 * check accepts.
 */
export interface SetupAnswers {
	/** The site's name. */
	name: string;
	/** The sentence under the name on the home page; a placeholder when not given. */
	tagline?: string | undefined;
	organisation: { name: string; url?: string | undefined };
	/** The origin the site is served from, e.g. https://remembrance.example.org. */
	url: string;
	/** The sub-path it is served under, "/" for the root. */
	base: string;
	/** The email address visitors and families may write to. */
	contact: string;
	/** The language codes, in the order the language switcher lists them. */
	locales: string[];
	/** The language of the pages at the root of the site: one of `locales`. */
	defaultLocale: string;
	/** The IANA time zone of the first event. */
	timeZone: string;
}

/** A rule for one answer: undefined when it is acceptable, or what is expected, in the checker's words. */
export type AnswerRule = (answer: string) => string | undefined;

/** A rule from a schema piece: its first objection, if any, or `expected` in place of zod's own words where those are terse. */
function schemaRule(schema: z.ZodTypeAny, expected?: string): AnswerRule {
	return (answer) => {
		const result = schema.safeParse(answer.trim());
		return result.success ? undefined : (expected ?? result.error.issues[0]?.message ?? 'not in the expected form');
	};
}

/** A rule for a text that must not be empty. */
function someText(expected: string): AnswerRule {
	return (answer) => (answer.trim() === '' ? expected : undefined);
}

/** The fields of site.yaml, without the checks that span fields (defaultLocale among locales). */
const siteFields = siteSchema.innerType().shape;

/** The languages as given: codes separated by commas, spaces and empty places (a trailing comma) ignored. */
export function localeCodes(answer: string): string[] {
	return answer
		.split(',')
		.map((code) => code.trim())
		.filter(Boolean);
}

/** A list of language codes, each a valid one (languageCodeProblem) and each once. */
const localeList: AnswerRule = (answer) => {
	const codes = localeCodes(answer);
	if (codes.length === 0) return 'expected at least one language code, e.g. en, or en,sw for English and Swahili';
	const seen = new Set<string>();
	for (const code of codes) {
		const problem = languageCodeProblem(code);
		if (problem) return problem;
		if (seen.has(code)) return `expected each language once; ${code} is listed twice`;
		seen.add(code);
	}
	return undefined;
};

/** The rules, by the option that gives each answer. */
export const answerRules = {
	name: someText("expected the site's name, e.g. Harbour Memorial"),
	organisation: someText("expected the organisation's name, e.g. Harbour Memorial Association"),
	'organisation-url': schemaRule(webAddress),
	url: schemaRule(siteFields.url),
	base: schemaRule(siteFields.base),
	// zod says only "Invalid email".
	contact: schemaRule(contactSchema.shape.email, 'expected an email address that visitors and families may write to, e.g. contact@example.org'),
	tagline: someText('expected one sentence; leave --tagline out to get a placeholder to replace later'),
	locales: localeList,
	'time-zone': schemaRule(timeZoneName),
} satisfies Record<string, AnswerRule>;

/** The rule for the default language: one of the languages given. */
export function defaultLocaleRule(locales: readonly string[]): AnswerRule {
	return (answer) => (locales.includes(answer.trim()) ? undefined : `expected one of the languages given in --locales (${locales.join(', ')})`);
}
