// The grouping's pair checks done ahead, as the grouping records arrive (a CLI's
// thread is idle while workers label): each record's signature goes into the LSH
// buckets at once, and every pair it forms in a bucket that is not crowded is
// checked then (link-check.ts). The grouping (groups.ts) then visits the same
// candidates in the same order as without it, and takes each link from here: the
// check is a function of the pair alone, so the groups are the same.
import type {GroupMember} from './member.js';
import {defaultLinkContainment, defaultMinSharedShingles, linkOf, noLink, type Link} from './link-check.js';
import {bandCount, bandKey, defaultBucketLimit, maxArticles, signatureInto, signatureLength} from './minhash.js';
import type {Fingerprint} from './shingles.js';

/** The links of the pairs the records given so far form in LSH buckets of at most defaultBucketLimit members. */
export class LinksAhead {
	/** Per article, its sequence class (records whose words are the same sequence: groups.ts joins them at once), -1 for none. */
	private readonly classOf: Int32Array;
	/** Per article, the fingerprint given (so the grouping can tell these are its records). */
	private readonly prints: Array<Fingerprint | undefined>;
	private readonly classByKey = new Map<string, number>();
	/** Per class, the shingles of its first record given. */
	private readonly shingles: Uint32Array[] = [];
	/** Per class, its signature (minhash.ts), one row each. */
	private readonly signatures: Uint32Array;
	/** Bucket table (open addressing): band and key of each slot, its last class, its size (up to 255). */
	private readonly slotKeys: Uint32Array;
	private readonly slotBands: Uint8Array;
	private readonly slotHeads: Int32Array;
	private readonly slotSizes: Uint8Array;
	/** Per class and band, the class given before it in that bucket (-1 for none). */
	private readonly next: Int32Array;
	/** Per class, the last class it was checked against (+1): a pair sharing several bands is checked once. */
	private readonly stamp: Int32Array;
	/** The links found (strong or weak), by the pair of classes; a pair checked and not here has none. */
	private readonly links = new Map<number, Link>();
	/** False once two records of one class turned out to hold different shingles (a hash collision): nothing here is used. */
	private sound = true;

	/**
	 * Room for `total` articles (indices 0 to total − 1), checked with the grouping's options. Holds about
	 * 1.3 KB per article (the bucket table, signatures, links), plus each class's shingles (the records' own arrays).
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
		let slots = 1024;
		while (slots < (bandCount * total * 4) / 3) slots *= 2;
		this.slotKeys = new Uint32Array(slots);
		this.slotBands = new Uint8Array(slots);
		this.slotHeads = new Int32Array(slots).fill(-1);
		this.slotSizes = new Uint8Array(slots);
		this.next = new Int32Array(total * bandCount);
		this.stamp = new Int32Array(total);
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
		signatureInto(print.shingles, this.signatures, cls);
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
				this.slotSizes[slot] = 1;
				continue;
			}

			const size = this.slotSizes[slot]!;
			// A bucket that is or will be crowded is paired by neighbours (visitCandidates), each pair checked then.
			if (size >= defaultBucketLimit) {
				if (size < 255) this.slotSizes[slot] = size + 1;
				continue;
			}

			for (let other = head; other !== -1; other = this.next[other * bandCount + band]!) {
				if (this.stamp[other] === cls + 1) continue;
				this.stamp[other] = cls + 1;
				const link = linkOf(this.signatures, other, cls, this.shingles[other]!, print.shingles, this.linkContainment, this.minShared);
				if (link !== noLink) this.links.set(other * maxArticles + cls, link);
			}

			this.next[cls * bandCount + band] = head;
			this.slotHeads[slot] = cls;
			this.slotSizes[slot] = size + 1;
		}
	}

	/**
	 * Whether these links hold for grouping `articles` with these options: every one of them given, as
	 * it is, and no hash collision between two of them.
	 */
	fits(articles: readonly GroupMember[], linkContainment: number, minShared: number): boolean {
		if (!this.sound || articles.length !== this.total || linkContainment !== this.linkContainment || minShared !== this.minShared) return false;
		for (let index = 0; index < articles.length; index++) if (this.prints[index] !== articles[index]!.print) return false;
		return true;
	}

	/**
	 * The link of articles `i` and `j` when they were paired in a bucket of at most defaultBucketLimit
	 * members (as visitCandidates pairs every two of such a bucket's); undefined for an article without shingles
	 * and for two of one sequence class (the grouping joins those before it checks a pair).
	 */
	linkOf(i: number, j: number): Link | undefined {
		const a = this.classOf[i]!;
		const b = this.classOf[j]!;
		if (a < 0 || b < 0 || a === b) return undefined;
		return this.links.get(Math.min(a, b) * maxArticles + Math.max(a, b)) ?? noLink;
	}
}

/** Whether two arrays hold the same values in the same order. */
const sameValues = (a: Uint32Array, b: Uint32Array): boolean => {
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
	return true;
};
