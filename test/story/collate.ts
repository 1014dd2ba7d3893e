import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import type {Comparison} from '../../source/compare/model.js';
import {collate, stateOfRow} from '../../source/story/collate.js';
import {derivedFacts} from '../../source/story/facts.js';

const base = `Harbour Authority Approves New Ferry Terminal

The harbour authority voted on Tuesday to approve a new ferry terminal on the east pier.

The terminal will handle up to 4,000 passengers a day when it opens in 2027, officials said.

Critics said the cost, put at 48 million euros, was too high for a town of its size.

The mayor welcomed the decision and promised a public meeting in March.
`;

const kept = base;
const edited = base.replace('voted on Tuesday', 'decided on Tuesday').replace('4,000', '5,000');
const dropped = base.replace('Critics said the cost, put at 48 million euros, was too high for a town of its size.\n\n', '');
const added = base.replace('officials said.\n', 'officials said.\n\nThe old quay will become a fish market.\n');

const witness = (text: string) => ({text, comparison: compareTexts(base, text)});
const sentenceOf = (row: {base: {start: number; end: number} | null}) => (row.base ? base.slice(row.base.start, row.base.end) : null);

test('one row per base sentence with a cell per copy; edits, drops and additions show as such', t => {
	const collation = collate(base, [witness(kept), witness(edited), witness(dropped), witness(added)]);
	const baseRows = collation.rows.filter(row => row.base);
	t.is(baseRows.length, 5);
	t.is(collation.sentences, 5);
	for (const row of baseRows) t.deepEqual(row.cells.map(cell => cell.copy), [0, 1, 2, 3]);
	t.true(baseRows.every(row => row.cells[0].state === 'kept'));
	t.deepEqual(baseRows.map(row => row.cells[1].state), ['kept', 'edited', 'edited', 'kept', 'kept']);
	t.deepEqual(baseRows.map(row => row.cells[2].state), ['kept', 'kept', 'kept', 'dropped', 'kept']);
	t.is(baseRows[3].cells[2].span, null);
	// The addition sits below the sentence it follows, with only the adding copy's cell.
	const addedRows = collation.rows.filter(row => !row.base);
	t.is(addedRows.length, 1);
	t.is(addedRows[0].sentence, 2);
	t.deepEqual(addedRows[0].cells.map(cell => [cell.copy, cell.state]), [[3, 'added']]);
	const span = addedRows[0].cells[0].span!;
	t.is(added.slice(span.start, span.end), 'The old quay will become a fish market.');
	t.is(collation.rows.indexOf(addedRows[0]), collation.rows.indexOf(baseRows[2]) + 1);
	// Facts: the changed figure.
	t.deepEqual(baseRows[2].cells[1].facts, [{kind: 'number', base: '4,000 passengers a day', copy: '5,000 passengers a day'}]);
	t.is(collation.copies[1].factsChanged, 1);
	t.is(collation.copies[1].states.edited, 2);
	t.is(collation.copies[2].states.dropped, 1);
	t.is(collation.copies[3].states.added, 1);
});

test('a moved sentence is moved; a rewritten one is rewritten', t => {
	const moved = base.replace('The mayor welcomed the decision and promised a public meeting in March.\n', '').replace('The harbour authority', 'The mayor welcomed the decision and promised a public meeting in March.\n\nThe harbour authority');
	const rewritten = base.replace('Critics said the cost, put at 48 million euros, was too high for a town of its size.', 'Opponents argued that spending 48 million euros on the project made little sense for such a small town.');
	const collation = collate(base, [witness(moved), witness(rewritten)]);
	const states = (copy: number) => collation.rows.filter(row => row.base).map(row => row.cells[copy].state);
	t.true(states(0).includes('moved'), states(0).join());
	t.deepEqual(states(1), ['kept', 'kept', 'kept', 'rewritten', 'kept']);
});

