import type {AlignTuning} from './align.js';
import type {Span} from '../text/span.js';
import type {BoilerplateCategory, Excluded, LineKind} from '../boilerplate/label.js';

/**
 * The comparison model: the stable contract between the engine (which builds it)
 * and every renderer (terminal, JSON, reader). Pure data, serialisable as is.
 */

/** One word-level operation inside a row. Spans index the original texts. */
export type WordOp =
	| {op: 'equal'; left: Span; right: Span; /** equal after normalisation only (quotes, case, markup) */ trivial?: boolean}
	| {op: 'removed'; left: Span}
	| {op: 'added'; right: Span};

export type RowKind = 'same' | 'changed' | 'moved' | 'removed' | 'added' | 'boilerplate';

export type Row = {
	kind: RowKind;
	/** The span of the left text this row covers, or null. */
	left: Span | null;
	/** The span of the right text this row covers, or null. */
	right: Span | null;
	/** 0..1: how alike the two sides are (1 for same, 0 for one-sided rows). */
	similarity: number;
	/** Word operations covering the row's spans in order; empty for one-sided rows. */
	ops: WordOp[];
	/** A weakly similar pair: show as a rewritten block, not as word confetti. */
	rewritten?: boolean;
	/** For `moved` rows: index (in `rows`) of the row after which the right side appears in right-text order. -1 = before everything. */
	movedAfter?: number;
	/** Paragraph index of the row's left/right span in its text (for layout: a new paragraph starts a new block). */
	leftParagraph?: number;
	rightParagraph?: number;
	/** For `boilerplate` rows. */
	label?: Exclude<LineKind, 'body'>;
	category?: BoilerplateCategory;
	reason?: string;
};

export type Relation = 'identical' | 'verbatim' | 'edited' | 'rewritten' | 'related' | 'unrelated';

/** The relations from the closest copy to none at all. */
export const relationsByStrength: readonly Relation[] = ['identical', 'verbatim', 'edited', 'rewritten', 'related', 'unrelated'];

/** The closer of two relations (seen from each side of a pair, the stronger verdict is kept). */
export const strongerRelation = (a: Relation, b: Relation): Relation => (relationsByStrength.indexOf(a) <= relationsByStrength.indexOf(b) ? a : b);

/**
 * A short run of words replaced by another in paired sentences, `count` times:
 * `from` (left) and `to` (right) as the texts write them (case, signs,
 * attached units: "5%" → "−3%"); occurrences that fold to the same words are
 * counted together, shown in the form first met.
 */
export type Substitution = {from: string; to: string; count: number};

/**
 * Kinds of fact (issue #13: numbers, dates, names, quotations; then polarity and mood). `negation` is a sentence that
 * says the opposite in the same words: a negator gained or lost ("found him guilty" → "found him not guilty"), or an
 * outcome turned into its opposite ("confirmed" → "denied", "acquitted" → "convicted", "won" → "lost": polarity.ts
 * reversalFacts). One kind on purpose (review R21): a reader checks both the same way, the claim reversed, and a reversal
 * written with a negator ("did not win" / "lost") is the same change either way. `mood` is a question turned into a
 * statement or back (mood.ts). `place` is a direction that locates a place turned ("50 km north of" → "south of": directions.ts).
 */
export type FactKind = 'number' | 'date' | 'name' | 'quote' | 'negation' | 'mood' | 'place';

/** A fact that changed between the two sides of a paired row: "21" → "12", "Tuesday" → "Wednesday", a quotation altered. */
export type Fact = {
	kind: FactKind;
	/** As written on the left, or null when only the right has it. */
	left: string | null;
	right: string | null;
	/** Index (in `rows`) of the row it was found in. */
	row: number;
	/** Set when the fact is in the articles' metadata, outside the compared text: `date`, their datelines (or the dates their sources give); `title`, the titles their sources hold outside the text (front matter, JSON Lines). */
	metadata?: 'date' | 'title';
};

