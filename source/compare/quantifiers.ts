import type {Fact, Row} from './model.js';
import {changedRuns, isWordToken, shownAround, tokensOf} from './op-runs.js';

/**
 * Proportional quantifiers and multiplicative comparisons as figures (breaker13 M21): "All of the passengers survived"
 * → "Most of the passengers", "Most" → "Few", "A majority of the council" → "A minority", "Twice as many people voted"
 * → "Three times as many". Poll and casualty copy states its figure so: "all survived" → "most survived" says people
 * died. A quantifier over a whole is a place on an ordered scale (none < few < some < many < most < all; minority <
 * majority: Keenan & Stavi's proportional determiners, and the scale of scalar implicature, Horn 1972), and "N times as
 * many" a factor: a word replaced by another of its scale, or a factor by another, is a `number` fact. Read on the word
 * diff's runs only where the word stands as a quantifier: before "of" or a word (not before a figure: "some 40" is a
 * bound, polarity.ts), and a factor before "as". English; majority and minority in German, French, Spanish, Italian,
 * Portuguese and Dutch too.
 */

/** Quantifiers over a whole, lower case, by their place on one scale ("scale:rank"). */
const quantifiers: ReadonlyMap<string, string> = new Map([
	...(['none', 'few', 'some', 'many', 'most', 'all'] as const).map((word, rank) => [word, `q:${rank}`] as const),
	...[
		['minority', 'majority'],
		['minderheit', 'mehrheit'],
		['minorité', 'majorité'],
		['minoría', 'mayoría'],
		['minoranza', 'maggioranza'],
		['minoria', 'maioria'],
		['minderheid', 'meerderheid'],
	].flatMap(([fewer, more]) => [[fewer!, 'm:0'] as const, [more!, 'm:1'] as const]),
]);

/** English factors before "as many", "as much": "twice" 2, "three times" 3. */
const factorWords: ReadonlyMap<string, number> = new Map([
	['once', 1], ['twice', 2], ['thrice', 3], ['double', 2], ['triple', 3],
]);
const countWords: ReadonlyMap<string, number> = new Map([
	['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['hundred', 100], ['thousand', 1000],
]);

/** The factor a run's words write ("twice", "three times", "3 times"), or undefined. */
const factorOf = (words: readonly string[]): number | undefined => {
	if (words.length === 1) return factorWords.get(words[0]!);
	if (words.length === 2 && words[1] === 'times') return countWords.get(words[0]!) ?? (/^\d+(?:\.\d+)?$/u.test(words[0]!) ? Number(words[0]) : undefined);
	return undefined;
};

/**
 * The quantifier and factor facts of a comparison's paired rows (not rewritten, compared word by word), as `number`
 * facts on the changed words and the word after them ("All of" → "Most of", "Twice as" → "Three times as"). A row
 * with a number or negation fact among `others` has none. Linear in the rows' ops.
 */
export const quantifierFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	// A row whose figure or negator changed says it already ("none" is a negator: "none of" → "some of" is a negation fact).
	const counted = new Set(others.filter(fact => fact.kind === 'number' || fact.kind === 'negation').map(fact => fact.row));
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || counted.has(index)) continue;
		const {ops} = row;
		for (const [start, end] of changedRuns(ops)) {
			const next = ops[end];
			if (next?.op !== 'equal') continue;
			const nextWord = left.slice(next.left.start, next.left.end).toLowerCase();
			if (!/^\p{L}/u.test(nextWord)) continue;
			const was = tokensOf(ops, start, end, 'left', left).map(token => token.toLowerCase());
			const is = tokensOf(ops, start, end, 'right', right).map(token => token.toLowerCase());
			if (!was.every(isWordToken) || !is.every(isWordToken)) continue;
			let changed = false;
			if (was.length === 1 && is.length === 1) {
				const [a, b] = [quantifiers.get(was[0]!), quantifiers.get(is[0]!)];
				// English scale words only in English; majority and minority in each language listed.
				const scaleOk = (rank: string | undefined) => rank !== undefined && (language === 'en' || rank.startsWith('m:'));
				changed = scaleOk(a) && scaleOk(b) && a!.slice(0, 1) === b!.slice(0, 1) && a !== b;
			}
			if (!changed && language === 'en' && nextWord === 'as') {
				const [a, b] = [factorOf(was), factorOf(is)];
				changed = a !== undefined && b !== undefined && a !== b;
			}
			if (!changed) continue;
			const [l, r] = shownAround(ops, start, end, left, right, 0, 1);
			facts.push({kind: 'number', left: l, right: r, row: index});
			break;
		}
	}
	return facts;
};
