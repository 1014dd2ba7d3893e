import {isDeepStrictEqual} from 'node:util';
import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import {beginsWhole, contextTop, farContext, layoutComparison, startLayout, type ScreenLine} from '../../source/render/layout.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {measureWidth} from '../../source/render/safe-text.js';
import {makeComparison, sameRows} from '../helpers/comparison.js';
import {editedPair} from '../../bench/generate-article.js';

const lineText = (segments: ScreenLine['left'], skip = ['note', 'marker']) =>
	segments
		.filter(segment => !skip.includes(segment.style))
		.map(segment => segment.text)
		.join('');
const squash = (text: string) => text.replace(/\s+/g, '');

const left = 'Rebels seized Damascus on Sunday. The president fled.\n\nRussia said it was following events. Nobody was hurt.\n\nSHARE ON FACEBOOK';
const right = 'Rebels took Damascus on Sunday. The president fled.\n\nMoscow was in contact with all factions. Russia said it was closely following events.\n\nNobody was hurt.';

const comparison = () =>
	makeComparison(left, right, [
		{kind: 'changed', left: 'Rebels seized Damascus on Sunday.', right: 'Rebels took Damascus on Sunday.', leftParagraph: 0, rightParagraph: 0},
		{kind: 'same', left: 'The president fled.', right: 'The president fled.', leftParagraph: 0, rightParagraph: 0},
		{kind: 'added', right: 'Moscow was in contact with all factions.', rightParagraph: 1},
		{kind: 'changed', left: 'Russia said it was following events.', right: 'Russia said it was closely following events.', leftParagraph: 1, rightParagraph: 1},
		{kind: 'same', left: 'Nobody was hurt.', right: 'Nobody was hurt.', leftParagraph: 1, rightParagraph: 2},
		{kind: 'boilerplate', left: 'SHARE ON FACEBOOK', category: 'share', reason: 'share links', leftParagraph: 2},
	]);

const firstLineOf = (lines: ScreenLine[], side: 'left' | 'right', needle: string) =>
	lines.findIndex(line => lineText(line[side]).includes(needle));

test('paragraphs and blocks start on the same line on both sides', t => {
	const {lines} = layoutComparison(comparison(), left, right, {paneWidth: 20});
	t.is(firstLineOf(lines, 'left', 'Rebels'), firstLineOf(lines, 'right', 'Rebels'));
	t.is(firstLineOf(lines, 'left', 'Russia'), firstLineOf(lines, 'right', 'Russia'));
	t.is(firstLineOf(lines, 'left', 'Nobody'), firstLineOf(lines, 'right', 'Nobody'));
	// The added sentence sits on the right only, with the left padded.
	const added = firstLineOf(lines, 'right', 'Moscow');
	t.true(added >= 0);
	t.is(lineText(lines[added].left), '');
	t.is(lines[added].gutter?.text, '+');
});

test('words only on one side are styled removed/added; shared words plain', t => {
	const {lines} = layoutComparison(comparison(), left, right, {paneWidth: 40});
	const leftStyles = lines.flatMap(line => line.left);
	const rightStyles = lines.flatMap(line => line.right);
	t.deepEqual(
		leftStyles.filter(segment => segment.style === 'removed').map(segment => segment.text),
		['seized'],
	);
	t.deepEqual(
		rightStyles.filter(segment => segment.style === 'added').map(segment => segment.text.trim()),
		['took', 'Moscow was in contact with all factions.', 'closely'],
	);
	t.true(leftStyles.some(segment => segment.style === 'plain' && segment.text.includes('Damascus')));
});

test('every character of each text appears exactly once', t => {
	const {lines} = layoutComparison(comparison(), left, right, {paneWidth: 17});
	t.is(squash(lines.map(line => lineText(line.left)).join('')), squash(left));
	t.is(squash(lines.map(line => lineText(line.right)).join('')), squash(right));
});

test('no line is wider than the pane, also with wide characters', t => {
	const text = '日本の新聞は本日、大きな事件を報じた。政府はコメントしていない。';
	const {lines} = layoutComparison(sameRows(text), text, text, {paneWidth: 11});
	t.true(lines.length > 3);
	for (const line of lines) {
		t.true(measureWidth(lineText(line.left, [])) <= 11);
		t.true(measureWidth(lineText(line.right, [])) <= 11);
	}
});

