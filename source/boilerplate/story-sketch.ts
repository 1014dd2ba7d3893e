import {fnv1a32} from '../text/hash.js';
import {keyHashOfNormalized} from '../text/line-key.js';
import {splitLines} from '../text/lines.js';
import {normalizeForMatch} from '../text/normalize.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {wordsOf} from '../text/words.js';
import {endTest} from '../text/end-class.js';

// A bottom-k sketch of an article's prose (word 3-grams of its sentence-like
// lines) to tell copies of one story from different stories of one site:
// site template is mostly short lines, so it barely enters the sketch, and
// two different stories share almost no 3-grams of prose.
//
// Some sites' template is prose too (sponsor blurbs, "featured post" teasers,
// a sign-up pitch): two different posts of such a site share half their prose
// and would pass for one story. So each sketch entry remembers its line, and
// the sketch the distinct prose lines of its article: two articles are one
// story only if what each says *beyond the lines they share* is one story too
// (sameStory). The lines two pages of one site share are the site's; a copy's
// own text is either nothing (it is the other's story, with more or less
// around it) or an edit of the other's.

/** Sketch size: the Jaccard estimate's standard error is about sqrt(J(1-J)/k). */
const sketchSize = 64;
/** Above this estimated prose resemblance, two articles tell the same story. */
export const sameStoryResemblance = 0.25;
/**
 * Prose lines whose keys a sketch keeps (the smallest tags): a news page has tens. Past it,
 * a line is taken as shared when its tag is above the kept ones (the safe side: one story).
 */
const lineTagLimit = 512;

/**
 * An article's prose sketch, one flat array (so corpus evidence packs and sends it as is):
 * `[n, site, hash_1..hash_n, tag_1..tag_n, lineTag...]` — the n (≤ 64) smallest distinct 3-gram
 * hashes in increasing order, the tag (line key, low 32 bits) of the line each came from, then
 * the sorted distinct tags of all its prose lines (at most lineTagLimit); `site` is a hash of
 * its site (site-evidence.ts siteKey; 0 when unknown). Empty: no prose.
 */
export type StorySketch = Uint32Array;

/** Number of 3-gram hashes in a sketch (0 when it has no prose). */
export const sketchEntries = (sketch: StorySketch): number => (sketch.length === 0 ? 0 : sketch[0]);

/** The tag of a line key (keyHashOfNormalized, 53 bits): its low 32 bits. */
export const lineTag = (key: number): number => key >>> 0;

/** Lines that read as prose: long enough, ending like a sentence (any script). */
// The pattern `[.!?…${scriptSentenceEnds}]["'»”’)\\]*_\\s]*$`, read from the end (text/end-class.ts).
const sentenceEnd = {test: endTest(`.!?…${scriptSentenceEnds}`, `"'»”’)\\]*_\\s`)};

/** A cheap pre-test on the line alone: only such lines can be prose, so only they need tokenising. */
export const mayBeProse = (line: string): boolean => line.length >= 100 || sentenceEnd.test(line);

/** A line of prose: `words` (its lower-cased words) at least 25, or at least 8 ending like a sentence. */
export const isProseLine = (words: readonly string[], line: string): boolean =>
	mayBeProse(line) && (words.length >= 25 || (words.length >= 8 && sentenceEnd.test(line)));

/**
 * The sketch (StorySketch) of an article's prose lines, each given as its words, with `keys[i]`
 * the line key (keyHashOfNormalized of its normalised text) of line i.
 */
export const storySketch = (proseLines: ReadonlyArray<readonly string[]>, keys: ArrayLike<number>, site?: string): StorySketch => {
	// The smallest distinct hashes, kept sorted with their lines' tags; most shingles fail the first comparison.
	const bottom: number[] = [];
	const tags: number[] = [];
	const lineTags = new Set<number>();
	for (const [line, words] of proseLines.entries()) {
		const tag = lineTag(keys[line] ?? 0);
		lineTags.add(tag);
		// The three words' hashes roll along the line (no array of them per line).
		let first = words.length > 2 ? fnv1a32(words[0]) : 0;
		let second = words.length > 2 ? fnv1a32(words[1]) : 0;
		for (let i = 2; i < words.length; i++) {
			const third = fnv1a32(words[i]);
			const hash = (Math.imul(first, 0x9E3779B1) ^ Math.imul(second, 0x85EBCA77) ^ third) >>> 0;
			first = second;
			second = third;
			if (bottom.length === sketchSize && hash >= bottom[sketchSize - 1]) {
				continue;
			}

			let at = bottom.length;
			while (at > 0 && bottom[at - 1] > hash) {
				at--;
			}

			if (bottom[at - 1] === hash) {
				continue;
			}

			// Inserted at `at` by moving the larger ones up (splice would make an array of the removed ones each time); a full sketch drops its largest.
			let k = bottom.length === sketchSize ? sketchSize - 1 : bottom.length;
			for (; k > at; k--) {
				bottom[k] = bottom[k - 1];
				tags[k] = tags[k - 1];
			}

			bottom[at] = hash;
			tags[at] = tag;
		}
	}

	if (bottom.length === 0) {
		return new Uint32Array(0);
	}

	const sortedTags = [...lineTags].sort((x, y) => x - y).slice(0, lineTagLimit);
	return Uint32Array.from([bottom.length, site === undefined ? 0 : fnv1a32(site), ...bottom, ...tags, ...sortedTags]);
};

/** Sketch of a raw text's prose lines; `site`: its siteKey, when known. */
export const textSketch = (text: string, site?: string): StorySketch => {
	const prose: string[][] = [];
	const keys: number[] = [];
	for (const {start, end} of splitLines(text)) {
		const line = text.slice(start, end);
		const words = wordsOf(line);
		if (isProseLine(words, line.trim())) {
			prose.push(words);
			keys.push(keyHashOfNormalized(normalizeForMatch(line)));
		}
	}

	return storySketch(prose, keys, site);
};

