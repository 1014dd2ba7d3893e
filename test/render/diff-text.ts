// `copydesk diff`'s side-by-side text without colors is built as plain strings
// (no segment arrays, no escape pass): it must be what the styled printer gives
// with no looks at all, byte for byte, on every line.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {editedPair} from '../../bench/generate-article.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import type {AnalyzedArticle, Article} from '../../source/corpus/article.js';
import {toAnsi} from '../../source/render/ansi.js';
import {diffText} from '../../source/render/diff-text.js';
import {layoutComparison} from '../../source/render/layout.js';
import {plainLooks} from '../../source/render/palette.js';
import {measureWidth} from '../../source/render/safe-text.js';
import {gutterWidth, paneWidthFor} from '../../source/render/split-text.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
const noLooks = Object.fromEntries(Object.keys(plainLooks).map(style => [style, {}])) as typeof plainLooks;

/** The body lines as the printer made them before: segments padded, then toAnsi with no looks. */
const styledBody = (left: AnalyzedArticle, right: AnalyzedArticle, width: number): string[] => {
	const comparison = compareArticles(left, right);
	const paneWidth = paneWidthFor(width);
	return layoutComparison(comparison, left.text, right.text, {paneWidth, textMarkers: true}).lines.map(line => {
		const used = line.leftWidth ?? measureWidth(line.left.map(segment => segment.text).join(''));
		const padded = used >= paneWidth ? [...line.left] : [...line.left, {text: ' '.repeat(paneWidth - used), style: 'plain' as const}];
		const gutter = line.gutter ? {text: ` ${line.gutter.text} `, style: line.gutter.style} : {text: ' '.repeat(gutterWidth), style: 'plain' as const};
		return toAnsi([...padded, gutter, ...line.right], noLooks).trimEnd();
	});
};

const source = (name: string, text: string): Article => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});

const pairs = (): Array<[string, string]> => {
	const seeds = readdirSync(corpus).filter(name => name.endsWith('.txt')).sort().map(name => readFileSync(path.join(corpus, name), 'utf8'));
	const {original, edited} = editedPair();
	// A few thousand words of the bench's pair: moved paragraphs, rewritten rows, wrapped lines.
	return [[seeds[0]!, seeds[1]!], [seeds[2]!, seeds[3]!], [seeds[3]!, seeds[4]!], [original.slice(0, 20_000), edited.slice(0, 20_000)], ['Tab\there and \u001b[31m escape.\n', 'Tab here and escape.\n']];
};

test('side by side without colors is the styled printer\'s output with no looks, line for line', t => {
	for (const [a, b] of pairs()) {
		const [left, right] = analyzeArticles([source('a.txt', a), source('b.txt', b)]) as [AnalyzedArticle, AnalyzedArticle];
		for (const width of [160, 72, 20]) {
			const lines = diffText(left, right, compareArticles(left, right), {width, color: false}).split('\n');
			const body = styledBody(left, right, width);
			// Two header lines and a rule, then the body.
			t.deepEqual(lines.slice(3, 3 + body.length), body);
			t.true(lines.every(line => !line.includes('\u001b')));
		}
	}
});

test('without colors, a Japanese change keeps its markers whole on one line ([-8-], never "[-8-" then "]")', t => {
	const a = '政府は来年度の予算案で防衛費を8兆円に増やす方針を固めた。関係者によると、財務省と防衛省の協議は週末まで続く見通しだ。\n';
	const b = '政府は来年度の予算案で防衛費を9兆円に増やす方針を固めた。関係者によると、財務省と防衛省の協議は来週まで続く見通しだ。\n';
	const [left, right] = analyzeArticles([source('a.txt', a), source('b.txt', b)]) as [AnalyzedArticle, AnalyzedArticle];
	for (const width of [72, 60, 50, 41]) {
		const text = diffText(left, right, compareArticles(left, right), {width, color: false});
		t.true(text.includes('[-8-]'), `width ${width}`);
		t.true(text.includes('{+9+}'), `width ${width}`);
		for (const line of text.split('\n')) t.false(/(\[-|\{\+)\s*$|^\s*(-\]|\+\})/.test(line), `width ${width}: ${line}`);
	}
});

test('the summary says a substituted figure is the same value written differently where no fact changed, and not where one did (breaker16 B4)', async t => {
	const {compareTexts} = await import('../../source/compare/compare.js');
	const {summaryLines} = await import('../../source/render/diff-text.js');
	const text = (season: string, goals: string) => `The season ${season} was the best for the club, officials said at the meeting. The striker scored ${goals} goals in the league and the cup.`;
	const same = summaryLines(compareTexts(text('2023-24', '30'), text('2023-2024', '30')));
	t.true(same.includes('substitutions: 24 → 2024 (same value, written differently)'), same.join('\n'));
	const changed = summaryLines(compareTexts(text('2023-24', '30'), text('2023-24', '31')));
	t.true(changed.includes('substitutions: 30 → 31'), changed.join('\n'));
	const train = (time: string) => `The first train left at ${time} from the central station, officials said. The striker scored 30 goals in the league and the cup.`;
	const half = summaryLines(compareTexts(train('7:20 a.m.'), train('7:20 AM')));
	t.true(half.includes('substitutions: a.m → AM (same value, written differently)'), half.join('\n'));
	t.false(summaryLines(compareTexts(train('7:20 a.m.'), train('7:20 PM'))).some(line => line.includes('same value')));
	// A changed figure inside a word: the fact is "5 → 4", the substitution "5G → 4G" (breaker17b L7).
	const network = (g: string) => `The airline said on Tuesday that the ${g} network covers most routes. The company expects demand to grow next year.`;
	const generation = summaryLines(compareTexts(network('5G'), network('4G')));
	t.true(generation.some(line => line.startsWith('substitutions: 5G → 4G')), generation.join('\n'));
	t.false(generation.some(line => line.includes('same value')), generation.join('\n'));
	// Figures said in another order with their words: no fact, and no value written differently either (fresh user K2).
	const blast = summaryLines(compareTexts('Officials said 12 people were hurt and 3 killed in the blast.', 'Officials said 3 people were killed and 12 hurt in the blast.'));
	t.false(blast.some(line => line.includes('same value')), blast.join('\n'));
});
