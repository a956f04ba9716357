import path from 'node:path';

/**
 * How a command names the content folder and its files in what it prints: inside the project,
 * relative to it, as the checker names them (content/events/en/…); elsewhere, in full. With no
 * file, the folder itself ("." when it is the project folder).
 */
export function contentDisplay(root: string): (relative?: string) => string {
	const relativeRoot = path.relative(process.cwd(), root);
	const shownRoot = relativeRoot === '' ? '.' : relativeRoot.startsWith('..') ? root : relativeRoot;
	return (relative = '') => (relative ? path.join(shownRoot, relative) : shownRoot).split(path.sep).join('/');
}
