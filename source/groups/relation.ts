// The relation of a copy to its original, estimated from fingerprints (cheap
// enough for every article of a large corpus) in the comparison engine's words
// and by its rules (source/compare/summary.ts), with the engine's sentence
// measures estimated from word and phrase overlap.
import type {Relation} from '../compare/model.js';
import {relationOfMeasures} from '../compare/relation-rule.js';
import {relationThresholds} from '../compare/relation-thresholds.js';
import type {GroupMember} from './member.js';
import {containment, intersectionSize, weightedMultisetDice} from './overlap.js';

export type RelationEstimate = {relation: Relation; similarity: number};

/** Words in a news sentence, typically (for the share of sentences kept exactly). */
const typicalSentenceWords = 20;

/** similarity: word overlap (multiset Dice over the kept words, each word weighted as the engine weighs it), close to the engine's IDF-weighted share of words kept. */
export function estimateRelation(copy: GroupMember, original: GroupMember): RelationEstimate {
	// The same text with another title or date given beside it (a record's `title`, a page's og:title): diff reports
	// them changed (given-title.ts, dateline.ts), the words the same: verbatim.
	const sameGiven = copy.givenKey === original.givenKey;
	if (copy.textHash === original.textHash) return {relation: sameGiven ? 'identical' : 'verbatim', similarity: 1};
	// The same kept text, boilerplate and spacing aside: the engine finds no change rows.
	if (copy.keptHash === original.keptHash) return {relation: sameGiven ? 'identical' : 'verbatim', similarity: 1};
	// The same words in the same order, with case or punctuation changed.
	if (copy.print.tokenCount > 0 && copy.print.sequenceHash === original.print.sequenceHash && copy.print.tokenCount === original.print.tokenCount) {
		return {relation: 'verbatim', similarity: 1};
	}

	const similarity = round(weightedMultisetDice(copy.bag, original.bag, typicalSentenceWords));
	const sharedWords = intersectionSize(copy.bag, original.bag);
	const sharedPhrases = intersectionSize(copy.print.shingles, original.print.shingles);
	// The engine's own rule (relation-rule.ts) on the measures estimated from the fingerprints:
	// 3-word shingles are the engine's phrases; the share of sentences kept whole is estimated
	// from the phrase share (a sentence is kept when all its phrases are).
	const phrases: [number, number] = [containment(copy.print.shingles, original.print.shingles, sharedPhrases), containment(original.print.shingles, copy.print.shingles, sharedPhrases)];
	const words: [number, number] = [share(sharedWords, copy.bag.length), share(sharedWords, original.bag.length)];
	const exact = (phraseShare: number, wordShare: number) => (wordShare > 0 ? Math.min(1, phraseShare / wordShare) ** (typicalSentenceWords / 2) : 0);
	// Runs and passages (word positions covered by shared runs of 5 and 8 words) are
	// estimated by the shared 3-word phrases; word pairs by phrases^(2/3) (words kept
	// independently with chance s keep pairs with chance s² and phrases with s³); character
	// 5-grams by phrases^(1/2) (one spans one word or two: chance between s and s²).
	const passageWords = Math.round(Math.min(phrases[0] * copy.print.tokenCount, phrases[1] * original.print.tokenCount));
	const relation = relationOfMeasures(
		{
			aligned: {left: words[0], right: words[1]},
			exact: {left: exact(phrases[0], words[0]), right: exact(phrases[1], words[1])},
			vocabulary: Math.max(...words),
			words,
			phrases,
			pairs: [phrases[0] ** (2 / 3), phrases[1] ** (2 / 3)],
			characters: [phrases[0] ** (1 / 2), phrases[1] ** (1 / 2)],
			runs: phrases,
			passages: phrases,
			passageWords,
		},
		relationThresholds,
	);
	// The engine's cap (compare/facts.ts capByFacts): a copy that replaces a figure, a date or a name is at most edited.
	const copyFigures = copy.figures ?? noFigures;
	const originalFigures = original.figures ?? noFigures;
	const sharedFigures = intersectionSize(copyFigures, originalFigures);
	// A date or a name replaced caps it too (capByFacts): each side holds one the other lacks.
	const copyFacts = copy.facts ?? noFigures;
	const originalFacts = original.facts ?? noFigures;
	const sharedFacts = intersectionSize(copyFacts, originalFacts);
	const replacedFigure = (sharedFigures < copyFigures.length && sharedFigures < originalFigures.length) || (sharedFacts < copyFacts.length && sharedFacts < originalFacts.length);
	return {relation: replacedFigure && relation === 'verbatim' ? 'edited' : relation, similarity};
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const round = (value: number): number => Math.round(value * 1000) / 1000;

const noFigures = new Uint32Array(0);
