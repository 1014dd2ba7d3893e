// Keeps corpus evidence (corpus-evidence.ts) within a bound on a corpus too
// large to count exactly, as lossy counting does (Manku & Motwani, "Approximate
// frequency counts over data streams", VLDB 2002): when the table is full,
// the lines seen in the fewest articles are forgotten. Most lines of a news
// page occur once in a whole corpus (the story); template lines recur page
// after page and are counted again before they could be forgotten. A line
// forgotten and met again is undercounted by what it had: its count is a lower
// bound, so a bound corpus calls a line repeated less often, never more.
import type {CorpusEvidence} from './corpus-evidence.js';

/**
 * Distinct line keys held across a corpus's evidence and its sites' before
 * rare ones are forgotten: about 100 MB of maps; a corpus of 3,000 news pages
 * of as many sites stays under it and is counted exactly.
 */
export const defaultMaxLines = 1_000_000;

/**
 * Forgets the rarest lines of `evidences` (those in 1 article, then 2, …) until
 * they hold at most half of `maxLines` keys together; returns the keys left.
 * Mutates the evidence; its article count and sketches stay.
 */
export function boundEvidence(evidences: readonly CorpusEvidence[], maxLines: number): number {
	const total = () => evidences.reduce((sum, evidence) => sum + evidence.lineCounts.size, 0);
	let left = total();
	while (left > maxLines / 2) {
		// The smallest count left, not the next integer: counts with no line are skipped, not scanned for
		// (lines counted in thousands of articles would otherwise cost a scan per count). Each round forgets a line.
		let rarest = Number.POSITIVE_INFINITY;
		for (const evidence of evidences) for (const count of evidence.lineCounts.values()) rarest = Math.min(rarest, count);
		for (const evidence of evidences) {
			for (const [hash, count] of evidence.lineCounts) {
				if (count > rarest) continue;
				evidence.lineCounts.delete(hash);
				evidence.firstArticle.delete(hash);
				evidence.postings.delete(hash);
			}

			evidence.storyMemo.clear();
		}

		left = total();
	}

	return left;
}

/**
 * Sites (site-evidence.ts) whose evidence is kept at once. Each site's lines
 * already count toward `maxLines` with the corpus's, but every host met keeps
 * an evidence of its own (four maps and its pages' sketches): a web archive of
 * pages from 100,000 hosts would keep 100,000 of them, and bounding the lines
 * would walk them all. A site of one short page takes about 1.3 KB (measured
 * on Node 20: maps, sketch, a few lines), so 10,000 sites about 13 MB; a
 * corpus of fewer sites is counted exactly.
 */
export const defaultMaxSites = 10_000;

/**
 * Forgets whole sites of `sites`, those seen in the fewest articles first (a
 * page of a site met once gives no site evidence yet), until at most half of
 * `maxSites` are left, never `keep` (the site of the article being counted).
 * Lossy counting again: a site forgotten and met again starts anew, so its
 * counts are lower bounds and its lines are called the site's template less
 * often, never more. Mutates `sites`; returns the number left.
 */
export function boundSites<K>(sites: Map<K, CorpusEvidence>, maxSites: number, keep?: K): number {
	const target = Math.max(1, Math.floor(maxSites / 2));
	if (sites.size <= target) return sites.size;
	// Fewest articles first; among equals the earliest met (Map order), so the result does not depend on the machine.
	const order = [...sites].filter(([key]) => key !== keep).sort(([, a], [, b]) => a.articles - b.articles);
	for (const [key] of order) {
		if (sites.size <= target) break;
		sites.delete(key);
	}

	return sites.size;
}
