// Which member of a near-duplicate group is the likely original, and why.
import type {BoilerplateCategory} from '../boilerplate/label.js';
import type {GroupMember} from './member.js';
import {containment, intersectionSize} from './overlap.js';
import {compareDateSpans, type DateSpan, formatDateSpan, parseDateSpan} from '../text/dates.js';

/** Pairwise scoring is quadratic: large groups are scored against a fixed sample of members. */
const scoringSample = 200;
/** Mean containments closer than this are a tie. */
const scoreMargin = 0.02;
/**
 * Boilerplate shares closer than this are a tie: one percentage point, the precision `list` shows them at. A copy
 * whose only change is in its article ("158" → "185", "Tuesday" → "Wednesday") has the same chrome in a text a few
 * characters longer or shorter, and a share a few thousandths lower or higher: that says nothing of which is cleaner
 * (breaker17a K5: a doctored copy was named the original over the story it doctored, as "least boilerplate").
 */
const boilerplateMargin = 0.01;

/** Whether member a is cleaner than b: a boilerplate share lower by boilerplateMargin or more. */
const cleanerThan = (a: GroupMember, b: GroupMember): boolean => a.boilerplateShare <= b.boilerplateShare - boilerplateMargin + 1e-9;

export type OriginalChoice = {index: number; reason: string};

/** The reason a group of one gives for its original, however it came to be alone (`list --json` "reason"). */
export const onlyMemberReason = 'only member of its group';

/**
 * Earliest date when most members carry one (JSON Lines `date` or a dateline);
 * a date shared by several of the earliest decides nothing between them (every
 * copy of a wire story carries the agency's date), and they are ranked by their
 * texts as below. Otherwise the member that contains most of the others
 * (summaries, excerpts and padded copies are contained in it), then among those
 * the text more files agree on (witnesses, as in textual collation: copies that
 * are the same words count as one witness per distinct file, so a doctored copy
 * loses to a reading three pages share, whatever chrome each page adds, while one
 * file copied three times is still one witness), then the least boilerplate; when none contains them
 * (containsShare: copies that reword each other), the earliest dated, the least
 * boilerplate, then the shortest (a spun copy pads, it is not the source).
 * File modification times are not used (copying a file resets them).
 */
export function chooseOriginal(members: readonly number[], articles: readonly GroupMember[]): OriginalChoice {
	if (members.length === 1) return {index: members[0], reason: onlyMemberReason};
	const dated = members.map(index => ({index, span: articleDateSpan(articles[index])})).filter(entry => entry.span !== undefined);
	if (dated.length * 2 >= members.length) {
		// By the latest day each date can be: a date known only to the month never precedes a day in that month.
		dated.sort((a, b) => compareDateSpans(a.span!, b.span!) || a.index - b.index);
		const first = dated[0];
		const sameDate = dated.filter(entry => compareDateSpans(entry.span!, first.span!) === 0).map(entry => entry.index);
		if (sameDate.length === 1) return {index: first.index, reason: dateReason(dated.length > 1, first.span!)};
		const byText = chooseByText(members, articles, sameDate);
		const others = sameDate.length - 1;
		return {index: byText.index, reason: `${byText.reason}; earliest date (${formatDateSpan(first.span!)}), as ${others === 1 ? 'one other copy' : `${others} other copies`}`};
	}

	return chooseByText(members, articles, members);
}

