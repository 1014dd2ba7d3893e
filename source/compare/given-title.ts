import {compareTexts} from './compare.js';
import type {Dated} from './dateline.js';
import type {Comparison, Fact} from './model.js';

/** A title folded for comparing: white space collapsed, case aside. */
const fold = (title: string): string => title.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The title an article's source holds outside its text (a front matter's or a JSON Lines record's
 * `title`: Article.givenTitle), or undefined: none given, a web page's (its `<title>` or og:title, a
 * site's chrome beside the headline its text carries), or one the text writes as a line of its own
 * (compared there already).
 */
const heldTitle = (article: Dated & {record?: unknown}): string | undefined => {
	const title = article.givenTitle;
	if (title === undefined || fold(title) === '' || (article.dom !== undefined && article.record === undefined)) return undefined;
	const folded = fold(title);
	return article.text.split(/\r\n?|\n/u).some(line => fold(line) === folded) ? undefined : title;
};

/**
 * The facts that differ between two articles' held titles (heldTitle), when both have one and the
 * two differ: the titles compared as two one-line texts (compare.ts), each of their facts marked
 * `metadata: 'title'` at row 0; `changed` true when the titles differ in words at all. The headline
 * is what a reader reads first, though no line of the compared text holds it. Pure.
 */
export const titleFacts = (left: Dated, right: Dated, language?: string): {facts: Fact[]; changed: boolean} => {
	const [l, r] = [heldTitle(left), heldTitle(right)];
	if (l === undefined || r === undefined || fold(l) === fold(r)) return {facts: [], changed: false};
	const comparison = compareTexts(l, r, {language, measures: false});
	return {facts: (comparison.facts ?? []).map(fact => ({...fact, row: 0, metadata: 'title' as const})), changed: comparison.relation !== 'identical'};
};

/**
 * A comparison with its articles' held titles compared (titleFacts): their facts first among its
 * facts; a changed title is one change, and a pair whose titles differ is no longer `identical`
 * (`verbatim`: the compared text is word for word the same). Unchanged when the titles agree.
 */
export const withTitleFacts = (comparison: Comparison, left: Dated, right: Dated, language?: string): Comparison => {
	const {facts, changed} = titleFacts(left, right, language);
	if (!changed) return comparison;
	return {...comparison, facts: [...facts, ...(comparison.facts ?? [])], relation: comparison.relation === 'identical' ? 'verbatim' : comparison.relation, changes: comparison.changes + 1};
};
