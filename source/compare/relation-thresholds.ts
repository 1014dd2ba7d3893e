import type {RelationThresholds} from './relation-rule.js';

/**
 * Fitted by `npm run train:relations -- --write` on the dev reuse sets
 * (COUNTER dev split, 233 pairs; Clough & Stevenson tasks a–b, 57 pairs).
 * Figures and cross-validation: README, "Relations".
 */
export const relationThresholds: RelationThresholds = {
	verbatimPassages: 0.6,
	verbatimExact: 0.58,
	editedRuns: 0.2,
	editedKept: 0.24,
	rewrittenCharacters: 0.12,
	relatedVocabulary: 0.2,
	relatedContent: 0.17
};
