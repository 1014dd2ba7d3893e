import {type CorpusEvidence, emptyEvidence} from './corpus-evidence.js';

/** Articles remembered per line (corpus-evidence.ts's postingsLimit: keep in step). */
const postingsLimit = 48;

/**
 * Evidence of consecutive slices of a corpus (built apart, e.g. by worker
 * threads), merged into what one pass over the whole corpus gives: counts
 * add up, article indices shift by the slices before, and postings keep the
 * first articles in corpus order.
 */
export const mergeEvidence = (parts: readonly CorpusEvidence[]): CorpusEvidence => {
	const merged = emptyEvidence();
	for (const part of parts) {
		const offset = merged.articles;
		for (const [hash, count] of part.lineCounts) {
			const before = merged.lineCounts.get(hash) ?? 0;
			merged.lineCounts.set(hash, before + count);
			// This slice's articles with the line, in order (a count of 1 has no postings).
			const local = part.postings.get(hash) ?? [part.firstArticle.get(hash)!];
			if (before === 0) {
				merged.firstArticle.set(hash, local[0] + offset);
				if (count > 1) {
					merged.postings.set(hash, local.map((article) => article + offset));
				}

				continue;
			}

			let posting = merged.postings.get(hash);
			if (!posting) {
				posting = [merged.firstArticle.get(hash)!];
				merged.postings.set(hash, posting);
			}

			for (const article of local) {
				if (posting.length >= postingsLimit) {
					break;
				}

				posting.push(article + offset);
			}
		}

		for (const sketch of part.sketches) {
			merged.sketches.push(sketch);
		}

		merged.articles += part.articles;
	}

	return merged;
};

/**
 * The evidence labelling needs, for sending to workers: lines seen in one
 * article only are dropped (most lines of a corpus). Labelling asks only
 * whether a line repeats across stories, and a missing line counts 0, which
 * any repetition threshold of 2 or more treats as it treats a count of 1.
 * Not for adding articles to (counts of unique lines are gone).
 */
export const evidenceForLabelling = (evidence: CorpusEvidence): CorpusEvidence => {
	const lineCounts = new Map<number, number>();
	for (const [hash, count] of evidence.lineCounts) {
		if (count > 1) {
			lineCounts.set(hash, count);
		}
	}

	return {articles: evidence.articles, lineCounts, postings: evidence.postings, firstArticle: new Map(), sketches: evidence.sketches, storyMemo: new Map()};
};
