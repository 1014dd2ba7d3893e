// Corpus benchmarks: near-duplicate group quality (pairwise precision, recall,
// F1 against the generator's families) and timings of the reader's feed and of
// `copydesk list --json` at scale. Medians of several runs.
//
//   node --import=tsx bench/corpus.ts                  (10,000 articles; BENCH_ARTICLES=N for another size)
//   BENCH_LARGE=1 node --import=tsx bench/corpus.ts    (adds 100,000 through list --json; needs npm run build)
// Corpora are generated once under bench/out/ (git-ignored; BENCH_OUT=DIR for another place, /tmp say) and reused.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyzeArticles} from '../source/corpus/analyze.js';
import {openCorpusFeed} from '../source/corpus/feed-from-disk.js';
import {loadCorpus} from '../source/corpus/load.js';
import type {GroupInfo} from '../source/corpus/article.js';
import {groupArticles} from '../source/groups/groups.js';
import {generateCorpus, writeCorpus} from './generate-corpus.js';

const outRoot = process.env['BENCH_OUT'] ?? fileURLToPath(new URL('./out/', import.meta.url));

export type PairScores = {precision: number; recall: number; f1: number};

/** Pairwise scores of a clustering against the truth: pairs put together that belong together. */
export function pairwiseScores(predicted: readonly number[], truth: readonly number[]): PairScores {
	const pairs = (counts: Iterable<number>) => {
		let total = 0;
		for (const count of counts) total += (count * (count - 1)) / 2;
		return total;
	};

	const count = (keys: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
		return counts.values();
	};

	const predictedPairs = pairs(count(predicted.map(String)));
	const truePairs = pairs(count(truth.map(String)));
	const both = pairs(count(predicted.map((group, index) => `${group}:${truth[index]}`)));
	const precision = predictedPairs === 0 ? 1 : both / predictedPairs;
	const recall = truePairs === 0 ? 1 : both / truePairs;
	return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)};
}

export async function ensureCorpus(count: number, jsonl = false): Promise<{directory: string; truth: Record<string, number>; variants: Record<string, string>}> {
	const directory = path.join(outRoot, `corpus-${count}${jsonl ? '-jsonl' : ''}`);
	const truthFile = `${directory}.truth.json`;
	const variantsFile = `${directory}.variants.json`;
	if (!existsSync(truthFile) || !existsSync(variantsFile)) await writeCorpus(directory, generateCorpus(count), jsonl);
	return {
		directory,
		truth: JSON.parse(await readFile(truthFile, 'utf8')) as Record<string, number>,
		variants: JSON.parse(await readFile(variantsFile, 'utf8')) as Record<string, string>,
	};
}

/** Of the predicted groups with several members of one family, how often the chosen original is the family's original (strict) or a verbatim copy of it. */
function originalAccuracy(articles: ReadonlyArray<{id: string; name: string}>, groups: readonly GroupInfo[], truth: Record<string, number>, variants: Record<string, string>) {
	const names = new Map(articles.map(article => [article.id, article.name]));
	const checked = new Map<number, string>();
	const families = new Map<number, Set<number>>();
	for (const [index, group] of groups.entries()) {
		if (group.groupSize < 2) continue;
		checked.set(group.group, names.get(group.original)!);
		const set = families.get(group.group) ?? new Set();
		set.add(truth[articles[index].name]);
		families.set(group.group, set);
	}

	let strict = 0;
	let lenient = 0;
	let total = 0;
	for (const [group, original] of checked) {
		if (families.get(group)!.size !== 1) continue;
		total++;
		if (variants[original] === 'original') strict++;
		if (variants[original] === 'original' || variants[original] === 'verbatim') lenient++;
	}

	return {strict: strict / Math.max(1, total), lenient: lenient / Math.max(1, total), total};
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
	const start = performance.now();
	const value = await run();
	return [performance.now() - start, value];
}

