import type {BoilerplateCategory, LineKind, MetadataKind} from './label.js';
import type {LineFeatures} from './features.js';
import {scriptSentenceEnds} from '../text/sentences.js';

// The classifier's working state for one line, shared by its passes
// (classify.ts runs them in order), and the small predicates they share.

export type Grade = 'good' | 'near' | 'short' | 'bad';

export type Decision = {
	kind: LineKind;
	category?: BoilerplateCategory;
	metadata?: MetadataKind;
	reason?: string;
};

export type LineState = {
	f: LineFeatures;
	/** A firm label from the line itself (markers, metadata, lists). */
	firm?: Decision;
	/** Chrome that ends the article (comment form, comment counter). */
	endsArticle?: boolean;
	grade: Grade;
	/** Corpus or sibling evidence that the line is chrome. */
	repeated?: Decision;
	/** In how many different stories of the corpus, and of the article's own site, the block occurs (1: only here). */
	stories?: number;
	siteStories?: number;
	final?: Decision;
};

/** A boilerplate decision of `category`, with the reason shown in the gutter and in `strip --json`. */
export const boiler = (category: BoilerplateCategory, reason: string): Decision => ({kind: 'boilerplate', category, reason});

/** An anchor of a body run: prose, or short prose that ends like a sentence. */
export const isAnchor = (state: LineState): boolean => state.grade === 'good' || (state.grade === 'near' && state.f.terminal);

/** A short line that still reads as a sentence ("AFP contributed reporting.", "Thanks."): it ends like one and is not all capitals. */
export const isSentenceLike = (f: LineFeatures): boolean => f.terminal && f.size >= 1 && /\p{Ll}|\p{Lo}/u.test(f.plain);

/** A full stop (any script's: scriptSentenceEnds), a colon, comma or dash at the end: no title ends so. */
const titleEnd = new RegExp(`[.:;,．：；，、\\-–—${scriptSentenceEnds}]$`, 'u');

/** A line that may be the article's title: a heading, or a short line that does not end with a full stop. */
export const isTitleLike = (f: LineFeatures): boolean =>
	f.heading || (f.size >= 2 && f.size <= 30 && f.plain.length <= 250 && !titleEnd.test(f.plain.replace(/["'»”’」』)\]*_]+$/u, '')));

/** Prose that is more than a headline: long, or several sentences. */
export const isStrongProse = (f: LineFeatures): boolean => f.size >= 15 || f.plain.length >= 100;

/** How repetition.ts ends the reason of a line it found in another story of the article's own site (block-model.ts keeps that label). */
export const siteTemplateReason = 'stories of the site';

/**
 * Whether the rules put a block in the site's template: prose shared with another story of the
 * same site and outside the article's own text (repetition.ts). Two pieces of evidence: the fitted
 * decision leaves that label as it is (block-model.ts), and its second stage reads such a block as
 * the chrome it is (block-context.ts).
 */
export const isSiteTemplate = (label: LineState['final']): boolean => label?.kind === 'boilerplate' && label.category === 'template' && label.reason?.endsWith(siteTemplateReason) === true;
