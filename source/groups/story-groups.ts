// A near-duplicate group is one story and its copies. Grouping links texts by
// shared phrases, which stories from one template (another company, city and
// every figure) and texts on one event written apart share too; the relation
// to the group's original then says `related` or `unrelated`. Such a member
// is another story: it leaves the group.
import {strongerRelation} from '../compare/model.js';
import type {GroupInfo} from './group-info.js';
import {onlyMemberReason} from './original.js';

/**
 * The groups with every member whose relation to its group's original (verdict or
 * estimate) is `related` or `unrelated` — no copy: not identical, verbatim, edited nor
 * rewritten — taken out into a group of its own (its own original). A group left with its
 * original alone is a group of one. Groups are numbered again as groupMembers numbers them:
 * in order of their first member, groups without words after every other. `members`: each
 * member's article id and words, in the order of `groups`. Pure; linear but for the sort of the groups.
 */
export function storyGroups(groups: readonly GroupInfo[], members: ReadonlyArray<{id: string; words: number}>): GroupInfo[] {
	const loose = (info: GroupInfo, index: number) => info.original !== members[index]!.id && strongerRelation(info.relation, 'rewritten') !== info.relation;
	if (!groups.some((info, index) => loose(info, index))) return groups.slice();
	// Each new group by a name: its old number, then 'k' for those who stay, the index of one taken out.
	const nameOf = (info: GroupInfo, index: number) => `${info.group}:${loose(info, index) ? index : 'k'}`;
	const found = new Map<string, {first: number; size: number; words: boolean}>();
	for (const [index, info] of groups.entries()) {
		const name = nameOf(info, index);
		const group = found.get(name) ?? {first: index, size: 0, words: false};
		group.size++;
		group.words ||= members[index]!.words > 0;
		found.set(name, group);
	}
	const numbers = numberGroups(found);
	return groups.map((info, index) => {
		const name = nameOf(info, index);
		const base = {...info, group: numbers.get(name)!, groupSize: found.get(name)!.size};
		if (loose(info, index)) {
			const {estimated: _estimated, ...rest} = base;
			return {...rest, original: members[index]!.id, relation: 'identical', similarity: 1, reason: onlyMemberReason};
		}
		// An original left alone has no copies to be chosen over: its reason is a lone article's, as a group of one
		// is given from the start (breaker14 P14: it had none when another group of the corpus lost a member). A group
		// of one from the start keeps the reason it was given ("too little article text to compare").
		return base.groupSize > 1 || info.groupSize === 1 ? base : {...base, reason: onlyMemberReason};
	});
}

/** Numbers for named groups (first member's index, size, whether any member has words): in order of their first member, groups without words after every other. */
const numberGroups = (found: ReadonlyMap<string, {first: number; words: boolean}>): Map<string, number> => {
	const ordered = [...found].sort(([, a], [, b]) => Number(b.words) - Number(a.words) || a.first - b.first);
	return new Map(ordered.map(([name], at) => [name, at + 1]));
};

/**
 * The copies a verdict sent out of their group (groups of one now, each its own original, that were
 * copies of another before: `before` and `after` as storyGroups takes and gives them), by the group
 * they left, in corpus order: each list is grouped again on its own (regroupLeavers), as copies of
 * one template story's copy may still be copies of each other. Linear.
 */
export function leaversByGroup(before: readonly GroupInfo[], after: readonly GroupInfo[], members: ReadonlyArray<{id: string}>): number[][] {
	const left = new Map<number, number[]>();
	for (const [index, info] of before.entries()) {
		const id = members[index]!.id;
		if (info.original === id || after[index]!.original !== id) continue;
		const list = left.get(info.group);
		if (list) list.push(index);
		else left.set(info.group, [index]);
	}

	return [...left.values()];
}

/**
 * `groups` with the leavers of each list (leaversByGroup) given the groups `regroup` finds among
 * them alone (indices into the list: its GroupInfo for each, original among them), every group
 * numbered again by its first member, groups without words last. A list regrouped into groups of
 * one changes nothing. Pure; linear but for the sort of the groups.
 */
export function regroupLeavers(groups: readonly GroupInfo[], lists: readonly number[][], regroup: (list: readonly number[]) => readonly GroupInfo[], members: ReadonlyArray<{id: string; words: number}>): GroupInfo[] {
	const name = new Map<number, string>();
	const given = new Map<number, GroupInfo>();
	for (const [at, list] of lists.entries()) {
		if (list.length < 2) continue;
		const found = regroup(list);
		for (const [offset, index] of list.entries()) {
			given.set(index, found[offset]!);
			name.set(index, `r${at}:${found[offset]!.group}`);
		}
	}

	if (given.size === 0) return groups.slice();
	const nameOf = (index: number) => name.get(index) ?? `${groups[index]!.group}`;
	const found = new Map<string, {first: number; words: boolean}>();
	for (const index of groups.keys()) {
		const key = nameOf(index);
		const group = found.get(key) ?? {first: index, words: false};
		group.words ||= members[index]!.words > 0;
		found.set(key, group);
	}

	const numbers = numberGroups(found);
	return groups.map((info, index) => ({...(given.get(index) ?? info), group: numbers.get(nameOf(index))!}));
}
