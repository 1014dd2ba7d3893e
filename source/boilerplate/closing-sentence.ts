import {addressesReader} from './call-to-action.js';
import type {LineFeatures} from './features.js';
import {detectLanguage} from './language.js';
import {isSentenceLike, type LineState} from './line-state.js';
import {listMark} from './lists.js';
import {voiceCounts} from './voice.js';

/** Words (from the start of the page) the language is read from, as the rule passes read it (classify.ts). */
const languageSampleWords = 400;

/** The fewest words of a closing sentence the rules left outside the article ("Decision due Thursday."). */
const minimumWords = 3;
/** A closing line is one sentence: longer, it is a paragraph the rules would have weighed as one. */
const maximumWords = 30;

/**
 * One statement: a capital first, no sentence end inside ("Cool Cat Teacher, LLC. Powered by Blogger." is
 * a footer's strip of notes), and a full stop at the end: a question or an exclamation under an article is
 * more often a headline or a prompt ("How should the team use him?", "Stay connected!"), and a line that
 * trails off ("…") a teaser.
 */
const oneStatement = /^["'“‘«(]?\p{Lu}[^.!?…]*[^.!?…\s]\.["'”’»)]*$/u;

/** Most words after the first capitalised, as a headline is written ("Star to Become a Househusband"). */
const isTitleCase = (f: LineFeatures): boolean => {
	const words = f.plain.split(/\s+/u).slice(1).filter((word) => /^\p{L}/u.test(word));
	return words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > words.length;
};

/**
 * A closing sentence the rules could not attach to the article: one full
 * statement (oneStatement; `minimumWords` to `maximumWords`, not all links,
 * not a list item, not written in title case) in the page's language (some of its words
 * are the language's stopwords, when the language has a list) and in the
 * article's voice: not addressed to the reader (call-to-action.ts) and not
 * in the first person singular unless the article's own prose (`prose`, the
 * blocks kept as body) is. Chrome written as a sentence either names itself
 * (a firm marker) or speaks to the reader ("Sign up for our alerts."); a
 * reader's comment speaks as "I".
 *
 * `states`: every block of the page (its language is read from them);
 * `prose`: the indices of the article's kept prose.
 */
export const isClosingSentence = (f: LineFeatures, states: readonly LineState[], prose: readonly number[]): boolean => {
	if (!isSentenceLike(f) || f.size < minimumWords || f.size > maximumWords || f.linkShare >= 0.5 || !oneStatement.test(f.plain) || listMark(f) !== undefined || isTitleCase(f)) {
		return false;
	}

	const hasStopwords = states.some((state) => state.f.stopwordShare > 0);
	if ((hasStopwords && f.stopwordShare === 0) || addressesReader(f)) {
		return false;
	}

	const sample: string[] = [];
	for (const state of states) {
		if (sample.length >= languageSampleWords) break;
		sample.push(...state.f.words.slice(0, languageSampleWords - sample.length));
	}

	const language = detectLanguage(sample);
	if (voiceCounts(f.words, language)[0] === 0) {
		return true;
	}

	return prose.some((i) => voiceCounts(states[i].f.words, language)[0] > 0);
};
