// A near-duplicate group is one story. Strong links join a text to every text
// it holds, so a copy of one story that carries a piece of another (a "Related:"
// teaser quoting a few of its sentences) joins both stories into one group.
// Such a page is a composite: the parts of the group that meet only through it
// share no phrase with each other, between them they make up the page, and one
// of them makes up most of it. It stays with that story, and the other leaves.
// A page made of two stories in about equal parts (a briefing of two whole
// stories) is not told apart: from shared phrases alone it looks like a copy
// updated at both ends whose two neighbours share nothing (review12 R9), so the
// group is left whole.
import {defaultMinSharedShingles} from './link-check.js';
import type {GroupMember} from './member.js';
import {intersectionSize} from './overlap.js';

/** Members of a group checked for composites, at most: the check compares every two members (quadratic), so a larger group is left whole. */
export const maxCompositeGroup = 64;

/**
 * Share of a composite's phrases (kept-text shingles) that its parts must hold between them: the page is made of
 * them, a heading or a sign-off aside. A spun or rewritten copy between two others keeps phrases of its own (most of
 * them, on real spinning), and an original whose excerpts share nothing keeps a middle neither holds: no composite.
 * A judgement, not a fit: there is no labelled real data of groups.
 */
export const compositeCoverage = 0.9;

/** A part cut from a composite is one it holds less than this share of, in each of its members: it carries a piece of that story (a teaser: its first sentences, half of it at most), not a copy of it (a rolling story's earlier version, all of it). */
export const passengerShare = 0.8;

/** The part a composite is a copy of holds this many times more of its phrases than every other part (a copy of one story with a teaser of another). */
export const dominantPart = 2;

/**
 * The group `list` (indices into `articles`, in corpus order) split at its composites: the lists of members that still
 * hang together once each composite is cut from the stories it does not copy (each in corpus order, in order of its
 * first member). Two members hang together when they share as many shingles as a link needs
 * (defaultMinSharedShingles: the grouping's own evidence of a shared phrase). A composite is a member whose removal
 * leaves its linked members in two parts or more (an articulation point of that graph) whose holdings of its phrases —
 * per part, the largest share of the composite's shingles one member holds — add up to compositeCoverage or more, and
 * one part holds dominantPart times more than every other, while of every other part it holds less than passengerShare
 * of one member at least: it stays with that part, cut from the rest. Composites are
 * dealt with one at a time, each time the one whose parts are most even (ties: the earliest), until none is left.
 * A group of fewer than three members, of more than maxCompositeGroup, or without a composite is returned whole
 * (`[list]`). O(m²) shingle intersections for m members (one per pair), then O(m³) steps for each composite.
 */
export function splitComposites(list: readonly number[], articles: readonly GroupMember[]): number[][] {
	const m = list.length;
	if (m < 3 || m > maxCompositeGroup) return [list.slice()];
	const shingles = list.map(index => articles[index]!.print.shingles);
	// One intersection per pair serves both: linked (a shared phrase, as a link needs) and holds[x][y], the share of x's
	// shingles found in y.
	const linked: boolean[][] = list.map(() => new Array<boolean>(m).fill(false));
	const holds: number[][] = list.map(() => new Array<number>(m).fill(0));
	for (let x = 0; x < m; x++) {
		for (let y = x + 1; y < m; y++) {
			const shared = intersectionSize(shingles[x]!, shingles[y]!);
			linked[x]![y] = linked[y]![x] = shared >= defaultMinSharedShingles;
			if (shingles[x]!.length > 0) holds[x]![y] = shared / shingles[x]!.length;
			if (shingles[y]!.length > 0) holds[y]![x] = shared / shingles[y]!.length;
		}
	}

	const out = new Array<boolean>(m).fill(false);
	const dealt = new Array<boolean>(m).fill(false);
	for (;;) {
		let best: {x: number; parts: number[][]; shares: number[]} | undefined;
		let bestSmallest = 0;
		for (let x = 0; x < m; x++) {
			if (out[x] || dealt[x]) continue;
			out[x] = true;
			// The parts x joins: those of its linked members, once x is taken out (two or more: x is an articulation point).
			const parts = partsOf(linked, out).filter(part => part.some(y => linked[x]![y]));
			out[x] = false;
			if (parts.length < 2) continue;
			const shares = parts.map(part => Math.max(...part.map(y => holds[x]![y]!)));
			if (shares.reduce((sum, share) => sum + share, 0) < compositeCoverage) continue;
			const [top = 0, second = 0] = shares.toSorted((a, b) => b - a);
			if (top < dominantPart * second) continue;
			// A part it carries a piece of: x holds less than passengerShare of one of its members at least (a teaser quotes a few
			// sentences of a longer story). A part x holds whole, every member of it, is copied, not carried: the first version
			// of a rolling story, all of it in the next (review13 R5); a part with a brief among longer copies is still carried
			// (a teaser holds the brief whole, not the story: review13b S3).
			const topPart = shares.indexOf(top);
			if (parts.some((part, index) => index !== topPart && part.every(y => holds[y]![x]! >= passengerShare))) continue;
			const smallest = Math.min(...parts.map(part => part.length));
			if (smallest > bestSmallest) (best = {x, parts, shares}), (bestSmallest = smallest);
		}

		if (!best) break;
		const {x, parts, shares} = best;
		dealt[x] = true;
		const top = shares.indexOf(Math.max(...shares));
		for (const [index, part] of parts.entries()) {
			if (index === top) continue;
			for (const y of part) linked[x]![y] = linked[y]![x] = false;
		}
	}

	if (!dealt.includes(true)) return [list.slice()];
	return partsOf(linked, out).map(part => part.map(x => list[x]!));
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
