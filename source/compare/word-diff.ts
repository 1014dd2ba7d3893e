import {diffArrays} from 'diff';
import {hyphenChangesWord} from './hyphenated-homographs.js';
import {unspacedScript} from '../text/scripts.js';
import type {Span} from '../text/span.js';
import type {WordOp} from './model.js';
import type {Weights} from './weights.js';
import type {TokenRun, Vocabulary} from './tokens.js';

/** A token of a run, materialised only for pairs that need a word diff. */
type Token = {start: number; end: number; id: number; norm: string; word: boolean};

const materialise = (run: TokenRun, vocabulary: Vocabulary): Token[] => {
	const tokens: Token[] = [];
	for (let k = run.from; k < run.to; k++) {
		const id = run.table.id[k];
		tokens.push({start: run.table.start[k], end: run.table.end[k], id, norm: vocabulary.words[id], word: vocabulary.wordLike[id] === 1});
	}
	return tokens;
};

/** The word-level comparison of one pair of sentences (or sentence groups). */
export type PairDiff = {
	ops: WordOp[];
	/** Weight of the words each side shares with the other. */
	sharedLeft: number;
	sharedRight: number;
	/** Share of words equal on both sides, unweighted: 2·equal / (left words + right words). */
	wordSimilarity: number;
	/**
	 * Short replaced runs ("seized" → "taken"): `from`/`to` the normalised
	 * words (the key substitutions are grouped by), `fromText`/`toText` the
	 * texts' own forms (case, signs, attached units: "5%" → "−3%").
	 */
	replacements: Replacement[];
	/** No change at all (trivial differences aside). */
	same: boolean;
	/** The diff gave up (work budget or edit-length guard): ops are one removed and one added block. */
	gaveUp: boolean;
};

/** A replaced run: folded words, and the run as each text writes it. */
export type Replacement = {from: string; to: string; fromText: string; toText: string};

/** Marks written against a number: a sign or currency before it, a unit sign after it ("−3%", "$5", "20°"). */
const attachedBefore = /^[-−+±\p{Sc}]$/u;
const attachedAfter = /^(?:[%‰‱°′″]|\p{Sc})$/u;
const startsNumber = /^\p{N}/u;
const endsNumber = /\p{N}$/u;

/**
 * The words `tokens[from..to)` as the text writes them: from the first word to
 * the last (what lies between kept, white space folded to one space), with a
 * sign or currency mark written against a leading number and a unit mark
 * written against a trailing number, inside the run or just outside it
 * (a sign only where it starts a token: not the hyphen of "2019-20").
 */
const surfaceOf = (tokens: readonly Token[], from: number, to: number, text: string): string => {
	let first = from;
	while (first < to && !tokens[first]!.word) first++;
	let last = to - 1;
	while (last > first && !tokens[last]!.word) last--;
	let start = tokens[first]!.start;
	let end = tokens[last]!.end;
	const before = tokens[first - 1];
	// A sign is written after a space (or first): in "2019-20" the hyphen joins a range.
	const beforeSign = tokens[first - 2];
	if (
		before &&
		!before.word &&
		before.end === start &&
		(!beforeSign || beforeSign.end < before.start) &&
		startsNumber.test(text.slice(start, end)) &&
		attachedBefore.test(text.slice(before.start, before.end))
	) {
		start = before.start;
	}
	const after = tokens[last + 1];
	if (after && !after.word && after.start === end && endsNumber.test(text.slice(start, end)) && attachedAfter.test(text.slice(after.start, after.end))) end = after.end;
	return text.slice(start, end).replace(/\s+/gu, ' ');
};

/** Hyphens that join or split a word: hyphen-minus, hyphen, non-breaking hyphen. */
const isHyphen = (token: Token): boolean => !token.word && (token.norm === '-' || token.norm === '\u2010' || token.norm === '\u2011');

const lettersOnly = /^[\p{L}\p{M}]+$/u;

/**
 * Whether two replaced runs are one text's words written apart by hyphens: the same letters once the
 * hyphens are left out, at least one hyphen in one of them ("work-⏎ers" / "workers" from a hard-wrapped
 * or OCR'd copy; "e-mail" / "email"). Hyphenation is spelling, like case: the runs are a trivial
 * equal, never a substitution. A run holding anything else (a number — "3-1" is a score, not "31" —,
 * other punctuation) is not, nor a word whose closed form is another word ("re-sign" / "resign").
 */