test('a copy that merges two base sentences keeps them apart when another copy does', t => {
	const merged = base.replace('on the east pier.\n\nThe terminal will handle', 'on the east pier, and the terminal will handle');
	const collation = collate(base, [witness(merged), witness(kept)]);
	const baseRows = collation.rows.filter(row => row.base);
	t.is(baseRows.length, 5);
	const sentences = baseRows.map(sentenceOf);
	t.true(sentences[1]!.startsWith('The harbour authority'));
	t.true(sentences[2]!.startsWith('The terminal'));
	// The merging copy's cell for both is the same passage.
	t.deepEqual(baseRows[1].cells[0].span, baseRows[2].cells[0].span);
	t.is(baseRows[1].cells[0].row, baseRows[2].cells[0].row);
});

test('no copies: an empty table', t => {
	t.deepEqual(collate(base, []), {rows: [], copies: [], sentences: 0});
});

test('engine facts, when a comparison carries them, are the facts', t => {
	const comparison: Comparison = compareTexts(base, edited);
	const row = comparison.rows.findIndex(candidate => candidate.kind === 'changed' && base.slice(candidate.left!.start, candidate.left!.end).includes('4,000'));
	comparison.facts = [{kind: 'number', left: '4,000', right: '5,000', row}, {kind: 'quote', left: 'Harbour A', right: null, row}];
	const collation = collate(base, [{text: edited, comparison}]);
	const cell = collation.rows.flatMap(r => r.cells).find(candidate => candidate.row === row)!;
	t.deepEqual(cell.facts, [{kind: 'number', base: '4,000', copy: '5,000'}, {kind: 'quote', base: 'Harbour A', copy: ''}]);
	t.is(collation.copies[0].factsChanged, 2);
});

test('derived facts: numbers, names and dates on one side only; title case and possessives are not changes', t => {
	t.deepEqual(derivedFacts('Rebels killed 12 people in Homs on Tuesday.', 'Rebels killed 21 people in Hama on Wednesday.'), [
		{kind: 'number', base: '12', copy: '21'},
		{kind: 'date', base: 'Tuesday', copy: 'Wednesday'},
		{kind: 'name', base: 'Homs', copy: 'Hama'},
	]);
	t.deepEqual(derivedFacts('How Russia Is Reacting to Syria\'s Fall', 'How Russia is reacting to Syria fall'), []);
	t.deepEqual(derivedFacts('The council met.', 'The council met.'), []);
});

test('stateOfRow maps every row kind', t => {
	const row = {left: {start: 0, end: 1}, right: {start: 0, end: 1}, similarity: 1, ops: []};
	t.is(stateOfRow({...row, kind: 'same'}), 'kept');
	t.is(stateOfRow({...row, kind: 'changed', rewritten: true}), 'rewritten');
	t.is(stateOfRow({...row, kind: 'changed', ops: [{op: 'removed', left: {start: 0, end: 1}}]}), 'edited');
	t.is(stateOfRow({...row, kind: 'changed', ops: [{op: 'equal', left: {start: 0, end: 1}, right: {start: 0, end: 1}, trivial: true}]}), 'kept');
	t.is(stateOfRow({...row, kind: 'moved'}), 'moved');
	t.is(stateOfRow({...row, kind: 'removed'}), 'dropped');
});

// Properties over mutated copies: the table is a faithful merge of the comparisons.
const sentences = base.split(/\n\n/).map(part => part.trim()).filter(Boolean);
const copyText = fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'word', 'insert'), fc.nat(), fc.nat()), {maxLength: 6}).map(edits => {
	const parts = [...sentences];
	for (const [edit, a, b] of edits) {
		if (parts.length < 2) break;
		const i = a % parts.length;
		const j = b % parts.length;
		if (edit === 'delete') parts.splice(i, 1);
		else if (edit === 'duplicate') parts.splice(j, 0, parts[i]);
		else if (edit === 'swap') [parts[i], parts[j]] = [parts[j], parts[i]];
		else if (edit === 'word') parts[i] = parts[i].replace(/\p{L}+/u, 'Replaced');
		else parts.splice(i, 0, `Inserted sentence number ${b} about something else entirely.`);
	}
	return parts.join('\n\n');
});

