/**
 * The path of a dev-server request inside `<base><folder>/`, decoded, e.g. "a-seat.mp3" for
 * /base/media/a-seat.mp3; "" for the folder itself. Astro's dev server may have taken the base path
 * off the address already, so /media/… is read the same. Undefined for any other address, or one
 * whose percent-encoding is broken.
 */
export function pathUnder(url: string | undefined, base: string, folder: string): string | undefined {
	const pathname = (url ?? '').split(/[?#]/)[0] ?? '';
	const prefix = [`${base.replace(/\/*$/, '/')}${folder}/`, `/${folder}/`].find((candidate) => pathname.startsWith(candidate));
	if (prefix === undefined) return undefined;
	try {
		return decodeURIComponent(pathname.slice(prefix.length));
	} catch {
		return undefined;
	}
}