/** chooseOriginal's ranking by text, among `candidates` (a subset of `members`, in corpus order; every member is scored against). */
function chooseByText(members: readonly number[], articles: readonly GroupMember[], candidates: readonly number[]): OriginalChoice {
	// Copies of one file, byte for byte: none is the source, and none is named (first in corpus order).
	if (candidates.every(index => articles[index].textHash === articles[candidates[0]].textHash)) return {index: candidates[0], reason: 'identical copies; first in corpus order'};

	// Identical copies (the same words in the same order) count once in the ranking: containing your
	// own twin is no evidence of being the source. Whether a member contains the others at all (the
	// shape of the group: copies and excerpts, or rewordings) is judged on every member, as before.
	const twin = twinsOf(members, articles);
	const witnesses = witnessesOf(members, articles);
	const step = Math.max(1, Math.ceil(members.length / scoringSample));
	const sample = members.filter((_, position) => position % step === 0);
	const shared = sharedShingles(articles, members.length <= scoringSample);
	const isCandidate = new Set(candidates);
	const covers: number[] = [];
	const scores = new Map<number, number>();
	for (const candidate of members) {
		let total = 0;
		let count = 0;
		let cover = 0;
		let all = 0;
		const scored = isCandidate.has(candidate);
		for (const other of sample) {
			if (other === candidate) continue;
			const share = containment(articles[other].print.shingles, articles[candidate].print.shingles, shared(other, candidate));
			cover += share;
			all++;
			if (!scored || twin.same(other, candidate) || twin.first(other) !== other) continue;
			total += share;
			count++;
		}

		covers.push(all === 0 ? 0 : cover / all);
		if (scored) scores.set(candidate, count === 0 ? 0 : total / count);
	}
	// Containment differs by a few points between near-identical copies (a caption
	// kept here, a line lost there): within that margin, the cleaner copy wins.
	let top = 0;
	for (const score of scores.values()) top = Math.max(top, score);
	// Below containsShare no member contains the others: they reword each other, and the longer
	// (whose phrases hold a larger share of the shorter's) is no more the source than the shorter.
	const contains = covers.some(cover => cover >= containsShare);
	// Among the tied: a known date (the earliest) first, then the text more files agree on (each
	// page wraps it in its own chrome, so their boilerplate says nothing of the text), then the
	// least boilerplate, then (rewordings) the fewest words.
	const tied = candidates.filter(candidate => !contains || scores.get(candidate)! >= top - scoreMargin);
	const span = (index: number) => articleDateSpan(articles[index]);
	// Undated after dated; two dates by the latest day each can be.
	const byDate = (x: number, y: number) => {
		const a = span(x);
		const b = span(y);
		return a && b ? compareDateSpans(a, b) : a ? -1 : b ? 1 : 0;
	};
	const shorter = (x: number, y: number) => (contains ? 0 : articles[x].print.tokenCount - articles[y].print.tokenCount);
	let best = tied[0];
	for (const candidate of tied.slice(1)) {
		const order = byDate(candidate, best);
		const cleaner = cleanerThan(articles[candidate], articles[best]) ? -1 : cleanerThan(articles[best], articles[candidate]) ? 1 : 0;
		const agreed = witnesses(best) - witnesses(candidate);
		if (order < 0 || (order === 0 && (agreed < 0 || (agreed === 0 && (cleaner < 0 || (cleaner === 0 && shorter(candidate, best) < 0)))))) best = candidate;
	}

	const bestSpan = span(best);
	const decidedByDate = tied.length > 1 && bestSpan !== undefined && tied.some(other => other !== best && byDate(other, best) !== 0);
	let reason = contains ? containmentReason(best, members, articles, shared, twin) : rewordingReason(best, tied, articles, decidedByDate);
	// Fewer files have their text: the witnesses decided.
	const outvoted = tied.filter(other => !twin.same(other, best) && witnesses(other) < witnesses(best));
	if (outvoted.length > 0 && !decidedByDate) reason += `; its text is in ${witnesses(best)} files, ${articles[outvoted[0]!].name}'s in ${witnesses(outvoted[0]!)}`;
	// Texts other than the chosen one's that score as high, are no less clean and have as many witnesses
	// (the cleaner copy is said by containmentReason): a tie, said as one, decided by corpus order.
	const rivals = contains ? tied.filter(other => !twin.same(other, best) && twin.first(other) === other && !cleanerThan(articles[best], articles[other]) && witnesses(other) >= witnesses(best)) : [];
	if (rivals.length > 0 && !decidedByDate) reason += `; a tie with ${articles[rivals[0]!].name}${rivals.length > 1 ? ` and ${rivals.length - 1} more` : ''}, first in corpus order`;

	// "earliest" only when another of the tied has a date to be earlier than.
	const otherDated = tied.some(other => other !== best && span(other) !== undefined);
	return {index: best, reason: decidedByDate ? `${reason}; ${dateReason(otherDated, bestSpan!)}` : reason};
}

/** The date as a reason: the earliest of several dates, or the only date among undated copies. */
const dateReason = (others: boolean, span: DateSpan): string => `${others ? 'earliest date' : 'only dated copy'} (${formatDateSpan(span)})`;

/**
 * Share of another member's 3-word phrases a member must hold, on average, to be said to contain
 * the others (an excerpt, a summary or a padded copy keeps nearly all of its source's phrases it
 * uses). Below it the members reword each other, and containment only says which is longer.
 */
export const containsShare = 0.8;

/** Why a member was chosen among copies that reword each other (none contains the others). */
function rewordingReason(best: number, tied: readonly number[], articles: readonly GroupMember[], byDate: boolean): string {
	const rest = tied.filter(other => other !== best);
	const longer = rest.filter(other => articles[other].print.tokenCount > articles[best].print.tokenCount);
	const cleaner = rest.every(other => cleanerThan(articles[best], articles[other]));
	const why = byDate ? 'no copy contains the others' : cleaner ? 'no copy contains the others; least boilerplate' : longer.length === rest.length && rest.length > 0 ? 'no copy contains the others; the others reword it at greater length' : 'no copy contains the others; first of the rewordings';
	return why;
}

