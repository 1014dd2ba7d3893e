// The layout computed in slices (the reader) is the layout computed at once
// (`copydesk diff`), and what a slice shows is the start of it.
import test from 'ava';
import {editArticle, generateArticle, render} from '../../bench/generate-article.js';
import {compareTexts} from '../../source/compare/compare.js';
import {layoutComparison, startLayout} from '../../source/render/layout.js';
import {measureWidth} from '../../source/render/safe-text.js';

const original = generateArticle(7, 3000);
const left = render(original);
const right = render(editArticle(original, 8));
const comparison = compareTexts(left, right);

test('the fixture has moved rows (notes beside them) and enough rows for many slices', t => {
	t.true(comparison.rows.some(row => row.kind === 'moved'));
	t.true(comparison.rows.length > 150);
});

for (const options of [{paneWidth: 40}, {paneWidth: 73, textMarkers: true, showTrivial: true}, {paneWidth: 30, hideBoilerplate: true}]) {
	test(`sliced as finely as it goes, the same layout as at once (${JSON.stringify(options)})`, t => {
		const whole = layoutComparison(comparison, left, right, options);
		const job = startLayout(comparison, left, right, options);
		const seen: number[] = [];
		let steps = 0;
		let previous = job.layout();
		while (!job.step(0)) {
			steps++;
			const partial = job.layout();
			seen.push(job.progress());
			// Between steps the same object, so memoised consumers do not redraw for nothing.
			t.is(job.layout(), partial);
			if (partial !== previous) t.true(partial.lines.length >= previous.lines.length);
			previous = partial;
		}
		t.true(steps > 4);
		t.true(job.done());
		t.is(job.progress(), 1);
		t.deepEqual(seen, [...seen].sort((a, b) => a - b), 'progress only grows');
		t.deepEqual(job.layout(), whole);
	});
}

test('lines shown during the pass are the final lines, moved-row notes included, but for change numbers', t => {
	const whole = layoutComparison(comparison, left, right, {paneWidth: 50});
	const job = startLayout(comparison, left, right, {paneWidth: 50});
	for (let step = 0; step < 3; step++) job.step(0);
	const partial = job.layout();
	t.true(partial.lines.length > 0 && partial.lines.length < whole.lines.length);
	const strip = ({change: _change, ...line}: (typeof whole.lines)[number]) => line;
	t.deepEqual(partial.lines.map(strip), whole.lines.slice(0, partial.lines.length).map(strip));
	// The notes name file lines, known before the layout ends.
	t.true(whole.lines.some(line => [...line.left, ...line.right].some(segment => / file's line \d+$/.test(segment.text))));
});

test('every line carries its left width as wrapping measured it, so printers pad without measuring again', t => {
	for (const paneWidth of [40, 73, 12]) {
		const {lines} = layoutComparison(comparison, left, right, {paneWidth});
		for (const line of lines) t.is(line.leftWidth, line.left.reduce((sum, segment) => sum + measureWidth(segment.text), 0));
	}
});
