// The grouping's pair checks done ahead, as the grouping records arrive (a CLI's
// thread is idle while workers label): each record's signature goes into the LSH
// buckets at once, and the pairs it forms there are checked then (link-check.ts)
// and kept. The grouping (groups.ts) then visits the same candidates in the same
// order as without it, and takes the link of each pair checked here from here:
// the check is a function of the pair alone, so the groups are the same. A pair
// not checked here is checked there.
import type {GroupMember} from './member.js';
import {defaultLinkContainment, defaultMinSharedShingles, linkOf, strongLink, type Link} from './link-check.js';
import {bandCount, bandKey, defaultBucketLimit, lowByteWords, lowBytesInto, maxArticles, signatureInto, signatureLength} from './minhash.js';
import type {Fingerprint} from './shingles.js';
import {UnionFind} from './union-find.js';
import {mix32} from './shingles.js';

/**
 * The links of the pairs the records given so far form in LSH buckets of at most defaultBucketLimit members: each
 * record with the bucket's first article (in corpus order) and with every other member not yet joined to it by a strong
 * link found here. Those are the pairs the grouping meets before their texts are joined, mostly (it visits a bucket from
 * its first article on, and skips pairs already joined): the rest it checks itself.
 */
export class LinksAhead {
	/** Per article, its sequence class (records whose words are the same sequence: groups.ts joins them at once), -1 for none. */
	private readonly classOf: Int32Array;
	/** Per article, the fingerprint given (so the grouping can tell these are its records). */
	private readonly prints: Array<Fingerprint | undefined>;
	private readonly classByKey = new Map<string, number>();
	/** Per class, the shingles of its first record given, and that record's article. */
	private readonly shingles: Uint32Array[] = [];
	private readonly firstArticle: number[] = [];
	/** Per class, its signature (minhash.ts), one row each. */
	private readonly signatures: Uint32Array;
	/** Per class, the low bytes of its signature (minhash.ts lowBytesOf). */
	private readonly lowBytes: Uint32Array;
	/** Bucket table (open addressing): band and key of each slot, its last class, its class of the first article, its size (up to 255). */
	private readonly slotKeys: Uint32Array;
	private readonly slotBands: Uint8Array;
	private readonly slotHeads: Int32Array;
	private readonly slotFirsts: Int32Array;
	private readonly slotSizes: Uint8Array;
	/** Per class and band, the class given before it in that bucket (-1 for none). */
	private readonly next: Int32Array;
	/** Per class, the last class it was checked against (+1): a pair sharing several bands is checked once. */
	private readonly stamp: Int32Array;
	/** Classes joined by the strong links found so far. */
	private readonly joined: UnionFind;
	/** The link of every pair checked, by the pair of classes. */
	private readonly links = new PairLinks();
	/** False once two records of one class turned out to hold different shingles (a hash collision): nothing here is used. */
	private sound = true;

	/**
	 * Room for `total` articles (indices 0 to total − 1), checked with the grouping's options. Holds about
	 * 1.3 KB per article (the bucket table, signatures), 18 bytes per pair checked, and each class's
	 * shingles (the records' own arrays).
	 */
	constructor(
		readonly total: number,
		readonly linkContainment = defaultLinkContainment,
		readonly minShared = defaultMinSharedShingles,
	) {
		if (total > maxArticles) throw new RangeError(`too many articles to group (${total} > ${maxArticles})`);
		this.classOf = new Int32Array(total).fill(-1);
		this.prints = new Array<Fingerprint | undefined>(total);
		this.signatures = new Uint32Array(total * signatureLength).fill(0xffffffff);
		this.lowBytes = new Uint32Array(total * lowByteWords);
		let slots = 1024;
		while (slots < (bandCount * total * 4) / 3) slots *= 2;
		this.slotKeys = new Uint32Array(slots);
		this.slotBands = new Uint8Array(slots);
		this.slotHeads = new Int32Array(slots).fill(-1);
		this.slotFirsts = new Int32Array(slots);
		this.slotSizes = new Uint8Array(slots);
		this.next = new Int32Array(total * bandCount);
		this.stamp = new Int32Array(total);
		this.joined = new UnionFind(total);
	}

