import type {BoilerplateCategory} from './label.js';
import type {LineState} from './line-state.js';
import {addressesReader, callToActionCues} from './call-to-action.js';
import {listMark} from './lists.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {threadGroup} from './comment-thread.js';

// The feature vector of one block, for the fitted decision (block-model.ts).
// Shallow-text evidence in the manner of boilerpipe (Kohlschütter et al.
// 2010, "Boilerplate detection using shallow text features": word counts,
// link density, position, and the same for the neighbouring blocks) and of
// Dragnet (Peters & Lecocq 2013), plus what the rule passes found: firm
// markers, jusText-style grades, corpus repetition and the rule's own
// context decision. Groups are data: another evidence source (DOM features
// of an HTML page) adds a group here; a fitted model gives unknown features
// no weight, so old weights keep working until they are re-fitted.
//
// Every feature is invariant to hard wrapping: blocks, not physical lines.

/** What the groups see: the labelled blocks after the rule passes. */
export type FeatureContext = {
	states: readonly LineState[];
	/** Character offset of each block's start among all blocks' characters (0..1 of the page). */
	position: readonly number[];
	/** Index of the nearest block the rules kept as body, before and after (or -1). */
	bodyBefore: readonly number[];
	bodyAfter: readonly number[];
	/** Number of blocks the rules kept as body. */
	bodyBlocks: number;
	/** The page's densest prose block (the most words among good blocks), or -1: the article's core. */
	core: number;
	/** Per block: whether a block before it ends the article (a comment form or counter). */
	afterEnd: readonly boolean[];
	/** Per block: share of the page's good (prose) characters that come before it. */
	proseBefore: readonly number[];
	/** Per block: firm chrome blocks between it and the core. */
	chromeToCore: readonly number[];
	/** Per block: it reads like a comment thread's furniture ("Jane says:", "Reply"). */
	inCommentVoice: readonly boolean[];
	/** Per block: how many blocks before it read like comment furniture. */
	commentHeadersBefore: readonly number[];
	/**
	 * Per block: share of its distinct content words (topicWord) that the page's other
	 * prose blocks (grade good) also use, and that the core block uses (1 for the core itself).
	 */
	topicProse: readonly number[];
	topicCore: readonly number[];
	/** The page's densest run of blocks, first and last index (-1 when none): body text extraction's span (bodyTextSpan). */
	spanStart: number;
	spanEnd: number;
	/** Every block's own-text features (ownNames order), block i at 8i: what its neighbours read. */
	own: Float64Array;
};

/** One group of features: names, what each says when it speaks against a block, and how to compute them. */
export type FeatureGroup = {
	names: readonly string[];
	/** Per name: the reason and category a boilerplate label gives when this feature is its strongest evidence. */
	against: readonly (readonly [string, BoilerplateCategory] | undefined)[];
	/**
	 * Writes block i's features at out[at …]. Another block's state is read only through
	 * the context (made once per page, before the fitted decision changes any label): the
	 * decision computes a vector when it needs it, after it may have relabelled blocks before i.
	 */
	compute: (context: FeatureContext, i: number, out: Float64Array, at: number) => void;
};

const firmCategories: readonly BoilerplateCategory[] = ['headlines', 'navigation', 'comments', 'share', 'related', 'newsletter', 'legal', 'scraper', 'caption', 'template'];
const grades = ['good', 'near', 'short', 'bad'] as const;
const log1 = (x: number): number => Math.log1p(Math.max(0, x));

/** The shallow features of one block's own text that its neighbours' vectors repeat, in this order. */
const ownNames = ['exists', 'size', 'stop', 'terminal', 'link', 'good', 'body', 'firm'] as const;

/**
 * Every block's own-text features (ownNames), computed once per page: a block is
 * the neighbour of six others and in the window of ten, so they are read, not
 * recomputed, for each (8 numbers a block, block i at 8i).
 */
const ownTexts = (states: readonly LineState[]): Float64Array => {
	const own = new Float64Array(states.length * ownNames.length);
	for (let i = 0, k = 0; i < states.length; i++, k += ownNames.length) {
		const state = states[i];
		const {f} = state;
		own[k] = 1;
		own[k + 1] = log1(f.size);
		own[k + 2] = f.stopwordShare;
		own[k + 3] = f.terminal ? 1 : 0;
		own[k + 4] = f.linkShare;
		own[k + 5] = state.grade === 'good' ? 1 : 0;
		own[k + 6] = state.final?.kind === 'body' ? 1 : 0;
		own[k + 7] = state.firm && state.firm.kind === 'boilerplate' ? 1 : 0;
	}

	return own;
};

