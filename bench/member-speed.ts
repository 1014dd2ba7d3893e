// The grouping record's parts (groups/member.ts memberOf, text/words.ts wordCountAndHashes), timed one
// by one in one process over the labelled articles of a generated corpus: what `list`'s workers spend
// on each article once it is labelled (issue #15). Rounds interleaved, medians; CPU is the process's.
//   node --import=tsx bench/member-speed.ts [ARTICLES=1500] [ROUNDS=7]   (BENCH_OUT as bench/corpus.ts)
import {analyzeArticles} from '../source/corpus/analyze.js';
import {loadCorpus} from '../source/corpus/load.js';
import {figuresOf} from '../source/compare/figures.js';
import {factHashes, figureHashes, groupMember, textHash, wordRunsHash} from '../source/groups/member.js';
import {fingerprintOfTokens, keptSpans, keptText} from '../source/groups/shingles.js';
import {sortHashes} from '../source/groups/sort-hashes.js';
import {wordCountAndHashes} from '../source/text/words.js';
import {ensureCorpus} from './corpus.js';
import {median} from './process.js';

const count = Number(process.argv[2] ?? 1500);
const rounds = Number(process.argv[3] ?? 7);
const {directory} = await ensureCorpus(10_000);
const {articles} = await loadCorpus([directory]);
const analysed = analyzeArticles(articles.slice(0, count));
const kept = analysed.map(article => keptText(article));
const spans = analysed.map(article => keptSpans(article));
const words = analysed.map((article, i) => wordCountAndHashes(article.text, spans[i]!).hashes!);
const found = kept.map(text => figuresOf(text));
let sink = 0;
const parts: Record<string, () => void> = {
	'wordCountAndHashes': () => analysed.forEach((article, i) => (sink += wordCountAndHashes(article.text, spans[i]!).count)),
	'keptText': () => analysed.forEach(article => (sink += keptText(article).length)),
	'figuresOf': () => kept.forEach(text => (sink += figuresOf(text).length)),
	'figureHashes': () => kept.forEach((text, i) => (sink += figureHashes(text, found[i]).length)),
	'factHashes': () => kept.forEach((text, i) => (sink += factHashes(text, found[i]).length)),
	'textHash': () => analysed.forEach(article => (sink += textHash(article.text).length)),
	'wordRunsHash': () => kept.forEach(text => (sink += wordRunsHash(text).length)),
	'fingerprintOfTokens': () => words.forEach(tokens => (sink += fingerprintOfTokens(tokens).shingles.length)),
	'sortHashes': () => words.forEach(tokens => (sink += sortHashes(tokens.slice()).length)),
	'groupMember (whole)': () => analysed.forEach(article => (sink += groupMember(article).bag.length)),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(parts).map(name => [name, []]));
for (let round = 0; round < rounds; round++) {
	for (const [name, run] of Object.entries(parts)) {
		const start = process.cpuUsage();
		run();
		const used = process.cpuUsage(start);
		times[name]!.push((used.user + used.system) / 1000);
	}
}
console.log(`${analysed.length} articles, ${rounds} rounds (CPU ms, median and range); sink ${sink % 10}`);
for (const [name, values] of Object.entries(times)) console.log(`${name.padEnd(22)} ${median(values).toFixed(1).padStart(8)}  (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`);