test('boilerplate rows are dim with their category, and can be hidden', t => {
	const shown = layoutComparison(comparison(), left, right, {paneWidth: 40});
	const row = shown.lines.find(line => lineText(line.left).includes('SHARE'))!;
	t.is(row.gutter?.text, 'B');
	t.true(row.left.some(segment => segment.style === 'note' && segment.text.includes('share')));
	t.true(row.left.some(segment => segment.style === 'boilerplate'));
	const hidden = layoutComparison(comparison(), left, right, {paneWidth: 40, hideBoilerplate: true});
	t.false(hidden.lines.some(line => lineText(line.left).includes('SHARE')));
});

test('without colors, changes are marked wdiff-style', t => {
	const {lines} = layoutComparison(comparison(), left, right, {paneWidth: 60, textMarkers: true});
	const all = lines.map(line => lineText(line.left, []) + ' | ' + lineText(line.right, [])).join('\n');
	t.true(all.includes('[-seized-]'));
	t.true(all.includes('{+took+}'));
	t.true(all.includes('{+closely+}'));
	t.true(all.includes('{+Moscow was in contact with all factions.+}'));
});

test('changes are listed in screen order with the line they start on', t => {
	const {lines, changes} = layoutComparison(comparison(), left, right, {paneWidth: 30});
	t.is(changes.length, 3);
	t.deepEqual(changes.map(change => change.row), [0, 2, 3]);
	for (const [index, change] of changes.entries()) {
		t.not(lines[change.line].gutter, null);
		t.is(lines[change.line].change, index);
	}
	t.is(lines.filter(line => line.change !== undefined).length, changes.length);
	t.true(changes[0].line < changes[1].line && changes[1].line < changes[2].line);
});

test('a moved paragraph\'s notes name its line in the other file, which the text of that file has there', t => {
	const l = 'Alpha one.\n\nBeta two.\n\nGamma three.\n';
	const r = 'Beta two.\n\nGamma three.\n\nAlpha one.\n';
	const model = makeComparison(l, r, [
		{kind: 'moved', left: 'Alpha one.', right: 'Alpha one.', movedAfter: 2},
		{kind: 'same', left: 'Beta two.', right: 'Beta two.'},
		{kind: 'same', left: 'Gamma three.', right: 'Gamma three.'},
	]);
	const texts = layoutComparison(model, l, r, {paneWidth: 40}).lines.flatMap(line => [lineText(line.left, []), lineText(line.right, [])]);
	t.true(texts.includes("moved ↓ to the right file's line 5"));
	t.true(texts.includes("moved ↑ from the left file's line 1"));
	t.is(r.split('\n')[4], 'Alpha one.');
	t.is(l.split('\n')[0], 'Alpha one.');
});

test('a moved sentence shows on both sides, each pointing at the other', t => {
	const l = 'Alpha one. Beta two. Gamma three.';
	const r = 'Beta two. Gamma three. Alpha one.';
	const model = makeComparison(l, r, [
		{kind: 'moved', left: 'Alpha one.', right: 'Alpha one.', movedAfter: 2},
		{kind: 'same', left: 'Beta two.', right: 'Beta two.'},
		{kind: 'same', left: 'Gamma three.', right: 'Gamma three.'},
	]);
	const {lines, changes} = layoutComparison(model, l, r, {paneWidth: 40});
	const leftCopy = lines.findIndex(line => lineText(line.left).includes('Alpha'));
	const rightCopy = lines.findIndex(line => lineText(line.right).includes('Alpha'));
	t.true(leftCopy < rightCopy);
	// Each note names the other copy's line in its own file (one line each here), not a screen line.
	t.true(lines[leftCopy].right.map(s => s.text).join('').includes("moved ↓ to the right file's line 1"));
	t.true(lines[rightCopy].left.map(s => s.text).join('').includes("moved ↑ from the left file's line 1"));
	t.is(changes[0].line, leftCopy);
	t.is(lines[leftCopy].gutter?.text, 'M');
	t.is(lines[rightCopy].gutter?.text, 'M');
	t.true(lines[leftCopy].left.some(segment => segment.style === 'moved'));
	t.is(squash(lines.map(line => lineText(line.right)).join('')), squash(r));
});

