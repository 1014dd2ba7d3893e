// Worker thread entry (bundled to dist/analysis-worker.js). Three roles:
// `analyse` — count the line statistics of its own slice of the corpus and
// send them; receive the whole corpus's evidence (merged by the caller) and
// label the slice in batches, with each article's grouping record computed
// while the text is at hand; `group` — the near-duplicate groups from those
// records, off the reader's thread; `verdicts` — `diff`'s verdict for pairs
// of articles (corpus/pair-verdict.ts), reading their files here. Files of
// the slice are read here, so their texts are never all in memory at once.
import {parentPort, workerData} from 'node:worker_threads';
import {articleBlocks, type TextBlock} from '../boilerplate/blocks.js';
import {addToEvidence, emptyEvidence, scan, type CorpusEvidence} from '../boilerplate/corpus-evidence.js';
import type {StorySketch} from '../boilerplate/story-sketch.js';
import {siteKey} from '../boilerplate/site-evidence.js';
import {packEvidence, packedBuffers, unpackEvidence, type PackedEvidence} from '../boilerplate/merge-evidence.js';
import type {GroupMember} from '../groups/member.js';
import {groupMembers} from '../groups/groups.js';
import {analyzeAndGroupArticle} from './analyze.js';
import type {Article, ArticleHead, GroupInfo, LoadProblem} from './article.js';
import {anyHtmlPage, loadHtmlSupport, readFileItem, type CorpusItem} from './load.js';
import type {RelationEstimate} from '../groups/relation.js';
import {analysisOf, type ArticleAnalysis} from './pipeline.js';
import {memberBuffers} from './member-buffers.js';
import {keptBlockCharacters, Slice} from './worker-slice.js';
import {seedStartData} from '../start-data.js';

// The tables every worker would build first (see start-data.ts).
seedStartData();

export type WorkerJob =
	/** `compact`: analyses without their label arrays (for callers that need only the counts). */
	| {role: 'analyse'; items: CorpusItem[]; compact: boolean; reportRead: boolean; keepPlaces: boolean; maxFileBytes?: number}
	/** Waits for its records in a `group` command. */
	| {role: 'group'}
	/**
	 * Waits for `verdicts` commands only: started fresh once the corpus is labelled, so the
	 * labelling workers' heaps (the corpus's evidence, their slices) are gone while the verdicts run
	 * (past parallel-analysis.ts earlyJudgeArticles; below it a labelling worker that is done judges).
	 */
	| {role: 'judge'; maxFileBytes?: number};

/**
 * Main thread → analyse worker, after every slice's evidence is in (`label`)
 * and, once labelled, pairs of articles to judge as `diff` does (`verdicts`:
 * each pair's original and copy, as items it reads itself); → group worker,
 * the records to group.
 */
export type WorkerCommand =
	/** `oneSite`: every article of the corpus is of one site (site-evidence.ts siteKey): its evidence is the site's. */
	| {type: 'label'; evidence: PackedEvidence; oneSite: boolean}
	| {type: 'verdicts'; pairs: Array<{original: CorpusItem; copy: CorpusItem}>}
	/** To an analyse worker whose slice is labelled, kept to judge: load the comparison engine while the groups are made. */
	| {type: 'prepare-verdicts'}
	| {type: 'group'; members: GroupMember[]}
	/** To a group worker that grouped its records: group again each list of them (indices) on its own. */
	| {type: 'regroup'; lists: number[][]};

export type WorkerMessage =
	| {type: 'started'}
	/** `read`: the slice's articles (as heads) and the files that were none, when the job asks (reportRead). */
	| {type: 'evidence'; evidence: PackedEvidence; read?: {heads: ArticleHead[]; problems: LoadProblem[]}; sites: string[]}
	/** `from`: index of the batch's first article within this worker's slice. */
	| {type: 'batch'; from: number; analyses: ArticleAnalysis[]; members: GroupMember[]}
	| {type: 'labelled'}
	| {type: 'groups'; groups: GroupInfo[]}
	/** Per list of a `regroup` command, the groups found among its records alone. */
	| {type: 'regrouped'; groups: GroupInfo[][]}
	/** Per pair of a `verdicts` command, in order; null for an item that is no article (any more). */
	| {type: 'verdicts'; verdicts: Array<RelationEstimate | null>}
	| {type: 'error'; message: string};

const batchSize = 100;

/** An article's blocks (textBlocks, their norm filled in) and prose sketch, from the corpus scan. */
type Prepared = {blocks?: TextBlock[]; sketch: StorySketch};

/**
 * The comparison engine (corpus/pair-verdict.ts), loaded once: when first asked, so a worker that
 * only labels starts without it; a worker that will judge asks as soon as it knows (its `judge` role,
 * `prepare-verdicts`), so the loading is done while the groups are made, not after.
 */
let verdictModule: Promise<typeof import('./pair-verdict.js')> | undefined;
const verdictEngine = () => (verdictModule ??= import('./pair-verdict.js'));

