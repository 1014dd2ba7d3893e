// Line-level evaluation of boilerplate detection on the labelled fixtures in
// test/fixtures/boilerplate (format: README.md there). All fixtures form one
// corpus, so site families exercise the repetition evidence; the files under
// holdout/ are reported apart. Run: npm run eval:boilerplate
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {labelArticle} from '../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../source/boilerplate/corpus-evidence.js';
import type {ArticleLabels, LineLabel} from '../source/boilerplate/label.js';

export type LabelledFixture = {
	name: string;
	holdout: boolean;
	text: string;
	/** Gold label per 1-based line number of the non-blank lines: 'body', 'title', 'metadata:date', 'boilerplate:headlines', ... */
	gold: Map<number, string>;
};

export const fixtureRoot = fileURLToPath(new URL('../test/fixtures/boilerplate/', import.meta.url));

const goldOf = (tag: string): string => {
	if (tag === 'B') {
		return 'body';
	}

	if (tag === 'T') {
		return 'title';
	}

	if (tag.startsWith('M:')) {
		return `metadata:${tag.slice(2)}`;
	}

	if (tag.startsWith('X:')) {
		return `boilerplate:${tag.slice(2)}`;
	}

	throw new Error(`unknown tag ${tag}`);
};

/** Parses one labelled file: the raw article (lines joined by LF) and its gold labels. */
export const parseLabelled = (name: string, source: string, holdout = false): LabelledFixture => {
	const rows = source.replace(/\n$/u, '').split('\n');
	const gold = new Map<number, string>();
	const text = rows
		.map((row, i) => {
			const bar = row.indexOf('|');
			if (bar === -1) {
				if (row.trim() !== '') {
					throw new Error(`${name}:${i + 1}: line without a tag`);
				}

				return row;
			}

			gold.set(i + 1, goldOf(row.slice(0, bar)));
			return row.slice(bar + 1);
		})
		.join('\n');
	return {name, holdout, text, gold};
};

/** Every labelled fixture, main set first, then holdout/, in name order. */
export const loadLabelledFixtures = (root = fixtureRoot): LabelledFixture[] => {
	const load = (directory: string, holdout: boolean): LabelledFixture[] =>
		readdirSync(directory)
			.filter((file) => file.endsWith('.labelled.txt'))
			.sort()
			.map((file) => parseLabelled(path.join(holdout ? 'holdout' : '', file), readFileSync(path.join(directory, file), 'utf8'), holdout));
	return [...load(root, false), ...load(path.join(root, 'holdout'), true)];
};

export const predictedOf = (label: LineLabel): string =>
	label.kind === 'boilerplate' ? `boilerplate:${label.category ?? 'template'}` : label.kind === 'metadata' ? `metadata:${label.metadata ?? 'date'}` : label.kind;

type Counts = {tp: number; fp: number; fn: number};
type Pair = {gold: string; predicted: string};

const f1 = ({tp, fp, fn}: Counts): {p: number; r: number; f: number} => {
	const p = tp + fp === 0 ? 1 : tp / (tp + fp);
	const r = tp + fn === 0 ? 1 : tp / (tp + fn);
	return {p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r)};
};

const isKept = (label: string): boolean => label === 'body' || label === 'title';

export type Scores = {
	lines: number;
	perLabel: Map<string, Counts>;
	/** Non-body labels, exact label match, micro-averaged. */
	overall: Counts;
	/** Binary: is the line removed (boilerplate or metadata)? */
	removal: Counts;
	/** Gold article lines (body/title) that were removed: article text lost. */
	articleLinesLost: number;
	articleLines: number;
};

export const score = (pairs: readonly Pair[]): Scores => {
	const perLabel = new Map<string, Counts>();
	const counts = (label: string): Counts => {
		let entry = perLabel.get(label);
		if (!entry) {
			entry = {tp: 0, fp: 0, fn: 0};
			perLabel.set(label, entry);
		}

		return entry;
	};

	const overall = {tp: 0, fp: 0, fn: 0};
	const removal = {tp: 0, fp: 0, fn: 0};
	let articleLinesLost = 0;
	let articleLines = 0;
	for (const {gold, predicted} of pairs) {
		if (gold === predicted) {
			counts(gold).tp++;
		} else {
			counts(gold).fn++;
			counts(predicted).fp++;
		}

		if (gold !== 'body') {
			if (gold === predicted) {
				overall.tp++;
			} else {
				overall.fn++;
			}
		}

		if (predicted !== 'body' && gold !== predicted) {
			overall.fp++;
		}

		const goldRemoved = !isKept(gold);
		const predictedRemoved = !isKept(predicted);
		if (goldRemoved && predictedRemoved) {
			removal.tp++;
		} else if (predictedRemoved) {
			removal.fp++;
		} else if (goldRemoved) {
			removal.fn++;
		}

		if (isKept(gold)) {
			articleLines++;
			if (predictedRemoved) {
				articleLinesLost++;
			}
		}
	}

	return {lines: pairs.length, perLabel, overall, removal, articleLinesLost, articleLines};
};