const neighbourNames = (offset: number): string[] => ownNames.map((name) => `n${offset > 0 ? '+' : ''}${offset}.${name}`);
const neighbourOffsets = [-3, -2, -1, 1, 2, 3];

const groups: FeatureGroup[] = [
	{
		names: ['size.log', 'size.le2', 'size.le5', 'size.le10', 'size.gt20', 'size.gt40', 'chars.log', 'terminal', 'stopwords', 'stopwords.none', 'stopwords.low', 'links', 'heading', 'bullet', 'trailing-delimiter', 'ends-colon', 'brackets', 'pipes', 'digits', 'uppercase', 'sentences.log', 'word-length', 'url', 'copyright'],
		against: [
			['few words', 'navigation'], ['one or two words', 'navigation'], ['a few words', 'navigation'], ['short line', 'navigation'], undefined, undefined, undefined,
			['no sentence ending', 'navigation'], ['few stopwords', 'navigation'], undefined, ['few stopwords', 'navigation'], ['link text', 'navigation'], ['heading', 'navigation'],
			['list item', 'headlines'], ['list of headlines', 'headlines'], undefined, ['images and form fields', 'navigation'], ['menu separators', 'navigation'],
			['numbers', 'navigation'], ['capitals', 'navigation'], undefined, undefined, ['URL', 'scraper'], ['copyright', 'legal'],
		],
		compute: ({states}, i, out, at) => {
			const {f} = states[i];
			const {letters, upper, digits} = characterCounts(f.plain);
			const mark = listMark(f);
			// Written in place (no array per block); the cheap tests (includes, a last character) gate the patterns.
			out[at] = log1(f.size);
			out[at + 1] = f.size <= 2 ? 1 : 0;
			out[at + 2] = f.size <= 5 ? 1 : 0;
			out[at + 3] = f.size <= 10 ? 1 : 0;
			out[at + 4] = f.size > 20 ? 1 : 0;
			out[at + 5] = f.size > 40 ? 1 : 0;
			out[at + 6] = log1(f.plain.length);
			out[at + 7] = f.terminal ? 1 : 0;
			out[at + 8] = f.stopwordShare;
			out[at + 9] = f.stopwordShare === 0 ? 1 : 0;
			out[at + 10] = f.stopwordShare < 0.15 ? 1 : 0;
			out[at + 11] = f.linkShare;
			out[at + 12] = f.heading ? 1 : 0;
			out[at + 13] = mark === 'bullet' || /^[•·▪►✓◦‣○●■□*+]/u.test(f.raw) ? 1 : 0;
			out[at + 14] = mark === 'trailing' ? 1 : 0;
			out[at + 15] = f.plain.endsWith(':') || f.plain.endsWith('：') ? 1 : 0;
			// Read on the plain text: brackets that are markup (a Markdown link, a reference link, a citation or footnote mark, a text browser's link number) are no image or form field.
			out[at + 16] = f.plain.includes('[') ? Math.min(1, (f.plain.match(/\[[^\]]{0,80}\]/g)?.length ?? 0) / Math.max(1, f.size)) : 0;
			out[at + 17] = /[|·•]/.test(f.plain) ? Math.min(1, (f.plain.match(/\s[|·•]\s/g)?.length ?? 0) / 3) : 0;
			out[at + 18] = f.plain.length > 0 ? digits / f.plain.length : 0;
			out[at + 19] = letters > 0 ? upper / letters : 0;
			out[at + 20] = log1(sentenceEnds(f.plain));
			out[at + 21] = f.words.length > 0 ? Math.min(15, f.plain.length / f.words.length) / 15 : 0;
			out[at + 22] = (f.raw.includes('//') || f.raw.includes('www.')) && /https?:\/\/|www\./u.test(f.raw) ? 1 : 0;
			out[at + 23] = /©|\(c\)|copyright/iu.test(f.raw) ? 1 : 0;
		},
	},
	{
		names: [...firmCategories.map((category) => `firm.${category}`), 'firm.metadata', 'firm.ends-article', ...grades.map((grade) => `grade.${grade}`)],
		against: [...firmCategories.map((category) => [`${category} marker`, category] as const), ['metadata', 'navigation'], ['after the article', 'comments'], undefined, undefined, ['short line', 'navigation'], ['link line', 'navigation']],
		compute: ({states}, i, out, at) => {
			const state = states[i];
			const firm = state.firm;
			for (let k = 0; k < firmCategories.length; k++) {
				out[at + k] = firm?.kind === 'boilerplate' && firm.category === firmCategories[k] ? 1 : 0;
			}

			out[at + firmCategories.length] = firm?.kind === 'metadata' ? 1 : 0;
			out[at + firmCategories.length + 1] = state.endsArticle ? 1 : 0;
			for (let k = 0; k < grades.length; k++) {
				out[at + firmCategories.length + 2 + k] = state.grade === grades[k] ? 1 : 0;
			}
		},
	},
	{
		names: ['repeated.stories', 'repeated.site', 'repeated.sibling'],
		against: [['repeated across pages', 'template'], ['repeated across the site', 'template'], ['not in the other copies', 'navigation']],
		compute: ({states}, i, out, at) => {
			const state = states[i];
			out[at] = log1((state.stories ?? 1) - 1);
			out[at + 1] = log1((state.siteStories ?? 1) - 1);
			out[at + 2] = state.repeated?.reason === 'not in the other copies' ? 1 : 0;
		},
	},
	{
		names: ['rule.body', 'rule.title', 'rule.metadata', 'rule.boilerplate', 'position', 'position.first', 'position.last', 'inside-body', 'body.distance', 'after-body', 'before-body', 'page.blocks', 'page.no-body'],
		against: [undefined, undefined, ['metadata', 'navigation'], ['outside the article', 'navigation'], undefined, ['top of the page', 'navigation'], ['foot of the page', 'navigation'], undefined, ['far from the article', 'navigation'], ['after the article', 'navigation'], ['before the article', 'navigation'], undefined, undefined],
		compute: ({states, position, bodyBefore, bodyAfter, bodyBlocks}, i, out, at) => {
			const kind = states[i].final?.kind;
			const before = bodyBefore[i];
			const after = bodyAfter[i];
			const distance = Math.min(before === -1 ? Infinity : i - before, after === -1 ? Infinity : after - i);
			out[at] = kind === 'body' ? 1 : 0;
			out[at + 1] = kind === 'title' ? 1 : 0;
			out[at + 2] = kind === 'metadata' ? 1 : 0;
			out[at + 3] = kind === 'boilerplate' ? 1 : 0;
			out[at + 4] = position[i];
			out[at + 5] = position[i] < 0.1 ? 1 : 0;
			out[at + 6] = position[i] > 0.9 ? 1 : 0;
			out[at + 7] = before !== -1 && after !== -1 ? 1 : 0;
			out[at + 8] = distance === Infinity ? 3 : log1(distance);
			out[at + 9] = before !== -1 && after === -1 ? 1 : 0;
			out[at + 10] = before === -1 && after !== -1 ? 1 : 0;
			out[at + 11] = log1(states.length) / 7;
			out[at + 12] = bodyBlocks === 0 ? 1 : 0;
		},
	},
	{
		names: neighbourOffsets.flatMap((offset) => neighbourNames(offset)),
		against: neighbourOffsets.flatMap((offset) => neighbourNames(offset).map(() => ['surrounded by chrome', 'navigation'] as const)),
		compute: ({states, own}, i, out, at) => {
			// A neighbour past either end of the page reads as all zeros (the vector starts zeroed).
			for (let o = 0, k = at; o < neighbourOffsets.length; o++, k += ownNames.length) {
				const j = i + neighbourOffsets[o];
				for (let m = 0; m < ownNames.length; m++) {
					out[k + m] = j >= 0 && j < states.length ? own[j * ownNames.length + m] : 0;
				}
			}
		},
	},
	{
		names: ['window.good', 'window.body', 'window.firm', 'window.size'],
		against: [undefined, undefined, ['among chrome', 'navigation'], undefined],
		compute: ({states, own}, i, out, at) => {
			let good = 0;
			let body = 0;
			let firm = 0;
			let size = 0;
			let count = 0;
			for (let j = Math.max(0, i - 5); j <= Math.min(states.length - 1, i + 5); j++) {
				if (j === i) {
					continue;
				}

				// The neighbours' own features (ownTexts): grade good, body, firm chrome, log size.
				const k = j * ownNames.length;
				count++;
				good += own[k + 5];
				body += own[k + 6];
				firm += own[k + 7];
				size += own[k + 1];
			}

			out[at] = count === 0 ? 0 : good / count;
			out[at + 1] = count === 0 ? 0 : body / count;
			out[at + 2] = count === 0 ? 0 : firm / count;
			out[at + 3] = count === 0 ? 0 : size / count;
		},
	},
	{
		names: ['frame.after-end', 'frame.dates-before', 'frame.comment-voice', 'frame.core-distance', 'frame.after-core', 'frame.is-core', 'frame.prose-before', 'frame.chrome-to-core', 'frame.addressed', 'frame.call-to-action', 'frame.comment-headers-before', 'frame.comment-headers-since-core'],
		against: [['in the comments', 'comments'], ['in the comments', 'comments'], ['in the comments', 'comments'], ['far from the article', 'navigation'], ['after the article', 'navigation'], undefined, ['after the article', 'navigation'], ['beyond other chrome', 'navigation'], ['addressed to the reader', 'newsletter'], ['prompt to the reader', 'newsletter'], ['in the comments', 'comments'], ['in the comments', 'comments']],
		compute: ({states, core, afterEnd, proseBefore, chromeToCore, inCommentVoice, commentHeadersBefore}, i, out, at) => {
			let dates = 0;
			let voice = 0;
			for (let j = Math.max(0, i - 10); j < i; j++) {
				dates += states[j].firm?.kind === 'metadata' ? 1 : 0;
			}

			for (let j = Math.max(0, i - 2); j <= Math.min(states.length - 1, i + 2); j++) {
				voice += inCommentVoice[j] ? 1 : 0;
			}

			const {f} = states[i];
			out[at] = afterEnd[i] ? 1 : 0;
			out[at + 1] = dates / 10;
			out[at + 2] = voice / 5;
			out[at + 3] = core === -1 ? 3 : log1(Math.abs(i - core));
			out[at + 4] = core !== -1 && i > core ? 1 : 0;
			out[at + 5] = i === core ? 1 : 0;
			out[at + 6] = proseBefore[i];
			out[at + 7] = log1(chromeToCore[i]);
			out[at + 8] = addressesReader(f) ? 1 : 0;
			out[at + 9] = Math.min(3, callToActionCues(f)) / 3;
			// A comment thread is long: every comment after the first few has several comment headers above it, the article none.
			out[at + 10] = log1(commentHeadersBefore[i]);
			out[at + 11] = core !== -1 && i > core ? log1(commentHeadersBefore[i] - commentHeadersBefore[core]) : 0;
		},
	},
];