/** The measures a relation is decided from (see summary.ts and the README, "Relations"). */
export type RelationMeasures = {
	/** Share of each side's content (IDF-weighted words) in sentences paired with the other side. */
	aligned: {left: number; right: number};
	/** Share of each side's paired content in sentences equal after normalisation. */
	exact: {left: number; right: number};
	/** Weighted overlap of the two vocabularies (numbers aside), relative to the smaller one. */
	vocabulary: number;
	/** Share of each side's distinct content words (function and calendar words aside) found in the other: [left, right]. */
	words: [number, number];
	/**
	 * Weighted overlap of the two content vocabularies (function and calendar words aside; each word
	 * by its pairing weight, the IDF of summary.ts), relative to the smaller: `vocabulary` without the
	 * function words, which two unrelated short answers in one language share a quarter of.
	 * Absent from estimates made without sentences (groups), which read `vocabulary` for it.
	 */
	content?: number;
	/** Share of each side's distinct word 3-grams found in the other: [left, right]. */
	phrases: [number, number];
	/** Share of each side's distinct word 2-grams found in the other: [left, right]. */
	pairs: [number, number];
	/** Share of each side's distinct character 5-grams of its body words joined without spaces found in the other: [left, right]. */
	characters: [number, number];
	/** Share of each side's words in runs of at least 5 words found word for word in the other: [left, right]. */
	runs: [number, number];
	/** Share of each side's words in passages of at least 8 words found word for word in the other: [left, right]. */
	passages: [number, number];
	/** Words in such passages, counted on the side with fewer. */
	passageWords: number;
	/**
	 * Share of each side's content kept in the sentences paired with the other (the comparison's
	 * containment): [left, right]. When given, a side's shared runs count for `edited` only when
	 * this much of it is kept too: runs of common phrases spread over sentences that pair with
	 * nothing are no kept phrasing.
	 */
	kept?: [number, number];
};

export type Comparison = {
	similarity: number;
	containment: {
		/** Share of the left text's (body) content found in the right. */
		left: number;
		/** Share of the right text's (body) content found in the left. */
		right: number;
	};
	relation: Relation;
	substitutions: Substitution[];
	/** In left-text order; every non-whitespace character of each side lies in exactly one row's span on that side. */
	rows: Row[];
	/** Number of rows that count as a change (changed, moved, removed, added; trivial-only differences excluded). */
	changes: number;
	/** True when a guard (time or size) made the engine fall back to a coarser comparison somewhere. */
	degraded: boolean;
	/** Facts (numbers, dates, names, quotations) that changed between paired sentences, in row order. */
	facts?: Fact[];
	/** What the relation was decided from. */
	measures?: RelationMeasures;
	/** Both sides were entirely boilerplate: nothing of the article was left to compare, so the whole texts were. */
	nothingLeft?: true;
	/**
	 * The two sides' languages (ISO 639-1, boilerplate/language.ts), set only when both are known and differ and the relation
	 * is `related` or `unrelated`: an article and its translation share no words, and the relation, which compares words, says
	 * one of those of them (a pair that shares enough words for a copy is in one language, whatever each side's stopwords said).
	 */
	languages?: {left: string; right: string};
};

/** Something to keep out of the comparison (defined with the labels that produce it). */
export type {Excluded} from '../boilerplate/label.js';

export type CompareOptions = {
	/**
	 * ISO 639-1 code of the texts' language (boilerplate/language.ts), for their facts (compare/facts.ts:
	 * calendar words, the function words that open a sentence, nouns capitalised in German). English when unset.
	 */
	language?: string;
	/** Spans (e.g. boilerplate lines) to show as `boilerplate` rows and leave out of the comparison. */
	exclude?: {left?: Excluded[]; right?: Excluded[]};
	/**
	 * Spans labelled boilerplate by their position or shape only: compared as sentences, and
	 * shown as `boilerplate` rows unless they pair with a reworded counterpart (compare.ts settleTentative).
	 */
	tentative?: {left?: Excluded[]; right?: Excluded[]};
	/**
	 * Offsets of line starts that continue the line before: the paragraphs the
	 * labeller reflowed from hard-wrapped lines (compare-articles.ts
	 * `continuedLines`), so a wrapped copy is cut into the same sentences as an unwrapped one.
	 */
	continued?: {left?: ReadonlySet<number>; right?: ReadonlySet<number>};
	/**
	 * Overall work budget for word diffs, in cells (tokens × edit steps, see `diffCells` in
	 * word-diff.ts); past it pairs fall back to whole-sentence replacement and the comparison
	 * is `degraded`. Work, not time: the result never depends on the machine's load.
	 */
	diffBudget?: number;
	/** The aligner's constants (align.ts `alignTuning` when absent); set only by scripts/fit-alignment.ts. */
	alignTuning?: AlignTuning;
	/** Run every pass of the aligner even for texts with nothing in common (unrelated.ts); only tests set it, to check the early exit changes nothing. */
	fullAlignment?: boolean;
	/**
	 * false: leave `measures` out of the comparison, and make only the measures the relation's
	 * ladder reads (relation-rule.ts: a `verbatim` or `edited` pair never reads the character,
	 * phrase, pair or vocabulary measures). The relation is the same either way; for callers
	 * that print no measures (`diff`, a listing's verdicts). Default true.
	 */
	measures?: boolean;
};
