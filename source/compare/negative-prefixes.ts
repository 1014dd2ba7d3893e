import type {Fact, Row} from './model.js';
import {changedRuns, isWordToken, shownAround, tokensOf} from './op-runs.js';

/**
 * Negation by a prefix or a preposition (breaker13 M33): "non-fatal" → "fatal", "lawful" ↔ "unlawful", "legal" ↔
 * "illegal", "inconclusive" → "conclusive", "unlikely" → "likely", de "unrechtmäßig" → "rechtmäßig", "without a warrant"
 * → "with a warrant", "ohne" ↔ "mit", "sans" ↔ "avec". Legality, fatality and likelihood are the claims courts and
 * corrections are about, and they need no lexicon: the two words the word diff replaced one by the other differ only by
 * a negative prefix of the language (English un-, in-/im-/il-/ir- as the next letter assimilates it, non-, dis-;
 * German un-, Dutch on-; the Romance in-/im-/il-/ir-, Spanish and Portuguese i- and des-, Italian dis-), or are the language's
 * "with" and "without". A prefixed word that is no negation of its base ("inform", "discover", "unless", "insure") is
 * listed; the base must have four letters or more. German and Dutch read lower-case words only: their capitalised nouns
 * in "Un-" are other words ("Unfall", "Unwetter"). One fact per row, `negation`.
 */

/** Negative prefixes by language; `assimilated` gives the letters the in- prefix takes before (il- before l …). */
const prefixesByLanguage: Readonly<Record<string, readonly string[]>> = {
	en: ['un', 'non', 'dis', 'in', 'im', 'il', 'ir'],
	de: ['un'],
	nl: ['on'],
	fr: ['in', 'im', 'il', 'ir', 'non'],
	es: ['in', 'im', 'i', 'ir', 'des'],
	it: ['in', 'im', 'il', 'ir', 'dis'],
	pt: ['in', 'im', 'i', 'ir', 'des'],
};

/** The first letters of a base each assimilated form of "in-" stands before: "illegal", "impossible", "irregular"; "i-" is Spanish and Portuguese "ilegal". */
const assimilation: Readonly<Record<string, RegExp>> = {
	il: /^l/u,
	im: /^[mpb]/u,
	ir: /^r/u,
	i: /^l/u,
	in: /^[^lmpbr]/u,
};

/** Prefixed words that are no negation of their base, lower case (English mostly: "inform" is no "not form"). */
const notNegations: ReadonlySet<string> = new Set(
	'unless until unite united universal unison inform invest insight inside income index indeed intake impose import impress impact impart implant imprint impound inhabit insect instead install instill intend intent invent insure inflow inland inlet inmate inbound input inset inroad insole infest ingrain intone inset dispatch discover display dispose disease dismiss dissolve discount dispense distress discharge disclose dismantle dissent disband disperse disport distend dispel disown discern discuss disgust disguise dispute insist involve incur induce infer infuse inquire inscribe insert invite invoke irritate illustrate immerse implore imply improve illumine insure ironing illusion sconto sportello scontro spinta stato stesso scoperta deshacer destino descanso destacar desarrollo desde demande démarche dépasser désert inflammable invaluable'.split(' '),
);

/** Each language's "with" and "without", lower case: [with, without]. */
const withWithout: Readonly<Record<string, readonly [string, string]>> = {
	en: ['with', 'without'],
	de: ['mit', 'ohne'],
	fr: ['avec', 'sans'],
	es: ['con', 'sin'],
	it: ['con', 'senza'],
	pt: ['com', 'sem'],
	nl: ['met', 'zonder'],
};

/** Letters a base must have, at least, for a word to be read as it negated ("in" + "to" is none). */
const minimumBase = 4;

/** Whether `longer` is `shorter` with a negative prefix of `language`, or "non-" and it written as one word. */
const negatedByPrefix = (shorter: string, longer: string, language: string): boolean => {
	// The listed words in every regular inflection too: "disclosed", "investing", "informs" (review14 V4).
	const listed = notNegations.has(longer) || [/(?:ed|d|ing|s|es)$/u].some(ending => notNegations.has(longer.replace(ending, '')) || notNegations.has(`${longer.replace(ending, '')}e`));
	if (shorter.length < minimumBase || listed || !longer.endsWith(shorter)) return false;
	const prefix = longer.slice(0, longer.length - shorter.length).replace(/[-‐]$/u, '');
	if (!(prefixesByLanguage[language] ?? []).includes(prefix)) return false;
	return assimilation[prefix]?.test(shorter) ?? true;
};

/**
 * The negations by prefix or preposition of a comparison's paired rows (not rewritten, compared word by word), as
 * `negation` facts on the changed word and the word after it ("non-fatal" → "fatal", "without a" → "with a"). A row that
 * has a negation fact among `others` has none. Linear in the rows' ops.
 */
export const prefixNegationFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	if (!prefixesByLanguage[language]) return [];
	const negated = new Set(others.filter(fact => fact.kind === 'negation').map(fact => fact.row));
	const lowerOnly = language === 'de' || language === 'nl';
	const pair = withWithout[language];
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || negated.has(index)) continue;
		const {ops} = row;
		for (const [start, end] of changedRuns(ops)) {
			const was = tokensOf(ops, start, end, 'left', left);
			const is = tokensOf(ops, start, end, 'right', right);
			const next = ops[end];
			const nextWord = next?.op === 'equal' ? left.slice(next.left.start, next.left.end) : '';
			let found = false;
			if (was.length === 1 && is.length === 1 && isWordToken(was[0]!) && isWordToken(is[0]!)) {
				const [a, b] = [was[0]!, is[0]!];
				if (!(lowerOnly && (/^\p{Lu}/u.test(a) || /^\p{Lu}/u.test(b)))) {
					const [x, y] = [a.toLowerCase(), b.toLowerCase()];
					found = (x.length < y.length ? negatedByPrefix(x, y, language) : negatedByPrefix(y, x, language)) || (pair !== undefined && ((x === pair[0] && y === pair[1]) || (x === pair[1] && y === pair[0])));
				}
			} else if ((was.length === 0) !== (is.length === 0) && /^\p{L}/u.test(nextWord)) {
				// A prefix written apart with its hyphen before a word both sides keep ("non-fatal" / "fatal").
				const lone = (was.length === 0 ? is : was).join('').toLowerCase();
				found = /^(?:non|un|in|dis)[-‐]$/u.test(lone) && nextWord.length >= minimumBase && (prefixesByLanguage[language] ?? []).includes(lone.slice(0, -1));
			}
			if (!found) continue;
			const [l, r] = shownAround(ops, start, end, left, right, 0, /^\p{L}/u.test(nextWord) ? 1 : 0);
			facts.push({kind: 'negation', left: l, right: r, row: index});
			break;
		}
	}
	return facts;
};
