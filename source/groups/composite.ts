// A near-duplicate group is one story. Grouping links a text to every text it
// holds, so a page that carries two whole stories (a two-item briefing, a
// round-up quoting each story whole) links both into one group, as their
// original. The two stories share no phrase: a member through which alone two
// parts of the group meet, parts whose members share no phrase with each
// other, is such a composite. It leaves the group, and each part is a group of
// its own. Copies of one story hang together by its phrases: they keep its
// lead, its headline, its quotations.
import {defaultMinSharedShingles} from './link-check.js';
import type {GroupMember} from './member.js';
import {intersectionSizeAtLeast} from './overlap.js';

/** Members of a group checked for composites, at most: the check compares every two members (quadratic), so a larger group is left whole. */
export const maxCompositeGroup = 64;

/**
 * The group `list` (indices into `articles`, in corpus order) split at its composites: the lists of members that
 * still hang together once every composite is taken out (each in corpus order, in order of its first member), then
 * each composite alone. Two members hang together when they share as many shingles as a link needs
 * (defaultMinSharedShingles: the grouping's own evidence of a shared phrase); a composite is a member whose
 * removal leaves the others in more parts than they were in (an articulation point of that graph). Members are taken out one
 * at a time, each time the composite whose parts are most even (ties: the earliest), until none is left: a round-up
 * of three stories leaves three. A group of fewer than three members, of more than maxCompositeGroup, or without a
 * composite is returned whole (`[list]`). O(m²) shingle intersections for m members, then O(m³) steps for
 * each composite taken out.
 */
export function splitComposites(list: readonly number[], articles: readonly GroupMember[]): number[][] {
	const m = list.length;
	if (m < 3 || m > maxCompositeGroup) return [list.slice()];
	const linked: boolean[][] = list.map(() => new Array<boolean>(m).fill(false));
	for (let x = 0; x < m; x++) {
		for (let y = x + 1; y < m; y++) {
			const a = articles[list[x]!]!.print.shingles;
			const b = articles[list[y]!]!.print.shingles;
			const together = intersectionSizeAtLeast(a, b, defaultMinSharedShingles) >= defaultMinSharedShingles;
			linked[x]![y] = together;
			linked[y]![x] = together;
		}
	}

	const out = new Array<boolean>(m).fill(false);
	const composites: number[] = [];
	for (;;) {
		const before = partsOf(linked, out).length;
		let best = -1;
		let bestSmallest = 0;
		for (let x = 0; x < m; x++) {
			if (out[x]) continue;
			out[x] = true;
			const parts = partsOf(linked, out);
			out[x] = false;
			// A composite joins parts: without it there are more of them (a member alone in its part is none).
			if (parts.length <= before) continue;
			const smallest = Math.min(...parts.map(part => part.length));
			if (smallest > bestSmallest) (best = x), (bestSmallest = smallest);
		}

		if (best < 0) break;
		out[best] = true;
		composites.push(best);
	}

	if (composites.length === 0) return [list.slice()];
	return [...partsOf(linked, out).map(part => part.map(x => list[x]!)), ...composites.sort((a, b) => a - b).map(x => [list[x]!])];
}

/** The connected parts of the members not `out` under `linked`, each in index order, in order of their first member. */
const partsOf = (linked: readonly boolean[][], out: readonly boolean[]): number[][] => {
	const m = out.length;
	const seen = out.slice();
	const parts: number[][] = [];
	for (let start = 0; start < m; start++) {
		if (seen[start]) continue;
		const part: number[] = [];
		const stack = [start];
		seen[start] = true;
		while (stack.length > 0) {
			const x = stack.pop()!;
			part.push(x);
			for (let y = 0; y < m; y++) {
				if (!seen[y] && linked[x]![y]) (seen[y] = true), stack.push(y);
			}
		}

		parts.push(part.sort((a, b) => a - b));
	}

	return parts;
};
