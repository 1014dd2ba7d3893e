import test from 'ava';
import type {ArticleLabels, LineKind} from '../../source/boilerplate/label.js';
import {compareArticles, type ComparedArticle} from '../../source/compare/compare-articles.js';
import {pairExclusions} from '../../source/compare/pair-exclusion.js';

/** An article whose lines carry the given labels, one per line. */
const article = (lines: ReadonlyArray<[string, LineKind]>): ComparedArticle => {
	let start = 0;
	const labels: ArticleLabels = {lines: [], language: 'en', meta: {}, boilerplateShare: 0};
	for (const [index, [text, kind]] of lines.entries()) {
		labels.lines.push({n: index + 1, span: {start, end: start + text.length}, kind, ...(kind === 'boilerplate' ? {category: 'navigation' as const, reason: 'test'} : {})});
		start += text.length + 1;
	}

	return {text: lines.map(([text]) => text).join('\n'), labels};
};

const body = 'The council voted on Tuesday to close the old bridge for repairs.';
const last = 'The letter sent by an alliance of chefs to the Prime Minister';
const extra = 'An extra paragraph appended to the copy, with several words in it.';

test('a line that is boilerplate on one side and body on the other is compared on both', t => {
	const left = article([[body, 'body'], [last, 'boilerplate']]);
	const right = article([[body, 'body'], [last, 'body'], [extra, 'body']]);
	const excluded = pairExclusions(left, right);
	t.deepEqual(excluded.left, []);
	const comparison = compareArticles(left, right);
	t.is(comparison.changes, 1);
});

test('boilerplate found on neither side as body stays left out', t => {
	const left = article([[body, 'body'], ['Share this', 'boilerplate']]);
	const right = article([[body, 'body'], ['Share this', 'boilerplate'], ['Back to top', 'boilerplate']]);
	const excluded = pairExclusions(left, right);
	t.is(excluded.left.length, 1);
	t.is(excluded.right.length, 2);
	t.is(compareArticles(left, right).changes, 0);
});
