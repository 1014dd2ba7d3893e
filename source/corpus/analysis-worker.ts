// Worker thread entry (bundled to dist/analysis-worker.js). Two roles:
// `analyse` — count the line statistics of its own slice of the corpus and
// send them; receive the whole corpus's evidence (merged by the caller) and
// label the slice in batches, with each article's grouping record computed
// while the text is at hand; `group` — the near-duplicate groups from those
// records, off the reader's thread.
import {parentPort, workerData} from 'node:worker_threads';
import {labelArticle} from '../boilerplate/classify.js';
import {buildCorpusEvidence, type CorpusEvidence} from '../boilerplate/corpus-evidence.js';
import {packEvidence, packedBuffers, unpackEvidence, type PackedEvidence} from '../boilerplate/merge-evidence.js';
import {groupMember, type GroupMember} from '../groups/member.js';
import {groupMembers} from '../groups/groups.js';
import {countWords} from '../text/words.js';
import {withAnalysis} from './analyze.js';
import type {Article, GroupInfo} from './article.js';
import type {ArticleAnalysis} from './pipeline.js';

export type WorkerJob =
	/** `compact`: analyses without their label arrays (for callers that need only the counts). */
	| {role: 'analyse'; articles: Article[]; from: number; compact: boolean}
	| {role: 'group'; members: GroupMember[]};

/** Main thread → analyse worker, after every slice's evidence is in. */
export type WorkerCommand = {type: 'label'; evidence: PackedEvidence};

export type WorkerMessage =
	| {type: 'started'}
	| {type: 'evidence'; evidence: PackedEvidence}
	| {type: 'batch'; from: number; analyses: ArticleAnalysis[]; members: GroupMember[]}
	| {type: 'labelled'}
	| {type: 'groups'; groups: GroupInfo[]}
	| {type: 'error'; message: string};

const batchSize = 100;

/** The typed arrays of grouping records, moved rather than copied to the main thread. */
export const memberBuffers = (members: readonly GroupMember[]): ArrayBuffer[] =>
	members.flatMap(member => [member.print.shingles.buffer as ArrayBuffer, member.bag.buffer as ArrayBuffer]);

if (parentPort) {
	const port = parentPort;
	const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
	const fail = (error: unknown) => send({type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error)});
	const job = workerData as WorkerJob;
	try {
		if (job.role === 'group') {
			send({type: 'groups', groups: groupMembers(job.members)});
		} else {
			send({type: 'started'});
			// Packed (flat typed arrays, moved): a Map of a million lines is slow to clone.
			const evidence = packEvidence(buildCorpusEvidence(job.articles.map(article => article.text)));
			send({type: 'evidence', evidence}, packedBuffers(evidence));
			port.once('message', (command: WorkerCommand) => {
				try {
					labelSlice(job.articles, job.from, job.compact, unpackEvidence(command.evidence), send);
				} catch (error) {
					fail(error);
				}
			});
		}
	} catch (error) {
		fail(error);
	}
}

function labelSlice(articles: Article[], from: number, compact: boolean, evidence: CorpusEvidence, send: (message: WorkerMessage, transfer?: ArrayBuffer[]) => void): void {
	for (let start = 0; start < articles.length; start += batchSize) {
		const analyses: ArticleAnalysis[] = [];
		const members: GroupMember[] = [];
		for (let index = start; index < Math.min(articles.length, start + batchSize); index++) {
			const article = articles[index];
			// Done with this text: let it go, so the slice shrinks as the records move to the main thread.
			articles[index] = undefined as unknown as Article;
			const analysed = withAnalysis(article, labelArticle(article.text, evidence), countWords(article.text));
			members.push(groupMember(analysed));
			const labels = compact ? {...analysed.labels, lines: []} : analysed.labels;
			analyses.push({title: analysed.title, words: analysed.words, labels});
		}

		send({type: 'batch', from: from + start, analyses, members}, memberBuffers(members));
	}

	send({type: 'labelled'});
}
