import test from 'ava';
import fc from 'fast-check';
import {measureWidth} from '../../source/render/safe-text.js';
import {lineWidthOf, wrapSegments, type Keep} from '../../source/render/wrap.js';

type Seg = {text: string; style: string};
const texts = (lines: Seg[][]) => lines.map(line => line.map(segment => segment.text).join(''));

test('wraps at spaces and keeps styles across breaks', t => {
	const lines = wrapSegments<Seg>([{text: 'the quick ', style: 'a'}, {text: 'brown fox jumps', style: 'b'}], 10);
	t.deepEqual(texts(lines), ['the quick', 'brown fox', 'jumps']);
	t.is(lines[1][0].style, 'b');
});

test('a word split across styled segments stays together', t => {
	const lines = wrapSegments<Seg>([{text: 'aaa bb', style: 'a'}, {text: 'cc', style: 'b'}], 5);
	t.deepEqual(texts(lines), ['aaa', 'bbcc']);
});

test('long words are hard-broken; wide characters are measured', t => {
	t.deepEqual(texts(wrapSegments([{text: 'abcdefghij', style: ''}], 4)), ['abcd', 'efgh', 'ij']);
	t.deepEqual(texts(wrapSegments([{text: '日本語のテキスト', style: ''}], 5)), ['日本', '語の', 'テキ', 'スト']);
});

test('newline forces a break', t => {
	t.deepEqual(texts(wrapSegments([{text: 'a\nb\n\nc', style: ''}], 10)), ['a', 'b', '', 'c']);
});

test('100,000 characters without a space are hard-broken into full lines (timed by npm run bench)', t => {
	const lines = wrapSegments([{text: 'x'.repeat(100_000), style: ''}], 37);
	t.is(lines.length, Math.ceil(100_000 / 37));
	const cjk = wrapSegments([{text: '漢'.repeat(50_000), style: ''}], 40);
	t.is(cjk.length, Math.ceil(50_000 / 20));
});

const wrapInput = fc.array(
	fc.record({text: fc.oneof(fc.string({unit: 'grapheme', maxLength: 30}), fc.constantFrom(' ', '  ', '\n', 'word', '漢字', '👍🏽')), style: fc.constantFrom('a', 'b')}),
	{maxLength: 20},
);

test('property: no line wider than the width, no non-space character lost or reordered', t => {
	fc.assert(
		fc.property(wrapInput, fc.integer({min: 2, max: 50}), (segments, width) => {
			// The wrapper takes safe text: controls other than \n were replaced before.
			const withBreaks = segments.map(segment => ({...segment, text: segment.text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, 'x')}));
			const lines = wrapSegments(withBreaks, width);
			const widthOk = lines.every(line => lineWidthOf(line) <= width);
			const squash = (text: string) => text.replace(/[\s\u200b]+/g, '');
			const before = squash(withBreaks.map(segment => segment.text).join(''));
			const after = squash(lines.map(line => line.map(segment => segment.text).join('')).join(''));
			return widthOk && before === after;
		}),
		{numRuns: 400},
	);
	t.pass();
});

test('property: every wrapped line except the last of a paragraph is reasonably full', t => {
	fc.assert(
		fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), {minLength: 1, maxLength: 40}), fc.integer({min: 10, max: 40}), (words, width) => {
			const lines = wrapSegments([{text: words.join(' '), style: ''}], width);
			// A line broke only because the next word did not fit.
			return lines.slice(0, -1).every((line, index) => {
				const next = lines[index + 1][0]?.text.split(' ')[0] ?? '';
				return lineWidthOf(line) + 1 + measureWidth(next) > width;
			});
		}),
	);
	t.pass();
});

test('a word too long for any line starts on the current line (CJK runs, URLs)', t => {
	t.deepEqual(texts(wrapSegments([{text: 'ab xxxxxxxxxx', style: ''}], 4)), ['ab x', 'xxxx', 'xxxx', 'x']);
	t.deepEqual(texts(wrapSegments([{text: 'Tokyo 東京で大きな会議', style: ''}], 10)), ['Tokyo 東京', 'で大きな会', '議']);
});

