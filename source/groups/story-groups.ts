// A near-duplicate group is one story and its copies. Grouping links texts by
// shared phrases, which stories from one template (another company, city and
// every figure) and texts on one event written apart share too; the relation
// to the group's original then says `related` or `unrelated`. Such a member
// is another story: it leaves the group.
import {strongerRelation} from '../compare/model.js';
import type {GroupInfo} from './group-info.js';

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
	const ordered = [...found].sort(([, a], [, b]) => Number(b.words) - Number(a.words) || a.first - b.first);
	const numbers = new Map(ordered.map(([name], at) => [name, at + 1]));
	return groups.map((info, index) => {
		const name = nameOf(info, index);
		const base = {...info, group: numbers.get(name)!, groupSize: found.get(name)!.size};
		if (loose(info, index)) {
			const {estimated: _estimated, reason: _reason, ...rest} = base;
			return {...rest, original: members[index]!.id, relation: 'identical', similarity: 1};
		}
		// An original left alone has no copies to be chosen over.
		if (base.groupSize > 1) return base;
		const {reason: _reason, ...alone} = base;
		return alone;
	});
}
