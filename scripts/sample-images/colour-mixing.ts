/** The red, green and blue channels (0–255) of a colour written #rrggbb. */
function channelsOf(hex: string): [red: number, green: number, blue: number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The colour a share (0–1) of the way from one #rrggbb colour to another. */
export function mixColours(from: string, to: string, share: number): string {
	const [fromRed, fromGreen, fromBlue] = channelsOf(from);
	const [toRed, toGreen, toBlue] = channelsOf(to);
	const channel = (start: number, end: number) => Math.round(start + (end - start) * share).toString(16).padStart(2, '0');
	return `#${channel(fromRed, toRed)}${channel(fromGreen, toGreen)}${channel(fromBlue, toBlue)}`;
}

/** A colour lighter (positive amount) or darker (negative) by a share of the way to white or black. */
export function shadeColour(colour: string, amount: number): string {
	return amount >= 0 ? mixColours(colour, '#ffffff', amount) : mixColours(colour, '#000000', -amount);
}