	/** Takes the record of article `index` (each once): its pairs in the buckets it enters are checked now. */
	add(index: number, member: GroupMember): void {
		const {print} = member;
		this.prints[index] = print;
		if (print.tokenCount === 0 || print.shingles.length === 0) return;
		const key = `${print.sequenceHash}:${print.tokenCount}`;
		const known = this.classByKey.get(key);
		if (known !== undefined) {
			this.classOf[index] = known;
			if (!sameValues(this.shingles[known]!, print.shingles)) this.sound = false;
			return;
		}

		const cls = this.shingles.length;
		this.classByKey.set(key, cls);
		this.classOf[index] = cls;
		this.shingles.push(print.shingles);
		this.firstArticle.push(index);
		signatureInto(print.shingles, this.signatures, cls);
		lowBytesInto(this.signatures, cls, this.lowBytes, cls);
		const mask = this.slotKeys.length - 1;
		for (let band = 0; band < bandCount; band++) {
			this.next[cls * bandCount + band] = -1;
			const hash = bandKey(this.signatures, cls, band);
			if (hash < 0) continue;
			let slot = (hash ^ Math.imul(band + 1, 0x9e3779b1)) & mask;
			while (this.slotHeads[slot] !== -1 && (this.slotKeys[slot] !== hash || this.slotBands[slot] !== band)) slot = (slot + 1) & mask;
			const head = this.slotHeads[slot]!;
			if (head === -1) {
				this.slotKeys[slot] = hash;
				this.slotBands[slot] = band;
				this.slotHeads[slot] = cls;
				this.slotFirsts[slot] = cls;
				this.slotSizes[slot] = 1;
				continue;
			}

			const size = this.slotSizes[slot]!;
			// A crowded bucket is paired by neighbours (visitCandidates): the grouping checks those pairs.
			if (size >= defaultBucketLimit) {
				if (size < 255) this.slotSizes[slot] = size + 1;
				continue;
			}

			const first = this.slotFirsts[slot]!;
			// A record before the bucket's first article is the first now: the grouping pairs it with every other.
			const isFirst = index < this.firstArticle[first]!;
			for (let other = head; other !== -1; other = this.next[other * bandCount + band]!) {
				if (this.stamp[other] === cls + 1) continue;
				if (!isFirst && other !== first && this.joined.find(other) === this.joined.find(cls)) continue;
				this.stamp[other] = cls + 1;
				const link = linkOf(this.signatures, this.lowBytes, other, cls, this.shingles[other]!, print.shingles, this.linkContainment, this.minShared);
				this.links.set(other, cls, link);
				if (link === strongLink) this.joined.union(other, cls);
			}

			this.next[cls * bandCount + band] = head;
			this.slotHeads[slot] = cls;
			if (isFirst) this.slotFirsts[slot] = cls;
			this.slotSizes[slot] = size + 1;
		}
	}

	/**
	 * Whether these links hold for grouping `articles` with these options: each record given here the
	 * one at its index there (not every one need be given: a pair not checked here is checked there),
	 * and no hash collision between two of them.
	 */
	fits(articles: readonly GroupMember[], linkContainment: number, minShared: number): boolean {
		if (!this.sound || articles.length !== this.total || linkContainment !== this.linkContainment || minShared !== this.minShared) return false;
		for (let index = 0; index < articles.length; index++) if (this.prints[index] !== undefined && this.prints[index] !== articles[index]!.print) return false;
		return true;
	}

	/** The link of articles `i` and `j` when their pair was checked here, else undefined. */
	linkOf(i: number, j: number): Link | undefined {
		const a = this.classOf[i]!;
		const b = this.classOf[j]!;
		if (a < 0 || b < 0 || a === b) return undefined;
		return this.links.get(a, b);
	}

	/** Pairs checked here. */
	get checked(): number {
		return this.links.size;
	}
}

/** Links by an unordered pair of classes (below maxArticles): a hash table of typed arrays, 18 bytes a pair at most. */
class PairLinks {
	private keys = new Float64Array(1024).fill(-1);
	private values = new Uint8Array(1024);
	size = 0;

	set(a: number, b: number, link: Link): void {
		if ((this.size + 1) * 2 > this.keys.length) this.grow();
		const key = Math.min(a, b) * maxArticles + Math.max(a, b);
		const slot = this.slotOf(key);
		if (this.keys[slot] !== key) {
			this.keys[slot] = key;
			this.size++;
		}

		this.values[slot] = link;
	}

	get(a: number, b: number): Link | undefined {
		const key = Math.min(a, b) * maxArticles + Math.max(a, b);
		const slot = this.slotOf(key);
		return this.keys[slot] === key ? (this.values[slot] as Link) : undefined;
	}

	/** The slot holding `key`, or the empty one where it goes. */
	private slotOf(key: number): number {
		const mask = this.keys.length - 1;
		let slot = mix32((key % maxArticles) ^ Math.imul(Math.floor(key / maxArticles), 0x9e3779b1)) & mask;
		while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
		return slot;
	}

	private grow(): void {
		const {keys, values} = this;
		this.keys = new Float64Array(keys.length * 2).fill(-1);
		this.values = new Uint8Array(keys.length * 2);
		for (let slot = 0; slot < keys.length; slot++) {
			if (keys[slot] === -1) continue;
			const at = this.slotOf(keys[slot]!);
			this.keys[at] = keys[slot]!;
			this.values[at] = values[slot]!;
		}
	}
}

/** Whether two arrays hold the same values in the same order. */
const sameValues = (a: Uint32Array, b: Uint32Array): boolean => {
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
	return true;
};
