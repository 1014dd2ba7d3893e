import type {LineFeatures} from './features.js';
import {firmDecision} from './firm.js';

// firmDecision answers from the block's text alone (its raw, plain and
// normalised text, and what they give: words, size, a sentence ending), and a
// site's template repeats its blocks on every page: a third of the blocks of
// 181 real page dumps are repeats, most of them the short lines on which the
// markers, menus and metadata patterns are tried. So the answers are
// remembered by block text, a bounded number at a time.

type FirmAnswer = ReturnType<typeof firmDecision>;

/** Answers by raw (trimmed) block text, with the normalised text they were made from. */
let answers = new Map<string, {norm: string; answer: FirmAnswer}>();

/**
 * Answers remembered at once; past it the memo starts again. Bounded so that a
 * huge corpus holds no more than this many remembered lines (and, through them,
 * at most this many article texts: a line may be a slice of its article).
 */
const memoLimit = 4096;

/**
 * firmDecision(f), remembered by block text: the same answer (the same decision
 * object: no pass changes a decision, they replace it) for a block whose raw and
 * normalised text are those of one answered before. O(length of the text) on a
 * repeat.
 */
export const firmDecisionOf = (f: LineFeatures): FirmAnswer => {
	const known = answers.get(f.raw);
	if (known !== undefined && known.norm === f.norm) {
		return known.answer;
	}

	const answer = firmDecision(f);
	if (answers.size >= memoLimit) {
		answers = new Map();
	}

	answers.set(f.raw, {norm: f.norm, answer});
	return answer;
};