const percent = (value: number): string => (100 * value).toFixed(1).padStart(5);

export const formatScores = (title: string, scores: Scores): string[] => {
	const out = [`${title}: ${scores.lines} labelled lines`];
	out.push(`  ${'label'.padEnd(26)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}  support`);
	for (const [label, counts] of [...scores.perLabel].sort(([a], [b]) => a.localeCompare(b))) {
		const {p, r, f} = f1(counts);
		out.push(`  ${label.padEnd(26)} ${percent(p)} ${percent(r)} ${percent(f)}  ${counts.tp + counts.fn}`);
	}

	const overall = f1(scores.overall);
	const removal = f1(scores.removal);
	const bodyPrecision = 1 - scores.articleLinesLost / Math.max(1, scores.removal.tp + scores.removal.fp);
	const bodyRecall = 1 - scores.articleLinesLost / Math.max(1, scores.articleLines);
	out.push(`  overall (non-body labels, exact category)  P ${percent(overall.p)}  R ${percent(overall.r)}  F1 ${percent(overall.f)}`);
	out.push(`  removal (boilerplate+metadata vs kept)      P ${percent(removal.p)}  R ${percent(removal.r)}  F1 ${percent(removal.f)}`);
	out.push(`  body-line precision (removed lines that are not article text) ${percent(bodyPrecision)}`);
	out.push(`  article lines kept (body+title recall) ${percent(bodyRecall)}  (${scores.articleLinesLost} of ${scores.articleLines} lost)`);
	return out;
};

export type Mistake = {fixture: string; n: number; gold: string; predicted: string; reason?: string; line: string};

/** Labels every fixture against the whole fixture corpus; returns pairs per set and the mistakes. */
/** Which set a fixture belongs to: main, or holdout-1/2/3 (holdout/holdout-*, holdout2-*, holdout3-*: written in that order, after the rules they test). */
export const fixtureSet = (fixture: LabelledFixture): string => {
	if (!fixture.holdout) {
		return 'main';
	}

	const generation = /^holdout(\d)-/u.exec(path.basename(fixture.name))?.[1];
	return `holdout-${generation ?? '1'}`;
};

export const evaluate = (fixtures = loadLabelledFixtures()): {main: Pair[]; holdout: Pair[]; bySet: Map<string, Pair[]>; mistakes: Mistake[]; labels: Map<string, ArticleLabels>} => {
	const evidence = buildCorpusEvidence(fixtures.map((fixture) => fixture.text));
	const main: Pair[] = [];
	const holdout: Pair[] = [];
	const bySet = new Map<string, Pair[]>();
	const mistakes: Mistake[] = [];
	const labels = new Map<string, ArticleLabels>();
	for (const fixture of fixtures) {
		const result = labelArticle(fixture.text, evidence);
		labels.set(fixture.name, result);
		const predicted = new Map(result.lines.map((label) => [label.n, label]));
		for (const [n, gold] of fixture.gold) {
			const label = predicted.get(n);
			const guess = label ? predictedOf(label) : 'unlabelled';
			(fixture.holdout ? holdout : main).push({gold, predicted: guess});
			const set = fixtureSet(fixture);
			bySet.set(set, [...(bySet.get(set) ?? []), {gold, predicted: guess}]);
			if (guess !== gold) {
				const line = fixture.text.split('\n')[n - 1];
				mistakes.push({fixture: fixture.name, n, gold, predicted: guess, reason: label?.reason, line});
			}
		}
	}

	return {main, holdout, bySet, mistakes, labels};
};

export const runEval = (verbose = false): string[] => {
	const fixtures = loadLabelledFixtures();
	const {main, holdout, bySet, mistakes} = evaluate(fixtures);
	const count = (set: string): number => fixtures.filter((fixture) => fixtureSet(fixture) === set).length;
	const out = [
		`${count('main')} main fixtures, ${count('holdout-1')} holdout-1, ${count('holdout-2')} holdout-2, ${count('holdout-3')} holdout-3, ${count('holdout-4')} holdout-4 fixtures (each set written after the rules the previous one tuned), one corpus`,
		...formatScores('main set', score(main)),
		...formatScores('holdout-1 set', score(bySet.get('holdout-1') ?? [])),
		...formatScores('holdout-2 set', score(bySet.get('holdout-2') ?? [])),
		...formatScores('holdout-3 set', score(bySet.get('holdout-3') ?? [])),
		...formatScores('holdout-4 set', score(bySet.get('holdout-4') ?? [])),
		...formatScores('all holdout', score(holdout)),
		...formatScores('all', score([...main, ...holdout])),
	];
	if (verbose) {
		out.push('mistakes:');
		for (const mistake of mistakes) {
			out.push(`  ${mistake.fixture}:${mistake.n} gold ${mistake.gold}, got ${mistake.predicted}${mistake.reason ? ` (${mistake.reason})` : ''}: ${mistake.line.slice(0, 80)}`);
		}
	}

	return out;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	console.log(runEval(process.argv.includes('--verbose') || process.argv.includes('-v')).join('\n'));
}
