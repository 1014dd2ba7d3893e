import type {Relation, RelationMeasures} from './model.js';

/**
 * The relation of two texts from their measures (see model.ts, RelationMeasures),
 * as a ladder of thresholds, each seen from the side that shares more unless said:
 * - verbatim  — shared passages word for word, even when one side adds text:
 *               the passages (runs of 8 or more words found word for word in the
 *               other) make at least verbatimMinWords words (a passage, not a stray
 *               sentence), and either ≥ verbatimWhole (set, below) of one side's words lie in them
 *               (nearly all of it, however its sentences were cut and joined: an
 *               answer spliced from its source's sentences), or ≥ verbatimPassages of
 *               one side's words do and ≥ verbatimExact of the paired content is in
 *               sentences equal word for word, or ≥ verbatimQuoted of one side's words do
 *               and every paired sentence is equal word for word (none reworded: whole
 *               sentences quoted, as a digest quotes two sentences of each story);
 * - edited    — most phrasing kept: ≥ editedRuns of one side's words lie in runs of
 *               5 or more words found in the other, and (when `kept` is measured) ≥ editedKept
 *               of that side's content is kept in its paired sentences: shared text, not
 *               common phrases scattered over sentences that pair with nothing (a similarity
 *               of 0.04 is never `edited`);
 * - rewritten — same source, reworded: each side shares ≥ rewrittenCharacters of its
 *               character 5-grams (body words joined without spaces, so word pairs and
 *               word stems kept count however the writer spaced them) with the other
 *               (the smaller share counts, so a long story written independently around
 *               a few common phrases is not), and the pair has the evidence of `related` below (a reworded copy
 *               is on the same subject: two unrelated short reports sharing "…on Monday
 *               night, the police said" share 14% of their 5-grams and no subject);
 * - related   — same event or subject, written independently: IDF-weighted vocabulary
 *               overlap ≥ relatedVocabulary and the same overlap of the content words alone
 *               ≥ relatedContent (both: two unrelated short answers in one language share a
 *               quarter of their weighted vocabulary through function words, and two agency
 *               stories of one country a sixth of their content words through its news words);
 * - unrelated — otherwise.
 * The thresholds are fitted on real graded pairs by scripts/train-relations.ts.
 */
export type RelationThresholds = {
	verbatimPassages: number;
	verbatimExact: number;
	editedRuns: number;
	editedKept: number;
	rewrittenCharacters: number;
	relatedVocabulary: number;
	relatedContent: number;
};

/**
 * The fewest words the shared passages must have for verbatim: one typical
 * news sentence (about 20 words). With `verbatimPassages` (a share of one
 * side) it keeps two pages that share only a consent notice or a byline from
 * being called verbatim copies.
 */
export const verbatimMinWords = 20;

/**
 * The share of one side's words in passages at which it is verbatim whatever its
 * sentences (no exact share needed): all of it but a stray word or two, as an
 * answer or excerpt spliced from pieces of its source's sentences (Clough &
 * Stevenson's 'cut' answers). Set, not fitted: on the dev reuse sets every value
 * from 0.94 to 1 scores the same, and a light edit replacing two words of a
 * 170-word copy (0.98 of each side in passages) must stay `edited`.
 */
export const verbatimWhole = 0.99;

/**
 * The share of one side's words in passages at which it is verbatim when every paired sentence
 * is equal word for word (exact 1 on both sides): sentences quoted whole and none reworded, as a
 * round-up quotes two sentences of a six-sentence story. Set, not fitted: a third of one side, so
 * that two stories sharing only a two-sentence notice (a fifth of each) stay apart, and checked on
 * the dev reuse sets (README, "Relations").
 */
export const verbatimQuoted = 1 / 3;

/** The relation the ladder above gives for a pair's measures (each 0..1); pure, never throws. */
export const relationOfMeasures = (measures: RelationMeasures, thresholds: RelationThresholds): Relation => {
	const most = (pair: [number, number]) => Math.max(pair[0], pair[1]);
	const exact = Math.max(measures.exact.left, measures.exact.right);
	const passages = most(measures.passages);
	const quotedWhole = Math.min(measures.exact.left, measures.exact.right) >= 1 && passages >= verbatimQuoted;
	if (measures.passageWords >= verbatimMinWords && (passages >= verbatimWhole || quotedWhole || (passages >= thresholds.verbatimPassages && exact >= thresholds.verbatimExact))) return 'verbatim';
	const kept = measures.kept ?? [1, 1];
	if ((measures.runs[0] >= thresholds.editedRuns && kept[0] >= thresholds.editedKept) || (measures.runs[1] >= thresholds.editedRuns && kept[1] >= thresholds.editedKept)) return 'edited';
	// Shared runs with nothing kept around them are common phrases ("on 12 March 2024, the police
	// said"): no evidence of a shared source either, so not rewritten; at most related.
	const phrasesOnly = most(measures.runs) >= thresholds.editedRuns;
	// Same source reworded is the same subject too: without the evidence of `related` (shared
	// vocabulary, content words included), shared characters are common phrases of unrelated stories.
	const sameSubject = measures.vocabulary >= thresholds.relatedVocabulary && (measures.content ?? measures.vocabulary) >= thresholds.relatedContent;
	if (!phrasesOnly && sameSubject && Math.min(...measures.characters) >= thresholds.rewrittenCharacters) return 'rewritten';
	if (sameSubject) return 'related';
	return 'unrelated';
};
