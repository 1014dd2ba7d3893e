// YAML front matter: the `---` block static-site generators (Jekyll, Hugo,
// Eleventy, Pandoc) put at the top of a Markdown post, holding its title,
// date and author. Read as metadata, as a JSON Lines record's fields are, and
// kept out of the article's body (breaker10 H32: the title became the lead
// sentence, the date "date: 2025-03-03", the author no byline).
//
// A strict, bounded reader, not a YAML parser (no YAML library is a
// dependency, and three plain scalars do not need one): the block must open on
// the text's first line with `---`, hold only `key: value` lines, their
// indented or `- ` continuation lines (lists, nested maps: skipped), comments
// and blank lines, and close with `---` or `...` within maxFrontMatterLines.
// Anything else, and the text has no front matter.

import {withoutStruck} from './normalize.js';

/** Lines a front matter block may span, its fences included. */
export const maxFrontMatterLines = 200;

/** The scalar fields read from front matter. */
export type FrontMatter = {
	/** Character offset just past the closing fence line (its line break included). */
	end: number;
	/** 1-based number of the closing fence line: lines 1..lines are the block. */
	lines: number;
	title?: string;
	date?: string;
	/** `author` (or `byline`; the first of a list of authors). */
	byline?: string;
	url?: string;
};

const keyLine = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const continuation = /^(?:[ \t]+\S|-[ \t]|-$)/;
const comment = /^[ \t]*#/;

/**
 * The front matter opening `text` (at its first character; a BOM is removed before),
 * or undefined when the text does not open with a well-formed block. Values are plain
 * or quoted scalars (`"…"` with `\"` and `\\` escapes, `'…'` with `''`); a list value
 * (`[a, b]` or `- a` lines) gives its first item for `author`. Cost: the block's lines.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
	if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
	const fields = new Map<string, string>();
	let at = text.indexOf('\n') + 1;
	let lastKey: string | undefined;
	for (let n = 2; n <= maxFrontMatterLines; n++) {
		if (at >= text.length) return undefined;
		const newline = text.indexOf('\n', at);
		const next = newline === -1 ? text.length : newline + 1;
		const line = text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, '');
		at = next;
		if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return n === 2 && fields.size === 0 ? undefined : frontMatterOf(fields, next, n);
		if (line.trim() === '' || comment.test(line)) continue;
		const field = keyLine.exec(line);
		if (field) {
			lastKey = field[1]!.toLowerCase();
			if (!fields.has(lastKey)) fields.set(lastKey, field[2] ?? '');
			continue;
		}

		if (!continuation.test(line) || lastKey === undefined) return undefined;
		// The first item of a block list under a key with no value of its own (`author:` then `- Anna`).
		const item = /^[ \t]*-[ \t]+(.+)$/.exec(line);
		if (item && fields.get(lastKey) === '') fields.set(lastKey, item[1]!);
	}

	return undefined;
}

function frontMatterOf(fields: ReadonlyMap<string, string>, end: number, lines: number): FrontMatter {
	const matter: FrontMatter = {end, lines};
	const value = (...keys: string[]) => {
		for (const key of keys) {
			const scalar = scalarOf(fields.get(key) ?? '');
			if (scalar) return scalar;
		}
		return undefined;
	};
	const title = value('title');
	const date = value('date', 'published', 'pubdate');
	const byline = value('author', 'authors', 'byline');
	const url = value('url', 'permalink', 'canonical');
	// A struck run (`~~12~~ 21`) is read as the body's are: not the title's words (breaker13b N44).
	const unstruck = title && withoutStruck(title).replace(/\s+/gu, ' ').trim();
	if (unstruck) matter.title = unstruck;
	if (date) matter.date = date;
	if (byline) matter.byline = byline;
	if (url && /^https?:\/\//i.test(url)) matter.url = url;
	return matter;
}

/** A plain or quoted YAML scalar as text ('' for none, a block scalar, or a map); a flow list gives its first item. */
function scalarOf(raw: string): string {
	let value = raw.trim();
	if (value === '' || value === '|' || value === '>' || value.startsWith('{') || value.startsWith('&') || value.startsWith('*')) return '';
	if (value.startsWith('[')) value = (value.slice(1, value.endsWith(']') ? -1 : undefined).split(',')[0] ?? '').trim();
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\(["\\])/g, '$1').trim();
	if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'").trim();
	// A plain scalar ends before a comment.
	return value.replace(/[ \t]+#.*$/, '').trim();
}