/**
 * Shingles two members share, each unordered pair counted once when
 * `remember` (containment both ways, and the reason, need the same
 * intersection; a group past the scoring sample is not remembered pair by pair).
 */
function sharedShingles(articles: readonly GroupMember[], remember: boolean): (x: number, y: number) => number {
	const known = new Map<number, number>();
	return (x, y) => {
		if (!remember) return intersectionSize(articles[x].print.shingles, articles[y].print.shingles);
		const key = x < y ? x * 2 ** 21 + y : y * 2 ** 21 + x;
		let size = known.get(key);
		if (size === undefined) known.set(key, (size = intersectionSize(articles[x].print.shingles, articles[y].print.shingles)));
		return size;
	};
}

/**
 * Which members of a group are the same text (the same words in the same order: the print's
 * sequence hash and length, as grouping joins them). `first`: the first member with an index's
 * text; `same`: whether two members are one text; `copy`: whether they are byte for byte one file
 * (the reason never names such a copy). When every member is one text, none is a twin (the group
 * is scored as it is). Linear.
 */
function twinsOf(members: readonly number[], articles: readonly GroupMember[]): {first: (index: number) => number; same: (x: number, y: number) => boolean; copy: (x: number, y: number) => boolean} {
	const key = (index: number) => `${articles[index].print.sequenceHash}:${articles[index].print.tokenCount}`;
	const copy = (x: number, y: number) => articles[x].textHash === articles[y].textHash;
	const firstOf = new Map<string, number>();
	for (const index of members) if (!firstOf.has(key(index))) firstOf.set(key(index), index);
	if (firstOf.size === 1) return {first: index => index, same: (x, y) => x === y, copy: (x, y) => x === y};
	return {first: index => firstOf.get(key(index)) ?? index, same: (x, y) => key(x) === key(y), copy};
}

/**
 * How many distinct files (by bytes) of the group have each member's text (the same words in the
 * same order, as twinsOf reads it): pages that agree on a text are so many witnesses of it, a file
 * copied byte for byte is one. Linear.
 */
function witnessesOf(members: readonly number[], articles: readonly GroupMember[]): (index: number) => number {
	const key = (index: number) => `${articles[index].print.sequenceHash}:${articles[index].print.tokenCount}`;
	const files = new Map<string, Set<string>>();
	for (const index of members) {
		let hashes = files.get(key(index));
		if (!hashes) files.set(key(index), (hashes = new Set()));
		hashes.add(articles[index].textHash);
	}
	return index => files.get(key(index))?.size ?? 1;
}

function containmentReason(original: number, members: readonly number[], articles: readonly GroupMember[], shared: (x: number, y: number) => number, twin: ReturnType<typeof twinsOf>): string {
	// Name the closest copy: the one the original covers best (its own identical copies aside).
	let closest = -1;
	let closestShare = -1;
	for (const other of members.slice(0, scoringSample + 1)) {
		if (other === original || twin.copy(other, original)) continue;
		const share = containment(articles[other].print.shingles, articles[original].print.shingles, shared(other, original));
		if (share > closestShare) {
			closest = other;
			closestShare = share;
		}
	}

	const name = articles[closest].name;
	let reason = `contains ${Math.round(closestShare * 100)}% of ${name}`;
	const extra = addedBoilerplate(articles[closest], articles[original]);
	if (extra) reason += `; ${name} adds ${extra}`;
	else if (cleanerThan(articles[original], articles[closest])) reason += '; least boilerplate';
	return reason;
}

const categoryPhrases: Record<BoilerplateCategory, string> = {
	headlines: 'a headline list',
	navigation: 'navigation links',
	comments: 'a comment form',
	share: 'share links',
	related: 'related-article links',
	newsletter: 'a newsletter prompt',
	legal: 'legal notices',
	scraper: 'scraper metadata',
	caption: 'photo captions',
	'repeated-title': 'a repeated title',
	template: 'site template lines',
};

/** The main kind of boilerplate `copy` has that `original` lacks, as a phrase. */
function addedBoilerplate(copy: GroupMember, original: GroupMember): string | undefined {
	if (copy.boilerplateShare <= original.boilerplateShare) return undefined;
	const present = new Set(original.categories);
	const added = (Object.entries(copy.boilerplateCharacters) as Array<[BoilerplateCategory, number]>)
		.filter(([category]) => !present.has(category))
		.sort((a, b) => b[1] - a[1]);
	return added.length > 0 ? categoryPhrases[added[0][0]] : undefined;
}

/** A date as the interval it names (day, month or year), from the source's metadata or the text's dateline; undefined when unreadable. */
export function articleDateSpan(article: Pick<GroupMember, 'date'>): DateSpan | undefined {
	return article.date ? parseDateSpan(article.date) : undefined;
}