const hyphenationOnly = (removed: readonly Token[], added: readonly Token[]): boolean => {
	let hyphens = 0;
	let leftLetters = '';
	let rightLetters = '';
	for (const token of removed) {
		if (isHyphen(token)) hyphens++;
		else if (token.word && lettersOnly.test(token.norm)) leftLetters += token.norm;
		else return false;
	}
	for (const token of added) {
		if (isHyphen(token)) hyphens++;
		else if (token.word && lettersOnly.test(token.norm)) rightLetters += token.norm;
		else return false;
	}
	// "re-sign" / "resign": where the closed form is another word, the hyphen is the word (hyphenated-homographs.ts).
	return hyphens > 0 && leftLetters.length > 0 && leftLetters === rightLetters && !hyphenChangesWord(leftLetters.toLowerCase());
};

/** Replacement runs longer than this many words are rewording, not a substitution. */
const maxSubstitutionWords = 3;
/** Edit scripts longer than this are not worth computing word by word. */
const maxEditLength = 400;


const endsUnspaced = new RegExp(`${unspacedScript.source}$`, 'u');
const startsUnspaced = new RegExp(`^${unspacedScript.source}`, 'u');

/** Words of a run as one phrase: spaces only where the script uses them. */
const joinWords = (tokens: Token[]): string => {
	let phrase = '';
	for (const token of tokens) {
		if (!token.word) continue;
		if (phrase && !(endsUnspaced.test(phrase) && startsUnspaced.test(token.norm))) phrase += ' ';
		phrase += token.norm;
	}
	return phrase;
};

/** The target of a Markdown link whose closing bracket a token's original text holds ("report](https://who.int/x)"), or undefined. */
const linkTarget = (text: string): string | undefined => {
	const at = text.indexOf('](');
	if (at === -1) return undefined;
	const end = text.indexOf(')', at + 2);
	return text.slice(at + 2, end === -1 ? text.length : end).trim().split(/\s+/u)[0];
};

/**
 * The ops of two tokens equal after normalisation, pushed onto `ops`: one equal op, trivial when they
 * are written differently — or, when both end a Markdown link and its targets differ, the left
 * removed and the right added: a citation pointed at another address is a change, though its words
 * are the same ("[WHO report](https://www.who.int/…)" / "…(https://who-int.example.ru/…)"), as a
 * changed bare address is. Returns false for that change.
 */
const pushEqual = (ops: WordOp[], leftText: string, left: Span, rightText: string, right: Span): boolean => {
	const leftWritten = leftText.slice(left.start, left.end);
	const rightWritten = rightText.slice(right.start, right.end);
	if (leftWritten === rightWritten) {
		ops.push({op: 'equal', left, right});
		return true;
	}

	const leftTarget = linkTarget(leftWritten);
	const rightTarget = leftTarget === undefined ? undefined : linkTarget(rightWritten);
	if (leftTarget !== undefined && rightTarget !== undefined && leftTarget !== rightTarget) {
		ops.push({op: 'removed', left}, {op: 'added', right});
		return false;
	}

	ops.push({op: 'equal', left, right, trivial: true});
	return true;
};

/**
 * Sentences equal after normalisation: equal ops without running a diff; a single
 * op over the whole span when the two are byte-identical (the common case in copies).
 */
export const equalTokens = (leftRun: TokenRun, rightRun: TokenRun, sharedLeft: number, sharedRight: number): PairDiff => {
	const ops: WordOp[] = [];
	const {table: lt, text: leftText} = leftRun;
	const {table: rt, text: rightText} = rightRun;
	const count = Math.min(leftRun.to - leftRun.from, rightRun.to - rightRun.from);
	if (count > 0) {
		const leftSpan = {start: lt.start[leftRun.from], end: lt.end[leftRun.to - 1]};
		const rightSpan = {start: rt.start[rightRun.from], end: rt.end[rightRun.to - 1]};
		if (leftText.slice(leftSpan.start, leftSpan.end) === rightText.slice(rightSpan.start, rightSpan.end)) ops.push({op: 'equal', left: leftSpan, right: rightSpan});
		else {
			let same = true;
			for (let k = 0; k < count; k++) {
				const l = leftRun.from + k;
				const r = rightRun.from + k;
				if (!pushEqual(ops, leftText, {start: lt.start[l], end: lt.end[l]}, rightText, {start: rt.start[r], end: rt.end[r]})) same = false;
			}
			return {ops, sharedLeft, sharedRight, wordSimilarity: 1, replacements: [], same, gaveUp: false};
		}
	}
	return {ops, sharedLeft, sharedRight, wordSimilarity: 1, replacements: [], same: true, gaveUp: false};
};

/**
 * Work of one word diff in cells, the unit of `CompareOptions.diffBudget`: Myers' O((N+D)·D)
 * search explores at most (n + m) cells per edit step, so a diff of `edits` steps
 * over n + m tokens costs at most (n + m)·(edits + 1). (Myers 1986, "An O(ND) difference algorithm".)
 */