// How the block sits in the article: its vocabulary against the page's prose
// (a short subheading or a last line shares the article's words; another
// article's headline, a credit or a prompt does not), and its place against
// the densest run of prose (Finn, Kushmerick & Smyth 2001, body text extraction).
groups.push({
	names: ['topic.prose', 'topic.core', 'topic.none', 'span.inside', 'span.distance'],
	against: [['off the article\'s topic', 'navigation'], ['off the article\'s topic', 'navigation'], ['off the article\'s topic', 'navigation'], undefined, ['far from the article', 'navigation']],
	compute: ({topicProse, topicCore, spanStart, spanEnd}, i, out, at) => {
		out[at] = topicProse[i];
		out[at + 1] = topicCore[i];
		out[at + 2] = topicProse[i] === 0 ? 1 : 0;
		out[at + 3] = spanStart !== -1 && i >= spanStart && i <= spanEnd ? 1 : 0;
		out[at + 4] = spanStart === -1 ? 3 : log1(i < spanStart ? spanStart - i : i > spanEnd ? i - spanEnd : 0);
	},
});

// Comment-thread structure (comment-thread.ts): repeated header shapes and furniture.
groups.push(threadGroup);

// Not in the window: the chrome between a block and the article's main run
// (article-break.ts, breakGroup) and its voice (voice.ts, voiceGroup). Fitted with
// them (`npm run train:boilerplate -- --features break,voice`), held out by site
// they moved precision against recall as a threshold shift does and no further
// (README, "Boilerplate held out by site"); a fit adds them with addFeatureGroup.
// Nor the run of short blocks a block is in (list-runs.ts, runGroup) or the voice as
// its excess over the article's only (voice.ts, voiceExcessGroup): `--features
// runs,excess`, held out equal on trafilatura-eval and 0.001 lower on dragnet-train
// (tenth session, docs/measurements.md).