test('rewritten pairs are whole blocks, not word confetti', t => {
	const l = 'The ministry urged restraint from all sides.';
	const r = 'Officials called for calm.';
	const model = makeComparison(l, r, [{kind: 'changed', left: l, right: r, rewritten: true}]);
	const {lines} = layoutComparison(model, l, r, {paneWidth: 60});
	t.deepEqual(lines[0].left, [{text: l, style: 'rewritten-left'}]);
	t.deepEqual(lines[0].right, [{text: r, style: 'rewritten-right'}]);
	t.is(lines[0].gutter?.text, 'R');
});

test('trivial differences are plain unless asked for', t => {
	const l = 'Breaking News today.';
	const r = 'breaking news today.';
	const model = makeComparison(l, r, [{kind: 'same', left: l, right: r, trivialCase: true}]);
	const plain = layoutComparison(model, l, r, {paneWidth: 60});
	t.false(plain.lines[0].left.some(segment => segment.style === 'trivial'));
	const shown = layoutComparison(model, l, r, {paneWidth: 60, showTrivial: true});
	t.true(shown.lines[0].left.some(segment => segment.style === 'trivial' && segment.text.startsWith('Breaking')));
});

test('terminal controls in the text become markers', t => {
	const l = 'Hello \u001B[2Jworld.';
	const {lines} = layoutComparison(sameRows(l), l, l, {paneWidth: 60});
	const text = lines.map(line => lineText(line.left, [])).join('');
	t.false(text.includes('\u001B'));
	t.true(lines[0].left.some(segment => segment.style === 'control' && segment.text === '␛'));
});

test('line breaks between rows of one block are kept (headline lists)', t => {
	const l = 'First headline\nSecond headline\nThird headline';
	const model = makeComparison(l, l, ['First headline', 'Second headline', 'Third headline'].map(h => ({kind: 'same' as const, left: h, right: h})));
	const {lines} = layoutComparison(model, l, l, {paneWidth: 60});
	t.deepEqual(lines.map(line => lineText(line.left)), ['First headline', 'Second headline', 'Third headline']);
});

test('property: random same-text layouts keep all text and fit the pane', t => {
	fc.assert(
		fc.property(fc.array(fc.stringMatching(/^[A-Za-z漢字é]{1,12}[.!?]?$/), {minLength: 1, maxLength: 30}), fc.integer({min: 4, max: 50}), fc.boolean(), (words, width, markers) => {
			const text = words.join(' ');
			const {lines} = layoutComparison(sameRows(text), text, text, {paneWidth: width, textMarkers: markers});
			const fits = lines.every(line => measureWidth(lineText(line.left, [])) <= width && measureWidth(lineText(line.right, [])) <= width);
			return fits && squash(lines.map(line => lineText(line.left)).join('')) === squash(text);
		}),
		{numRuns: 200},
	);
	t.pass();
});

test('a 30,000-word comparison lays out in slices, each a bounded share of the work, to the same lines as in one go', t => {
	// The time it takes is a figure of npm run bench (bench/timings.ts), not asserted here.
	const sentence = 'The quick brown fox jumps over the lazy dog near the river bank today.';
	const paragraphs = Array.from({length: 300}, (_, p) => Array.from({length: 8}, (_, s) => `${sentence.replace('fox', `fox${p}x${s}`)}`).join(' '));
	const text = paragraphs.join('\n\n');
	const model = sameRows(text);
	const {lines} = layoutComparison(model, text, text, {paneWidth: 60});
	t.true(lines.length > 2000);
	// A zero budget takes one step per slice: the layout is cut into many, and grows between them.
	const job = startLayout(model, text, text, {paneWidth: 60});
	let slices = 0;
	let grew = 0;
	let shown = 0;
	let largest = 0;
	while (!job.step(0)) {
		slices++;
		const now = job.layout().lines.length;
		if (now > shown) grew++;
		largest = Math.max(largest, now - shown);
		shown = now;
	}
	t.log(`${model.rows.length} rows, ${lines.length} lines, ${slices + 1} slices`);
	t.true(slices > 50, `${slices} slices`);
	t.true(grew > 50, 'the partial layout grows slice by slice');
	t.true(largest < lines.length / 20, `at most ${largest} lines in one slice`);
	t.deepEqual(job.layout().lines, lines);
});