/** No hash bound: every hash of a sketch that holds fewer than sketchSize is below it. */
const unbounded = 2 ** 32;

/** Hashes up to this bound are all in the sketch: it holds every 3-gram below it. */
const coverOf = (sketch: StorySketch): number => (sketch[0] === sketchSize ? sketch[1 + sketchSize] : unbounded);

/**
 * Estimated Jaccard resemblance of the entries of a and b that `keepA` and `keepB` keep (by
 * index: entry i is kept when keepA[i] is 1; undefined keeps every entry): the bottom-k of the
 * union, up to the smaller of the two covers (a subset of a bottom-k sample is a bottom sample
 * of the subset, up to the sample's own bound). Masks, not predicates: the merge below is the
 * repetition pass's inner loop, and a call per entry through a closure was most of its time.
 */
const resemblanceOf = (a: StorySketch, b: StorySketch, keepA?: Uint8Array, keepB?: Uint8Array): number => {
	const na = sketchEntries(a);
	const nb = sketchEntries(b);
	const cover = Math.min(coverOf(a), coverOf(b));
	let i = 0;
	let j = 0;
	let taken = 0;
	let shared = 0;
	if (keepA) while (i < na && keepA[i] === 0) i++;
	if (keepB) while (j < nb && keepB[j] === 0) j++;
	while (taken < sketchSize && (i < na || j < nb)) {
		const x = i < na ? a[2 + i] : unbounded;
		const y = j < nb ? b[2 + j] : unbounded;
		if (Math.min(x, y) > cover) {
			break;
		}

		if (x <= y) {
			shared += x === y ? 1 : 0;
			i++;
			if (keepA) while (i < na && keepA[i] === 0) i++;
		}

		if (y <= x) {
			j++;
			if (keepB) while (j < nb && keepB[j] === 0) j++;
		}

		taken++;
	}

	return taken === 0 ? 0 : shared / taken;
};

/** Estimated Jaccard resemblance of two sketches' prose (bottom-k of the union); 0 when either is empty. */
export const resemblance = (a: StorySketch, b: StorySketch): number => {
	if (sketchEntries(a) === 0 || sketchEntries(b) === 0) {
		return 0;
	}

	return resemblanceOf(a, b);
};

/**
 * Share of a sketch's entries at or above which its article has a text of its own beside the
 * lines it shares with another: a story of its own, or an edit of the other's. Below it, its
 * prose is the other's (a copy with a line or two changed or added).
 */
export const ownTextShare = 0.2;
/** ...and at least this many entries (fewer is too small a sample to tell anything). */
const ownTextEntries = 8;
/**
 * Resemblance of the two articles' own texts (the lines they do not share) below which they
 * are different stories: an edit keeps most of a sentence's 3-grams, a different story none.
 */
export const ownTextResemblance = 0.1;

/** Whether the line of entry i of `sketch` (its tag) is one of `other`'s prose lines. */
const lineIn = (sketch: StorySketch, i: number, other: StorySketch): boolean => {
	const tag = sketch[2 + sketchEntries(sketch) + i];
	const from = 2 + 2 * sketchEntries(other);
	let low = from;
	let high = other.length - 1;
	if (other.length - from === lineTagLimit && tag > other[high]) {
		return true;
	}

	while (low <= high) {
		const middle = (low + high) >>> 1;
		if (other[middle] === tag) {
			return true;
		}

		if (other[middle] < tag) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}

	return false;
};

/** Per entry of `sketch`: 1 when its line is not one of `other`'s prose lines (the article's own text), else 0. */
const ownEntries = (sketch: StorySketch, other: StorySketch): Uint8Array => {
	const own = new Uint8Array(sketchEntries(sketch));
	for (let i = 0; i < own.length; i++) own[i] = lineIn(sketch, i, other) ? 0 : 1;
	return own;
};

/** Whether a sketch's own entries (ownEntries) are a text of its own: at least ownTextEntries, and ownTextShare of its entries. */
const hasOwnText = (sketch: StorySketch, own: Uint8Array): boolean => {
	let count = 0;
	for (let i = 0; i < own.length; i++) count += own[i];
	return count >= ownTextEntries && count >= ownTextShare * sketchEntries(sketch);
};

/**
 * Whether two articles tell one story: their prose resembles (sameStoryResemblance), and, for
 * two pages of one site, unless one of them has no text of its own beside the lines they share
 * (ownTextShare), their own texts resemble too (ownTextResemblance) — otherwise the lines they
 * share are their site's template (two posts of one blog with the same sidebar of sponsor
 * blurbs), not a story. Pages of two sites share no template: what they share is a story
 * (a copy with its own site's blurbs around it). Two texts without prose are one story.
 * Pure; symmetric; linear in the sketches.
 */
export const sameStory = (a: StorySketch, b: StorySketch): boolean => {
	// Two texts without prose (a headline, a line of a list): nothing tells their stories apart,
	// and losing a text is worse than keeping a menu: one story.
	if (sketchEntries(a) === 0 && sketchEntries(b) === 0) {
		return true;
	}

	if (resemblance(a, b) < sameStoryResemblance) {
		return false;
	}

	if (a[1] !== b[1]) {
		return true;
	}

	const ownA = ownEntries(a, b);
	const ownB = ownEntries(b, a);
	if (!hasOwnText(a, ownA) || !hasOwnText(b, ownB)) {
		return true;
	}

	return resemblanceOf(a, b, ownA, ownB) >= ownTextResemblance;
};