test('property: jumping over the words that fit a line gives the lines, pieces and widths of wrapping word by word', t => {
	// Mostly one-column text (the jumps' case), with runs of spaces, line feeds, wide and other break spaces between.
	const piece = fc.oneof(
		{weight: 6, arbitrary: fc.stringMatching(/^[a-z ]{0,40}$/)},
		{weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n', 'word', 'x'.repeat(60), '漢字', '\u2003', 'é-‘q’')},
	);
	const input = fc.array(fc.record({text: piece, style: fc.constantFrom('a', 'b'), row: fc.nat(3)}), {maxLength: 25});
	fc.assert(
		fc.property(input, fc.integer({min: 2, max: 50}), (segments, width) => {
			const jumpWidths: number[] = [];
			const wordWidths: number[] = [];
			const jumped = wrapSegments(segments, width, jumpWidths);
			const byWord = wrapSegments(segments, width, wordWidths, {lineJumps: false});
			t.deepEqual(jumped, byWord);
			t.deepEqual(jumpWidths, wordWidths);
		}),
		{numRuns: 600},
	);
});

type Marked = {text: string; style: string};
const keepMarked = (piece: Marked) => (piece.style === 'marker' ? (piece.text === '[-' || piece.text === '{+' ? 'open' : 'close') : undefined);
const marked = (before: string, change: string, after: string): Marked[] => [
	{text: before, style: ''},
	{text: '[-', style: 'marker'},
	{text: change, style: 'removed'},
	{text: '-]', style: 'marker'},
	{text: after, style: ''},
];

test('a change marker in a run without spaces (CJK) is never split, nor parted from the change it marks', t => {
	// The line is full one column before the marker: the marker and "8" go on together.
	t.deepEqual(texts(wrapSegments(marked('防衛費を', '8', '兆円に増やす'), 9, undefined, {keep: keepMarked})), ['防衛費を', '[-8-]兆円', 'に増やす']);
	// A long change: the opening marker keeps its first character, the closing one its last.
	t.deepEqual(texts(wrapSegments(marked('あい', 'かきくけこ', 'さ'), 8, undefined, {keep: keepMarked})), ['あい[-か', 'きくけ', 'こ-]さ']);
});

// From 6 columns: a marker, a wide character and a marker always fit a line together.
test('property: with kept markers, no line wider than the width, nothing lost, no line ending in an opening marker or starting with a closing one', t => {
	const run = fc.stringMatching(/^[あ-ん漢a-z]{0,12}$/);
	fc.assert(
		fc.property(fc.array(fc.tuple(run, fc.stringMatching(/^[あ-ん漢a-z]{1,12}$/)), {minLength: 1, maxLength: 6}), run, fc.integer({min: 6, max: 30}), (changes, tail, width) => {
			const segments = changes.flatMap(([before, change]) => marked(before, change, '').slice(0, 4)).concat({text: tail, style: ''});
			const lines = wrapSegments(segments, width, undefined, {keep: keepMarked});
			const joined = lines.map(line => line.map(piece => piece.text).join(''));
			return (
				lines.every(line => lineWidthOf(line) <= width) &&
				joined.join('') === segments.map(segment => segment.text).join('') &&
				lines.every(line => line.every(piece => piece.style !== 'marker' || piece.text.length === 2)) &&
				lines.every(line => line.at(-1)?.text !== '[-' && line[0]?.text !== '-]')
			);
		}),
		{numRuns: 300},
	);
	t.pass();
});

test('a hard-broken CJK run never starts a line with a closing mark (kinsoku): the character before goes down with it', t => {
	const lines = wrapSegments([{text: '火災が発生した。家族は無事だった。'}], 16).map(line => line.map(piece => piece.text).join(''));
	t.deepEqual(lines, ['火災が発生した。', '家族は無事だっ', 'た。']);
	t.false(lines.some(line => /^[。、]/u.test(line)), JSON.stringify(lines));
});

test('kinsoku holds with change markers in the run too: no line starts with 。', t => {
	const keep = (piece: {text: string; marker?: Keep}) => piece.marker;
	const segments = [{text: '[-', marker: 'open' as Keep}, {text: '住'}, {text: '-]', marker: 'close' as Keep}, {text: '民が避難した。警察によると原因は調査中である。'}];
	const lines = wrapSegments(segments, 50, undefined, {keep}).map(line => line.map(piece => piece.text).join(''));
	t.is(lines.join(''), segments.map(segment => segment.text).join(''));
	t.false(lines.some(line => /^[。、]/u.test(line)), JSON.stringify(lines));
});
