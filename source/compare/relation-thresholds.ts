import type {RelationThresholds} from './relation-rule.js';

/**
 * Fitted by `npm run train:relations -- --write` on the dev reuse sets
 * (COUNTER dev split, 233 pairs; Clough & Stevenson tasks a–b, 57 pairs).
 * Figures and cross-validation: README, "Relations".
 */
export const relationThresholds: RelationThresholds = {
	verbatimPhrases: 0,
	verbatimExact: 0.58,
	verbatimShare: 0.5,
	editedPhrases: 0.18,
	rewrittenPhrases: 0.03,
	rewrittenAligned: 0.12,
	relatedWords: 0.22,
	relatedVocabulary: 0.27
};
