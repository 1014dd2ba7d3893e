import type {Fact, Row} from './model.js';
import {clausePolarities, isPolarityWord, opposite} from './polarity.js';

/**
 * Outcomes or a negator swapped between two clauses of one sentence (breaker13b N19): "Prices rose in Germany and fell
 * in France" → "fell in Germany and rose in France", "found Smith guilty but cleared Jones" → "cleared Smith but found
 * Jones guilty", "The mayor attended … but the governor did not attend" → "The mayor did not attend … but the governor
 * attended". The sentence holds as many negators and the same outcomes on both sides, so the sentence-wide comparison
 * (polarity.ts negationFacts, reversalFacts) cancels them out; clause by clause, each clause whose polarity turned is a
 * fact. Read only where both sentences part into as many clauses (at clauseWords' separators) and each clause keeps
 * its other words (clausePolarities' key): clauses swapped whole ("lost … but won …" / "won … but lost …") or reworded
 * are no reversal. A row that has a negation fact among `others` has none of these.
 */

/** Clauses of a sentence, at most, compared clause by clause (a bound on a sentence run on with "and"). */
const maxClauses = 8;

/**
 * The clause reversals of a comparison's paired rows (not rewritten, compared word by word), as `negation` facts, one
 * per turned clause, shown as the clause's text on each side. Linear in the rows' sentences.
 */
export const clauseReversalFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const negated = new Set(others.filter(fact => fact.kind === 'negation').map(fact => fact.row));
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || negated.has(index)) continue;
		// Only a row whose word diff changed a word of polarity (a negator, an outcome) may have turned a clause: the others are not split.
		if (!row.ops.some(op => op.op !== 'equal' && isPolarityWord((op.op === 'removed' ? left.slice(op.left.start, op.left.end) : right.slice(op.right.start, op.right.end)).toLowerCase(), language))) continue;
		const before = clausePolarities(left.slice(row.left.start, row.left.end), language);
		if (before.length < 2 || before.length > maxClauses) continue;
		const after = clausePolarities(right.slice(row.right.start, row.right.end), language);
		if (after.length !== before.length || before.some((clause, k) => clause.key !== after[k]!.key)) continue;
		// A key shared by two clauses of one sentence cannot tell which clause turned.
		if (new Set(before.map(clause => clause.key)).size !== before.length) continue;
		// A clause turned: its negators' parity changed, or it holds an outcome's other side only ("rose" / "fell"); an outcome only added or dropped is rewording.
		before.forEach((clause, k) => {
			const other = after[k]!;
			const turned = clause.parity !== other.parity || [...clause.outcomes].some(side => !other.outcomes.has(side) && other.outcomes.has(opposite(side)) && !clause.outcomes.has(opposite(side)));
			if (turned) facts.push({kind: 'negation', left: clause.text, right: other.text, row: index});
		});
	}
	return facts;
};
