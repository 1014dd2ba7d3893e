import {lineKey, normalizeLine, stripMarkdown} from './normalize-line.js';
import {lineWords} from './words.js';

/** What one non-blank line looks like on its own: the evidence the classifier combines. */
export type LineFeatures = {
	/** Index in the article's line list (0-based) and 1-based line number. */
	index: number;
	n: number;
	start: number;
	end: number;
	/** The line as written, trimmed. */
	raw: string;
	/** Markdown stripped, trimmed: what a reader sees. */
	plain: string;
	norm: string;
	/** Punctuation-free key for matching lines across articles. */
	key: string;
	words: string[];
	/** Share of words that are stopwords of the article's language (0 when it has no list). */
	stopwordShare: number;
	/** Ends like a sentence (., !, ?, …, 。 ...), closing quotes and emphasis allowed. */
	terminal: boolean;
	/** Share of the visible text inside links or URLs. */
	linkShare: number;
	/** Share of letters that are upper case (scripts without case count as lower). */
	upperShare: number;
	/** A Markdown heading ("# ..."). */
	heading: boolean;
};

const terminalPattern = /[.!?…。！？؟।](?:["'»”’)\]*_\s]|&quot;)*$/u;
const markdownLinkPattern = /!?\[([^\]]*)\]\([^)]*\)/gu;
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>()]+/giu;

export const lineFeatures = (raw: string, index: number, n: number, start: number, end: number, stopwords: Set<string> | undefined): LineFeatures => {
	const trimmed = raw.trim();
	const plain = stripMarkdown(trimmed).trim();
	const words = lineWords(plain);
	let stops = 0;
	if (stopwords) {
		for (const word of words) {
			if (stopwords.has(word)) {
				stops++;
			}
		}
	}

	let linked = 0;
	for (const match of trimmed.matchAll(markdownLinkPattern)) {
		linked += match[1].length || 1;
	}

	for (const match of trimmed.replace(markdownLinkPattern, '').matchAll(urlPattern)) {
		linked += match[0].length;
	}

	const letters = plain.match(/\p{L}/gu)?.length ?? 0;
	const upper = plain.match(/\p{Lu}/gu)?.length ?? 0;
	return {
		index,
		n,
		start,
		end,
		raw: trimmed,
		plain,
		norm: normalizeLine(trimmed),
		key: lineKey(trimmed),
		words,
		stopwordShare: words.length > 0 ? stops / words.length : 0,
		terminal: terminalPattern.test(plain),
		linkShare: plain.length > 0 ? Math.min(1, linked / plain.length) : 0,
		upperShare: letters > 0 ? upper / letters : 0,
		heading: /^\s{0,3}#{1,6}\s+\S/u.test(trimmed),
	};
};
