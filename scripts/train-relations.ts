// `npm run train:relations`: fits the relation thresholds (source/compare/relation-thresholds.ts)
// on the labelled dev reuse sets (../shared/dev-data/reuse: COUNTER and Clough & Stevenson),
// reports cross-validated accuracy (leave one set out; leave one topic/task out), and,
// with --write, rewrites the thresholds file. Reproducible: a deterministic coordinate search.
// --diagnose: the confusion matrix of each set and every misclassified pair with its measures.
// --ceiling: how far any single measure (or a linear blend of two) cut into ordered classes can go:
// the exact optimum in-sample and cross-validated by topic/task (scripts/ordinal-thresholds.ts).
// --from '{"editedKept":0.1}': start every search there instead of at the current thresholds (the
// coordinate search keeps a threshold where a fold sees no evidence either way, so a held-out figure
// depends on where it starts: this measures it from before a change).
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {devData, diffFiles, reusePairs, type ReusePair} from './dev-pairs.js';
import {relationOfMeasures, type RelationThresholds} from '../source/compare/relation-rule.js';
import {relationThresholds as current} from '../source/compare/relation-thresholds.js';
import type {Fact, Relation, RelationMeasures, Row} from '../source/compare/model.js';
import {capByFacts} from '../source/compare/facts.js';
import {fitOrdinalThresholds, ordinalClass} from './ordinal-thresholds.js';
import {textFeatures} from './relation-features.js';

type Example = {pair: ReusePair; measures: RelationMeasures; fold: string; facts: Fact[]; rows: Row[]};

const mapping = JSON.parse(readFileSync(path.join(devData(), 'reuse', 'mapping.json'), 'utf8')) as Record<string, {relation_to_class: Record<string, string>; classes: Record<string, {rank: number}>}>;
/** Each set's gold classes by rank (0 = unrelated … highest = most reuse). */
const classRanks = Object.fromEntries(['counter', 'clough'].map(set => [set, Object.fromEntries(Object.entries(mapping[set]!.classes).map(([name, {rank}]) => [name, rank]))])) as Record<'counter' | 'clough', Record<string, number>>;
const correct = (example: Example, relation: Relation) => mapping[example.pair.set]!.relation_to_class[relation] === example.pair.gold;

/** The engine's verdict with these thresholds (the same steps as compareTexts: the rule, then the facts' caps). */
const relationOf = (example: Example, thresholds: RelationThresholds): Relation => (example.rows.length > 0 && example.rows.every(row => row.kind === 'same' || row.kind === 'boilerplate') ? 'identical' : capByFacts(relationOfMeasures(example.measures, thresholds), example.facts, example.rows));

const accuracy = (examples: Example[], thresholds: RelationThresholds) => (examples.length ? examples.filter(example => correct(example, relationOf(example, thresholds))).length / examples.length : 0);
/** Synthetic unrelated pairs must be called unrelated at least this often (issue 13's target). */
const unrelatedTarget = 0.95;
/**
 * Mean accuracy over the sets present (each set counts the same, whatever its
 * size), where every set calls at least the target share of its unrelated pairs
 * unrelated (below it, on any set, the score is under -1). Per set, as the target is stated and `npm run eval` reports it: pooled,
 * Clough's 19 unrelated pairs (all called unrelated) let a fit call two of COUNTER's
 * 33 related (0.94) while the pool stayed at 0.96.
 */
const objective = (examples: Example[], thresholds: RelationThresholds) => {
	const sets = [...new Set(examples.map(example => example.pair.set))];
	let total = 0;
	for (const set of sets) {
		const list = examples.filter(example => example.pair.set === set);
		const synthetic = list.filter(example => example.pair.synthetic);
		const unrelatedRate = synthetic.length ? synthetic.filter(example => relationOf(example, thresholds) === 'unrelated').length / synthetic.length : 1;
		// A constraint, not a trade: a fit that misses it on any set is worse than any that meets it.
		if (unrelatedRate < unrelatedTarget) return -1 - (unrelatedTarget - unrelatedRate);
		total += accuracy(list, thresholds) / sets.length;
	}
	return total;
};

const keys = Object.keys(current) as Array<keyof RelationThresholds>;
const grid = Array.from({length: 100}, (_, k) => k / 100);
/**
 * Where a threshold may go. `verbatimPassages` stays from one half to 0.95: verbatim
 * means one side is mostly the other's text word for word (only Clough's 13 'cut'
 * and 'light' answers could pull it lower, too few to overrule the definition), and
 * a copy is still verbatim when a dateline or a credit of a few words differs.
 * `verbatimExact` stays at or above one half for the same reason: most of the
 * paired content is in sentences equal word for word.
 */
