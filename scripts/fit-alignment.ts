// `npm run fit:alignment`: fits the sentence aligner's constants (source/compare/align.ts
// `alignTuning`) on the labelled dev alignment set (../shared/dev-data/align: a machine and a
// human French translation of one German article, 380 gold links; never copied into the repo)
// and reports cross-validated figures. The set is one document, so the folds are contiguous
// chunks of it: for each chunk, the constants are chosen on the other chunks and scored on it;
// the held-out counts of all chunks are pooled into the CV figure. Scores follow the set's own
// score_align.py (vecalign's strict/lax precision and recall: Thompson & Koehn 2019, after
// Sennrich & Volk 2011), re-implemented here so a grid runs in one process.
//   npm run fit:alignment               grid search, CV and in-sample figures
//   npm run fit:alignment -- --current  the figures of the constants in align.ts only
//   npm run fit:alignment -- --calibrate the fill floor's calibration (see calibrate below)
//   --with-boilerplate                  compare whole texts (the aligner alone, without the boilerplate labels)
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {analyzeArticles} from '../source/corpus/analyze.js';
import {loadCorpus} from '../source/corpus/load.js';
import {compareTexts} from '../source/compare/compare.js';
import {comparisonExclusions} from '../source/compare/compare-articles.js';
import {alignTuning, type AlignTuning} from '../source/compare/align.js';
import type {Excluded, Row} from '../source/compare/model.js';
import {devData} from './dev-pairs.js';
import {Vocabulary} from '../source/compare/tokens.js';
import {buildSide} from '../source/compare/units.js';
import {computeWeights} from '../source/compare/weights.js';
import {contextSimilarityOf, Grams, Profiles} from '../source/compare/similarity.js';

type Link = [number[], number[]];
type Article = {name: string; left: string; right: string; exclusions: {exclude?: {left: Excluded[]; right: Excluded[]}; tentative?: {left: Excluded[]; right: Excluded[]}}; gold: Link[]; leftOwners: Int32Array; rightOwners: Int32Array};
/** strict tp, strict fp, lax tp, lax fp (precision side), then the same over gold (recall side). */
type Counts = number[];

const {values} = parseArgs({options: {current: {type: 'boolean'}, folds: {type: 'string', default: '4'}, set: {type: 'string', multiple: true}, 'with-boilerplate': {type: 'boolean'}, calibrate: {type: 'boolean'}, misses: {type: 'boolean'}}});
const folds = Number(values.folds);

/** UTF-16 code unit -> line number when it belongs to a non-white-space character, else -1 (score_align.unit_owners). */
const owners = (text: string): Int32Array => {
	const result = new Int32Array(text.length).fill(-1);
	let line = 0;
	for (let k = 0; k < text.length; k++) {
		if (text[k] === '\n') line++;
		else if (!/\s/u.test(text[k]!)) result[k] = line;
	}
	return result;
};

const linesOf = (span: {start: number; end: number}, owner: Int32Array): number[] => {
	const lines = new Set<number>();
	for (let k = span.start; k < span.end; k++) if (owner[k]! >= 0) lines.add(owner[k]!);
	return [...lines].sort((a, b) => a - b);
};

/** Links of the rows (both sides present, not boilerplate/added/removed), merged into connected components. */
const testLinks = (rows: Row[], article: Article): Link[] => {
	const parent = new Map<string, string>();
	const find = (x: string): string => {
		while (parent.get(x) !== x) {
			const up = parent.get(parent.get(x)!)!;
			parent.set(x, up);
			x = up;
		}
		return x;
	};
	const node = (x: string) => {
		if (!parent.has(x)) parent.set(x, x);
		return x;
	};
	for (const row of rows) {
		if (row.kind === 'boilerplate' || row.kind === 'added' || row.kind === 'removed' || !row.left || !row.right) continue;
		const left = linesOf(row.left, article.leftOwners);
		const right = linesOf(row.right, article.rightOwners);
		if (!left.length || !right.length) continue;
		const root = find(node(`L${left[0]}`));
		for (const x of [...left.map(i => `L${i}`), ...right.map(j => `R${j}`)]) parent.set(find(node(x)), find(root));
	}
	const groups = new Map<string, Link>();
	for (const x of parent.keys()) {
		const root = find(x);
		if (!groups.has(root)) groups.set(root, [[], []]);
		groups.get(root)![x[0] === 'L' ? 0 : 1].push(Number(x.slice(1)));
	}
	return [...groups.values()].map(([l, r]) => [l.sort((a, b) => a - b), r.sort((a, b) => a - b)]);
};

