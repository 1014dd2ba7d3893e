import type {Fact, Row} from './model.js';
import {functionWordsFor} from './function-words.js';
import {negatorCount} from './polarity.js';

/**
 * A quotation turned into reported speech that reverses it (breaker13b N20): "“We will not cut jobs,” the chief
 * executive said" → "The chief executive said … that the company would cut jobs". The quotation is gone (a `quote`
 * fact, "removed"), which reads as a change of style: the faithful rewording and the reversed one gave the same single
 * fact. Where a quotation dropped (or added) from a paired sentence has its content words written unquoted in the
 * other side's sentence (most of them: the M6 shape), the two sentences say the same statement, and a negator's parity
 * that differs between them (implicit negatives counted, polarity.ts negatorCount) reversed it: a `negation` fact, the
 * quotation against the other sentence.
 */

/** Share of a quotation's content words the other sentence must write, at least, for it to report the quotation. */
const reportedShare = 0.6;
/** Content words a quotation must hold, at least: a shorter one says too little to be matched. */
const minimumWords = 2;

const wordPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * The reversed reported quotations of a comparison: for each quote fact among `others` with one side only, the paired
 * row's other sentence when it reports the quotation (reportedShare of its content words, those not in the language's
 * function words) and the two sentences' negator counts differ in parity. A row with a negation fact among `others` has
 * none. Linear in the facts' rows.
 */
export const reportedSpeechFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const negated = new Set(others.filter(fact => fact.kind === 'negation').map(fact => fact.row));
	const functionWords = functionWordsFor(language);
	const facts: Fact[] = [];
	const done = new Set<number>();
	for (const fact of others) {
		if (fact.kind !== 'quote' || (fact.left === null) === (fact.right === null) || negated.has(fact.row) || done.has(fact.row)) continue;
		const row = rows[fact.row];
		if (!row?.left || !row.right) continue;
		const [leftSpan, rightSpan] = [left.slice(row.left.start, row.left.end), right.slice(row.right.start, row.right.end)];
		const quotation = (fact.left ?? fact.right)!;
		const other = fact.left === null ? leftSpan : rightSpan;
		const content = [...quotation.toLowerCase().matchAll(wordPattern)].map(match => match[0]).filter(word => word.length >= 3 && !functionWords?.has(word));
		if (content.length < minimumWords) continue;
		const written = new Set([...other.toLowerCase().matchAll(wordPattern)].map(match => match[0]));
		if (content.filter(word => written.has(word)).length < reportedShare * content.length) continue;
		if ((negatorCount(leftSpan, language, undefined, true) - negatorCount(rightSpan, language, undefined, true)) % 2 === 0) continue;
		done.add(fact.row);
		const shown = other.trim().replace(/[.!?]+$/u, '');
		facts.push({kind: 'negation', left: fact.left ?? shown, right: fact.right ?? shown, row: fact.row});
	}
	return facts;
};