/**
 * Per UTF-16 code unit from U+00C0 on, what characterCounts makes of it, filled in as units are
 * met: 0 not yet known, 1 a capital, 2 another letter (lower case, or a script without case),
 * 3 neither. A function of the unit alone (its case mappings), so each is asked once per process,
 * not twice per occurrence (two strings made for every non-ASCII character of every block).
 */
const unitClasses = new Uint8Array(0x10000);

const unitClass = (text: string, i: number, code: number): number => {
	let known = unitClasses[code];
	if (known === 0) {
		const character = text[i];
		const lower = character.toLowerCase();
		const capital = character.toUpperCase();
		// Scripts without case (CJK, Arabic, Hebrew …) count as letters.
		known = lower !== capital ? (character === capital ? 1 : 2) : code >= 0x3040 ? 2 : 3;
		unitClasses[code] = known;
	}

	return known;
};

/** Letters, capitals and ASCII digits of a string, by one pass over its code units (ASCII exactly; beyond it, case by a comparison). */
const characterCounts = (text: string): {letters: number; upper: number; digits: number} => {
	let letters = 0;
	let upper = 0;
	let digits = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 128) {
			if (code >= 48 && code <= 57) {
				digits++;
			} else if (code >= 65 && code <= 90) {
				letters++;
				upper++;
			} else if (code >= 97 && code <= 122) {
				letters++;
			}
		} else if (code >= 0xC0) {
			const known = unitClass(text, i, code);
			letters += known === 3 ? 0 : 1;
			upper += known === 1 ? 1 : 0;
		}
	}

	return {letters, upper, digits};
};

