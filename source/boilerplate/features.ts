import {keyHashOfNormalized} from '../text/line-key.js';
import {normalizeForMatch, stripMarkdown} from '../text/normalize.js';
import {hasUnspacedScript} from '../text/scripts.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {wordsOf} from '../text/words.js';
import {endTest} from '../text/end-class.js';

/** What one non-blank line looks like on its own: the evidence the classifier combines. */
export type LineFeatures = {
	/** Index in the article's block list (0-based) and the 1-based numbers of the block's first and last physical lines. */
	index: number;
	n: number;
	lastN: number;
	start: number;
	end: number;
	/** The line as written, trimmed. */
	raw: string;
	/** Markdown stripped, trimmed: what a reader sees. */
	plain: string;
	norm: string;
	/** Hash of the punctuation-free key that matches lines across articles (keyHashOfNormalized); 0 for none. */
	key: number;
	words: string[];
	/** Length in words; for Chinese and Japanese, whose `words` are single characters, about two characters a word. */
	size: number;
	/** Share of words that are stopwords of the article's language (0 when it has no list). */
	stopwordShare: number;
	/** Ends like a sentence (., !, ?, …, 。 ...), closing quotes and emphasis allowed. */
	terminal: boolean;
	/** Share of the visible text inside links or URLs. */
	linkShare: number;
	/** A Markdown heading ("# ..."). */
	heading: boolean;
	/**
	 * Memo of call-to-action.ts readerCues (a function of `norm`, `words` and `plain`): undefined until first asked.
	 * A field, not a WeakMap keyed by the features: one property read a block, where a WeakMap's entry cost a
	 * hash lookup and an insertion per block, and an ephemeron for the garbage collector to trace.
	 */
	readerCues?: number;
	/** Memo of comment-thread.ts datedHeaderKey (a function of `plain`; null: no key): undefined until first asked. As readerCues. */
	datedHeaderKey?: string | null;
};

// Every script's full stop (scriptSentenceEnds: Urdu ۔, Armenian ։, Ethiopic ።, …), as the sentence splitter reads them.
// The pattern `[.!?…${scriptSentenceEnds}](?:["'»”’)\\]*_\\s]|&quot;)*$`, read from the end (text/end-class.ts).
const isTerminal = endTest(`.!?…${scriptSentenceEnds}`, `"'»”’)\\]*_\\s`, '&quot;');
const markdownLinkPattern = /!?\[([^[\]]{0,500})\]\([^()]{0,2000}\)/gu;
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>()]+/giu;

/**
 * Text-browser dumps (lynx, w3m) mark links as "[12]Home": the words after
 * each marker, up to the next one or three words, count as link text (with
 * the space after each; the marker itself is markup, normalize.ts drops it).
 * Only a marker glued before a word's first letter is a link's: "said.[1]"
 * is a citation, "H[2]O" w3m's subscript. In a line that ends like a
 * sentence (`sentence`), a link inside running text is a name or a word
 * ("… ordered by Prime Minister [12]Sheikh Hasina", "[9]police said"): its
 * text is the run of capitalised words after the marker, or the first word.
 */
const lynxLinked = (line: string, sentence: boolean): number => {
	if (!line.includes(']')) {
		return 0;
	}

	let linked = 0;
	for (const match of line.matchAll(/(?<![\p{L}\p{N}\]])\[\d{1,4}\](?=\p{L})([^[]{0,60})/gu)) {
		const words = match[1].split(/\s+/u).filter(Boolean).slice(0, 3);
		let count = words.length;
		if (sentence) {
			count = 1;
			while (count < words.length && /^\p{Lu}/u.test(words[count]) && /^\p{Lu}/u.test(words[0])) count++;
		}

		for (let k = 0; k < count; k++) linked += words[k].length + 1;
	}

	return linked;
};

/** Share of `words` in a stopword list (0 without a list). */
export const stopwordShare = (words: readonly string[], stopwords: Set<string> | undefined): number => {
	if (!stopwords || words.length === 0) {
		return 0;
	}

	let stops = 0;
	for (const word of words) {
		if (stopwords.has(word)) {
			stops++;
		}
	}

	return stops / words.length;
};

/**
 * Features of one line (or block); `stopwordShare` is filled in once the article's language is known; `normalized` is normalizeLine(raw), `tokens` wordsOf(normalized) and `keyHash` keyHashOfNormalized(normalized) when the caller has them;
 * `defined`: the article's Markdown reference definitions (normalize.ts referenceDefinitions), so its reference links read as their words.
 */
export const lineFeatures = (raw: string, index: number, n: number, start: number, end: number, lastN = n, normalized?: string, tokens?: string[], keyHash?: number, defined?: ReadonlyMap<string, string>): LineFeatures => {
	const trimmed = raw.trim();
	const stripped = stripMarkdown(trimmed, defined);
	const plain = stripped.trim();
	const norm = normalized ?? normalizeForMatch(trimmed);
	// Words of the normalised line: case-folded, quotes folded as in the stopword lists.
	const words = normalized !== undefined && tokens ? tokens : wordsOf(norm);

	let linked = 0;
	if (trimmed.includes('](')) {
		for (const match of trimmed.matchAll(markdownLinkPattern)) {
			linked += match[1].length || 1;
		}
	}

	if (/https?:|www\./iu.test(trimmed)) {
		for (const match of trimmed.replace(markdownLinkPattern, '').matchAll(urlPattern)) {
			linked += match[0].length;
		}
	}

	const terminal = isTerminal(plain);
	return {
		index,
		n,
		lastN,
		start,
		end,
		raw: trimmed,
		plain,
		norm,
		key: normalized !== undefined && keyHash !== undefined ? keyHash : keyHashOfNormalized(norm),
		words,
		size: hasUnspacedScript(plain) ? Math.ceil(words.length / 2) : words.length,
		stopwordShare: 0,
		terminal,
		linkShare: plain.length > 0 ? Math.min(1, (linked + lynxLinked(trimmed, terminal)) / plain.length) : 0,
		heading: /^\s{0,3}#{1,6}\s+\S/u.test(trimmed),
		// The memos are in the object from the start: one shape for every block's features.
		readerCues: undefined,
		datedHeaderKey: undefined,
	};
};
