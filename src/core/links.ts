import { joinFile } from './paths';

/** Whether an address leads to another site (and so opens without passing on this page). */
export function isExternal(href: string): boolean {
	return /^https?:\/\//i.test(href);
}

/**
 * The address to put in an <a> for a link written in content. Organisers write paths on this site
 * from its root ("/stories/", "/files/report.pdf"); the site may be served under a base path, so
 * those get it in front. Web and mailto: addresses are left as written.
 */
export function siteHref(href: string, base: string): string {
	if (href.startsWith('/') && !href.startsWith('//')) return joinFile(base, href);
	return href;
}

/**
 * The rel of a link: external links neither reveal this page (noreferrer: a visitor reading a story
 * should not announce it to another site) nor give the new page a handle on this one (noopener).
 */
export function relFor(href: string): string | undefined {
	return isExternal(href) ? 'noopener noreferrer' : undefined;
}

/** A tel: address from a number written for people, e.g. "+44 808 168 9111" → "tel:+448081689111" (RFC 3966). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
