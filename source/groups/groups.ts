// Near-duplicate groups over a whole corpus: fingerprint each article, find
// candidate pairs with MinHash LSH, verify each with exact shingle containment,
// join verified pairs (union-find), then pick each group's likely original.
import type {GroupInfo} from './group-info.js';
import {defaultLinkContainment, defaultMinSharedShingles, linkOf, noLink, strongLink} from './link-check.js';
import type {LinksAhead} from './links-ahead.js';
import {lowBytesOf, maxArticles, visitCandidates, minhashSignatures} from './minhash.js';
import {chooseOriginal} from './original.js';
import {containment, intersectionSize} from './overlap.js';
import {splitComposites} from './composite.js';
import {groupMember, type GroupInput, type GroupMember} from './member.js';
import {estimateRelation, type RelationEstimate} from './relation.js';
import {storyGroups} from './story-groups.js';
import {UnionFind} from './union-find.js';
import {mix32} from './shingles.js';

export type GroupOptions = {
	/** Two articles join when this share of each one's shingles is found in the other, or of one of them when it is found in no other group (see below). */
	linkContainment?: number;
	/** ...and they share at least this many shingles (one common phrase is not a copy). */
	minSharedShingles?: number;
	/**
	 * The relation and similarity of a copy (index) to its group's original (index): by
	 * default estimated from the fingerprints (relation.ts); callers holding the texts pass
	 * the engine's own verdict (corpus/pair-verdict.ts), the one `diff` reports; undefined
	 * from it (its work budget spent) means the estimate.
	 */
	verdict?: (copy: number, original: number) => RelationEstimate | undefined;
	/**
	 * Links of candidate pairs checked as the records arrived (links-ahead.ts): taken from there
	 * instead of checked here, the groups the same. Ignored unless given every one of `articles`.
	 */
	ahead?: LinksAhead;
};

export {defaultLinkContainment, defaultMinSharedShingles, strongContainment} from './link-check.js';
/** Slots of the table of pairs already checked (2 MB). */
const checkedSlots = 2 ** 18;
/** Weak partners examined per text when deciding whether it is a round-up (bounded work). */
const maxHubCheck = 20;

/**
 * Kept words (title and text) below which what is left of a page (minChromeShare of it or more was boilerplate) is too
 * little article text to be called anyone's copy: a headline and a line ("Just wow." under a video), or a blog's name and
 * tagline when each post's own line was dropped. Words any two pages of a site share (its template) then make the whole
 * of what is compared, and a verbatim claim would rest on them alone. Thirty words: a headline (about ten) and a news
 * sentence (about twenty, relation.ts typicalSentenceWords). A short text that is all text (a brief, a record) is
 * compared as it is, and the same file twice (the same bytes) is one text whatever its length.
 */
export const minCopyWords = 30;

/** Share of a page's characters that are boilerplate (labels' boilerplateShare) from which a short kept text is only what is left of a page (minCopyWords). */
export const minChromeShare = 0.5;

/** The reason a text with too little article text (minCopyWords) is in no group. */
export const tooLittleTextReason = 'too little article text to compare';

/** Group information for each article, in input order. */
export const groupArticles = (articles: readonly GroupInput[], options: GroupOptions = {}): GroupInfo[] => groupMembers(articles.map(groupMember), options);

