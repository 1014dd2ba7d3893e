// One verdict per pair: the relation and similarity `copydesk diff A B` reports
// for two articles, computed by the same steps wherever a pair is judged (diff,
// list, the reader's list), so that the list never says what diff denies. A
// listing computes it for the copies its work budget covers (verdictPairs),
// the same ones on every thread; the others keep the fingerprint estimate,
// marked as such (GroupInfo.estimated).
import {compareArticles} from '../compare/compare-articles.js';
import type {Comparison} from '../compare/model.js';
import type {RelationEstimate} from '../groups/relation.js';
import {groupArticles} from '../groups/groups.js';
import {leaversByGroup, regroupLeavers, storyGroups} from '../groups/story-groups.js';
import type {AnalyzedArticle, Article, GroupInfo} from './article.js';
import {analyzeArticle, oneSiteEvidence} from './analyze.js';
import {siteKey} from '../boilerplate/site-evidence.js';
import {articleBlocks, type TextBlock} from '../boilerplate/blocks.js';
import {addToEvidence, emptyEvidence, scan, type Scan} from '../boilerplate/corpus-evidence.js';

/**
 * Two articles analysed as `diff` analyses them: each other's corpus (a line
 * found in both is not evidence of a site template), then compared on their
 * stripped text. Returns both analysed articles and the comparison.
 */
export function comparePair(left: Article, right: Article, options: {withBoilerplate?: boolean; measures?: boolean} = {}): {left: AnalyzedArticle; right: AnalyzedArticle; comparison: Comparison} {
	return comparePrepared(prepareArticle(left), prepareArticle(right), options);
}

/**
 * An article with what analysing it makes before the corpus's evidence is known: its blocks and
 * its corpus scan (line keys, prose sketch). The same whichever article it is judged against, so
 * an original judged against several copies is prepared once (judgePairs).
 */
export type PreparedArticle = {article: Article; blocks: TextBlock[]; scanned: Scan};

/** An article's blocks and corpus scan (PreparedArticle). Linear in the text. */
export function prepareArticle(article: Article): PreparedArticle {
	const blocks = articleBlocks(article);
	return {article, blocks, scanned: scan(article.text, blocks, siteKey(article))};
}

/**
 * comparePair on prepared articles: the evidence of the two (buildCorpusEvidence of both texts),
 * each labelled with it (analyzeArticle, given its blocks and sketch), then compared. Labelling
 * stays per pair: a line the copy shares counts in the original's evidence.
 */
function comparePrepared(left: PreparedArticle, right: PreparedArticle, options: {withBoilerplate?: boolean; measures?: boolean}): {left: AnalyzedArticle; right: AnalyzedArticle; comparison: Comparison} {
	const evidence = emptyEvidence();
	addToEvidence(evidence, left.article.text, left.blocks, left.scanned);
	addToEvidence(evidence, right.article.text, right.blocks, right.scanned);
	// Two pages of one site (one URL host, one folder): the lines they share are the site's unless they tell one story.
	const site = oneSiteEvidence([left.article, right.article], evidence);
	// Word counts on demand: only the side-by-side and HTML headers print them.
	const a = analyzeArticle(left.article, evidence, {blocks: left.blocks, sketch: left.scanned.sketch, site}, true);
	const b = analyzeArticle(right.article, evidence, {blocks: right.blocks, sketch: right.scanned.sketch, site}, true);
	return {left: a, right: b, comparison: compareArticles(a, b, options)};
}

/** A pair's relation and similarity (0..1), exactly as `copydesk diff` reports them (see comparePair). */
export function pairVerdict(original: Article, copy: Article): RelationEstimate {
	const {comparison} = comparePair(original, copy, {measures: false});
	return {relation: comparison.relation, similarity: comparison.similarity};
}

/**
 * Words (both texts of each pair) the exact verdicts of one listing may
 * compare: work, not time, so a listing is the same on any machine and any
 * thread. About 33 copies of news-length articles: judging costs about 18–26
 * ms of CPU per 1,000 words on the loaded 2-core bench machine (two analyses
 * and a comparison per pair; 100,000 words added a third to the CPU of a cold
 * 2,000-article listing), and a cold listing of 10,000 articles must stay
 * within its 10 s (issue 15). The copies past it keep the estimate, marked.
 */
export const verdictWordBudget = 50_000;

/** A copy (index) to judge against its group's original (index). */
export type VerdictPair = {copy: number; original: number};

/**
 * The copies whose verdict a listing computes: every estimated copy, in
 * corpus order, while the words of both texts fit in `budget` (a pair that
 * does not fit is passed over; smaller ones after it may still fit). Pure:
 * the same analysis gets the same choice on every thread, so `list`, the
 * reader and the cache say the same.
 */
