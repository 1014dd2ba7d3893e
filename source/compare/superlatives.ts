import type {Fact, Row, WordOp} from './model.js';
import {changedRuns, equalToken, isWordToken, shownAround, tokensOf} from './op-runs.js';

/**
 * A superlative claim changed (breaker13 M26): its rank dropped or added ("the second-largest" → "the largest", de
 * "zweitgrößte" → "größte", fr "le deuxième plus grand" → "le plus grand"), "one of the deadliest" → "the deadliest"
 * (the textbook inflation a fact-checker is asked about), both `number` facts as a rank is a figure; or turned to its
 * opposite ("the biggest maker" → "the smallest", "the deadliest" → "the least deadly", "most" → "least"), a
 * `negation` fact as an outcome reversed is. Read on the word diff's runs, before a superlative kept on both sides:
 * English words in "-est" and the irregular ones, the Romance languages' comparative word ("plus", "más", "più",
 * "mais"). The opposites are a closed list of the superlatives news writes of size, rank, age, speed and toll.
 */

/** Ordinal words that rank a superlative after them, lower case, per language (second to tenth). */
const ordinals: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set('second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th'.split(' ')),
	fr: new Set('deuxième second seconde troisième quatrième cinquième sixième septième huitième neuvième dixième'.split(' ')),
	es: new Set('segundo segunda tercer tercero tercera cuarto cuarta quinto quinta sexto sexta'.split(' ')),
	it: new Set('secondo seconda terzo terza quarto quarta quinto quinta sesto sesta'.split(' ')),
	pt: new Set('segundo segunda terceiro terceira quarto quarta quinto quinta sexto sexta'.split(' ')),
};

/** German ordinal stems glued before a superlative ("zweitgrößte", "drittreichste"). */
const gluedOrdinal = /^(?:zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)(?=\p{L}{4})/u;

/** Words that make the next adjective a superlative, or are one, outside English's "-est": Romance "plus", "más", "più", "mais" and their irregular superlatives. */
const superlativeMarkers: ReadonlySet<string> = new Set('plus más più mais mayor menor mejor peor maggiore minore migliore peggiore maior menor melhor pior meilleur meilleure pire'.split(' '));

/** English superlatives that do not end in "-est", and "most"/"least" before an adjective. */
const englishIrregular: ReadonlySet<string> = new Set(['best', 'worst', 'most', 'least', 'biggest']);

/** English words in "-est" that are no superlatives. */
const notSuperlatives: ReadonlySet<string> = new Set(['interest', 'forest', 'harvest', 'protest', 'request', 'contest', 'arrest', 'suggest', 'invest', 'manifest', 'honest', 'modest', 'digest', 'conquest', 'quest', 'rest', 'test', 'west', 'nest', 'chest', 'guest', 'latest', 'earnest', 'behest', 'unrest', 'priest', 'midwest', 'pest', 'crest', 'vest', 'zest', 'attest', 'detest', 'ingest', 'congest', 'infest', 'divest', 'bequest', 'inquest', 'tempest']);

/** Whether a lower-case word is a superlative (or makes one) in `language`. */
const isSuperlative = (word: string, language: string): boolean =>
	language === 'en' ? englishIrregular.has(word) || (word.length >= 5 && word.endsWith('est') && !notSuperlatives.has(word)) : superlativeMarkers.has(word);

/** English superlatives that state opposite ends of one scale: each word to its opposites. */
const opposites: ReadonlyMap<string, ReadonlySet<string>> = (() => {
	const pairs = [
		['biggest largest greatest', 'smallest'],
		['highest tallest', 'lowest shortest'],
		['best', 'worst'],
		['most', 'least fewest'],
		['richest wealthiest', 'poorest'],
		['strongest', 'weakest'],
		['fastest quickest', 'slowest'],
		['oldest', 'youngest newest'],
		['longest', 'shortest'],
		['hottest warmest', 'coldest coolest'],
		['heaviest', 'lightest'],
		['deepest', 'shallowest'],
		['widest', 'narrowest'],
		['safest', 'deadliest'],
		['busiest', 'quietest'],
		['cheapest', 'dearest'],
		['earliest', 'latest'],
	];
	const map = new Map<string, Set<string>>();
	for (const [one, other] of pairs) {
		for (const a of one!.split(' ')) for (const b of other!.split(' ')) {
			if (!map.has(a)) map.set(a, new Set());
			if (!map.has(b)) map.set(b, new Set());
			map.get(a)!.add(b);
			map.get(b)!.add(a);
		}
	}
	return map;
})();

