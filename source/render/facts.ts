import type {Fact} from '../compare/model.js';

/** A changed fact as a reader scans it: "21 → 12", "Tuesday → Wednesday", "quote altered", "Acme removed". */
export const factPhrase = (fact: Fact): string => {
	if (fact.kind === 'quote') return fact.left && fact.right ? `quote altered: “${fact.left}” → “${fact.right}”` : fact.left ? `quote removed: “${fact.left}”` : `quote added: “${fact.right}”`;
	if (fact.kind === 'negation' || fact.kind === 'mood') return `“${fact.left ?? ''}” → “${fact.right ?? ''}”`;
	if (fact.left && fact.right) return `${fact.left} → ${fact.right}`;
	return fact.left ? `${fact.left} removed` : `${fact.right} added`;
};

/**
 * The summary line of changed facts (first in `copydesk diff`'s summary), or none: every fact unless
 * `limit` is given (a saved report that leaves one out hides a changed fact; the line is wrapped).
 */
export const factLines = (facts: readonly Fact[] = [], limit = Number.POSITIVE_INFINITY): string[] => {
	if (facts.length === 0) return [];
	const shown = facts.slice(0, limit).map(fact => `${factPhrase(fact)} (${fact.metadata === 'date' ? 'dateline' : fact.metadata === 'title' ? `title, ${fact.kind}` : fact.kind})`);
	const more = facts.length - shown.length;
	return [`facts changed: ${shown.join(', ')}${more > 0 ? `, … ${more} more` : ''}`];
};
