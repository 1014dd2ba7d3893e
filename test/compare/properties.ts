import {readFileSync} from 'node:fs';
import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import {coverageProblems, opProblems} from '../../source/compare/invariants.js';
import type {Comparison, Excluded} from '../../source/compare/model.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/compare/${name}`, import.meta.url), 'utf8');

// Inputs: arbitrary Unicode, Markdown-ish news fragments, and mutated articles.
const pieces = ['The', 'council', 'voted', 'Mr.', 'U.S.', 'Dec.', '8', 'B.', 'said', '“', '”', '"', "'", '’', '.', ',', '!', '?', '…', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r',
	'**', '*', '_', '# ', '> ', '- ', '[', '](https://x.example)', '<https://y.example>', '—', 'ｆｕｌｌ', 'É', 'e\u0301', '中国政府', '。', 'Москва', 'заявила', '\u0007', '\u001b[31m', '\uFEFF', '\uD83D\uDE00', '\uD800', 'ﬁ', 'İ', '½', '㍿', '\u0301'];
const markdownish = fc.array(fc.constantFrom(...pieces), {maxLength: 120}).map(parts => parts.join(''));
const unicode = fc.string({unit: 'binary', maxLength: 200});
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);
const article = fc.constantFrom(fixture('ferry-original.md'), fixture('ferry-spun.md'), fixture('ru-original.txt'), fixture('zh-original.txt'));
const mutated = fc
	.tuple(article, fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'word', 'join', 'break'), fc.nat(), fc.nat()), {maxLength: 8}))
	.map(([text, edits]) => {
		const sentences = sentencesOf(text);
		for (const [edit, a, b] of edits) {
			if (sentences.length < 2) break;
			const i = a % sentences.length;
			const j = b % sentences.length;
			if (edit === 'delete') sentences.splice(i, 1);
			else if (edit === 'duplicate') sentences.splice(j, 0, sentences[i]);
			else if (edit === 'swap') [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
			else if (edit === 'word') sentences[i] = sentences[i].replace(/\p{L}+/u, 'replaced');
			else if (edit === 'join') sentences[i] += ` ${sentences[j]}`;
			else sentences[i] = sentences[i].replace(' ', '\n\n');
		}
		return sentences.join(' ');
	});
const text = fc.oneof(unicode, markdownish, mutated);
const pair = fc.oneof(fc.tuple(text, text), article.chain(a => fc.tuple(fc.constant(a), mutated)));
const exclusions = (length: number) =>
	fc.array(
		fc.record({start: fc.nat({max: length + 2}), size: fc.nat({max: 40})}).map(({start, size}): Excluded => ({span: {start, end: start + size}, label: 'boilerplate', category: 'template'})),
		{maxLength: 4},
	);

const pairsOf = (comparison: Comparison, mirror = false) =>
	comparison.rows
		.filter(row => row.left && row.right)
		.map(row => {
			const [a, b] = mirror ? [row.right!, row.left!] : [row.left!, row.right!];
			return `${a.start}-${a.end}|${b.start}-${b.end}`;
		})
		.sort();

test('coverage: every non-whitespace character of each side lies in exactly one row', t => {
	fc.assert(
		fc.property(pair, ([left, right]) => {
			const result = compareTexts(left, right);
			const problems = [...coverageProblems(left, right, result), ...opProblems(result)];
			if (problems.length) throw new Error(problems.join('; '));
		}),
		{numRuns: runs},
	);
	t.pass();
});

test('coverage holds with arbitrary (overlapping, out-of-range) exclusions', t => {
	fc.assert(
		fc.property(
			pair.chain(([left, right]) => fc.tuple(fc.constant(left), fc.constant(right), exclusions(left.length), exclusions(right.length))),
			([left, right, excludeLeft, excludeRight]) => {
				const result = compareTexts(left, right, {exclude: {left: excludeLeft, right: excludeRight}});
				const problems = [...coverageProblems(left, right, result), ...opProblems(result)];
				if (problems.length) throw new Error(problems.join('; '));
			},
		),
		{numRuns: runs},
	);
	t.pass();
});

test('identical inputs give only same rows and relation identical', t => {
	fc.assert(
		fc.property(text, value => {
			const result = compareTexts(value, value);
			if (!result.rows.every(row => row.kind === 'same')) throw new Error(`kinds ${result.rows.map(row => row.kind).join(' ')}`);
			if (result.relation !== 'identical' || result.changes !== 0) throw new Error(result.relation);
		}),
		{numRuns: runs},
	);
	t.pass();
});

test('swapping the inputs mirrors the result', t => {
	fc.assert(
		fc.property(pair, ([left, right]) => {
			const ab = compareTexts(left, right);
			const ba = compareTexts(right, left);
			if (ab.relation !== ba.relation) throw new Error(`${ab.relation} vs ${ba.relation}`);
			if (ab.similarity !== ba.similarity) throw new Error(`similarity ${ab.similarity} vs ${ba.similarity}`);
			if (ab.containment.left !== ba.containment.right || ab.containment.right !== ba.containment.left) throw new Error('containment');
			if (JSON.stringify(pairsOf(ab)) !== JSON.stringify(pairsOf(ba, true))) throw new Error('pairs differ');
			if (ab.changes !== ba.changes) throw new Error('changes');
		}),
		{numRuns: runs},
	);
	t.pass();
});

test('swapping the inputs mirrors the result when the work budget runs out part way', t => {
	// The budget is counted in work, in the canonical order: it trips at the same pair both ways.
	let tripped = 0;
	fc.assert(
		fc.property(pair, fc.integer({min: 0, max: 2000}), ([left, right], diffBudget) => {
			const ab = compareTexts(left, right, {diffBudget});
			const ba = compareTexts(right, left, {diffBudget});
			if (ab.degraded) tripped++;
			if (ab.degraded !== ba.degraded) throw new Error(`degraded ${ab.degraded} vs ${ba.degraded}`);
			if (ab.relation !== ba.relation) throw new Error(`${ab.relation} vs ${ba.relation}`);
			if (ab.similarity !== ba.similarity) throw new Error(`similarity ${ab.similarity} vs ${ba.similarity}`);
			if (JSON.stringify(pairsOf(ab)) !== JSON.stringify(pairsOf(ba, true))) throw new Error('pairs differ');
			const rewritten = (comparison: Comparison, mirror = false) => pairsOf({...comparison, rows: comparison.rows.filter(row => row.rewritten)}, mirror);
			if (JSON.stringify(rewritten(ab)) !== JSON.stringify(rewritten(ba, true))) throw new Error('rewritten rows differ');
			if (ab.changes !== ba.changes) throw new Error('changes');
		}),
		{numRuns: runs},
	);
	t.true(tripped > 0, 'some budgets ran out');
});

test('deterministic', t => {
	fc.assert(
		fc.property(pair, ([left, right]) => {
			const once = JSON.stringify(compareTexts(left, right));
			if (once !== JSON.stringify(compareTexts(left, right))) throw new Error('two runs differ');
		}),
		{numRuns: Math.max(10, runs / 4)},
	);
	t.pass();
});
