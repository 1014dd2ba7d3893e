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

/**
 * Evidence as flat typed arrays, lines sorted by hash: what worker threads
 * send (moved, not cloned entry by entry like a Map of millions of lines) and
 * what merges by a linear walk. Each line keeps its first articles (up to the
 * postings limit), one for a line seen once.
 */
export type PackedEvidence = {
	articles: number;
	hashes: Float64Array;
	counts: Uint32Array;
	/** Line i's articles are postingArticles[postingStarts[i] .. postingStarts[i + 1]). */
	postingStarts: Uint32Array;
	postingArticles: Uint32Array;
	/** Article a's sketch is sketchValues[sketchStarts[a] .. sketchStarts[a + 1]). */
	sketchStarts: Uint32Array;
	sketchValues: Uint32Array;
};

export const packedBuffers = (packed: PackedEvidence): ArrayBuffer[] =>
	[packed.hashes, packed.counts, packed.postingStarts, packed.postingArticles, packed.sketchStarts, packed.sketchValues].map((array) => array.buffer as ArrayBuffer);

export const packEvidence = (evidence: CorpusEvidence): PackedEvidence => {
	const hashes = Float64Array.from(evidence.lineCounts.keys()).sort();
	const counts = new Uint32Array(hashes.length);
	const postingStarts = new Uint32Array(hashes.length + 1);
	let entries = 0;
	for (const [i, hash] of hashes.entries()) {
		counts[i] = evidence.lineCounts.get(hash)!;
		entries += Math.min(counts[i], postingsLimit);
	}

	const postingArticles = new Uint32Array(entries);
	let at = 0;
	for (const [i, hash] of hashes.entries()) {
		postingStarts[i] = at;
		for (const article of evidence.postings.get(hash) ?? [evidence.firstArticle.get(hash)!]) {
			postingArticles[at++] = article;
		}
	}

	postingStarts[hashes.length] = at;
	const {sketchStarts, sketchValues} = packSketches(evidence.sketches);
	return {articles: evidence.articles, hashes, counts, postingStarts, postingArticles, sketchStarts, sketchValues};
};

const packSketches = (sketches: readonly Uint32Array[]) => {
	const sketchStarts = new Uint32Array(sketches.length + 1);
	let total = 0;
	for (const [a, sketch] of sketches.entries()) {
		sketchStarts[a] = total;
		total += sketch.length;
	}

	sketchStarts[sketches.length] = total;
	const sketchValues = new Uint32Array(total);
	for (const [a, sketch] of sketches.entries()) {
		sketchValues.set(sketch, sketchStarts[a]);
	}

	return {sketchStarts, sketchValues};
};

/** Packed evidence of consecutive slices merged, keeping only lines seen at least `minCount` times (2: what labelling needs). */
export const mergePacked = (parts: readonly PackedEvidence[], minCount = 1): PackedEvidence => {
	let merged = parts[0] ?? packEvidence(emptyEvidence());
	for (const part of parts.slice(1)) {
		merged = mergeTwo(merged, part);
	}

	return minCount > 1 ? keepRepeated(merged, minCount) : merged;
};

function mergeTwo(a: PackedEvidence, b: PackedEvidence): PackedEvidence {
	const capacity = a.hashes.length + b.hashes.length;
	const hashes = new Float64Array(capacity);
	const counts = new Uint32Array(capacity);
	const postingStarts = new Uint32Array(capacity + 1);
	const postingArticles = new Uint32Array(a.postingArticles.length + b.postingArticles.length);
	const offset = a.articles;
	let i = 0;
	let j = 0;
	let n = 0;
	let at = 0;
	const copy = (from: PackedEvidence, line: number, shift: number, limit: number) => {
		for (let p = from.postingStarts[line]; p < from.postingStarts[line + 1] && limit > 0; p++, limit--) {
			postingArticles[at++] = from.postingArticles[p] + shift;
		}
	};

	while (i < a.hashes.length || j < b.hashes.length) {
		const takeA = j >= b.hashes.length || (i < a.hashes.length && a.hashes[i] <= b.hashes[j]);
		const takeB = i >= a.hashes.length || (j < b.hashes.length && b.hashes[j] <= a.hashes[i]);
		postingStarts[n] = at;
		hashes[n] = takeA ? a.hashes[i] : b.hashes[j];
		counts[n] = (takeA ? a.counts[i] : 0) + (takeB ? b.counts[j] : 0);
		if (takeA) {
			copy(a, i++, 0, postingsLimit);
		}

		if (takeB) {
			copy(b, j++, offset, postingsLimit - (at - postingStarts[n]));
		}

		n++;
	}

	postingStarts[n] = at;
	const sketches = packSketches([...unpackSketches(a), ...unpackSketches(b)]);
	return {articles: a.articles + b.articles, hashes: hashes.slice(0, n), counts: counts.slice(0, n), postingStarts: postingStarts.slice(0, n + 1), postingArticles: postingArticles.slice(0, at), ...sketches};
}

function keepRepeated(packed: PackedEvidence, minCount: number): PackedEvidence {
	const kept: number[] = [];
	for (let i = 0; i < packed.hashes.length; i++) {
		if (packed.counts[i] >= minCount) {
			kept.push(i);
		}
	}

	const postingStarts = new Uint32Array(kept.length + 1);
	let entries = 0;
	for (const i of kept) {
		entries += packed.postingStarts[i + 1] - packed.postingStarts[i];
	}

	const postingArticles = new Uint32Array(entries);
	let at = 0;
	for (const [n, i] of kept.entries()) {
		postingStarts[n] = at;
		postingArticles.set(packed.postingArticles.subarray(packed.postingStarts[i], packed.postingStarts[i + 1]), at);
		at += packed.postingStarts[i + 1] - packed.postingStarts[i];
	}

	postingStarts[kept.length] = at;
	return {
		...packed,
		hashes: Float64Array.from(kept, (i) => packed.hashes[i]),
		counts: Uint32Array.from(kept, (i) => packed.counts[i]),
		postingStarts,
		postingArticles,
	};
}

const unpackSketches = (packed: PackedEvidence): Uint32Array[] =>
	Array.from({length: packed.articles}, (_, a) => packed.sketchValues.slice(packed.sketchStarts[a], packed.sketchStarts[a + 1]));

/** The evidence a packed form stands for (Maps for lookups), as labelArticle takes it. */
export const unpackEvidence = (packed: PackedEvidence): CorpusEvidence => {
	const evidence = emptyEvidence();
	evidence.articles = packed.articles;
	for (let i = 0; i < packed.hashes.length; i++) {
		const hash = packed.hashes[i];
		const start = packed.postingStarts[i];
		evidence.lineCounts.set(hash, packed.counts[i]);
		evidence.firstArticle.set(hash, packed.postingArticles[start]);
		if (packed.counts[i] > 1) {
			evidence.postings.set(hash, Array.from(packed.postingArticles.subarray(start, packed.postingStarts[i + 1])));
		}
	}

	evidence.sketches = unpackSketches(packed);
	return evidence;
};