export function verdictPairs(groups: readonly GroupInfo[], articles: ReadonlyArray<{id: string; words: number}>, budget = verdictWordBudget): VerdictPair[] {
	const indexOf = new Map<string, number>();
	for (const [index, article] of articles.entries()) indexOf.set(article.id, index);
	const pairs: VerdictPair[] = [];
	let left = budget;
	for (const [copy, group] of groups.entries()) {
		if (!group?.estimated) continue;
		const original = indexOf.get(group.original);
		if (original === undefined || original === copy) continue;
		const words = articles[copy]!.words + articles[original]!.words;
		if (words > left) continue;
		left -= words;
		pairs.push({copy, original});
	}

	return pairs;
}

/**
 * The groups with each pair's verdict in place of its estimate (an undefined verdict leaves the estimate,
 * marked); a copy the verdict calls related or unrelated leaves its group (storyGroups). `members`: each
 * article's id and words, in the order of `groups`.
 */
export function withVerdicts(groups: readonly GroupInfo[], pairs: readonly VerdictPair[], verdicts: ReadonlyArray<RelationEstimate | undefined>, members: ReadonlyArray<{id: string; words: number}>): GroupInfo[] {
	const settled = groups.slice();
	for (const [at, {copy}] of pairs.entries()) {
		const verdict = verdicts[at];
		if (!verdict) continue;
		const {estimated: _estimated, ...rest} = settled[copy]!;
		settled[copy] = {...rest, relation: verdict.relation, similarity: verdict.similarity};
	}

	// A copy the verdict calls related or unrelated is another story: it leaves the group (groups/story-groups.ts).
	return storyGroups(settled, members);
}

/**
 * Rounds of regrouping the copies a verdict sends out of their group (settleVerdicts). Each round
 * leaves at least one of them behind (the original of a group found among them), so the rounds end
 * anyway; the cap bounds the grouping work on a group of many stories from one template.
 */
export const maxRegroupRounds = 8;

/**
 * The verdicts of the pairs verdictPairs chooses, computed on this thread
 * from the texts at hand; `pause` is awaited between pairs (the reader's keys).
 * The copies a verdict sends out of their group are grouped again among
 * themselves (settleRounds, groupArticles on them alone).
 */
export async function settleVerdicts(articles: ReadonlyArray<AnalyzedArticle>, groups: readonly GroupInfo[], pause?: () => Promise<void>): Promise<GroupInfo[]> {
	const originals = new PreparedOriginals();
	return settleRounds(groups, articles, {
		async judge(pairs) {
			const verdicts: Array<RelationEstimate | undefined> = [];
			for (const {copy, original} of pairs) {
				verdicts.push(preparedVerdict(originals.get(String(original), () => articles[original])!, articles[copy]!));
				await pause?.();
			}

			return verdicts;
		},
		regroup: async lists => lists.map(list => groupArticles(list.map(index => articles[index]!))),
	});
}

/**
 * How settleRounds gets its verdicts and its regrouping, wherever they are computed (this thread,
 * worker threads). `judge`: a verdict per pair, in order (undefined: the estimate stays, marked).
 * `regroup`: per list of indices, the groups among those articles alone (groupMembers on their records).
 */
export type Settling = {
	judge: (pairs: readonly VerdictPair[]) => Promise<ReadonlyArray<RelationEstimate | undefined>>;
	regroup: (lists: readonly number[][]) => Promise<ReadonlyArray<readonly GroupInfo[]>>;
};

/**
 * The one way a listing's groups take diff's verdicts, on any thread: the pairs verdictPairs
 * chooses are judged (`how.judge`), the copies a verdict sends out of their group (related to its
 * original: another story from the same template, a doctored copy) are grouped again among
 * themselves (`how.regroup`: another original chosen, their copies judged against it from what is
 * left of the budget), up to maxRegroupRounds times: a copy of a template story's copy is still
 * its copy, and two identical doctored copies are one group. `members`: id and words per article.
 */
export async function settleRounds(groups: readonly GroupInfo[], members: ReadonlyArray<{id: string; words: number}>, how: Settling): Promise<GroupInfo[]> {
	let budget = verdictWordBudget;
	let current = groups.slice();
	// Originals whose group lost members since its reason was given: the reason may name a leaver.
	const shrunk = new Set<string>();
	for (let round = 0; ; round++) {
		const pairs = verdictPairs(current, members, budget);
		for (const {copy, original} of pairs) budget -= members[copy]!.words + members[original]!.words;
		const verdicts = pairs.length === 0 ? [] : await how.judge(pairs);
		const settled = withVerdicts(current, pairs, verdicts, members);
		for (const [index, info] of settled.entries()) if (info.original === members[index]!.id && info.groupSize < current[index]!.groupSize) shrunk.add(info.original);
		const lists = leaversByGroup(current, settled, members);
		const several = lists.filter(list => list.length > 1);
		if (round === maxRegroupRounds || several.length === 0) return givenReasons(settled, shrunk, members, how);
		const found = await how.regroup(several);
		const byList = new Map(several.map((list, at) => [list, found[at]!]));
		current = regroupLeavers(settled, lists, list => byList.get(list as number[])!, members);
		// A regrouped leaver's group has its reason from its members alone.
		for (const list of several) for (const index of list) shrunk.delete(members[index]!.id);
	}
}