/** Group information for each member (computed where the texts are: see member.ts), in input order. */
export function groupMembers(articles: readonly GroupMember[], options: GroupOptions = {}): GroupInfo[] {
	const prints = articles.map(article => article.print);
	if (articles.length > maxArticles) throw new RangeError(`too many articles to group (${articles.length} > ${maxArticles})`);
	const linkContainment = options.linkContainment ?? defaultLinkContainment;
	const minShared = options.minSharedShingles ?? defaultMinSharedShingles;
	const sets = new UnionFind(articles.length);
	const ahead = options.ahead?.fits(articles, linkContainment, minShared) ? options.ahead : undefined;

	// Same words in the same order: joined at once, and only one of them goes through LSH.
	const firstWithSequence = new Map<string, number>();
	const duplicate = new Uint8Array(articles.length);
	// Too little article text left of a page (minCopyWords): joined only to the same bytes, and never a candidate pair.
	const tooLittle = (index: number) => articles[index]!.bag.length > 0 && articles[index]!.bag.length < minCopyWords && articles[index]!.boilerplateShare >= minChromeShare;
	for (const [index, print] of prints.entries()) {
		if (print.tokenCount === 0) continue;
		const key = tooLittle(index) ? `text:${articles[index]!.textHash}` : `${print.sequenceHash}:${print.tokenCount}`;
		const first = firstWithSequence.get(key);
		if (first === undefined) firstWithSequence.set(key, index);
		else {
			sets.union(first, index);
			duplicate[index] = 1;
		}
	}

	/** Weakly linked texts, both ways. */
	const weak = new Map<number, Set<number>>();
	const addWeak = (x: number, y: number) => {
		for (const [from, to] of [[x, y], [y, x]] as const) {
			let partners = weak.get(from);
			if (!partners) weak.set(from, (partners = new Set()));
			partners.add(to);
		}
	};
	// Pairs checked lately, by a hash of the pair (a direct-mapped table: bounded memory, and a
	// pair pushed out is only checked again).
	const checked = new Float64Array(checkedSlots).fill(-1);
	const signatures = minhashSignatures(prints.map((print, index) => (duplicate[index] || tooLittle(index) ? new Uint32Array() : print.shingles)));
	const lowBytes = lowBytesOf(signatures);
	// Linked pairs only join sets, so the groups do not depend on the order of
	// the links, and a pair already in one set needs no check.
	visitCandidates(
		signatures,
		articles.length,
		(i, j) => {
			if (sets.find(i) === sets.find(j)) return;
			// A pair shares several bands: checked once (a check's outcome depends on the pair alone,
			// and a weak link or a rejection done again changes nothing).
			const key = i * 2 ** 21 + j;
			const slot = mix32(i ^ Math.imul(j, 0x9e3779b1)) & (checked.length - 1);
			if (checked[slot] === key) return;
			checked[slot] = key;
			const link = ahead?.linkOf(i, j) ?? linkOf(signatures, lowBytes, i, j, prints[i].shingles, prints[j].shingles, linkContainment, minShared);
			if (link === noLink) return;
			if (link === strongLink) sets.union(i, j);
			else addWeak(i, j);
		},
		{skip: index => duplicate[index] === 1 || tooLittle(index)},
	);

	// Weak links (one text holds a little of the other, or each a third of the
	// other) join texts only when they point into one group. A text weakly linked
	// into several groups is a round-up quoting a few sentences of several
	// stories: it joins none of them, and no text joins a group through it.
	const rootsOf = (index: number) => {
		const roots = new Set<number>();
		for (const partner of weak.get(index) ?? []) roots.add(sets.find(partner));
		roots.delete(sets.find(index));
		return roots;
	};
	// Partners in different groups that are weakly linked to each other are one
	// story seen through loose copies (spun copies of one original), not a round-up.
	const isHub = (index: number) => {
		if (rootsOf(index).size < 2) return false;
		const partners = [...weak.get(index)!].slice(0, maxHubCheck);
		for (const p of partners) {
			for (const q of partners) {
				if (p < q && sets.find(p) !== sets.find(q) && !weak.get(p)?.has(q)) return true;
			}
		}
		return false;
	};
	const hubs = new Set<number>();
	for (const index of weak.keys()) if (isHub(index)) hubs.add(index);
	// A one-sided weak link never joins two groups: a copy of story A that carries a teaser of story B is A's strongly
	// and holds little of B's (B's copies hold less than a link's share of it), and through it every copy of A joined B
	// (breaker13b N15). Two groups weakly linked both ways (each holds a link's share of the other: copies of an original
	// and copies of its spun version) are one story and join (review13b S4). Groups as the strong links (and same-word
	// copies) made them, before any weak link.
	const strongGroup = new Int32Array(articles.length);
	const strongSize = new Map<number, number>();
	for (let index = 0; index < articles.length; index++) {
		const root = sets.find(index);
		strongGroup[index] = root;
		strongSize.set(root, (strongSize.get(root) ?? 0) + 1);
	}
	const grouped = (index: number) => strongSize.get(strongGroup[index]!)! > 1;
	// Each holds at least a link's share of the other's shingles.
	const mutual = (x: number, y: number) => {
		const shared = intersectionSize(prints[x].shingles, prints[y].shingles);
		return containment(prints[x].shingles, prints[y].shingles, shared) >= linkContainment && containment(prints[y].shingles, prints[x].shingles, shared) >= linkContainment;
	};
	for (const [index, partners] of weak) {
		if (hubs.has(index)) continue;
		for (const partner of partners) {
			if (hubs.has(partner) || (grouped(index) && grouped(partner) && strongGroup[index] !== strongGroup[partner] && !mutual(index, partner))) continue;
			sets.union(index, partner);
		}
	}

	// Groups numbered in corpus order of their first member (articles with words first, below).
	const members = new Map<number, number[]>();
	for (let index = 0; index < articles.length; index++) {
		const root = sets.find(index);
		const list = members.get(root);
		if (list) list.push(index);
		else members.set(root, [index]);
	}

	// An article with no words (an empty file) is no story: its group is numbered after every real one, not #1 before them.
	const hasWords = (list: readonly number[]) => list.some(index => articles[index].bag.length > 0);
	// A page made of two stories links both into its group: it stays with the one it is mostly a copy of, or leaves (composite.ts).
	const ordered = [...members.values()].flatMap(list => splitComposites(list, articles)).sort((a, b) => a[0]! - b[0]!);
	const numbered = [...ordered.filter(list => hasWords(list)), ...ordered.filter(list => !hasWords(list))];
	const infos: GroupInfo[] = new Array(articles.length);
	let group = 0;
	for (const list of numbered) {
		group++;
		const chosen = chooseOriginal(list, articles);
		const {index: original} = chosen;
		const reason = list.length === 1 && tooLittle(original) ? tooLittleTextReason : chosen.reason;
		for (const index of list) {
			const given = index === original ? {relation: 'identical' as const, similarity: 1} : options.verdict?.(index, original);
			// Byte-equal texts are analysed and compared alike: 'identical' is diff's verdict too.
			// …when the source gives the same title and date beside them too (diff compares those: relation.ts).
			const exact = given ?? (articles[index].textHash === articles[original].textHash && articles[index].givenKey === articles[original].givenKey ? {relation: 'identical' as const, similarity: 1} : undefined);
			const {relation, similarity} = exact ?? estimateRelation(articles[index], articles[original]);
			infos[index] = {
				group,
				groupSize: list.length,
				original: articles[original].id,
				similarity,
				relation,
				...(exact ? {} : {estimated: true as const}),
				reason,
			};
		}
	}

	// A member the engine's verdict calls no copy of its original leaves the group; an estimate's
	// `related` is no such evidence (a loose copy estimated from fingerprints), so only verdicts count.
	return options.verdict ? storyGroups(infos, articles.map(article => ({id: article.id, words: article.bag.length}))) : infos;
}