if (parentPort) {
	const port = parentPort;
	const started = workerData as WorkerJob;
	// The slice's pages are read synchronously: their reader is loaded first (see load.ts).
	if (started.role === 'analyse' && anyHtmlPage(started.items.flatMap(item => ('file' in item ? [item.file] : [])))) await loadHtmlSupport();
	const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
	const fail = (error: unknown) => send({type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error)});
	const job = workerData as WorkerJob;
	try {
		if (job.role === 'judge') {
			// Loaded while the groups are made (this worker starts as a labelling one ends), not once the pairs come.
			verdictEngine().catch(() => {}); // a failure is the first verdicts' to report
			port.on('message', async (command: WorkerCommand) => {
				try {
					if (command.type === 'verdicts') send({type: 'verdicts', verdicts: await judgePairs(command.pairs, job.maxFileBytes)});
				} catch (error) {
					fail(error);
				}
			});
		} else if (job.role === 'group') {
			// The records stay for `regroup` (the copies verdicts send out of their groups) until the worker is stopped.
			let members: GroupMember[] = [];
			port.on('message', (command: WorkerCommand) => {
				try {
					if (command.type === 'group') {
						members = command.members;
						send({type: 'groups', groups: groupMembers(members)});
					} else if (command.type === 'regroup') {
						send({type: 'regrouped', groups: command.lists.map(list => groupMembers(list.map(index => members[index]!)))});
					}
				} catch (error) {
					fail(error);
				}
			});
		} else {
			send({type: 'started'});
			const slice = new Slice(job.items, job.maxFileBytes, job.keepPlaces);
			const counted = emptyEvidence();
			// The slice's sites (siteKey), two at most: whether the corpus is one site is all labelling needs.
			const sites = new Set<string>();
			// What the scan made of each article the second pass hands out again (the same object: the
			// slice holds it), for labelling: its prose sketch, and its blocks while they fit.
			const prepared = new Map<Article, Prepared>();
			let blockChars = keptBlockCharacters;
			for (const article of slice.firstPass()) {
				const blocks = articleBlocks(article);
				const scanned = scan(article.text, blocks, siteKey(article));
				addToEvidence(counted, article.text, blocks, scanned);
				if (sites.size < 2) sites.add(siteKey(article));
				if (!slice.holds(article)) continue;
				if (article.text.length > blockChars) {
					prepared.set(article, {sketch: scanned.sketch});
					continue;
				}

				blockChars -= article.text.length;
				// The words are most of the blocks' memory and a small part of what they save.
				for (const block of blocks) block.words = undefined;
				prepared.set(article, {blocks, sketch: scanned.sketch});
			}

			// Packed (flat typed arrays, moved): a Map of a million lines is slow to clone.
			const evidence = packEvidence(counted);
			send({type: 'evidence', evidence, sites: [...sites], ...(job.reportRead ? {read: {heads: slice.heads, problems: slice.problems}} : {})}, packedBuffers(evidence));
			port.on('message', async (command: WorkerCommand) => {
				try {
					if (command.type === 'label') {
						const evidence = unpackEvidence(command.evidence);
						const {oneSite} = command;
						// Labelled once this handler has returned: the message, with the packed line tables
						// the evidence was unpacked from, is then no one's, and goes while the slice is labelled.
						setImmediate(() => {
							try {
								labelSlice(slice.secondPass(), job.compact, evidence, oneSite, send, prepared);
								// What the scan kept for labelling is no one's now (this worker may judge next).
								prepared.clear();
							} catch (error) {
								fail(error);
							}
						});
					} else if (command.type === 'prepare-verdicts') verdictEngine().catch(() => {}); // a failure is the first verdicts' to report
					else if (command.type === 'verdicts') send({type: 'verdicts', verdicts: await judgePairs(command.pairs, job.maxFileBytes)});
				} catch (error) {
					fail(error);
				}
			});
		}
	} catch (error) {
		fail(error);
	}
}

/** `diff`'s verdict for each pair (corpus/pair-verdict.ts), reading files here; null when one side is no article (any more). */
async function judgePairs(pairs: Array<{original: CorpusItem; copy: CorpusItem}>, maxFileBytes?: number): Promise<Array<RelationEstimate | null>> {
	const {judgePairs: judge} = await verdictEngine();
	if (anyHtmlPage(pairs.flatMap(pair => [pair.original, pair.copy]).flatMap(item => ('file' in item ? [item.file] : [])))) await loadHtmlSupport();
	const read = (item: CorpusItem): Article | undefined => ('article' in item ? item.article : readFileItem(item.file, maxFileBytes).articles[0]);
	const key = (item: CorpusItem): string => ('article' in item ? `article:${item.article.id}` : `file:${item.file.file}`);
	return judge(pairs.map(pair => ({original: {key: key(pair.original), read: () => read(pair.original)}, copy: () => read(pair.copy)})));
}

function labelSlice(articles: Iterable<Article>, compact: boolean, evidence: CorpusEvidence, oneSite: boolean, send: (message: WorkerMessage, transfer?: ArrayBuffer[]) => void, prepared: Map<Article, Prepared>): void {
	let analyses: ArticleAnalysis[] = [];
	let members: GroupMember[] = [];
	let from = 0;
	const flush = () => {
		send({type: 'batch', from, analyses, members}, memberBuffers(members));
		from += analyses.length;
		analyses = [];
		members = [];
	};

	for (const article of articles) {
		// A corpus of one site: its evidence is the site's too (two stories make template; repetition.ts).
		const {analysed, member} = analyzeAndGroupArticle(article, evidence, {...prepared.get(article), ...(oneSite ? {site: evidence} : {})});
		prepared.delete(article);
		members.push(member);
		const analysis = analysisOf(analysed);
		analyses.push(compact ? {...analysis, labels: {...analysis.labels, lines: []}} : analysis);
		if (analyses.length === batchSize) flush();
	}

	if (analyses.length > 0) flush();
	send({type: 'labelled'});
}