const allowed = (key: keyof RelationThresholds, value: number) => (key !== 'verbatimPassages' || (value >= 0.5 && value <= 0.95)) && (key !== 'verbatimExact' || value >= 0.5);

const fromAt = process.argv.indexOf('--from');
/** Where every search starts: the current thresholds, or those with --from's values. */
const start: RelationThresholds = {...current, ...(fromAt >= 0 ? (JSON.parse(process.argv[fromAt + 1] ?? '{}') as Partial<RelationThresholds>) : {})};

/**
 * The two thresholds of `related` are searched together (both on a grid to one half): each
 * alone cannot leave (0.27, 0) for (0.21, 0.15), since lowering the vocabulary first calls
 * COUNTER's unrelated pairs related and a content floor alone decides nothing.
 */
const jointly = ['relatedVocabulary', 'relatedContent'] as const;
const half = grid.filter(value => value <= 0.5);

/** Coordinate search from the start thresholds: each threshold in turn set to its best grid value (`related`'s two jointly), until nothing improves. */
const fit = (examples: Example[]): RelationThresholds => {
	const thresholds = {...start};
	let best = objective(examples, thresholds);
	for (let round = 0; round < 10; round++) {
		let improved = false;
		for (const key of keys) {
			for (const value of grid.filter(value => allowed(key, value))) {
				const trial = {...thresholds, [key]: value};
				const score = objective(examples, trial);
				if (score > best + 1e-9) (best = score), (thresholds[key] = value), (improved = true);
			}
		}
		for (const first of half) {
			for (const second of half) {
				const trial = {...thresholds, [jointly[0]]: first, [jointly[1]]: second};
				const score = objective(examples, trial);
				if (score > best + 1e-9) (best = score), (thresholds[jointly[0]] = first), (thresholds[jointly[1]] = second), (improved = true);
			}
		}
		if (!improved) break;
	}
	return thresholds;
};

const examples: Example[] = [];
for (const set of ['counter', 'clough'] as const) {
	for (const pair of reusePairs(set)) {
		const {comparison} = await diffFiles(pair.left, pair.right);
		// Folds: COUNTER by topic (sports, foreign, showbiz…), Clough by task (source text).
		const fold = set === 'counter' ? `counter:${pair.note.split('|')[0]}` : `clough:${pair.id.split('_').pop()}`;
		examples.push({pair, measures: comparison.measures!, fold, facts: comparison.facts ?? [], rows: comparison.rows});
	}
}
const percent = (value: number) => value.toFixed(3);
const bySet = (list: Example[], set: string) => list.filter(example => example.pair.set === set);
console.log(`dev pairs: ${bySet(examples, 'counter').length} COUNTER, ${bySet(examples, 'clough').length} Clough`);
console.log(`current thresholds: COUNTER ${percent(accuracy(bySet(examples, 'counter'), current))}, Clough ${percent(accuracy(bySet(examples, 'clough'), current))}`);

// Leave one set out: fitted on one, measured on the other (a different genre and language).
for (const [train, test] of [['counter', 'clough'], ['clough', 'counter']] as const) {
	const thresholds = fit(bySet(examples, train));
	console.log(`fit on ${train}, measured on ${test}: ${percent(accuracy(bySet(examples, test), thresholds))} (on ${train} itself ${percent(accuracy(bySet(examples, train), thresholds))})`);
}
// Leave one topic/task out, both sets together.
const folds = [...new Set(examples.map(example => example.fold))].sort();
const held: Record<string, {right: number; total: number}> = {counter: {right: 0, total: 0}, clough: {right: 0, total: 0}};
/** Each pair's relation when its own topic/task was held out of the fit. */
const heldOut = new Map<Example, Relation>();
for (const fold of folds) {
	const thresholds = fit(examples.filter(example => example.fold !== fold));
	for (const example of examples.filter(item => item.fold === fold)) {
		const relation = relationOf(example, thresholds);
		heldOut.set(example, relation);
		held[example.pair.set]!.total++;
		if (correct(example, relation)) held[example.pair.set]!.right++;
	}
}
console.log(`leave one topic/task out (${folds.length} folds): COUNTER ${percent(held.counter!.right / held.counter!.total)}, Clough ${percent(held.clough!.right / held.clough!.total)}`);

