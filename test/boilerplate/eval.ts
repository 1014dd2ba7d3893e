// Quality floor on the labelled fixtures (npm run eval:boilerplate prints the details).
import test from 'ava';
import {evaluate, loadLabelledFixtures, parseLabelled, score} from '../../bench/eval-boilerplate.js';

test('the fixture parser derives raw text and gold labels', t => {
	const fixture = parseLabelled('x', 'T|Title\n\nB|Body line.\nX:navigation|-\nM:date|May 1, 2025\n');
	t.is(fixture.text, 'Title\n\nBody line.\n-\nMay 1, 2025');
	t.deepEqual([...fixture.gold], [[1, 'title'], [3, 'body'], [4, 'boilerplate:navigation'], [5, 'metadata:date']]);
	t.throws(() => parseLabelled('y', 'no tag here\n'));
});

test('at least 40 fixtures; no article line lost; removal F1 and label F1 above the floor', t => {
	const fixtures = loadLabelledFixtures();
	t.true(fixtures.length >= 40);
	const {main, holdout} = evaluate(fixtures);
	const all = score([...main, ...holdout]);
	const f1 = ({tp, fp, fn}: {tp: number; fp: number; fn: number}) => (2 * tp) / (2 * tp + fp + fn);
	t.true(all.articleLinesLost / all.articleLines <= 0.01, `${all.articleLinesLost} article lines lost`);
	t.true(f1(all.removal) >= 0.95, `removal F1 ${f1(all.removal)}`);
	t.true(f1(all.overall) >= 0.9, `label F1 ${f1(all.overall)}`);
});
