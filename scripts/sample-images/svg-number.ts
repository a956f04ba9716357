/** A number as the drawings write it in SVG: rounded to one decimal, for shorter files and no float noise between runs. */
export function svgNumber(value: number): string {
	return (Math.round(value * 10) / 10).toString();
}