const key = ([l, r]: Link) => `${l.join(',')}:${r.join(',')}`;

/** score_align.precision_counts: strict tp/fp and lax tp/fp of `test` against `gold`. */
const precisionCounts = (gold: Link[], test: Link[]): Counts => {
	const goldKeys = new Set(gold.map(key));
	const targets = new Map<number, Set<number>>();
	for (const [l, r] of gold) for (const i of l) for (const j of r) (targets.get(i) ?? targets.set(i, new Set()).get(i)!).add(j);
	const counts = [0, 0, 0, 0];
	for (const link of new Map(test.map(link => [key(link), link])).values()) {
		if (goldKeys.has(key(link))) (counts[0]++, counts[2]++);
		else if (link[1].some(j => link[0].some(i => targets.get(i)?.has(j)))) (counts[1]++, counts[2]++);
		else (counts[1]++, counts[3]++);
	}
	return counts;
};

/** Strict and lax F1 from summed counts (precision counts, then recall counts). */
const f1 = (counts: Counts): {strict: number; lax: number} => {
	const div = (a: number, b: number) => (b ? a / b : 0);
	const f = (p: number, r: number) => div(2 * p * r, p + r);
	const [ps, pl] = [div(counts[0]!, counts[0]! + counts[1]!), div(counts[2]!, counts[2]! + counts[3]!)];
	const [rs, rl] = [div(counts[4]!, counts[4]! + counts[5]!), div(counts[6]!, counts[6]! + counts[7]!)];
	return {strict: f(ps, rs), lax: f(pl, rl)};
};

const readGold = (file: string): Link[] =>
	readFileSync(file, 'utf8')
		.split('\n')
		.filter(line => line.trim())
		.map(line => line.split(':').map(part => JSON.parse(part) as number[]) as Link);

const loadArticles = async (): Promise<Article[]> => {
	const folder = path.join(devData(), 'align');
	const [header, ...rows] = readFileSync(path.join(folder, 'manifest.tsv'), 'utf8').trim().split('\n');
	const columns = header!.split('\t');
	const articles: Article[] = [];
	for (const row of rows) {
		const cells = Object.fromEntries(row.split('\t').map((cell, k) => [columns[k], cell])) as Record<string, string>;
		const corpus = await loadCorpus([path.join(folder, cells['left']!), path.join(folder, cells['right']!)]);
		const [left, right] = analyzeArticles(corpus.articles);
		articles.push({
			name: cells['art']!,
			left: left!.text,
			right: right!.text,
			exclusions: values['with-boilerplate'] ? {} : comparisonExclusions(left!, right!),
			gold: readGold(path.join(folder, cells['gold']!)),
			leftOwners: owners(left!.text),
			rightOwners: owners(right!.text),
		});
	}
	return articles;
};

/**
 * Counts per fold: fold k holds the k-th contiguous share of the gold links (recall), and the
 * test links that begin (first left line) in its range of left lines (precision).
 */
const foldCounts = (article: Article, tuning: AlignTuning): Counts[] => {
	const rows = compareTexts(article.left, article.right, {...article.exclusions, alignTuning: tuning}).rows;
	const test = testLinks(rows, article);
	const gold = article.gold.filter(([l, r]) => l.length || r.length);
	const starts: number[] = [];
	for (let k = 0; k < folds; k++) {
		const first = gold.slice(Math.floor((k * gold.length) / folds)).find(([l]) => l.length);
		starts.push(first ? first[0][0]! : Number.POSITIVE_INFINITY);
	}
	const foldOfLine = (line: number) => {
		let fold = 0;
		while (fold + 1 < folds && line >= starts[fold + 1]!) fold++;
		return fold;
	};
	const foldOfGold = (index: number) => Math.min(folds - 1, Math.floor((index * folds) / gold.length));
	return Array.from({length: folds}, (_, k) => {
		const goldHere = gold.filter((_, index) => foldOfGold(index) === k);
		const testHere = test.filter(([l]) => foldOfLine(l[0]!) === k);
		const bothSides = (links: Link[]) => links.filter(([l, r]) => l.length && r.length);
		// Each link is judged against all links of the other kind, so the folds' counts add up to the whole set's.
		return [...precisionCounts(gold, testHere), ...precisionCounts(bothSides(test), bothSides(goldHere))];
	});
};