export async function runCorpusBench(options: {articles?: number; runs?: number; large?: boolean} = {}): Promise<string[]> {
	const count = options.articles ?? Number(process.env['BENCH_ARTICLES'] ?? 10_000);
	const runs = options.runs ?? 3;
	const lines: string[] = [];
	const {directory, truth, variants} = await ensureCorpus(count);

	// Quality.
	const loaded = await loadCorpus([directory]);
	const [analyseMs, analysed] = await time(async () => analyzeArticles(loaded.articles));
	const [groupMs, groups] = await time(async () => groupArticles(analysed));
	const scores = pairwiseScores(
		groups.map(group => group.group),
		analysed.map(article => truth[article.name]),
	);
	const bytes = loaded.articles.reduce((sum, article) => sum + article.size, 0);
	lines.push(`corpus: ${count} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${new Set(Object.values(truth)).size} families`);
	lines.push(`groups: pairwise precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}, F1 ${scores.f1.toFixed(3)} (target F1 ≥ 0.95)`);
	const originals = originalAccuracy(analysed, groups, truth, variants);
	lines.push(
		`originals: the family's original chosen in ${(originals.strict * 100).toFixed(1)}% of ${originals.total} pure groups, it or a verbatim copy in ${(originals.lenient * 100).toFixed(1)}%`,
	);
	lines.push(`in-process: analysis ${seconds(analyseMs)}, grouping ${seconds(groupMs)}`);

	// The reader's feed: first snapshot, complete cold (empty cache), complete from cache.
	const firstSnapshot: number[] = [];
	const cold: number[] = [];
	const warm: number[] = [];
	for (let run = 0; run < runs; run++) {
		const cache = await mkdtemp(path.join(tmpdir(), 'copydesk-bench-cache-'));
		try {
			const start = performance.now();
			const feed = await openCorpusFeed([directory], {cache});
			firstSnapshot.push(performance.now() - start);
			await feed.ready;
			cold.push(performance.now() - start);
			const warmStart = performance.now();
			const again = await openCorpusFeed([directory], {cache});
			await again.ready;
			warm.push(performance.now() - warmStart);
			if (again.snapshot().articles.some(article => article.pending || !article.group)) throw new Error('cache run incomplete');
		} finally {
			await rm(cache, {recursive: true, force: true});
		}
	}

	lines.push(`feed: list on screen ${seconds(median(firstSnapshot))} (target ≤ 1 s), groups complete cold ${seconds(median(cold))} (≤ 10 s), from cache ${seconds(median(warm))} (≤ 1 s); medians of ${runs}`);

	if (options.large ?? process.env['BENCH_LARGE'] === '1') {
		const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
		if (!existsSync(cli)) throw new Error('run npm run build first');
		const large = await ensureCorpus(100_000);
		// GNU time reports the peak resident set size (KB) of the child.
		// An empty cache directory: list reads and writes the analysis cache, and this is the cold run.
		const cacheHome = await mkdtemp(path.join(tmpdir(), 'copydesk-bench-large-cache-'));
		const start = performance.now();
		const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'list', '--json', large.directory], {
			encoding: 'utf8',
			maxBuffer: 1024 * 1024 * 1024,
			env: {...process.env, XDG_CACHE_HOME: cacheHome},
		});
		const elapsed = performance.now() - start;
		await rm(cacheHome, {recursive: true, force: true});
		const peakKb = Number(result.stderr.trim().split('\n').at(-1));
		const records = result.stdout.split('\n').filter(Boolean).map(line => JSON.parse(line) as {path: string; group: number});
		const largeScores = pairwiseScores(records.map(record => record.group), records.map(record => large.truth[path.relative(large.directory, record.path)]));
		lines.push(
			`list --json, 100,000 articles: ${seconds(elapsed)} (target ≤ 120 s), peak RSS ${(peakKb / 1024).toFixed(0)} MB (≤ 2048 MB), ${records.length} records, F1 ${largeScores.f1.toFixed(3)}, exit ${result.status}`,
		);
	}

	return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	for (const line of await runCorpusBench()) console.log(line);
}
