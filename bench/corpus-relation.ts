// How often list's cheap relation estimate (fingerprints; what `list` reports for
// corpora of 200 articles or more) agrees with `diff`'s verdict (pairVerdict: the
// pair analysed as each other's corpus, then compared; what `list` reports below
// 200 articles) for each copy and its group's original, on a generated corpus;
// a confusion table of the disagreements, and the share of similarities within 0.02.
//   node --import=tsx bench/corpus-relation.ts [ARTICLES]    (default 1500)
import {analyzeArticles} from '../source/corpus/analyze.js';
import {pairVerdict} from '../source/corpus/pair-verdict.js';
import {groupArticles} from '../source/groups/groups.js';
import {groupMember, type GroupMember} from '../source/groups/member.js';
import {containment, intersectionSize, multisetDice} from '../source/groups/overlap.js';
import {generateCorpus} from './generate-corpus.js';

const count = Number(process.argv[2] ?? 1500);
const articles = analyzeArticles(
	generateCorpus(count, 3).map(generated => ({id: generated.name, path: generated.name, name: generated.name, text: generated.text, size: generated.text.length, warnings: [], meta: {}})),
);
const groups = groupArticles(articles);
const byId = new Map(articles.map(article => [article.id, article]));
// The first estimate (word-overlap cut-offs 0.9 / 0.5 / 0.1), for comparison.
const firstCut = (copy: GroupMember, original: GroupMember): string => {
	if (copy.textHash === original.textHash) return 'identical';
	if (copy.print.tokenCount > 0 && copy.print.sequenceHash === original.print.sequenceHash && copy.print.tokenCount === original.print.tokenCount) return 'verbatim';
	const similarity = multisetDice(copy.bag, original.bag);
	const shared = intersectionSize(copy.print.shingles, original.print.shingles);
	const phrasing = Math.max(containment(copy.print.shingles, original.print.shingles, shared), containment(original.print.shingles, copy.print.shingles, shared));
	if (similarity >= 0.97 && phrasing >= 0.95) return 'verbatim';
	if (similarity > 0.9 && phrasing >= 0.5) return 'edited';
	if (similarity > 0.5) return 'rewritten';
	return similarity > 0.1 ? 'related' : 'unrelated';
};

const members = new Map(articles.map(article => [article.id, groupMember(article)]));
let firstCutAgrees = 0;
const confusion = new Map<string, number>();
let agree = 0;
let similarityAgrees = 0;
let total = 0;
for (const [index, group] of groups.entries()) {
	if (group.groupSize < 2 || group.original === articles[index].id) continue;
	const verdict = pairVerdict(byId.get(group.original)!, articles[index]);
	const engine = verdict.relation;
	total++;
	if (engine === group.relation) agree++;
	if (Math.abs(verdict.similarity - group.similarity) <= 0.02) similarityAgrees++;
	if (engine === firstCut(members.get(articles[index].id)!, members.get(group.original)!)) firstCutAgrees++;
	const key = `estimate ${group.relation} / engine ${engine}`;
	confusion.set(key, (confusion.get(key) ?? 0) + 1);
}

console.log(`relation estimate agrees with the engine on ${agree} of ${total} copies (${((agree / Math.max(1, total)) * 100).toFixed(1)}%)`);
console.log(`similarity within 0.02 of diff's for ${similarityAgrees} (${((similarityAgrees / Math.max(1, total)) * 100).toFixed(1)}%)`);
console.log(`the first-cut estimate agreed on ${firstCutAgrees} (${((firstCutAgrees / Math.max(1, total)) * 100).toFixed(1)}%)`);
for (const [key, value] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${value}\t${key}`);