test('boilerplate on both sides at the same place sits side by side', t => {
	const l = 'Body.\n\nShare on Facebook';
	const r = 'Body.\n\nLeave a reply';
	const model = makeComparison(l, r, [
		{kind: 'same', left: 'Body.', right: 'Body.', leftParagraph: 0, rightParagraph: 0},
		{kind: 'boilerplate', left: 'Share on Facebook', category: 'share', leftParagraph: 1},
		{kind: 'boilerplate', right: 'Leave a reply', category: 'comments', rightParagraph: 1},
	]);
	const {lines} = layoutComparison(model, l, r, {paneWidth: 40});
	t.deepEqual(
		lines.map(line => [lineText(line.left, []), lineText(line.right, [])]),
		[
			['Body.', 'Body.'],
			['', ''],
			['‹share› Share on Facebook', '‹comments› Leave a reply'],
		],
	);
});

test('property: any mix of row kinds keeps every character once per side and fits the pane', t => {
	const sentence = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', '日本', 'délta', 'x'), {minLength: 1, maxLength: 8}).map(words => `${words.join(' ')}.`);
	const rowSpec = fc.record({
		kind: fc.constantFrom('same', 'changed', 'removed', 'added', 'boilerplate-left', 'boilerplate-right', 'rewritten'),
		left: sentence,
		right: sentence,
		paragraph: fc.boolean(),
	});
	fc.assert(
		fc.property(fc.array(rowSpec, {minLength: 1, maxLength: 25}), fc.integer({min: 6, max: 40}), fc.boolean(), fc.boolean(), (specs, width, markers, trivial) => {
			let left = '';
			let right = '';
			const rows: Parameters<typeof makeComparison>[2] = [];
			for (const spec of specs) {
				const separator = spec.paragraph ? '\n\n' : ' ';
				const hasLeft = !['added', 'boilerplate-right'].includes(spec.kind);
				const hasRight = !['removed', 'boilerplate-left'].includes(spec.kind);
				const rightText = spec.kind === 'same' ? spec.left : spec.right;
				if (hasLeft) left += (left ? separator : '') + spec.left;
				if (hasRight) right += (right ? separator : '') + rightText;
				const kind = spec.kind.startsWith('boilerplate') ? 'boilerplate' : spec.kind === 'rewritten' ? 'changed' : spec.kind;
				rows.push({kind: kind as 'same', left: hasLeft ? spec.left : undefined, right: hasRight ? rightText : undefined, rewritten: spec.kind === 'rewritten' || undefined, category: kind === 'boilerplate' ? 'share' : undefined});
			}
			const model = makeComparison(left, right, rows);
			const {lines, changes} = layoutComparison(model, left, right, {paneWidth: width, textMarkers: markers, showTrivial: trivial});
			const fits = lines.every(line => measureWidth(lineText(line.left, [])) <= width && measureWidth(lineText(line.right, [])) <= width);
			const keepsLeft = squash(lines.map(line => lineText(line.left)).join('')) === squash(left);
			const keepsRight = squash(lines.map(line => lineText(line.right)).join('')) === squash(right);
			const ordered = changes.every((change, index) => index === 0 || changes[index - 1].line <= change.line);
			return fits && keepsLeft && keepsRight && ordered && changes.length === model.changes;
		}),
		{numRuns: 300},
	);
	t.pass();
});

test('rows are joined as in the text: no space between CJK sentences', t => {
	const text = '多くの人が参加した。会議は三日間続く。';
	const model = makeComparison(text, text, [
		{kind: 'same', left: '多くの人が参加した。', right: '多くの人が参加した。'},
		{kind: 'same', left: '会議は三日間続く。', right: '会議は三日間続く。'},
	]);
	const {lines} = layoutComparison(model, text, text, {paneWidth: 24});
	t.deepEqual(lines.map(line => lineText(line.left)), ['多くの人が参加した。会議', 'は三日間続く。']);
});