/**
 * `groups` with the reason of each group that lost members to a verdict (`shrunk`: their originals'
 * ids) given again from its members alone (`how.regroup` on them: the reason its original has there),
 * so that it never names a text outside the group; left without one when the members alone would
 * choose another original (the original stays: the verdicts were given against it).
 */
async function givenReasons(groups: GroupInfo[], shrunk: ReadonlySet<string>, members: ReadonlyArray<{id: string; words: number}>, how: Settling): Promise<GroupInfo[]> {
	const byOriginal = new Map<string, number[]>();
	for (const [index, info] of groups.entries()) {
		if (!shrunk.has(info.original) || info.groupSize < 2) continue;
		const list = byOriginal.get(info.original);
		if (list) list.push(index);
		else byOriginal.set(info.original, [index]);
	}

	const lists = [...byOriginal.values()];
	if (lists.length === 0) return groups;
	const found = await how.regroup(lists);
	const settled = groups.slice();
	for (const [at, list] of lists.entries()) {
		const original = list.find(index => members[index]!.id === groups[index]!.original)!;
		const again = found[at]![list.indexOf(original)]!;
		const reason = again.original === members[original]!.id && again.groupSize === list.length ? again.reason : undefined;
		for (const index of list) {
			const {reason: _reason, ...rest} = settled[index]!;
			settled[index] = reason === undefined ? rest : {...rest, reason};
		}
	}

	return settled;
}

/** One pair to judge (judgePairs): its original, named by a key (the same key, the same article), and each side's reader (undefined: no article, any more). */
export type PairToJudge = {original: {key: string; read: () => Article | undefined}; copy: () => Article | undefined};

/**
 * Characters of originals judgePairs keeps prepared for their next copy (about 2.3 bytes a
 * character with blocks and scan, ~20 MB): a listing's verdict budget (verdictWordBudget) holds
 * far fewer, so every original is prepared once; past it the oldest is let go (then prepared again).
 */
export const preparedOriginalCharacters = 8_000_000;

/**
 * Originals prepared once (prepareArticle) for each of their copies, by key: within one
 * command (a listing's verdicts), at most preparedOriginalCharacters of text, the oldest let go first.
 */
export class PreparedOriginals {
	readonly #kept = new Map<string, PreparedArticle | undefined>();
	#characters = 0;

	/** The prepared article of `key`, read (`read`: undefined when it is no article) and prepared on first use. */
	get(key: string, read: () => Article | undefined): PreparedArticle | undefined {
		if (this.#kept.has(key)) return this.#kept.get(key);
		const article = read();
		const prepared = article && prepareArticle(article);
		const size = article?.text.length ?? 0;
		if (size > preparedOriginalCharacters) return prepared;
		for (const [old, kept] of this.#kept) {
			if (this.#characters + size <= preparedOriginalCharacters) break;
			this.#characters -= kept?.article.text.length ?? 0;
			this.#kept.delete(old);
		}
		this.#kept.set(key, prepared);
		this.#characters += size;
		return prepared;
	}
}

/** The verdict of a prepared original and a copy, as pairVerdict gives it; undefined when judging fails. */
const preparedVerdict = (original: PreparedArticle, copy: Article): RelationEstimate | undefined => {
	try {
		// A verdict is a relation and a similarity: no measures beyond those the relation needs.
		return verdictOf(comparePrepared(original, prepareArticle(copy), {measures: false}).comparison);
	} catch {
		return undefined;
	}
};

/**
 * pairVerdict for each pair, in order; null when a side is no article (any more) or judging fails
 * (the estimate stays, marked; `diff` on the pair shows the fault). Each original is read and
 * prepared once for all its copies among the pairs (PreparedOriginals); the pair's labelling and
 * comparison are its own (the copy's lines are evidence), so each verdict is the one `diff` gives.
 */
export function judgePairs(pairs: readonly PairToJudge[]): Array<RelationEstimate | null> {
	const originals = new PreparedOriginals();
	return pairs.map(pair => {
		const original = originals.get(pair.original.key, pair.original.read);
		const copy = pair.copy();
		return (original && copy && preparedVerdict(original, copy)) ?? null;
	});
}

const verdictOf = (comparison: Comparison): RelationEstimate => ({relation: comparison.relation, similarity: comparison.similarity});