test('property: base rows are ordered and disjoint, each holds one cell per copy, and each copy-only row of a comparison is in exactly one added cell', t => {
	fc.assert(
		fc.property(fc.array(copyText, {minLength: 1, maxLength: 5}), copies => {
			const witnesses = copies.map(witness);
			const collation = collate(base, witnesses);
			let previousEnd = -1;
			for (const row of collation.rows) {
				if (!row.base) continue;
				if (row.base.start < previousEnd || row.base.end <= row.base.start) return false;
				previousEnd = row.base.end;
				if (row.cells.map(cell => cell.copy).join() !== copies.map((_, index) => index).join()) return false;
				for (const cell of row.cells) {
					const source = witnesses[cell.copy].comparison.rows[cell.row];
					if (!source.left || source.left.start > row.base.start || source.left.end < row.base.end) return false;
				}
			}

			for (const [c, w] of witnesses.entries()) {
				const addedRows = w.comparison.rows.flatMap((row, index) => (row.kind === 'added' ? [index] : []));
				const cells = collation.rows.flatMap(row => row.cells.filter(cell => cell.copy === c && cell.state === 'added').map(cell => cell.row));
				if (cells.join() !== addedRows.join()) return false;
				if (collation.copies[c].states.added !== addedRows.length) return false;
			}

			return true;
		}),
		{numRuns: 60},
	);
	t.pass();
});

test('derived facts: a headline in title case names no facts', t => {
	t.deepEqual(derivedFacts('How Russia Is Reacting to the Downfall of Syria\'s Assad', 'How Russia is reacting to the overthrow of Assad in Syria'), []);
});

test('derived facts: uneven counts are not paired (no claim that one name replaced another)', t => {
	t.deepEqual(derivedFacts('Five decades of Baath rule in Syria.', 'The Kremlin saw the end of five decades of Ba’ath rule in Syria.'), [
		{kind: 'name', base: 'Baath', copy: ''},
		{kind: 'name', base: '', copy: 'Kremlin'},
		{kind: 'name', base: '', copy: 'Ba’ath'},
	]);
});

test('a base sentence one pair left out as boilerplate (body against another copy) still has a cell for every copy, in copy order: `boilerplate`', t => {
	const leftOut = (comparison: Comparison): Comparison => ({...comparison, rows: comparison.rows.map((row, index) => (index === 0 ? {...row, kind: 'boilerplate' as const, label: 'boilerplate' as const} : row))});
	const plain = witness(kept);
	const collation = collate(base, [{text: kept, comparison: leftOut(plain.comparison)}, plain, {text: kept, comparison: leftOut(plain.comparison)}]);
	for (const row of collation.rows.filter(row => row.base)) t.deepEqual(row.cells.map(cell => cell.copy), [0, 1, 2]);
	t.deepEqual(collation.rows[0]!.cells.map(cell => cell.state), ['boilerplate', 'kept', 'boilerplate']);
	t.is(collation.copies[0]!.states.boilerplate, 1);
});