test('moved rows chained after each other keep their right order; a cyclic model still shows every text', t => {
	const l = 'One a. Two b. Three c. Four d.';
	const r = 'Three c. Four d. One a. Two b.';
	const model = makeComparison(l, r, [
		{kind: 'moved', left: 'One a.', right: 'One a.', movedAfter: 3},
		{kind: 'moved', left: 'Two b.', right: 'Two b.', movedAfter: 0},
		{kind: 'same', left: 'Three c.', right: 'Three c.'},
		{kind: 'same', left: 'Four d.', right: 'Four d.'},
	]);
	const {lines} = layoutComparison(model, l, r, {paneWidth: 40});
	const right = lines.map(line => lineText(line.right)).filter(Boolean).join(' ');
	t.is(squash(right), squash(r));
	const cyclic = {...model, rows: model.rows.map((row, index) => (index === 0 ? {...row, movedAfter: 1} : row))};
	const cycled = layoutComparison(cyclic, l, r, {paneWidth: 40});
	t.is(squash(cycled.lines.map(line => lineText(line.right)).join('')).length, squash(r).length);
});

test('CRLF and CR line endings: one line per line, no stray markers', t => {
	const l = 'First headline\r\nSecond headline\rThird one\r\n\r\nBody text.';
	const model = makeComparison(l, l, [
		{kind: 'same', left: 'First headline', right: 'First headline', leftParagraph: 0, rightParagraph: 0},
		{kind: 'same', left: 'Second headline', right: 'Second headline', leftParagraph: 0, rightParagraph: 0},
		{kind: 'same', left: 'Third one', right: 'Third one', leftParagraph: 0, rightParagraph: 0},
		{kind: 'same', left: 'Body text.', right: 'Body text.', leftParagraph: 1, rightParagraph: 1},
	]);
	const {lines} = layoutComparison(model, l, l, {paneWidth: 30});
	t.deepEqual(lines.map(line => lineText(line.left)), ['First headline', 'Second headline', 'Third one', '', 'Body text.']);
	t.false(lines.some(line => line.left.some(segment => segment.style === 'control')));
});

test('ops reaching outside their row are clamped to it', t => {
	const l = 'Alpha beta. Gamma delta.';
	const model = makeComparison(l, l, [
		{kind: 'same', left: 'Alpha beta.', right: 'Alpha beta.'},
		{kind: 'same', left: 'Gamma delta.', right: 'Gamma delta.'},
	]);
	model.rows[0].ops = [{op: 'equal', left: {start: 0, end: 18}, right: {start: 0, end: 18}}];
	const {lines} = layoutComparison(model, l, l, {paneWidth: 60});
	t.is(squash(lines.map(line => lineText(line.left)).join('')), squash(l));
});

test('a row spanning a paragraph break reads as one space, not a run of spaces', t => {
	const text = '"As a result of recent negotiations between the parties in the armed conflict, he made the decision to resign and leave the country, instructing a peaceful transfer of power," the ministry said, adding that\n\nMoscow was not involved in the negotiations.';
	// The engine joins the two into one sentence (a paragraph that ends mid-sentence).
	const comparison = compareTexts(text, text);
	t.is(comparison.rows.length, 1);
	const layout = layoutComparison(comparison, text, text, {paneWidth: 200});
	const shown = layout.lines.map(line => lineText(line.left)).join('\n');
	t.true(shown.includes('adding that Moscow'), shown);
	t.false(/ {2}/.test(shown.trim()), shown);
});

test('the same boilerplate on both sides is drawn on the same lines, not as a staircase', t => {
	const text = '# A title\n\nDecember 08, 2024\n\nRebels took the city, a photo caption.\n\nRebels seized Damascus on Sunday.';
	const excluded = (needle: string) => ({span: {start: text.indexOf(needle), end: text.indexOf(needle) + needle.length}, label: 'metadata' as const});
	const exclude = [excluded('December 08, 2024'), excluded('Rebels took the city, a photo caption.')];
	const {lines} = layoutComparison(compareTexts(text, text, {exclude: {left: exclude, right: exclude}}), text, text, {paneWidth: 60});
	for (const line of lines) t.is(lineText(line.left, []), lineText(line.right, []));
});

