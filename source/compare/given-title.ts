import {compareTexts} from './compare.js';
import type {Dated} from './dateline.js';
import type {Comparison, Fact} from './model.js';

/** A title folded for comparing: white space collapsed, case aside. */
const fold = (title: string): string => title.replace(/\s+/gu, ' ').trim().toLowerCase();

/** A title held outside an article's text, and whether a web page holds it (its og:title, twitter:title or JSON-LD headline). */
type Held = {title: string; page: boolean};

/**
 * The title an article's source holds outside its text (a front matter's or a JSON Lines record's `title`, a web
 * page's headline metadata: Article.givenTitle), or undefined: none given, a page's `<title>` alone (titleFromTag:
 * a site's template as often as a headline), or one the text writes as a line of its own (compared there already).
 */
const heldTitle = (article: Dated & {record?: unknown; titleFromTag?: true}): Held | undefined => {
	const title = article.givenTitle;
	if (title === undefined || fold(title) === '' || article.titleFromTag) return undefined;
	const folded = fold(title);
	if (article.text.split(/\r\n?|\n/u).some(line => fold(line) === folded)) return undefined;
	return {title, page: article.dom !== undefined && article.record === undefined};
};

/** Facts of a web page's title that count: figures and dates. Its names and words may be the site's ("… | The Daily Planet"), which each copy writes its own way. */
const pageTitleKinds: ReadonlySet<Fact['kind']> = new Set(['number', 'date']);

/**
 * The facts that differ between two articles' held titles (heldTitle), when both have one and the
 * two differ: the titles compared as two one-line texts (compare.ts), each of their facts marked
 * `metadata: 'title'` at row 0; `changed` true when the titles differ in words at all. The headline
 * is what a reader reads first, though no line of the compared text holds it. Where either is a web
 * page's (og:title: "Minister quits over 12 scandals" → "over 21"), only its figures and dates count
 * (pageTitleKinds), and it changed only when one of them did. Pure.
 */
export const titleFacts = (left: Dated, right: Dated, language?: string): {facts: Fact[]; changed: boolean} => {
	const [l, r] = [heldTitle(left), heldTitle(right)];
	if (l === undefined || r === undefined || fold(l.title) === fold(r.title)) return {facts: [], changed: false};
	const comparison = compareTexts(l.title, r.title, {language, measures: false});
	const page = l.page || r.page;
	const facts = (comparison.facts ?? []).filter(fact => !page || pageTitleKinds.has(fact.kind)).map(fact => ({...fact, row: 0, metadata: 'title' as const}));
	return {facts, changed: page ? facts.length > 0 : comparison.relation !== 'identical'};
};

/**
 * A comparison with its articles' held titles compared (titleFacts): their facts first among its
 * facts; a changed title is one change, and a pair whose titles differ is no longer `identical`
 * (`verbatim`: the compared text is word for word the same); one whose headline replaces a figure or
 * date ("Bomb kills 12" → "Bomb kills 14", "… dozens") is at most `edited`, as a figure replaced in the
 * text makes it (facts.ts capByFacts; breaker12b L25). Unchanged when the titles agree.
 */
export const withTitleFacts = (comparison: Comparison, left: Dated, right: Dated, language?: string): Comparison => {
	const {facts, changed} = titleFacts(left, right, language);
	if (!changed) return comparison;
	const replaced = facts.some(fact => (fact.kind === 'number' || fact.kind === 'date') && fact.left !== null && fact.right !== null);
	const same = comparison.relation === 'identical' || comparison.relation === 'verbatim';
	return {...comparison, facts: [...facts, ...(comparison.facts ?? [])], relation: same && replaced ? 'edited' : comparison.relation === 'identical' ? 'verbatim' : comparison.relation, changes: comparison.changes + 1};
};
