// Finding a JSON Lines record again after its file changed (the reader's re-read).
// A record's name is its own id, else its line (`file.jsonl#:7`), and a line is no
// identity: a line inserted above moves every record below it, so the record now on
// line 7 is another one. Re-read by name, the reader put another record into a pane
// and called the pair identical (breaker10 H22). A record is re-found by what it is:
// its own id, and for a record without one (or one whose id another line now holds)
// its unchanged text, else its line with most of its words still there; otherwise it
// is not found, and the caller keeps the text as loaded with a notice.
import type {Article} from './article.js';
import {wordsOf} from '../text/words.js';

/** Share of the old text's distinct words a record on the same line must still hold to be taken for it, edited. */
const sameLineWordShare = 0.5;

/**
 * Picks, from the records of a container read again (in file order), the one that is
 * `old`. Records of another own id never qualify. In order: a record with `old`'s own id
 * and its exact text (the nearest line); for a record named by its own id, the one
 * record still carrying that id; a record on `old`'s line with `old`'s own id (or none)
 * holding at least half of its distinct words (sameLineWordShare: an edit, not another
 * record). Undefined when none is. Members without `record` (web archives) are found by
 * id. Memory: the current best candidates only. Cost: one pass; one word count of the
 * record on `old`'s line.
 */
export async function refindRecord(old: Article, members: AsyncIterable<Article>): Promise<Article | undefined> {
	if (!old.record) {
		for await (const member of members) if (member.id === old.id) return member;
		return undefined;
	}

	const ownId = old.record.id;
	const namedByOwnId = ownId !== undefined && old.id.endsWith(`#${ownId}`);
	let exact: Article | undefined;
	let withId: Article | undefined;
	let withIdCount = 0;
	let sameLine: Article | undefined;
	for await (const member of members) {
		if (!member.record || member.record.id !== ownId) continue;
		withIdCount++;
		withId = member;
		if (member.text === old.text && (!exact || Math.abs(member.record.line - old.record.line) < Math.abs(exact.record!.line - old.record.line))) exact = member;
		if (member.record.line === old.record.line) sameLine = member;
	}

	if (exact) return exact;
	if (namedByOwnId && withIdCount === 1) return withId;
	if (sameLine && wordShare(old.text, sameLine.text) >= sameLineWordShare) return sameLine;
	return undefined;
}

/** Share of the distinct words of `before` that `after` holds; 1 when `before` has none. */
function wordShare(before: string, after: string): number {
	const old = new Set(wordsOf(before));
	if (old.size === 0) return 1;
	const now = new Set(wordsOf(after));
	let kept = 0;
	for (const word of old) if (now.has(word)) kept++;
	return kept / old.size;
}