test('a change scrolled to with context never shows the tail of the block above it (the seed corpus, every pair)', async t => {
	const {articles} = await loadCorpus([new URL('../../corpus/', import.meta.url).pathname]);
	const analysed = analyzeArticles(articles);
	let cut = 0;
	let whole = 0;
	let changeCount = 0;
	for (const a of analysed) {
		for (const b of analysed) {
			if (a === b) continue;
			const {lines, changes} = layoutComparison(compareArticles(a, b), a.text, b.text, {paneWidth: 58});
			changeCount += changes.length;
			for (const change of changes) {
				const top = contextTop(lines, change.line, 2);
				t.true(top <= change.line && top >= change.line - farContext);
				// Whole, unless nothing near is (a paragraph of long run-on sentences).
				if (!beginsWhole(lines, top)) t.is(top, change.line, `${a.name} ${b.name} line ${top}`);
				else whole++;
				// What the old rule (two lines above, whatever they were) showed.
				if (change.line >= 2 && !beginsWhole(lines, change.line - 2)) cut++;
			}
		}
	}
	t.true(cut > 0, 'the seeds have changes whose two lines above start inside a row');
	t.is(whole, changeCount, 'on the seeds, every view begins whole');
});

test('contextTop: a blank line above is context, a paragraph cut in the middle is not', t => {
	// A line of text, `continues` when it goes on with the row of the line above; `null`: blank.
	const line = (continues: boolean | null): ScreenLine =>
		continues === null ? {left: [], right: [], gutter: null, leftRow: -1, rightRow: -1} : {left: [{text: 'x', style: 'plain'}], right: [{text: 'x', style: 'plain'}], gutter: null, leftRow: 0, rightRow: 0, ...(continues ? {leftContinues: true, rightContinues: true} : {})};
	// A paragraph over three lines, a blank line, the change.
	t.is(contextTop([line(false), line(true), line(true), line(null), line(false)], 4, 2), 3);
	// A paragraph's last two lines right above the change: no context.
	t.is(contextTop([line(false), line(true), line(true), line(false)], 3, 2), 3);
	// A one-line heading, blank, the change: both shown.
	t.is(contextTop([line(false), line(null), line(false)], 2, 2), 0);
	// A change starting inside a line of its paragraph: from the paragraph's first line.
	t.is(contextTop([line(null), line(false), line(true), line(true), line(true), line(true)], 4, 2), 1);
	// One side going on with its row is enough to cut.
	t.false(beginsWhole([line(false), {...line(false), rightContinues: true}], 1));
});

test('a sentence run on inside a paragraph: ] starts the view at the nearest line that begins a sentence', t => {
	const text = (word: string) => `Intro line.\n\nRebels entered the capital early on Sunday morning. Witnesses said the streets were empty. The president ${word} the country by plane.`;
	const comparison = compareTexts(text('left'), text('fled'));
	const {lines, changes} = layoutComparison(comparison, text('left'), text('fled'), {paneWidth: 30});
	const change = changes.at(-1)!;
	// "were empty. The president left": the changed sentence starts inside a line of its paragraph.
	t.true(lines[change.line]!.leftContinues, 'the line goes on with the sentence before the change');
	t.false(beginsWhole(lines, change.line));
	t.false(beginsWhole(lines, change.line - 2), 'two lines up is the tail of the first sentence');
	// "the country by plane.": its first row differs from the line above's first, yet it is the changed sentence's tail.
	t.false(beginsWhole(lines, change.line + 1));
	const top = contextTop(lines, change.line, 2);
	t.is(top, change.line - 1);
	t.true(lineText(lines[top]!.left).startsWith('Witnesses said'));
	t.true(top >= change.line - farContext);
});

/** What a printer without colours shows of a layout: each line's two texts, left width and gutter. */
const printed = (lines: readonly ScreenLine[]) =>
	lines.map(line => ({left: line.left.map(segment => segment.text).join(''), right: line.right.map(segment => segment.text).join(''), width: line.leftWidth ?? measureWidth(line.left.map(segment => segment.text).join('')), gutter: line.gutter}));