/** The script full stops besides 。！？ (scriptSentenceEnds: Urdu ۔, danda ।, Armenian ։, …) as code units. */
const otherScriptEnds = new Set([...scriptSentenceEnds].map((end) => end.charCodeAt(0)).filter((code) => code !== 0x3002 && code !== 0xFF01 && code !== 0xFF1F));

/** Sentence ends of a string: . ! ? 。 ！ ？ and every script's full stop, followed by white space or the end (as /[.!?。！？۔।…](?:\s|$)/gu counts them). */
const sentenceEnds = (text: string): number => {
	let count = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if ((code === 46 || code === 33 || code === 63 || code === 0x3002 || code === 0xFF01 || code === 0xFF1F || (code > 0x600 && otherScriptEnds.has(code))) && (at + 1 === text.length || whiteSpace.test(text[at + 1]))) {
			count++;
		}
	}

	return count;
};

const whiteSpace = /\s/u;


/**
 * Comment threads: "Jane says:", "by jdoe (1234) writes: on Tuesday July 24, @09:14AM (#40748207)",
 * "Reply", "Report abuse", "Like", and a short header ending in a clock time ("Jane Doe July 6, 2012 at 2:40 pm").
 */
const commentVoice = /(?:\b(?:says|said|wrote|writes|schreibt|écrit|dice|escribió|пишет)\s*:(?:\s+on\s.{0,60})?\s*$)|^(?:reply|report(?: abuse)?|like|antworten|répondre|responder|ответить)$|\b\d{1,2}:\d{2}\s*(?:am|pm)\b[\s\p{P}]{0,12}$/iu;

/**
 * Whether commentVoice could match, by a cheap test: its first and last
 * alternatives need a colon, the middle one is a whole line of at most 12
 * code units ("report abuse"; case folding maps one code unit to one).
 */
const mayBeCommentVoice = (plain: string): boolean => plain.length <= 12 || plain.includes(':');

/**
 * A word that says what a text is about, in any language without a stopword
 * list: four letters or more (most function words of alphabetic scripts are
 * shorter), or a character of a script written without spaces (its words are
 * single characters, features.ts).
 */
const topicWord = (word: string): boolean => word.length >= 4 || word.charCodeAt(0) >= 0x3040;

/**
 * The topical overlap of each block (FeatureContext topicProse, topicCore):
 * document frequencies of content words over the prose blocks, a block's own
 * use taken out. Linear in the page's words.
 */
