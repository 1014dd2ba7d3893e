import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {coverageProblems} from './coverage.js';

test('identical texts give only same rows', t => {
	const text = 'The council met on Tuesday.\n\nIt approved the budget.';
	const result = compareTexts(text, text);
	t.true(result.rows.every(row => row.kind === 'same'));
	t.is(result.relation, 'identical');
	t.deepEqual(coverageProblems(text, text, result), []);
});

test('an edited paragraph is a changed row covering both texts', t => {
	const left = 'The council met on Tuesday.\n\nIt approved the budget.';
	const right = 'The council met on Wednesday.\n\nIt approved the budget.\n\nA new paragraph.';
	const result = compareTexts(left, right);
	t.deepEqual(coverageProblems(left, right, result), []);
	t.true(result.rows.some(row => row.kind === 'changed'));
	t.true(result.rows.some(row => row.kind === 'added'));
});