/** The lower-case word of an equal op, or undefined when the op is none or not equal. */
const equalWord = (ops: readonly WordOp[], k: number, left: string): string | undefined => equalToken(ops, k, left)?.toLowerCase();

/** "deadliest" and "least deadly", "happiest" and "least happy": the superlative in "-est" of the adjective, by its first letters. */
const sameAdjective = (superlative: string, adjective: string): boolean => superlative.endsWith('est') && adjective.length >= 4 && superlative.startsWith(adjective.slice(0, Math.max(3, adjective.length - 1)));

/**
 * The superlative facts of a comparison's paired rows (not rewritten, compared word by word): a rank dropped or added
 * or "one of the" before a superlative (`number`), a superlative turned to its opposite (`negation`), shown on the
 * changed words with the superlative after them. A row with a fact of the same kind among `others` has none. Linear in the rows' ops.
 */
export const superlativeFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const ranks = ordinals[language];
	const facts: Fact[] = [];
	const has = (index: number, kind: Fact['kind']) => others.some(fact => fact.row === index && fact.kind === kind);
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate') continue;
		const {ops} = row;
		for (const [start, end] of changedRuns(ops)) {
			const was = tokensOf(ops, start, end, 'left', left).map(token => token.toLowerCase());
			const is = tokensOf(ops, start, end, 'right', right).map(token => token.toLowerCase());
			const [wasWords, isWords] = [was.filter(isWordToken), is.filter(isWordToken)];
			const next = equalWord(ops, end, left);
			let fact: Fact | undefined;
			// A rank dropped or added before a superlative kept ("second-largest" / "largest"), or "one of" before "the" and one.
			const lone = wasWords.length === 0 ? isWords : isWords.length === 0 ? wasWords : undefined;
			if (lone && next !== undefined) {
				const ranked = ranks !== undefined && lone.length === 1 && ranks.has(lone[0]!) && isSuperlative(next, language);
				const oneOf = language === 'en' && ((lone.length === 2 && lone[0] === 'one' && lone[1] === 'of') || (lone.length === 1 && lone[0] === 'among')) && next === 'the' && isSuperlative(equalWord(ops, end + 1, left) ?? '', 'en');
				if ((ranked || oneOf) && !has(index, 'number')) {
					const [l, r] = shownAround(ops, start, end, left, right, 0, oneOf || language !== 'en' ? 2 : 1);
					fact = {kind: 'number', left: l, right: r, row: index};
				}
			}
			// A German rank glued to its superlative ("zweitgrößte" / "größte").
			if (!fact && language === 'de' && wasWords.length === 1 && isWords.length === 1 && !has(index, 'number')) {
				const [a, b] = [wasWords[0]!, isWords[0]!];
				const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
				const rank = gluedOrdinal.exec(longer)?.[0];
				if (rank !== undefined && longer.slice(rank.length) === shorter) {
					const [l, r] = shownAround(ops, start, end, left, right, 0, 0);
					fact = {kind: 'number', left: l, right: r, row: index};
				}
			}
			// A superlative turned to its opposite ("biggest" / "smallest", "deadliest" / "least deadly", "most" / "least").
			// "at most" / "at least" is a bound (polarity.ts boundFacts), not a superlative.
			if (!fact && language === 'en' && equalWord(ops, start - 1, left) !== 'at' && wasWords.length >= 1 && isWords.length >= 1 && wasWords.length <= 2 && isWords.length <= 2 && !has(index, 'negation')) {
				const turned = (a: readonly string[], b: readonly string[]) =>
					(a.length === 1 && b.length === 1 && opposites.get(a[0]!)?.has(b[0]!) === true) || (a.length === 1 && b.length === 2 && b[0] === 'least' && sameAdjective(a[0]!, b[1]!));
				if (turned(wasWords, isWords) || turned(isWords, wasWords)) {
					const [l, r] = shownAround(ops, start, end, left, right, 0, next !== undefined && /^\p{L}/u.test(next) ? 1 : 0);
					fact = {kind: 'negation', left: l, right: r, row: index};
				}
			}
			if (fact) {
				facts.push(fact);
				break;
			}
		}
	}
	return facts;
};