const topicOverlap = (states: readonly LineState[], core: number): {topicProse: number[]; topicCore: number[]} => {
	// Each distinct content word of the page is numbered when first met, in one pass over every block's words (one
	// map lookup a word): the page's content words as numbers, block after block (`ids`, block i's from `from[i]` to
	// `from[i + 1]`). Its document frequency, whether the core block uses it and the last block that counted it are
	// then typed arrays by number. A block's distinct words are those it has not counted yet (no set per block).
	const numbers = new Map<string, number>();
	let total = 0;
	for (let i = 0; i < states.length; i++) total += states[i].f.words.length;
	const ids = new Int32Array(total);
	const from = new Int32Array(states.length + 1);
	let at = 0;
	for (let i = 0; i < states.length; i++) {
		from[i] = at;
		for (const word of states[i].f.words) {
			if (!topicWord(word)) continue;
			let id = numbers.get(word);
			if (id === undefined) {
				id = numbers.size;
				numbers.set(word, id);
			}

			ids[at++] = id;
		}
	}

	from[states.length] = at;
	const distinct = numbers.size;
	const frequency = new Int32Array(distinct);
	const usedByCore = new Int32Array(distinct);
	// Block numbers plus one (0: none yet), so the arrays start right as made.
	const countedIn = new Int32Array(distinct);
	const seenIn = new Int32Array(distinct);
	for (let i = 0; i < states.length; i++) {
		if (states[i].grade !== 'good') continue;
		for (let k = from[i]; k < from[i + 1]; k++) {
			const id = ids[k];
			if (countedIn[id] === i + 1) continue;
			countedIn[id] = i + 1;
			frequency[id]++;
		}
	}

	if (core !== -1) {
		for (let k = from[core]; k < from[core + 1]; k++) usedByCore[ids[k]] = 1;
	}

	const topicProse: number[] = [];
	const topicCore: number[] = [];
	for (let i = 0; i < states.length; i++) {
		const own = states[i].grade === 'good' ? 1 : 0;
		let size = 0;
		let prose = 0;
		let inCore = 0;
		for (let k = from[i]; k < from[i + 1]; k++) {
			const id = ids[k];
			if (seenIn[id] === i + 1) continue;
			seenIn[id] = i + 1;
			size++;
			prose += frequency[id] - own > 0 ? 1 : 0;
			inCore += usedByCore[id];
		}

		topicProse.push(size === 0 ? 0 : prose / size);
		topicCore.push(i === core ? 1 : size === 0 || core === -1 ? 0 : inCore / size);
	}

	return {topicProse, topicCore};
};

/**
 * The densest run of blocks, as body text extraction finds it (Finn, Kushmerick
 * & Smyth 2001: the span that maximises text tokens inside and markup tokens
 * outside): here a prose block (grade good or near) scores its words, any other
 * block minus one and minus its words (chrome is text the page does not mean).
 * The best-scoring contiguous run, by Kadane's maximum subarray; [-1, -1] when no
 * run scores above zero. Linear.
 */
const bodyTextSpan = (states: readonly LineState[]): [number, number] => {
	let best = 0;
	let bestSpan: [number, number] = [-1, -1];
	let sum = 0;
	let start = 0;
	for (let i = 0; i < states.length; i++) {
		const {grade, f} = states[i];
		const value = grade === 'good' || grade === 'near' ? f.size : -1 - f.size;
		if (sum <= 0) {
			sum = 0;
			start = i;
		}

		sum += value;
		if (sum > best) {
			best = sum;
			bestSpan = [start, i];
		}
	}

	return bestSpan;
};

/** Adds a feature group (e.g. DOM evidence from an HTML page); its features join every vector computed afterwards. */
export const addFeatureGroup = (group: FeatureGroup): void => {
	groups.push(group);
	reasons = undefined;
};

let reasons: Array<readonly [string, BoilerplateCategory] | undefined> | undefined;

/** The names of the features, in vector order. */
export const featureNames = (): string[] => groups.flatMap((group) => [...group.names]);

/** What each feature says when it is a block's strongest evidence against it, in vector order. */
export const featureReasons = (): ReadonlyArray<readonly [string, BoilerplateCategory] | undefined> => (reasons ??= groups.flatMap((group) => [...group.against]));