test('property: plain lines are the full layout\'s texts, widths and gutters (random row kinds, moves, wide text, long words, line breaks)', t => {
	const word = fc.oneof({weight: 8, arbitrary: fc.constantFrom('alpha', 'beta', 'gamma', 'délta', 'x', 'a')}, {weight: 1, arbitrary: fc.constantFrom('日本', 'superlongwordthatwillnotfitonaline', 'tab\there', 'bell\u0007')});
	const sentence = fc.tuple(fc.array(word, {minLength: 1, maxLength: 9}), fc.constantFrom(' ', '  ', '\n')).map(([words, gap]) => `${words.join(gap)}.`);
	const rowSpec = fc.record({
		kind: fc.constantFrom('same', 'changed', 'removed', 'added', 'boilerplate-left', 'boilerplate-right', 'rewritten', 'moved'),
		left: sentence,
		right: sentence,
		paragraph: fc.constantFrom(' ', '\n\n', '\n'),
		after: fc.nat(30),
	});
	fc.assert(
		fc.property(fc.array(rowSpec, {minLength: 1, maxLength: 25}), fc.integer({min: 2, max: 40}), fc.boolean(), (specs, width, markers) => {
			let left = '';
			let right = '';
			const rows: Parameters<typeof makeComparison>[2] = [];
			for (const spec of specs) {
				const hasLeft = !['added', 'boilerplate-right'].includes(spec.kind);
				const hasRight = !['removed', 'boilerplate-left'].includes(spec.kind);
				const rightText = spec.kind === 'same' ? spec.left : spec.right;
				if (hasLeft) left += (left ? spec.paragraph : '') + spec.left;
				if (hasRight) right += (right ? spec.paragraph : '') + rightText;
				const kind = spec.kind.startsWith('boilerplate') ? 'boilerplate' : spec.kind === 'rewritten' ? 'changed' : spec.kind;
				rows.push({kind: kind as 'same', left: hasLeft ? spec.left : undefined, right: hasRight ? rightText : undefined, rewritten: spec.kind === 'rewritten' || undefined, category: kind === 'boilerplate' ? 'share' : undefined, movedAfter: kind === 'moved' ? (spec.after % (specs.length + 1)) - 1 : undefined});
			}
			const model = makeComparison(left, right, rows);
			const full = layoutComparison(model, left, right, {paneWidth: width, textMarkers: markers});
			const plain = layoutComparison(model, left, right, {paneWidth: width, textMarkers: markers, plain: true});
			return isDeepStrictEqual(printed(plain.lines), printed(full.lines));
		}),
		{numRuns: 400},
	);
	t.pass();
});

test('plain lines of a real 30,000-word comparison are the full layout\'s, at several widths', t => {
	const {original, edited} = editedPair();
	const comparison = compareTexts(original, edited);
	for (const paneWidth of [10, 37, 78]) {
		const options = {paneWidth, textMarkers: true};
		// A boolean, not deepEqual: a failing comparison of 3,000 lines would take AVA minutes to print.
		t.true(isDeepStrictEqual(printed(layoutComparison(comparison, original, edited, {...options, plain: true}).lines), printed(layoutComparison(comparison, original, edited, options).lines)), `pane width ${paneWidth}`);
	}
});

test('a change at the end of a row taller than a screen has its focus on the changed word\'s line', t => {
	const fox = 'the quick brown fox '.repeat(400);
	const left = `Opening line of the story.\n\n${fox}the quick brown fox\n`;
	const right = `Opening line of the story.\n\n${fox}the quick red fox\n`;
	const layout = layoutComparison(compareTexts(left, right), left, right, {paneWidth: 30});
	t.is(layout.changes.length, 1);
	const [change] = layout.changes;
	t.true(change!.focus !== undefined && change!.focus - change!.line > 10, JSON.stringify(change));
	t.true(lineText(layout.lines[change!.focus!]!.right).includes('red'), lineText(layout.lines[change!.focus!]!.right));
});

test('a quoted e-mail row read across its lines shows no quote prefix mid-sentence', t => {
	const letter = 'If you want to delight, if you want to create a remarkable experience, if you want people to talk about you, the secret is simple.';
	const quoted = '> If you want to delight, if you want to create a remarkable experience,\n> if you want people to talk about you, the secret is simple.';
	const {lines} = layoutComparison(compareTexts(letter, quoted), letter, quoted, {paneWidth: 200});
	const right = lines.map(line => lineText(line.right)).join(' ');
	t.true(right.includes('experience, if you want'), right);
	t.false(/\S\s*>\s*if/u.test(right), right);
});
