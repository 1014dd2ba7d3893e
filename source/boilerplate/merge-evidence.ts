import {type CorpusEvidence, emptyEvidence, postingsLimit} from './corpus-evidence.js';

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

/** The buffers of packed evidence, for a postMessage transfer list (moved: the sender's arrays are emptied). */
export const packedBuffers = (packed: PackedEvidence): ArrayBuffer[] =>
	[packed.hashes, packed.counts, packed.postingStarts, packed.postingArticles, packed.sketchStarts, packed.sketchValues].map((array) => array.buffer as ArrayBuffer);

/** Corpus evidence as flat typed arrays, lines sorted by hash (PackedEvidence); unpackEvidence reverses it. Linear in the lines plus a sort. */
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

	// Views into the packed sketches, not copies: a worker labelling 100,000 articles held them twice (63 MB more).
	evidence.sketches = Array.from({length: packed.articles}, (_, a) => packed.sketchValues.subarray(packed.sketchStarts[a], packed.sketchStarts[a + 1]));
	return evidence;
};

/**
 * Packed evidence in shared memory (SharedArrayBuffer): posted to several workers, one copy
 * serves them all, where each got its own (the sketches of 100,000 articles are ~60 MB). The same
 * values; the caller must not write to them afterwards.
 */
export const sharedEvidence = (packed: PackedEvidence): PackedEvidence => {
	const share = <T extends Float64Array | Uint32Array>(array: T, make: (buffer: SharedArrayBuffer) => T): T => {
		const shared = make(new SharedArrayBuffer(array.byteLength));
		shared.set(array);
		return shared;
	};

	const uint32 = (array: Uint32Array) => share(array, buffer => new Uint32Array(buffer));
	return {
		articles: packed.articles,
		hashes: share(packed.hashes, buffer => new Float64Array(buffer)),
		counts: uint32(packed.counts),
		postingStarts: uint32(packed.postingStarts),
		postingArticles: uint32(packed.postingArticles),
		sketchStarts: uint32(packed.sketchStarts),
		sketchValues: uint32(packed.sketchValues),
	};
};
