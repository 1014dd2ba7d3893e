import {fnv1a32} from '../text/hash.js';
import {splitLines} from '../text/lines.js';
import {wordsOf} from '../text/words.js';

// A bottom-k sketch of an article's prose (word 3-grams of its sentence-like
// lines) to tell copies of one story from different stories of one site:
// site template is mostly short lines, so it barely enters the sketch, and
// two different stories share almost no 3-grams of prose.

/** Sketch size: the Jaccard estimate's standard error is about sqrt(J(1-J)/k). */
const sketchSize = 64;
/** Above this estimated prose resemblance, two articles tell the same story. */
export const sameStoryResemblance = 0.25;

export type StorySketch = Uint32Array;

/** Lines that read as prose: long enough, ending like a sentence (any script). */
const sentenceEnd = /[.!?…。！？؟।]["'»”’)\]*_\s]*$/u;

/** A cheap pre-test on the line alone: only such lines can be prose, so only they need tokenising. */
export const mayBeProse = (line: string): boolean => line.length >= 100 || sentenceEnd.test(line);

/** A line of prose: `words` (its lower-cased words) at least 25, or at least 8 ending like a sentence. */
export const isProseLine = (words: readonly string[], line: string): boolean =>
	mayBeProse(line) && (words.length >= 25 || (words.length >= 8 && sentenceEnd.test(line)));

/** The bottom-k sketch (sketchSize smallest distinct hashes, sorted) of the word 3-grams of an article's prose lines, each given as its words. */
export const storySketch = (proseLines: Iterable<readonly string[]>): StorySketch => {
	// The smallest distinct hashes, kept sorted; most shingles fail the first comparison.
	const bottom: number[] = [];
	for (const words of proseLines) {
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

			bottom.splice(at, 0, hash);
			if (bottom.length > sketchSize) {
				bottom.pop();
			}
		}
	}

	return Uint32Array.from(bottom);
};

/** Sketch of a raw text's prose lines. */
export const textSketch = (text: string): StorySketch => {
	const prose: string[][] = [];
	for (const {start, end} of splitLines(text)) {
		const line = text.slice(start, end);
		const words = wordsOf(line);
		if (isProseLine(words, line.trim())) {
			prose.push(words);
		}
	}

	return storySketch(prose);
};

/** Estimated Jaccard resemblance of two sketches (bottom-k of the union); 0 when either is empty. */
export const resemblance = (a: StorySketch, b: StorySketch): number => {
	if (a.length === 0 || b.length === 0) {
		return 0;
	}

	let i = 0;
	let j = 0;
	let taken = 0;
	let shared = 0;
	while (taken < sketchSize && (i < a.length || j < b.length)) {
		if (j >= b.length || (i < a.length && a[i] < b[j])) {
			i++;
		} else if (i >= a.length || b[j] < a[i]) {
			j++;
		} else {
			shared++;
			i++;
			j++;
		}

		taken++;
	}

	return shared / taken;
};
