import {readdirSync, readFileSync} from 'node:fs';
import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {coverageProblems} from '../../source/compare/invariants.js';

// The seed corpus: what a careful reader would say about each copy of 000.
const directory = new URL('../../corpus/', import.meta.url);
const seed = (prefix: string) => readFileSync(new URL(readdirSync(directory).find(name => name.startsWith(prefix))!, directory), 'utf8');
const original = seed('000_');

const expectations: Array<[string, string[]]> = [
	['002_', ['verbatim', 'edited']], // a later version: one added lead clause, typographic quotes, page chrome
	['001_', ['edited', 'rewritten']], // spun copy
	['003_', ['rewritten', 'related']], // summary rewrite: the same source reworded and cut (issue 13: rewritten is the relation's definition)
	['004_', ['rewritten', 'related']], // machine-translated re-report
];

for (const [prefix, relations] of expectations) {
	test(`000 vs ${prefix}: ${relations.join(' or ')}`, t => {
		const other = seed(prefix);
		const result = compareTexts(original, other);
		t.deepEqual(coverageProblems(original, other, result), []);
		t.true(relations.includes(result.relation), result.relation);
		const mirrored = compareTexts(other, original);
		t.is(mirrored.relation, result.relation);
	});
}

test('000 vs 001: the spun words are listed as substitutions', t => {
	const result = compareTexts(original, seed('001_'));
	const subs = result.substitutions.map(s => `${s.from}→${s.to}`);
	t.true(subs.includes('seized→taken'), subs.join(', '));
	t.true(subs.includes('swift→rapid'), subs.join(', '));
});

test('000 vs 002: the sentence split across two paragraphs pairs with the joined one', t => {
	const other = seed('002_');
	const result = compareTexts(original, other);
	const row = result.rows.find(row => row.left && original.slice(row.left.start, row.left.end).includes('adding that'))!;
	t.true(original.slice(row.left!.start, row.left!.end).endsWith('Moscow was not involved in the negotiations.'));
	t.truthy(row.right);
});

test('000 vs 001: the sentence the copy drops ("Kremlin spokesman…") stays removed; one shared word does not join it to the pair before it against the lengths', t => {
	const other = seed('001_');
	const result = compareTexts(original, other);
	const rowOf = (start: string) => result.rows.find(row => row.left && original.slice(row.left.start, row.left.end).includes(start));
	const kremlin = rowOf('Kremlin spokesman Dmitry Peskov');
	t.is(kremlin?.kind, 'removed');
	const russia = rowOf('Russia also said that it');
	t.truthy(russia?.right);
	t.true(other.slice(russia!.right!.start, russia!.right!.end).startsWith('Russia also said'), other.slice(russia!.right!.start, russia!.right!.end));
});
