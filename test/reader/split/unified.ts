import test from 'ava';
import {layoutComparison, type ScreenLine} from '../../../source/render/layout.js';
import {unifyLayout} from '../../../source/reader/split/unified.js';
import {makeComparison} from '../../helpers/comparison.js';

const textOf = (line: ScreenLine) => line.left.map(segment => segment.text).join('');
const unified = (left: string, right: string, specs: Parameters<typeof makeComparison>[2]) => {
	const comparison = makeComparison(left, right, specs);
	return unifyLayout(layoutComparison(comparison, left, right, {paneWidth: 60}), comparison).lines.map(textOf).filter(Boolean);
};

test('boilerplate lines are marked B, not - or +', t => {
	const left = 'Share this\n\nRebels seized Damascus.';
	const right = 'Follow us\n\nRebels seized Damascus.';
	const lines = unified(left, right, [
		{kind: 'boilerplate', left: 'Share this', leftParagraph: 0, category: 'share'},
		{kind: 'boilerplate', right: 'Follow us', rightParagraph: 0, category: 'share'},
		{kind: 'same', left: 'Rebels seized Damascus.', right: 'Rebels seized Damascus.', leftParagraph: 1, rightParagraph: 1},
	]);
	t.deepEqual(lines, ['B ‹share› Share this', 'B ‹share› Follow us', '  Rebels seized Damascus.']);
});

test('the same boilerplate on both sides is shown once, marked B', t => {
	const text = 'Share this\n\nRebels seized Damascus.';
	const lines = unified(text, text, [
		{kind: 'boilerplate', left: 'Share this', leftParagraph: 0, category: 'share'},
		{kind: 'boilerplate', right: 'Share this', rightParagraph: 0, category: 'share'},
		{kind: 'same', left: 'Rebels seized Damascus.', right: 'Rebels seized Damascus.', leftParagraph: 1, rightParagraph: 1},
	]);
	t.deepEqual(lines, ['B ‹share› Share this', '  Rebels seized Damascus.']);
});

test('a pair differing only trivially is shown once, as the split view counts it', t => {
	const left = 'The Mayor said "no".';
	const right = 'The mayor said "no".';
	const lines = unified(left, right, [{kind: 'changed', left, right, trivialCase: true}]);
	t.deepEqual(lines, ['  The Mayor said "no".']);
});
