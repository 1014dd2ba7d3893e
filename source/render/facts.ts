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
 * `limit` is given (a saved report that leaves one out hides a changed fact; the line is wrapped). A fact
 * that reads the same in several sentences ("PageRank removed" from three) is shown once with its count,
 * "×3", where it first stands, as the substitutions line counts (breaker16 B12).
 */
export const factLines = (facts: readonly Fact[] = [], limit = Number.POSITIVE_INFINITY): string[] => {
	if (facts.length === 0) return [];
	const counts = new Map<string, number>();
	for (const fact of facts.slice(0, limit)) {
		const phrase = `${factPhrase(fact)} (${fact.metadata === 'date' ? 'dateline' : fact.metadata === 'title' ? `title, ${fact.kind}` : fact.kind})`;
		counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
	}
	const shown = [...counts].map(([phrase, count]) => (count > 1 ? `${phrase} ×${count}` : phrase));
	const more = facts.length - Math.min(facts.length, limit);
	return [`facts changed: ${shown.join(', ')}${more > 0 ? `, … ${more} more` : ''}`];
};
