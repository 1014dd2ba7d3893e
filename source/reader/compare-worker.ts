// Worker thread entry (bundled to dist/compare-worker.js): compares two
// articles off the reader's thread, so a large pair never freezes the keys.
import {parentPort} from 'node:worker_threads';
import {compareArticles, type CompareArticlesOptions} from '../compare/compare-articles.js';
import type {Comparison} from '../compare/model.js';
import type {AnalyzedArticle} from '../corpus/article.js';
import {seedStartData} from '../start-data.js';

// The tables every worker would build first (see start-data.ts).
seedStartData();

export type CompareRequest = {id: number; left: AnalyzedArticle; right: AnalyzedArticle; options: CompareArticlesOptions};

export type CompareReply = {id: number; comparison: Comparison} | {id: number; error: string};

if (parentPort) {
	const port = parentPort;
	port.on('message', (request: CompareRequest) => {
		let reply: CompareReply;
		try {
			reply = {id: request.id, comparison: compareArticles(request.left, request.right, request.options)};
		} catch (error) {
			reply = {id: request.id, error: error instanceof Error ? error.message : String(error)};
		}
		port.postMessage(reply);
	});
}
