import type {Row} from './model.js';
import type {Side, Unit} from './units.js';
import type {Pair} from './align.js';
import type {Span} from '../text/span.js';

/**
 * Rows in left-text order. In-order pairs, removed sentences and left boilerplate
 * follow the left text; added sentences and right boilerplate are slotted in
 * where they fall between in-order pairs on the right; a moved pair sits at its
 * left position, and `movedAfter` says where its right side is.
 *
 * A left boilerplate line whose same text (spaces aside) comes soon on the
 * right, before any paired sentence there, pulls that right line (and the
 * unpaired right units before it) in right after it: the two stay one-sided
 * rows but sit next to each other, so a renderer draws them on one line
 * instead of as a staircase. The look-ahead is bounded by `boilerplateReach`.
 */
export const orderRows = (left: Side, right: Side, pairs: Pair[], pairRow: (pair: Pair) => Row): Row[] => {
	const pairByLeft = new Map<number, Pair>();
	const leftPaired = new Uint8Array(left.units.length);
	const rightPaired = new Uint8Array(right.units.length);
	for (const pair of pairs) {
		pairByLeft.set(pair.left[0], pair);
		for (const index of pair.left) leftPaired[index] = 1;
		for (const index of pair.right) rightPaired[index] = 1;
	}
	const rows: Row[] = [];
	const rowOfRight = new Int32Array(right.units.length).fill(-1);
	const span = (first: Unit, last: Unit = first) => ({start: first.start, end: last.end});
	let next = 0;
	const flushRight = (until: number) => {
		for (; next < until; next++) {
			if (rightPaired[next]) continue;
			const unit = right.units[next];
			rowOfRight[next] = rows.length;
			if (unit.excluded) {
				const row = boilerplate(unit, null, span(unit));
				row.rightParagraph = unit.paragraph;
				rows.push(row);
			} else rows.push({kind: 'added', left: null, right: span(unit), similarity: 0, ops: [], rightParagraph: unit.paragraph});
		}
	};
	const movedRows: Array<{row: number; rightFirst: number}> = [];
	for (const unit of left.units) {
		if (unit.excluded) {
			const row = boilerplate(unit, span(unit), null);
			row.leftParagraph = unit.paragraph;
			rows.push(row);
			const twin = sameBoilerplateAhead(left, right, unit, next, rightPaired);
			if (twin >= 0) flushRight(twin + 1);
			continue;
		}
		const pair = pairByLeft.get(unit.index);
		if (pair) {
			if (!pair.moved) {
				flushRight(pair.right[0]);
				next = Math.max(next, pair.right[pair.right.length - 1] + 1);
			} else movedRows.push({row: rows.length, rightFirst: pair.right[0]});
			for (const index of pair.right) rowOfRight[index] = rows.length;
			rows.push(pairRow(pair));
			continue;
		}
		if (leftPaired[unit.index]) continue;
		rows.push({kind: 'removed', left: span(unit), right: null, similarity: 0, ops: [], leftParagraph: unit.paragraph});
	}
	flushRight(right.units.length);
	for (const {row, rightFirst} of movedRows) rows[row].movedAfter = rightFirst > 0 ? rowOfRight[rightFirst - 1] : -1;
	return rows;
};

/** How many unpaired right units are searched for a left boilerplate line's twin. */
const boilerplateReach = 64;

const spaced = (text: string) => text.replaceAll(/\s+/gu, ' ').trim();

/** Index of the first right boilerplate unit from `from` with the left unit's text, before any paired one and within reach, or -1. */
const sameBoilerplateAhead = (left: Side, right: Side, unit: Unit, from: number, rightPaired: Uint8Array): number => {
	const text = spaced(left.text.slice(unit.start, unit.end));
	const end = Math.min(right.units.length, from + boilerplateReach);
	for (let index = from; index < end; index++) {
		if (rightPaired[index]) return -1;
		const candidate = right.units[index];
		if (candidate.excluded && spaced(right.text.slice(candidate.start, candidate.end)) === text) return index;
	}
	return -1;
};

/**
 * A boilerplate row of `unit` (its paragraph set by the caller). Built field by field, not spread from a shared
 * part: V8 gives each object made by spreading and then adding fields a hidden class of its own (~300 bytes
 * each), one per boilerplate line (breaker13 M3). The fields' order is the rows' JSON order.
 */
const boilerplate = (unit: Unit, left: Span | null, right: Span | null): Row => {
	const item = unit.excluded!;
	const row: Row = {kind: 'boilerplate', left, right, similarity: 0, ops: [], label: item.label};
	if (item.category) row.category = item.category;
	if (item.reason) row.reason = item.reason;
	return row;
};
