import type {Fact, Row, WordOp} from './model.js';

/**
 * Negation as a fact: a paired sentence that gains or loses a negator ("found him guilty" → "found him not
 * guilty", "resigned" → "did not resign") says the opposite in the same words, the textbook doctored copy, and
 * no figure, date, name or quotation changes with it. Negators are a closed class per language (particles,
 * negative determiners and adverbs, English "-n't"); a row's negators are counted on each side, so a negator
 * that moved or was replaced by another ("not" → "never") is rewording, no fact.
 */

/** Negators by language (folded to lower case): particles, negative determiners, pronouns and adverbs. */
const negatorsByLanguage: Readonly<Record<string, readonly string[]>> = {
	en: ['not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot'],
	de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'weder'],
	fr: ['ne', "n'", 'n’', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'guère', 'non'],
	es: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'ninguno', 'nada', 'nadie', 'tampoco', 'ni'],
	it: ['non', 'mai', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla', 'né'],
	pt: ['não', 'nunca', 'nenhum', 'nenhuma', 'nada', 'ninguém', 'nem', 'jamais'],
	nl: ['niet', 'geen', 'nooit', 'niets', 'niemand', 'noch'],
	ru: ['не', 'нет', 'никогда', 'ни', 'ничего', 'никто'],
	pl: ['nie', 'nigdy', 'nic', 'nikt', 'żaden', 'żadna', 'żadne'],
};

const allNegators = new Set(Object.values(negatorsByLanguage).flat());
const setsByLanguage = new Map(Object.entries(negatorsByLanguage).map(([language, words]) => [language, new Set(words)]));

/** The negators of `language` (every listed language's when it is not listed). */
const negatorsFor = (language: string): ReadonlySet<string> => setsByLanguage.get(language) ?? allNegators;

const wordPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;

/** English contractions negated by "-n't" ("didn't", "won’t"). */
const contracted = /n['’]t$/u;

/** How many negators `text` holds (words folded to lower case), at most `bound` words read. */
export const negatorCount = (text: string, language: string, bound = 400): number => {
	const negators = negatorsFor(language);
	let count = 0;
	let read = 0;
	for (const match of text.matchAll(wordPattern)) {
		if (++read > bound) break;
		const word = match[0].toLowerCase();
		if (negators.has(word) || ((language === 'en' || !setsByLanguage.has(language)) && contracted.test(word))) count++;
		// French elision: "n'est" is the negator "n'" and "est".
		else if ((language === 'fr' || !setsByLanguage.has(language)) && /^n['’]/u.test(word)) count++;
	}
	return count;
};

const sideOf = (op: WordOp, side: 'left' | 'right') => (side === 'left' ? (op.op === 'added' ? undefined : op.left) : op.op === 'removed' ? undefined : op.right);

/** The text of one side of ops[from..to] (their first start to their last end), white space folded; '' when that side has none. */
const phrase = (ops: readonly WordOp[], from: number, to: number, side: 'left' | 'right', text: string): string => {
	let start = Number.POSITIVE_INFINITY;
	let end = -1;
	for (let k = from; k <= to; k++) {
		const span = sideOf(ops[k]!, side);
		if (!span) continue;
		start = Math.min(start, span.start);
		end = Math.max(end, span.end);
	}
	return end < 0 ? '' : text.slice(start, end).replace(/\s+/gu, ' ').trim();
};

/** Equal words of context kept before and after the changed words in a negation fact's phrases. */
const contextBefore = 2;
const contextAfter = 1;

/**
 * The negation facts of a comparison's rows (kind `negation`): one per paired row (not rewritten, compared word by
 * word) whose two sides hold a different number of negators, `left` and `right` the words around the first changed
 * run that holds one (contextBefore equal words before it, contextAfter after): "him guilty on" → "him not guilty on".
 * Linear in the rows' ops; each row's words read at most once per side.
 */
export const negationFacts = (left: string, right: string, rows: readonly Row[], language = 'en'): Fact[] => {
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate') continue;
		const leftCount = negatorCount(left.slice(row.left.start, row.left.end), language);
		const rightCount = negatorCount(right.slice(row.right.start, row.right.end), language);
		if (leftCount === rightCount) continue;
		const {ops} = row;
		const at = ops.findIndex(op => (op.op === 'removed' ? negatorCount(left.slice(op.left.start, op.left.end), language) > 0 : op.op === 'added' && negatorCount(right.slice(op.right.start, op.right.end), language) > 0));
		if (at < 0) continue;
		let from = at;
		for (let equal = 0; from > 0 && equal < contextBefore; ) if (ops[--from]!.op === 'equal') equal++;
		let to = at;
		for (let equal = 0; to + 1 < ops.length && equal < contextAfter; ) if (ops[++to]!.op === 'equal') equal++;
		facts.push({kind: 'negation', left: phrase(ops, from, to, 'left', left) || null, right: phrase(ops, from, to, 'right', right) || null, row: index});
	}
	return facts;
};
