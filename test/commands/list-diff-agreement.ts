// One verdict per pair (issue 13): for every copy `copydesk list` reports, its
// relation and similarity to the group's original are what `copydesk diff`
// reports for that pair — unless the list marks them as an estimate (past the
// verdict budget, pair-verdict.ts). The reader's list shows the same figures.
// Generated corpora: verbatim copies with scraped chrome, edited and spun
// copies, summary rewrites, same-subject stories.
import test, {type ExecutionContext} from 'ava';
import {runDiff} from '../../source/commands/diff.js';
import {runList} from '../../source/commands/list.js';
import {openCorpusFeed} from '../../source/corpus/feed-from-disk.js';
import {verdictWordBudget} from '../../source/corpus/pair-verdict.js';
import {workerThreshold} from '../../source/corpus/conductor.js';
import {captureIo} from '../helpers/command-io.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';

type ListRecord = {path: string; words: number; group_size: number; original: string; similarity: number | null; relation: string | null; estimated: boolean};

/** The records of `list --json` on a directory, and its copies (members of groups other than their original). */
async function listCopies(directory: string): Promise<{records: ListRecord[]; copies: ListRecord[]}> {
	const listed = captureIo();
	if ((await runList([directory, '--json'], listed)) !== 0) throw new Error(listed.err());
	const records = listed.out().trimEnd().split('\n').map(line => JSON.parse(line) as ListRecord);
	return {records, copies: records.filter(record => record.group_size > 1 && record.path !== record.original)};
}

/** The copies whose figures differ from diff's on the same pair (relation, or similarity by more than 0.02). */
async function disagreements(directory: string, copies: readonly ListRecord[]): Promise<{found: string[]; kinds: Set<string>}> {
	const kinds = new Set<string>();
	const found: string[] = [];
	for (const copy of copies) {
		const io = captureIo();
		await runDiff([copy.original, copy.path, '--json'], io);
		const diff = JSON.parse(io.out()) as {relation: string; similarity: number};
		kinds.add(diff.relation);
		if (diff.relation !== copy.relation || copy.similarity === null || Math.abs(diff.similarity - copy.similarity) > 0.02) {
			found.push(`${copy.path} vs ${copy.original}: list ${copy.relation} ${copy.similarity}, diff ${diff.relation} ${diff.similarity}`);
		}
	}

	return {found, kinds};
}

/**
 * Lists a generated corpus and checks the one-verdict rule: every figure not
 * marked as an estimate is diff's (relation equal, similarity within 0.02),
 * and the exact ones are the budget's worth (all copies, or more than half of
 * the budget's words).
 */
async function checkAgreement(t: ExecutionContext, directory: string): Promise<ListRecord[]> {
	const {records, copies} = await listCopies(directory);
	t.true(copies.length >= 20, `${copies.length} copies`);
	const exact = copies.filter(copy => !copy.estimated);
	const {found, kinds} = await disagreements(directory, exact);
	t.deepEqual(found, []);
	const byPath = new Map(records.map(record => [record.path, record]));
	const judged = exact.reduce((sum, copy) => sum + copy.words + byPath.get(copy.original)!.words, 0);
	t.true(exact.length > 0 && (exact.length === copies.length || judged > verdictWordBudget / 2), `${exact.length} of ${copies.length} exact, ${judged} words`);
	// The corpus exercises more than one relation.
	t.true(kinds.size >= 2, [...kinds].join(', '));
	return records;
}

for (const seed of [3, 8]) {
	test(`list agrees with diff on every copy it does not mark as estimated (generated corpus, seed ${seed})`, async t => {
		await withGeneratedCorpus(60, seed, {}, async directory => {
			await checkAgreement(t, directory);
		});
	});
}

test('above the worker threshold too, and the reader\'s list shows the same figures and marks', async t => {
	await withGeneratedCorpus(workerThreshold + 30, 5, {}, async directory => {
		const records = await checkAgreement(t, directory);
		// The reader's list (its feed, analysed on worker threads as list does) says the same of every article.
		const feed = await openCorpusFeed([directory], {cache: false, worker: 'always'});
		await feed.ready;
		feed.close();
		const shown = new Map(feed.snapshot().articles.map(article => [article.path, article.group]));
		const differ = records.filter(record => {
			const group = shown.get(record.path);
			if (!group) return true;
			// An original has no relation to itself in list --json (null).
			if (record.relation === null) return record.path !== record.original;
			return group.relation !== record.relation || Math.round(group.similarity * 1000) / 1000 !== record.similarity || (group.estimated ?? false) !== record.estimated;
		});
		t.deepEqual(differ.map(record => record.path), []);
	});
});

/** Every copy list shows is judged (none marked as an estimate) and agrees with diff on its pair; returns diff's relations seen. */
async function checkEveryPair(t: ExecutionContext, directory: string, least: number): Promise<Set<string>> {
	const {copies} = await listCopies(directory);
	t.true(copies.length >= least, `${copies.length} copies`);
	t.deepEqual(copies.filter(copy => copy.estimated).map(copy => copy.path), []);
	const {found, kinds} = await disagreements(directory, copies);
	t.deepEqual(found, []);
	return kinds;
}

for (const seed of [3, 11]) {
	test(`within the verdict budget every listed pair is diff's: 100% relation agreement, similarity within 0.02 (generated corpus, seed ${seed})`, async t => {
		await withGeneratedCorpus(36, seed, {}, async directory => {
			await checkEveryPair(t, directory, 20);
		});
	});
}

test('every listed pair is diff\'s on seeds, template stories, their copies and a round-up (copies regrouped after a verdict included)', async t => {
	const {templateFolder} = await import('../helpers/template-folder.js');
	const kinds = await checkEveryPair(t, templateFolder(t), 4);
	t.true(kinds.size >= 2, [...kinds].join(', '));
});
