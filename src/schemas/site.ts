import { z } from 'astro/zod';
import { siteSections } from '../core/routes';
import { webAddress } from './link';
import { localizedText } from './localized-text';

/** A language the site is published in. */
export const localeSchema = z.object({
	/** The BCP 47 language code, e.g. en, fr, ar or zh. It names the content folder (content/events/fr/). */
	code: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as en, fr or ar'),
	/** The language's name in itself, as the language switcher shows it, e.g. "Français". */
	name: z.string().trim().min(1),
});

/** An organisation or person to contact. */
export const contactSchema = z.object({
	/** The address that visitors and families may write to. */
	email: z.string().email(),
	/** A postal address, if one should be published. */
	address: z.string().optional(),
});

/** A place to turn to for support, shown on every story page. */
export const supportLineSchema = z.object({
	/** The service's name. */
	name: z.string().trim().min(1),
	/** What the service offers and when it is open. */
	description: z.string().trim().min(1).optional(),
	/** A telephone number, written as it should be dialled, e.g. +44 808 168 9111. */
	phone: z.string().trim().min(1).optional(),
	/** The service's web address. */
	url: webAddress.optional(),
});

/** Where the quick-exit button leads when site.yaml names no other page: a neutral, busy site. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.wikipedia.org/';

/**
 * The "Leave this site quickly" button, for visitors who may be watched by someone they fear. When
 * it is on, it is the first thing the keyboard reaches on every page and stays in a corner of the
 * screen; it works as a plain link, and with JavaScript it also leaves on three presses of Escape
 * and replaces the page in the browser's history, so that Back does not return here.
 */
export const quickExitSchema = z
	.object({
		/** Show the button on every page. Off unless switched on. */
		enabled: z.boolean().default(false),
		/** The page it leads to: a neutral site that draws no attention, over https. */
		url: z
			.string()
			.trim()
			.refine((url) => URL.canParse(url) && new URL(url).protocol === 'https:', {
				message: 'expected a full web address starting with https://, e.g. https://www.wikipedia.org/',
			})
			.default(DEFAULT_QUICK_EXIT_URL),
	})
	.default({});

/** The site's settings: content/site.yaml. */
export const siteSchema = z
	.object({
		/** The site's name, shown in the header and in the browser tab; one text, or one per language code. */
		name: localizedText,
		/** A sentence under the name on the home page; one text, or one per language code. */
		tagline: localizedText,
		/** The organisation that publishes the archive. */
		organisation: z.object({
			/** Its name; one text, or one per language code. */
			name: localizedText,
			/** Its own website. */
			url: webAddress.optional(),
		}),
		/** The address the site will be served from, without the base path, e.g. https://remembrance.example.org. */
		url: z
			.string()
			.url('expected a full web address starting with https://, e.g. https://remembrance.example.org')
			.refine((url) => !URL.canParse(url) || !new URL(url).pathname.replace(/\/$/, ''), {
				message: 'expected the origin only (https://example.org); put a sub-path in base',
			}),
		/** The sub-path the site is served under, e.g. /remembrance/; "/" for the root of the domain. */
		base: z
			.string()
			.trim()
			.regex(/^\/([\w.~-]+\/)*$/, 'expected a path that starts and ends with /, e.g. / or /remembrance/')
			.default('/'),
		/** How visitors and families reach the organisation. */
		contact: contactSchema,
		/** The language of the pages at the root of the site. */
		defaultLocale: z.string().trim().min(2),
		/** Every language the site is published in, the default one included. */
		locales: z.array(localeSchema).min(1),
		/** The sections listed in the header, in order. */
		navigation: z.array(z.enum(siteSections)).default(['events', 'stories', 'news', 'documents', 'series', 'about']),
		/** How many stories a page of the stories list shows. */
		storiesPerPage: z.number().int().min(1).max(100).default(12),
		/** Where to find support, per language code; shown on every story page. */
		support: z.record(z.array(supportLineSchema)).default({}),
		/** The "Leave this site quickly" button: off unless `enabled: true`; see docs/dignity-and-privacy.md. */
		quickExit: quickExitSchema,
	})
	.superRefine((site, ctx) => {
		if (!site.locales.some((locale) => locale.code === site.defaultLocale)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['defaultLocale'],
				message: `expected one of the codes listed under locales (${site.locales.map((l) => l.code).join(', ')})`,
			});
		}
		const seen = new Set<string>();
		site.locales.forEach((locale, index) => {
			if (seen.has(locale.code)) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['locales', index, 'code'], message: `expected each language once; ${locale.code} is listed twice` });
			}
			seen.add(locale.code);
		});
	});

export type SiteSettings = z.output<typeof siteSchema>;
