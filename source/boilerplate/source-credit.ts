import type {LineState} from './line-state.js';

// A wire story re-posted by a site or a press office ends by naming where it came
// from: "Source: Reuters", "Quelle: dpa", "Fuente: EFE", "Source: https://…". The
// markers read such a line alone as a scraper's header ("Source:" over a saved page)
// or a photo credit, chrome; under the article's last paragraph it is the article's
// attribution, and a changed source (another agency, a look-alike address) is a change
// the comparison must see (breaker13 M29).

/** A credit line: a source label, a colon, then a name or an address of at most creditWords words. */
const creditPattern = /^(?:sources?|quellen?|fuentes?|fonte|źródło|источник|credits?|crédito|via)\s*:\s*\S/iu;
/** Words of a credit line, at most: a longer line is a sentence or a list of links. */
const creditWords = 12;
/** Blocks between the article's last kept paragraph and the credit, at most (a share line, a tag line). */
const creditGap = 2;

/**
 * Marks as body a source credit (creditPattern) that the rules or the decision left out as chrome, where it closes
 * the article: below the last block kept as body, at most creditGap blocks under it, with no kept block after it.
 * `states` changed in place.
 */
export const markSourceCredits = (states: LineState[]): void => {
	const lastBody = states.findLastIndex((state) => state.final?.kind === 'body');
	if (lastBody < 0) return;
	for (let i = lastBody + 1; i < states.length && i <= lastBody + 1 + creditGap; i++) {
		const state = states[i];
		if (state.final?.kind !== 'boilerplate' && state.final?.kind !== 'metadata') continue;
		if (state.final.category === 'repeated-title' || state.f.size > creditWords || !creditPattern.test(state.f.plain)) continue;
		state.final = {kind: 'body'};
		return;
	}
};
