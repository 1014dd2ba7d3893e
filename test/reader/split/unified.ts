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

test('unchanged sentences whose lines break apart on the two sides (a re-wrapped copy) are shown once, never as added', t => {
	const left = 'He did not even throw a punch. Yes. This is an excellent idea.\n\nNext paragraph.';
	const right = 'He did not even throw a punch.\nYes. This is an excellent idea.\n\nNext paragraph.';
	const paragraphs = [['He did not even throw a punch.', 'Yes.', 'This is an excellent idea.'], ['Next paragraph.']];
	const lines = unified(left, right, paragraphs.flatMap((sentences, paragraph) => sentences.map(sentence => ({kind: 'same' as const, left: sentence, right: sentence, leftParagraph: paragraph, rightParagraph: paragraph}))));
	t.deepEqual(lines, ['  He did not even throw a punch. Yes. This is an excellent', '  idea.', '  Next paragraph.']);
});