test('an added row holds only the copies that add its sentence: copies adding other sentences in one place get rows of their own (breaker12 K1)', t => {
	const adding = (sentence: string) => base.replace('officials said.\n', `officials said.\n\n${sentence}\n`);
	const market = 'The old quay will become a fish market.';
	const texts = [adding(market), adding('A new bus line will link the terminal to the station.'), adding(market), kept, adding('The rebels captured the capital of the province on Sunday.')];
	const collation = collate(base, texts.map(witness));
	const addedRows = collation.rows.filter(row => !row.base);
	// Every cell's own text is its row's sentence.
	for (const row of addedRows) {
		const [first, ...rest] = row.cells.map(cell => texts[cell.copy].slice(cell.span!.start, cell.span!.end));
		t.true(rest.every(text => text === first), JSON.stringify(row.cells));
	}

	t.deepEqual(addedRows.map(row => row.cells.map(cell => cell.copy)), [[0, 2], [1], [4]]);
	t.true(addedRows.every(row => row.sentence === 2));
	// Each copy's own additions stay in its order.
	const twice = base.replace('officials said.\n', `officials said.\n\nA new bus line will link the terminal to the station.\n\n${market}\n`);
	const order = collate(base, [witness(adding(market)), witness(twice)]).rows.filter(row => !row.base);
	t.deepEqual(order.map(row => row.cells.map(cell => cell.copy)), [[1], [0, 1]]);
});

test('a sentence copies add in different orders is one added row all the same, marked under each copy that adds it (breaker12b L19)', t => {
	const adding = (...sentences: string[]) => base.replace('promised a public meeting in March.\n', `promised a public meeting in March.\n\n${sentences.join(' ')}\n`);
	const visit = 'The minister said he would visit the pier on Thursday.';
	const army = 'The navy has sent two ships to guard the harbour.';
	// As the breaker's flood story: one copy adds the visit, one the ships, one both (visit first), one drops a sentence.
	const texts = [adding(army), adding(visit), base.replace('Critics said the cost, put at 48 million euros, was too high for a town of its size.\n\n', ''), adding(visit, army), adding(army, visit)];
	const collation = collate(base, texts.map(witness));
	const addedRows = collation.rows.filter(row => !row.base);
	const sentenceOfRow = (row: (typeof addedRows)[number]) => texts[row.cells[0]!.copy]!.slice(row.cells[0]!.span!.start, row.cells[0]!.span!.end);
	t.deepEqual(addedRows.map(row => [sentenceOfRow(row), row.cells.map(cell => cell.copy)]), [
		[army, [0, 3, 4]],
		[visit, [1, 3, 4]],
	]);
	for (const row of addedRows) for (const cell of row.cells) t.is(texts[cell.copy]!.slice(cell.span!.start, cell.span!.end), sentenceOfRow(row));
});

/** A comparison of `base` with a copy that keeps it and adds `sentences` after it, one row each: the engine's shape, without the engine. */
const addingWitness = (sentences: readonly string[]) => {
	const text = `${base}\n${sentences.join('\n')}`;
	const rows: Comparison['rows'] = [{kind: 'same', left: {start: 0, end: base.trimEnd().length}, right: {start: 0, end: base.trimEnd().length}} as Comparison['rows'][number]];
	let at = base.length + 1;
	for (const sentence of sentences) {
		rows.push({kind: 'added', left: null, right: {start: at, end: at + sentence.length}} as unknown as Comparison['rows'][number]);
		at += sentence.length + 1;
	}
	const comparison = {similarity: 1, containment: {left: 1, right: 1}, relation: 'edited', substitutions: [], rows, changes: sentences.length, degraded: false} as Comparison;
	return {text, comparison};
};

test('many copies each adding many sentences before a shared one: the shared sentence is one row whatever its distance, and the rows are merged in one pass per copy, not spliced in per sentence (review12 R22)', t => {
	const copies = 24;
	const each = 1500;
	const witnesses = Array.from({length: copies}, (_, c) => addingWitness([...Array.from({length: each}, (_, n) => `Copy ${c} adds sentence ${n}.`), 'All copies add this one.']));
	// The first copy adds the shared sentence first: every later copy's sentences go before it, ahead of all rows so far.
	witnesses[0] = addingWitness(['All copies add this one.', ...Array.from({length: each}, (_, n) => `Copy 0 adds sentence ${n}.`)]);
	const collation = collate(base, witnesses);
	const addedRows = collation.rows.filter(row => !row.base);
	t.is(addedRows.length, copies * each + 1);
	t.is(addedRows.filter(row => row.cells.length === copies).length, 1);
});
