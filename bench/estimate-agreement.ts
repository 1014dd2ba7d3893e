// How far list's fingerprint estimate of a copy's relation (groups/relation.ts: what
// `list` reports for the copies past its verdict budget, marked estimated) is from
// `diff`'s verdict (pairVerdict) on real copies: the dev reuse pairs, each put alone in
// a folder as `list` would see it, and the copies `list` groups among the dev page dumps.
// Prints, per set: pairs, relation agreement, mean signed similarity difference
// (estimate − diff) and the share within 0.02. Reads ../shared/dev-data at run time.
//   node --import=tsx bench/estimate-agreement.ts [--pages N]   (N page dumps of dragnet-train; default 400)
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import type {Article} from '../source/corpus/article.js';
import {analyzeArticles} from '../source/corpus/analyze.js';
import {pairVerdict} from '../source/corpus/pair-verdict.js';
import {groupArticles} from '../source/groups/groups.js';
import {groupMember} from '../source/groups/member.js';
import {estimateRelation} from '../source/groups/relation.js';
import {devData, reusePairs} from '../scripts/dev-pairs.js';

const {values} = parseArgs({options: {pages: {type: 'string', default: '400'}}});
const fileArticle = (file: string, folder: string, name = path.basename(file)): Article => {
	const text = readFileSync(file, 'utf8');
	return {id: name, path: path.join(folder, name), name, text, size: text.length, warnings: [], meta: {}};
};

type Row = {relationAgrees: boolean; difference: number; estimate: string; verdict: string};
const report = (set: string, rows: Row[]) => {
	const n = rows.length;
	const agree = rows.filter(row => row.relationAgrees).length;
	const mean = rows.reduce((sum, row) => sum + row.difference, 0) / Math.max(1, n);
	const within = rows.filter(row => Math.abs(row.difference) <= 0.02).length;
	const confusion = new Map<string, number>();
	for (const row of rows) if (!row.relationAgrees) confusion.set(`${row.estimate}→${row.verdict}`, (confusion.get(`${row.estimate}→${row.verdict}`) ?? 0) + 1);
	console.log(`${set}: ${n} pairs · relation agrees ${(agree / Math.max(1, n)).toFixed(3)} · similarity estimate − diff mean ${mean.toFixed(3)} · within 0.02 ${(within / Math.max(1, n)).toFixed(3)} · disagreements (estimate→diff) ${JSON.stringify(Object.fromEntries(confusion))}`);
};

const judge = (original: ReturnType<typeof analyzeArticles>[number], copy: ReturnType<typeof analyzeArticles>[number]): Row => {
	const estimate = estimateRelation(groupMember(copy), groupMember(original));
	const verdict = pairVerdict(original, copy);
	return {relationAgrees: estimate.relation === verdict.relation, difference: estimate.similarity - verdict.similarity, estimate: estimate.relation, verdict: verdict.relation};
};

for (const set of ['counter', 'clough'] as const) {
	const rows: Row[] = [];
	const grouped: Row[] = [];
	for (const pair of reusePairs(set)) {
		// Both files in one folder, as `list FOLDER` reads them (left the original).
		const folder = `/pair-${pair.id}`;
		const [left, right] = analyzeArticles([fileArticle(pair.left, folder, 'left.txt'), fileArticle(pair.right, folder, 'right.txt')]);
		const row = judge(left!, right!);
		rows.push(row);
		if (groupArticles([left!, right!])[1]!.groupSize === 2) grouped.push(row);
	}

	report(`${set} (every pair)`, rows);
	report(`${set} (pairs list groups)`, grouped);
}

const dumps = path.join(devData(), 'pages', 'dragnet-train', 'dump');
const files = readdirSync(dumps).filter(name => name.endsWith('.txt')).sort().slice(0, Number(values.pages));
const articles = analyzeArticles(files.map(name => fileArticle(path.join(dumps, name), dumps)));
const groups = groupArticles(articles);
const byId = new Map(articles.map(article => [article.id, article]));
const pageRows: Row[] = [];
for (const [index, group] of groups.entries()) {
	if (group.groupSize < 2 || group.original === articles[index]!.id) continue;
	pageRows.push(judge(byId.get(group.original)!, articles[index]!));
}

report(`dragnet-train pages (${files.length} dumps, copies list groups)`, pageRows);