export const diffCells = (tokens: number, edits: number): number => tokens * (edits + 1);

/**
 * The word diff of one pair of runs, giving up past `maxEdits` edit steps (and
 * never past `maxEditLength`): a bound in work, not time, so the result is the
 * same on any machine under any load. `maxEdits <= 0` gives up at once.
 */
export const diffTokens = (leftRun: TokenRun, rightRun: TokenRun, vocabulary: Vocabulary, weights: Weights, maxEdits: number): PairDiff => {
	const leftText = leftRun.text;
	const rightText = rightRun.text;
	const left = materialise(leftRun, vocabulary);
	const right = materialise(rightRun, vocabulary);
	// Out of budget: no diff at all.
	const editCap = Math.min(maxEditLength, Math.floor(maxEdits));
	const changes =
		editCap > 0
			? diffArrays(
					Array.from(leftRun.table.id.subarray(leftRun.from, leftRun.to)),
					Array.from(rightRun.table.id.subarray(rightRun.from, rightRun.to)),
					{maxEditLength: editCap},
				)
			: undefined;
	let totalWords = 0;
	for (let k = 0; k < left.length; k++) if (left[k]!.word) totalWords++;
	for (let k = 0; k < right.length; k++) if (right[k]!.word) totalWords++;
	if (!changes) {
		const ops: WordOp[] = [];
		if (left.length) ops.push({op: 'removed', left: {start: left[0].start, end: left[left.length - 1].end}});
		if (right.length) ops.push({op: 'added', right: {start: right[0].start, end: right[right.length - 1].end}});
		return {ops, sharedLeft: 0, sharedRight: 0, wordSimilarity: 0, replacements: [], same: false, gaveUp: true};
	}
	const ops: WordOp[] = [];
	const replacements: Replacement[] = [];
	let sharedLeft = 0;
	let sharedRight = 0;
	let equalWords = 0;
	let linkChanged = false;
	let changed = false;
	let i = 0;
	let j = 0;
	for (let c = 0; c < changes.length; c++) {
		const change = changes[c];
		if (change.removed || change.added) {
			// A removed run directly followed by an added run (or the reverse) is a replacement.
			const next = changes[c + 1];
			if (next && (next.removed || next.added) && next.removed !== change.removed) {
				const removedCount = change.removed ? change.count : next.count;
				const addedCount = change.added ? change.count : next.count;
				const removedRun = left.slice(i, i + removedCount);
				const addedRun = right.slice(j, j + addedCount);
				if (hyphenationOnly(removedRun, addedRun)) {
					// "work-⏎ers" / "workers": one word written apart, a trivial difference as case is.
					ops.push({op: 'equal', left: {start: removedRun[0].start, end: removedRun[removedRun.length - 1].end}, right: {start: addedRun[0].start, end: addedRun[addedRun.length - 1].end}, trivial: true});
					for (const token of removedRun) if (token.word) {
						equalWords++;
						sharedLeft += weights.weight[token.id];
					}
					for (const token of addedRun) if (token.word) {
						equalWords++;
						sharedRight += weights.weight[token.id];
					}
					i += removedCount;
					j += addedCount;
					c++;
					continue;
				}
				const from = joinWords(removedRun);
				const to = joinWords(addedRun);
				const fromWords = removedRun.filter(token => token.word).length;
				const toWords = addedRun.filter(token => token.word).length;
				if (fromWords >= 1 && toWords >= 1 && fromWords <= maxSubstitutionWords && toWords <= maxSubstitutionWords) {
					replacements.push({from, to, fromText: surfaceOf(left, i, i + removedCount, leftText), toText: surfaceOf(right, j, j + addedCount, rightText)});
				}
			}
			changed = true;
			for (let k = 0; k < change.count; k++) {
				if (change.removed) {
					const token = left[i++];
					ops.push({op: 'removed', left: {start: token.start, end: token.end}});
				} else {
					const token = right[j++];
					ops.push({op: 'added', right: {start: token.start, end: token.end}});
				}
			}
			continue;
		}
		for (let k = 0; k < change.count; k++) {
			const l = left[i++];
			const r = right[j++];
			if (l.word) {
				equalWords += 2;
				sharedLeft += weights.weight[l.id];
				sharedRight += weights.weight[r.id];
			}
			if (!pushEqual(ops, leftText, {start: l.start, end: l.end}, rightText, {start: r.start, end: r.end})) linkChanged = true;
		}
	}
	return {ops, sharedLeft, sharedRight, wordSimilarity: totalWords ? equalWords / totalWords : 1, replacements, same: !linkChanged && !changed, gaveUp: false};
};