const add = (a: Counts, b: Counts): Counts => a.map((value, k) => value + b[k]!);
const sumOf = (list: Counts[]): Counts => list.reduce(add, [0, 0, 0, 0, 0, 0, 0, 0]);
/** What a setting is chosen by: strict plus lax F1 (both targets count). */
const objective = (counts: Counts) => {
	const {strict, lax} = f1(counts);
	return strict + lax;
};

/** The grid: each constant's candidate values (the current value is always among them). */
const grid: Partial<Record<keyof AlignTuning, number[]>> = {
	attachLengthGain: [0.5, 1],
	attachLengthVeto: [4, 6, Number.POSITIVE_INFINITY],
	mergeLengthGain: [1, 2, 3],
	// -1: no re-division (the figure before it).
	redivideWeight: [-1, 2, 4, 8],
	widePrior: [0, 0.005, 0.01],
	wideBlockPrior: [0, 0.005, 0.01],
};

const settings = (): AlignTuning[] => {
	let list: AlignTuning[] = [{...alignTuning}];
	for (const [name, candidates] of Object.entries(grid) as Array<[keyof AlignTuning, number[]]>) {
		list = list.flatMap(tuning => [...new Set([alignTuning[name], ...candidates])].map(value => ({...tuning, [name]: value})));
	}
	return list;
};

const describe = (tuning: AlignTuning) => (Object.keys(grid) as Array<keyof AlignTuning>).map(name => `${name} ${tuning[name]}`).join(', ');
const show = (counts: Counts) => {
	const {strict, lax} = f1(counts);
	return `strict F1 ${strict.toFixed(3)} lax F1 ${lax.toFixed(3)}`;
};

const articles = await loadArticles();
const evaluate = (tuning: AlignTuning): Counts[] => {
	const perFold = articles.map(article => foldCounts(article, tuning));
	return Array.from({length: folds}, (_, k) => sumOf(perFold.map(counts => counts[k]!)));
};

/** --set name=value (repeatable): try constants other than align.ts's, with --current. */
const start: AlignTuning = {...alignTuning};
for (const assignment of values.set ?? []) {
	const [name, value] = assignment.split('=');
	if (!(name! in start)) throw new Error(`copydesk: no constant ${name} in alignTuning`);
	start[name as keyof AlignTuning] = Number(value);
}
/**
 * The fill floor's calibration: the context similarity (similarity.ts contextSimilarityOf)
 * of gold 1:1 links, and of each gold left sentence with the right sentences one and two
 * places from its counterpart (neighbours that do not correspond). The floor is set where
 * about 5% of such neighbours reach it: a block between two pairs that resembles its
 * counterpart no more than a neighbour would is not shown as a rewritten pair.
 */