/** The context the groups need, from the states after the rule passes. */
export const featureContext = (states: readonly LineState[]): FeatureContext => {
	const total = states.reduce((sum, state) => sum + state.f.plain.length, 0) || 1;
	const position: number[] = [];
	let seen = 0;
	for (const state of states) {
		position.push(seen / total);
		seen += state.f.plain.length;
	}

	const bodyBefore: number[] = [];
	const bodyAfter: number[] = Array.from({length: states.length}, () => -1);
	let last = -1;
	let bodyBlocks = 0;
	for (let i = 0; i < states.length; i++) {
		bodyBefore.push(last);
		if (states[i].final?.kind === 'body') {
			last = i;
			bodyBlocks++;
		}
	}

	let next = -1;
	for (let i = states.length - 1; i >= 0; i--) {
		bodyAfter[i] = next;
		if (states[i].final?.kind === 'body') {
			next = i;
		}
	}

	let core = -1;
	let proseTotal = 0;
	for (let i = 0; i < states.length; i++) {
		const state = states[i];
		if (state.grade === 'good') {
			proseTotal += state.f.plain.length;
			if (core === -1 || state.f.size > states[core].f.size) {
				core = i;
			}
		}
	}

	const afterEnd: boolean[] = [];
	const proseBefore: number[] = [];
	let ended = false;
	let prose = 0;
	for (const state of states) {
		afterEnd.push(ended);
		proseBefore.push(proseTotal > 0 ? prose / proseTotal : 0);
		ended ||= state.endsArticle === true;
		prose += state.grade === 'good' ? state.f.plain.length : 0;
	}

	const chromeToCore: number[] = Array.from({length: states.length}, () => 0);
	if (core !== -1) {
		for (let i = core - 1, count = 0; i >= 0; i--) {
			chromeToCore[i] = count;
			count += states[i].firm?.kind === 'boilerplate' ? 1 : 0;
		}

		for (let i = core + 1, count = 0; i < states.length; i++) {
			chromeToCore[i] = count;
			count += states[i].firm?.kind === 'boilerplate' ? 1 : 0;
		}
	}

	// Comment furniture is short: long blocks are not tested (the pattern ends the line).
	// Pushed to, not made by `map` (its array's elements kind changes as V8 optimises the caller: classify.ts, ruleStates).
	const inCommentVoice: boolean[] = [];
	for (const state of states) inCommentVoice.push(state.f.plain.length <= 120 && mayBeCommentVoice(state.f.plain) && commentVoice.test(state.f.plain));
	const commentHeadersBefore: number[] = [];
	let headers = 0;
	for (const voice of inCommentVoice) {
		commentHeadersBefore.push(headers);
		headers += voice ? 1 : 0;
	}

	const {topicProse, topicCore} = topicOverlap(states, core);
	const [spanStart, spanEnd] = bodyTextSpan(states);
	return {states, position, bodyBefore, bodyAfter, bodyBlocks, core, afterEnd, proseBefore, chromeToCore, inCommentVoice, commentHeadersBefore, topicProse, topicCore, spanStart, spanEnd, own: ownTexts(states)};
};

/** The feature vectors of all blocks, one Float64Array each (featureNames order). */
export const blockFeatureVectors = (states: readonly LineState[]): Float64Array[] => {
	const context = featureContext(states);
	return states.map((_, i) => blockFeatureVector(context, i));
};

/**
 * The feature vector of block `i` (featureNames order), from the context of its
 * page (featureContext, made once per page). The block's own rule label is read
 * when this is called: call it before a decision changes that label. `into`: a
 * vector of that size to write over (zeroed first) instead of a new one.
 */
export const blockFeatureVector = (context: FeatureContext, i: number, into?: Float64Array): Float64Array => {
	const out = into ? into.fill(0) : new Float64Array(vectorSize());
	let at = 0;
	for (const group of groups) {
		group.compute(context, i, out, at);
		at += group.names.length;
	}

	return out;
};

/**
 * blockFeatureVector of block `i` with only the groups that hold one of `columns` (vector indices) written,
 * every other feature 0, into `into` (a vector of vectorSize()). Each group writes its own features from the
 * context and the block alone, never reading another's, so those columns are what the whole vector's would be
 * at the same moment: for a caller that reads a few features of a block again (block-model.ts). O(groups).
 */
export const blockFeaturesAt = (context: FeatureContext, i: number, columns: readonly number[], into: Float64Array): Float64Array => {
	into.fill(0);
	let at = 0;
	for (const group of groups) {
		const end = at + group.names.length;
		if (columns.some((column) => column >= at && column < end)) group.compute(context, i, into, at);
		at = end;
	}

	return into;
};

/** The length of a feature vector (featureNames().length, without building the names). */
export const vectorSize = (): number => groups.reduce((sum, group) => sum + group.names.length, 0);