const fitted = fit(examples);
const unrelated = examples.filter(example => example.pair.synthetic);
const unrelatedShare = (set: string) => percent(bySet(unrelated, set).filter(example => relationOf(example, fitted) === 'unrelated').length / bySet(unrelated, set).length);
console.log(`fitted on all: COUNTER ${percent(accuracy(bySet(examples, 'counter'), fitted))}, Clough ${percent(accuracy(bySet(examples, 'clough'), fitted))}; synthetic unrelated called unrelated: COUNTER ${unrelatedShare('counter')}, Clough ${unrelatedShare('clough')}`);
console.log(JSON.stringify(fitted));
if (process.argv.includes('--diagnose')) {
	diagnose(fitted);
	console.log('\nheld out (each pair judged by the thresholds fitted without its topic/task):');
	diagnose(fitted, heldOut);
}
if (process.argv.includes('--ceiling')) ceiling();
if (process.argv.includes('--write')) {
	const file = new URL('../source/compare/relation-thresholds.ts', import.meta.url);
	const text = readFileSync(file, 'utf8').replace(/export const relationThresholds: RelationThresholds = \{[^}]*\};/, `export const relationThresholds: RelationThresholds = ${JSON.stringify(fitted, null, '\t').replaceAll('"', '')};`);
	writeFileSync(file, text);
	console.log('written: source/compare/relation-thresholds.ts');
}

/** Confusion matrix per set (rows gold, columns the class the relation stands for) and the misclassified pairs. */
function diagnose(thresholds: RelationThresholds, given?: Map<Example, Relation>) {
	const shown = (measures: RelationMeasures) =>
		`passages ${percent(Math.max(...measures.passages))} runs ${percent(Math.max(...measures.runs))} pairs ${percent(Math.min(...measures.pairs))}/${percent(Math.max(...measures.pairs))} characters ${percent(Math.min(...measures.characters))}/${percent(Math.max(...measures.characters))} phrases ${percent(Math.min(...measures.phrases))} aligned ${percent(Math.max(measures.aligned.left, measures.aligned.right))} exact ${percent(Math.max(measures.exact.left, measures.exact.right))} words ${percent(Math.max(...measures.words))} vocabulary ${percent(measures.vocabulary)} content ${percent(measures.content ?? 0)}${measures.kept ? ` kept ${percent(measures.kept[0])}/${percent(measures.kept[1])}` : ''}`;
	for (const set of ['counter', 'clough'] as const) {
		const classes = Object.keys(classRanks[set]).sort((a, b) => classRanks[set][b]! - classRanks[set][a]!);
		const table = new Map<string, number>();
		const wrong: string[] = [];
		for (const example of bySet(examples, set)) {
			const relation = given?.get(example) ?? relationOf(example, thresholds);
			const predicted = mapping[set]!.relation_to_class[relation]!;
			table.set(`${example.pair.gold} ${predicted}`, (table.get(`${example.pair.gold} ${predicted}`) ?? 0) + 1);
			if (predicted !== example.pair.gold) wrong.push(`  ${example.pair.id} gold ${example.pair.gold} called ${relation} (${example.fold}): ${shown(example.measures)}`);
		}
		console.log(`\n${set}: confusion (rows gold, columns predicted)\n${['', ...classes].map(name => name.padStart(6)).join('')}`);
		for (const gold of classes) console.log([gold, ...classes.map(predicted => String(table.get(`${gold} ${predicted}`) ?? 0))].map(cell => cell.padStart(6)).join(''));
		console.log(`misclassified (${wrong.length}):\n${wrong.join('\n')}`);
	}
}

/**
 * The ceiling of one-score rules: each measure (and each blend of two, at 12 angles, after
 * scaling to unit spread) cut into the set's ordered classes at the exact optimum; in-sample,
 * and refitted without each topic/task (the held-out fold's accuracy). A measure whose
 * optimal cut is far from 0.80 in-sample cannot reach it out of sample either.
 */
