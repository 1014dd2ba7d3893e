import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {diffTokens, equalTokens} from '../../source/compare/word-diff.js';
import type {Weights} from '../../source/compare/weights.js';
import {runOf, Vocabulary} from '../../source/compare/tokens.js';

const diff = (left: string, right: string, maxEdits = 100) => {
	const vocabulary = new Vocabulary();
	const leftRun = runOf(left, vocabulary);
	const rightRun = runOf(right, vocabulary);
	const weights = {weight: new Float64Array(vocabulary.size).fill(1)} as unknown as Weights;
	return diffTokens(leftRun, rightRun, vocabulary, weights, maxEdits);
};

test('word ops cover both sides in order and find short replacements', t => {
	const left = 'Rebels seized Damascus in a swift offensive.';
	const right = 'Rebels took Damascus in a rapid offensive.';
	const result = diff(left, right);
	t.false(result.same);
	t.deepEqual(result.replacements, [
		{from: 'seized', to: 'took', fromText: 'seized', toText: 'took'},
		{from: 'swift', to: 'rapid', fromText: 'swift', toText: 'rapid'},
	]);
	const shown = result.ops.map(op => (op.op === 'equal' ? left.slice(op.left.start, op.left.end) : op.op === 'removed' ? `-${left.slice(op.left.start, op.left.end)}` : `+${right.slice(op.right.start, op.right.end)}`));
	t.deepEqual(shown, ['Rebels', '-seized', '+took', 'Damascus', 'in', 'a', '-swift', '+rapid', 'offensive', '.']);
	t.is(result.wordSimilarity, 10 / 14);
});

test('replacements keep the written forms: case, a sign or currency before a number, a unit after it', t => {
	const forms = (left: string, right: string) => diff(left, right).replacements.map(r => `${r.fromText} → ${r.toText}`);
	t.deepEqual(forms('Growth was 5% in Baath lands.', "Growth was −3% in ba'ath lands."), ['5% → −3%', "Baath → ba'ath"]);
	t.deepEqual(forms('It cost $5 a share.', 'It cost €7 a share.'), ['$5 → €7']);
	t.deepEqual(forms('It was -4 °C and 20° at noon.', 'It was -6 °C and 25° at noon.'), ['-4 → -6', '20° → 25°']);
	// A hyphen inside a range or a compound is no sign.
	t.deepEqual(forms('The 2019-20 season.', 'The 2019-21 season.'), ['20 → 21']);
	t.deepEqual(forms('A well-known man.', 'A well-liked man.'), ['known → liked']);
});

test('typography and markup differences are equal ops marked trivial', t => {
	const left = 'It said "closely following" the **events**.';
	const right = 'It said “closely following” the events.';
	const result = diff(left, right);
	t.true(result.same);
	t.deepEqual(
		result.ops.filter(op => op.op === 'equal' && op.trivial).map(op => (op.op === 'equal' ? left.slice(op.left.start, op.left.end) : '')),
		['"', '"', '**events**'],
	);
});

test('a zero budget gives up with whole-block ops', t => {
	const left = 'One two three.';
	const right = 'One four three.';
	const result = diff(left, right, 0);
	t.true(result.gaveUp);
	t.deepEqual(result.ops.map(op => op.op), ['removed', 'added']);
});

test('byte-identical sentences are one equal op', t => {
	const text = 'Same words here.';
	const vocabulary = new Vocabulary();
	const result = equalTokens(runOf(text, vocabulary), runOf(text, vocabulary), 3, 3);
	t.deepEqual(result.ops, [{op: 'equal', left: {start: 0, end: text.length}, right: {start: 0, end: text.length}}]);
});

test('a Markdown link pointed at another address is a change, its words the same; a link dropped or retitled is markup (breaker10 H30)', t => {
	const lead = 'The company said that it would cut jobs at its plant in Leeds, where it employs hundreds of workers.';
	const text = `${lead}\n\nAccording to a [WHO report](https://www.who.int/report-2024), cases rose sharply last year.\n`;
	const moved = compareTexts(text, text.replace('https://www.who.int/report-2024', 'https://who-int.example.ru/report-2024'));
	t.is(moved.changes, 1);
	t.not(moved.relation, 'identical');
	t.deepEqual(moved.rows.map(row => row.kind), ['same', 'changed']);
	// Mirrored, and through the word diff of a pair that differs elsewhere too.
	t.is(compareTexts(text.replace('https://www.who.int/report-2024', 'https://who-int.example.ru/report-2024'), text).changes, 1);
	const both = compareTexts(text, text.replace('https://www.who.int/report-2024', 'https://who-int.example.ru/report-2024').replace('sharply', 'steeply'));
	t.true(both.rows[1]!.ops.some(op => op.op === 'removed' && text.slice(op.left.start, op.left.end).includes('who.int')));
	for (const same of [text.replace('[WHO report](https://www.who.int/report-2024)', 'WHO report'), text.replace('(https://www.who.int/report-2024)', '(https://www.who.int/report-2024 "The report")')]) {
		t.is(compareTexts(text, same).relation, 'identical', same);
	}
});

test('a word broken by a hyphen at a line end is the word: a trivial equal, no substitution, no change', t => {
	const left = 'It killed 12 work-\ners and took fire-\nfighters four hours.';
	const right = 'It killed 12 workers and took firefighters four hours.';
	const result = diff(left, right);
	t.true(result.same);
	t.deepEqual(result.replacements, []);
	t.is(result.wordSimilarity, 1);
	const trivial = result.ops.filter(op => op.op === 'equal' && op.trivial).map(op => (op.op === 'equal' ? `${left.slice(op.left.start, op.left.end)}|${right.slice(op.right.start, op.right.end)}` : ''));
	t.deepEqual(trivial, ['work-\ners|workers', 'fire-\nfighters|firefighters']);
	// Through the whole comparison: no change row, and the texts are the same article.
	const whole = compareTexts(`Fire\n\n${left}`, `Fire\n\n${right}`);
	t.is(whole.changes, 0);
});

test('hyphenation is trivial only when the letters are the same: another word, or a hyphen that is a minus, is a change', t => {
	t.false(diff('It killed 12 work-\ners.', 'It killed 12 workmen.').same);
	t.false(diff('It was re-\nsigned in 2020.', 'It was resigned in 2021.').same);
	t.false(diff('The score was 3-1 then.', 'The score was 31 then.').same);
});

test('lynx\'s link numbers, Markdown citation numbers, footnote marks and reference links are markup: a copy that has them is the same words (breaker11 J11, J12)', t => {
	const plain = 'Floodwater swept through the Valdora valley overnight, officials said.\n\nRelief money will come from the regional disaster fund, mayor Ilse Varga said.\n';
	const lynx = 'Floodwater swept through the [8]Valdora valley overnight, [9]officials said.\n\nRelief money will come from the regional disaster fund, mayor [10]Ilse Varga said.\n';
	const markdown = 'Floodwater swept through the Valdora valley overnight, officials said.[1]\n\nRelief money will come from the [regional disaster fund][fund], mayor Ilse Varga said.[^2]\n\n[fund]: https://fund.example.org/\n[1]: https://news.example.com/\n';
	t.is(compareTexts(plain, lynx).changes, 0);
	// Against the same text with the same definitions (compareTexts reads every line): the marks and the reference brackets fold.
	t.is(compareTexts(`${plain}\n[fund]: https://fund.example.org/\n[1]: https://news.example.com/\n`, markdown).changes, 0);
});