const calibrate = (article: Article) => {
	const vocabulary = new Vocabulary();
	const left = buildSide(article.left, vocabulary, article.exclusions.exclude?.left, article.exclusions.tentative?.left);
	const right = buildSide(article.right, vocabulary, article.exclusions.exclude?.right, article.exclusions.tentative?.right);
	const weights = computeWeights(left, right, vocabulary);
	const grams = new Grams(weights);
	const leftProfiles = new Profiles(weights.unitWords[0], weights, grams);
	const rightProfiles = new Profiles(weights.unitWords[1], weights, grams);
	/** The single body unit on a line, if the line is one sentence. */
	const unitOfLine = (side: typeof left, owner: Int32Array) => {
		const units = new Map<number, number[]>();
		for (const index of side.body) {
			const line = owner[side.units[index]!.start]!;
			units.set(line, [...(units.get(line) ?? []), index]);
		}
		return (line: number) => (units.get(line)?.length === 1 ? units.get(line)![0] : undefined);
	};
	const leftUnit = unitOfLine(left, article.leftOwners);
	const rightUnit = unitOfLine(right, article.rightOwners);
	const linked: number[] = [];
	const neighbours: number[] = [];
	for (const [l, r] of article.gold) {
		if (l.length !== 1 || r.length !== 1) continue;
		const i = leftUnit(l[0]!);
		const j = rightUnit(r[0]!);
		if (i === undefined || j === undefined) continue;
		linked.push(contextSimilarityOf(leftProfiles.of(i), rightProfiles.of(j)));
		for (const offset of [-2, -1, 1, 2]) {
			const other = rightUnit(r[0]! + offset);
			if (other !== undefined) neighbours.push(contextSimilarityOf(leftProfiles.of(i), rightProfiles.of(other)));
		}
	}
	const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;
	console.log(`${article.name}: context similarity of ${linked.length} gold 1:1 links: 10th percentile ${quantile(linked, 0.1).toFixed(3)}, median ${quantile(linked, 0.5).toFixed(3)}`);
	console.log(`${article.name}: of ${neighbours.length} non-corresponding neighbours: 90th percentile ${quantile(neighbours, 0.9).toFixed(3)}, 95th ${quantile(neighbours, 0.95).toFixed(3)} (fillFloor ${alignTuning.fillFloor})`);
};
if (values.calibrate) for (const article of articles) calibrate(article);

/**
 * --misses: every gold link the aligner does not reproduce exactly, beside the links it made
 * over the same lines (gold `L…:R…` vs ours), with the lines' text: the diagnosis behind each change.
 */
const misses = (article: Article, tuning: AlignTuning) => {
	const rows = compareTexts(article.left, article.right, {...article.exclusions, alignTuning: tuning}).rows;
	const test = testLinks(rows, article);
	const testKeys = new Set(test.map(key));
	const leftLines = article.left.split('\n');
	const rightLines = article.right.split('\n');
	const show = ([l, r]: Link) => `[${l.join(',')}]:[${r.join(',')}]`;
	let count = 0;
	for (const link of article.gold) {
		if (!link[0].length || !link[1].length || testKeys.has(key(link))) continue;
		count++;
		const ours = test.filter(([l, r]) => l.some(i => link[0].includes(i)) || r.some(j => link[1].includes(j)));
		console.log(`gold ${show(link)}  ours ${ours.length ? ours.map(show).join(' ') : '(none)'}`);
		const lines = new Set([...link[0], ...ours.flatMap(([l]) => l)]);
		for (const i of [...lines].sort((a, b) => a - b)) console.log(`  L${i} ${leftLines[i]?.slice(0, 110)}`);
		const right = new Set([...link[1], ...ours.flatMap(([, r]) => r)]);
		for (const j of [...right].sort((a, b) => a - b)) console.log(`  R${j} ${rightLines[j]?.slice(0, 110)}`);
	}
	console.log(`${article.name}: ${count} gold links not reproduced`);
};
if (values.misses) for (const article of articles) misses(article, start);

const current = evaluate(start);
console.log(`${values.set ? 'set' : 'current'} constants (${describe(start)}): ${show(sumOf(current))}`);
for (let k = 0; k < folds; k++) console.log(`  chunk ${k + 1}: ${show(current[k]!)}`);
if (!values.current) {
	const all = settings();
	const started = performance.now();
	const results = all.map(tuning => ({tuning, counts: evaluate(tuning)}));
	console.log(`${all.length} settings in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	let heldOut: Counts = [0, 0, 0, 0, 0, 0, 0, 0];
	for (let k = 0; k < folds; k++) {
		const train = (result: (typeof results)[number]) => objective(sumOf(result.counts.filter((_, fold) => fold !== k)));
		const best = results.reduce((a, b) => (train(b) > train(a) + 1e-9 ? b : a));
		heldOut = add(heldOut, best.counts[k]!);
		console.log(`  chunk ${k + 1} held out: chosen on the others ${describe(best.tuning)} -> on the chunk ${show(best.counts[k]!)}`);
	}
	console.log(`cross-validated (${folds} contiguous chunks, held-out counts pooled): ${show(heldOut)}`);
	const best = results.reduce((a, b) => (objective(sumOf(b.counts)) > objective(sumOf(a.counts)) + 1e-9 ? b : a));
	console.log(`best on the whole set (in-sample): ${describe(best.tuning)}: ${show(sumOf(best.counts))}`);
}