function ceiling() {
	const scores: Record<string, (example: Example) => number> = {
		'passages (max)': (example: Example) => Math.max(...example.measures.passages),
		'passages (min)': (example: Example) => Math.min(...example.measures.passages),
		'runs (max)': (example: Example) => Math.max(...example.measures.runs),
		'runs (min)': (example: Example) => Math.min(...example.measures.runs),
		'pairs (max)': (example: Example) => Math.max(...example.measures.pairs),
		'pairs (min)': (example: Example) => Math.min(...example.measures.pairs),
		'characters (max)': (example: Example) => Math.max(...example.measures.characters),
		'characters (min)': (example: Example) => Math.min(...example.measures.characters),
		'phrases (max)': (example: Example) => Math.max(...example.measures.phrases),
		'phrases (min)': (example: Example) => Math.min(...example.measures.phrases),
		'words (max)': (example: Example) => Math.max(...example.measures.words),
		'words (min)': (example: Example) => Math.min(...example.measures.words),
		'aligned (max)': (example: Example) => Math.max(example.measures.aligned.left, example.measures.aligned.right),
		'aligned (min)': (example: Example) => Math.min(example.measures.aligned.left, example.measures.aligned.right),
		'exact (max)': (example: Example) => Math.max(example.measures.exact.left, example.measures.exact.right),
		vocabulary: (example: Example) => example.measures.vocabulary,
		content: (example: Example) => example.measures.content ?? 0,
	};
	// The literature's lexical features, computed from the texts (training only: tiling is quadratic).
	const extra = new Map(examples.map(example => [example, textFeatures(readFileSync(example.pair.left, 'utf8'), readFileSync(example.pair.right, 'utf8'))]));
	for (const name of Object.keys(extra.get(examples[0]!)!)) scores[name] = example => extra.get(example)![name]!;
	for (const set of ['counter', 'clough'] as const) {
		const list = bySet(examples, set);
		const ranks = classRanks[set];
		const classes = Object.keys(ranks).length;
		const accepts = (example: Example) => (predicted: number) =>
			predicted === ranks[example.pair.gold] || (set === 'counter' && example.pair.gold === 'WD' && predicted >= ranks.WD!);
		const evaluate = (values: number[]) => {
			const inSample = fitOrdinalThresholds(values, classes, (index, predicted) => accepts(list[index]!)(predicted));
			const right = values.filter((value, index) => accepts(list[index]!)(ordinalClass(value, inSample))).length;
			let held = 0;
			for (const fold of new Set(list.map(example => example.fold))) {
				const train = list.map((example, index) => index).filter(index => list[index]!.fold !== fold);
				const thresholds = fitOrdinalThresholds(train.map(index => values[index]!), classes, (k, predicted) => accepts(list[train[k]!]!)(predicted));
				held += list.filter((example, index) => example.fold === fold && accepts(example)(ordinalClass(values[index]!, thresholds))).length;
			}
			return {inSample: right / list.length, held: held / list.length};
		};
		const results: Array<{name: string; inSample: number; held: number}> = [];
		const columns = Object.entries(scores).map(([name, score]) => {
			const values = list.map(example => score(example));
			const mean = values.reduce((a, b) => a + b, 0) / values.length;
			const spread = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
			return {name, values, scaled: values.map(value => (value - mean) / spread)};
		});
		for (const column of columns) results.push({name: column.name, ...evaluate(column.values)});
		for (let a = 0; a < columns.length; a++) {
			for (let b = a + 1; b < columns.length; b++) {
				for (let step = 1; step < 12; step++) {
					const angle = (step * Math.PI) / 12;
					const values = columns[a]!.scaled.map((value, index) => Math.cos(angle) * value + Math.sin(angle) * columns[b]!.scaled[index]!);
					results.push({name: `${columns[a]!.name} + ${columns[b]!.name} at ${step * 15}°`, ...evaluate(values)});
				}
			}
		}
		const single = results.slice(0, columns.length).sort((x, y) => y.held - x.held || y.inSample - x.inSample);
		const blends = results.slice(columns.length);
		const bestIn = blends.reduce((x, y) => (y.inSample > x.inSample ? y : x));
		const bestHeld = blends.reduce((x, y) => (y.held > x.held ? y : x));
		console.log(`\n${set}: one measure cut into ${classes} ordered classes (accuracy in-sample / held-out topic or task)`);
		for (const result of single) console.log(`  ${result.name.padEnd(28)} ${percent(result.inSample)} / ${percent(result.held)}`);
		console.log(`  best blend of two in-sample: ${bestIn.name} ${percent(bestIn.inSample)} / ${percent(bestIn.held)}`);
		console.log(`  best blend of two held out:  ${bestHeld.name} ${percent(bestHeld.inSample)} / ${percent(bestHeld.held)}`);
	}
}
