import type {ArticleLabels} from '../boilerplate/label.js';
import {factsOf} from './facts.js';
import type {Comparison, Fact} from './model.js';

/** A clock time or its a.m./p.m. ("Updated 10:32 a.m."): when a page was scraped or last touched, not when the story is dated. */
const clockLike = /:|\b[ap]\.?m\b/i;

/**
 * The dates that differ between two articles' datelines — their metadata lines labelled
 * `date` (boilerplate/metadata.ts), which the comparison leaves out of the article text —
 * as `date` facts marked `metadata: 'date'`, paired in order ("2024" → "2023"). Only when
 * both articles have a dated line: a site that prints no date differs in its chrome, not in
 * the story's date. Clock times are left out (pages are updated and scraped at any hour).
 * `row` is the index in `rows` of the left dateline's boilerplate row (the right's when the
 * left has none of that date). Pure.
 */
export const datelineFacts = (left: {text: string; labels: ArticleLabels}, right: {text: string; labels: ArticleLabels}, rows: Comparison['rows']): Fact[] => {
	const datesOf = (article: {text: string; labels: ArticleLabels}) =>
		article.labels.lines
			.filter(line => line.kind === 'metadata' && line.metadata === 'date')
			.flatMap(line =>
				factsOf(article.text.slice(line.span.start, line.span.end), article.labels.language)
					.filter(found => (found.kind === 'date' || found.kind === 'number') && !clockLike.test(found.text))
					.map(found => ({text: found.text, key: found.key, at: line.span.start})),
			);
	const l = datesOf(left);
	const r = datesOf(right);
	if (l.length === 0 || r.length === 0) return [];
	const only = (a: typeof l, b: typeof l) => {
		const counts = new Map<string, number>();
		for (const item of b) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
		return a.filter(item => {
			const count = counts.get(item.key) ?? 0;
			if (count > 0) counts.set(item.key, count - 1);
			return count === 0;
		});
	};
	const onlyLeft = only(l, r);
	const onlyRight = only(r, l);
	const rowOf = (at: number, side: 'left' | 'right') => rows.findIndex(row => row.kind === 'boilerplate' && row[side]?.start === at);
	const facts: Fact[] = [];
	for (let k = 0; k < Math.max(onlyLeft.length, onlyRight.length); k++) {
		const [x, y] = [onlyLeft[k], onlyRight[k]];
		const row = x ? rowOf(x.at, 'left') : rowOf(y!.at, 'right');
		facts.push({kind: 'date', left: x?.text ?? null, right: y?.text ?? null, row: Math.max(0, row), metadata: 'date'});
	}
	return facts;
};

/**
 * A comparison with its datelines' changed dates (datelineFacts) among its facts, in row order:
 * a date a reader checks first, though the line is left out of the compared text. Such a pair
 * is no longer `identical` (its articles are word for word the same: `verbatim`), and the
 * dateline counts as one change. Unchanged when the dates agree.
 */
export const withDatelineFacts = (comparison: Comparison, left: {text: string; labels: ArticleLabels}, right: {text: string; labels: ArticleLabels}): Comparison => {
	const dated = datelineFacts(left, right, comparison.rows);
	if (dated.length === 0) return comparison;
	const facts = [...dated, ...(comparison.facts ?? [])].sort((a, b) => a.row - b.row);
	return {...comparison, facts, relation: comparison.relation === 'identical' ? 'verbatim' : comparison.relation, changes: comparison.changes + 1};
};
