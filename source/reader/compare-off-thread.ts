// Comparisons in one long-lived worker thread: requests queue in order, the
// worker is started on first use and never keeps the process alive. When the
// worker cannot run (missing bundle file, crash) every pending and later
// request falls back to comparing on this thread, so the reader still works.
import type {Worker} from 'node:worker_threads';
import {startWorker} from '../start-worker.js';
import type {CompareArticlesOptions} from '../compare/compare-articles.js';
import type {Comparison} from '../compare/model.js';
import type {AnalyzedArticle} from '../corpus/article.js';
import type {CompareReply, CompareRequest} from './compare-worker.js';

export type AsyncCompare = ((left: AnalyzedArticle, right: AnalyzedArticle, options: CompareArticlesOptions) => Promise<Comparison>) & {close(): void};

/** The comparer run on this thread when the worker cannot: synchronous, or a promise (an engine still loading). */
type SyncCompare = (left: AnalyzedArticle, right: AnalyzedArticle, options: CompareArticlesOptions) => Comparison | Promise<Comparison>;

const startCompareWorker = (): Worker => startWorker('compare-worker', import.meta.url);

/**
 * A comparer that runs `fallback`'s work in one worker thread (started on the
 * first call, `close()` stops it). Requests are answered in order; when the
 * worker cannot start or dies, pending and later requests run `fallback` on
 * this thread, so a comparison always resolves unless `fallback` throws.
 */
export const compareOffThread = (fallback: SyncCompare, start: () => Worker = startCompareWorker): AsyncCompare => {
	let worker: Worker | null = null;
	let broken = false;
	let nextId = 0;
	const pending = new Map<number, {request: CompareRequest; resolve: (comparison: Comparison | Promise<Comparison>) => void; reject: (error: Error) => void}>();

	const runHere = (request: CompareRequest) => {
		const waiting = pending.get(request.id);
		if (!waiting) return; // already answered
		pending.delete(request.id);
		try {
			waiting.resolve(fallback(request.left, request.right, request.options));
		} catch (error) {
			waiting.reject(error instanceof Error ? error : new Error(String(error)));
		}
	};

	const giveUp = () => {
		if (broken) return;
		broken = true;
		void worker?.terminate();
		worker = null;
		// One at a time, a turn apart, so the screen updates between them.
		for (const {request} of pending.values()) setImmediate(() => runHere(request));
	};

	const ensureWorker = (): Worker | null => {
		if (broken) return null;
		if (worker) return worker;
		try {
			worker = start();
		} catch {
			giveUp();
			return null;
		}
		worker.unref();
		worker.on('message', (reply: CompareReply) => {
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			pending.delete(reply.id);
			if ('error' in reply) waiting.reject(new Error(reply.error));
			else waiting.resolve(reply.comparison);
		});
		worker.on('error', giveUp);
		worker.on('exit', code => {
			if (code !== 0 || pending.size > 0) giveUp();
		});
		return worker;
	};

	const compare = (left: AnalyzedArticle, right: AnalyzedArticle, options: CompareArticlesOptions) =>
		new Promise<Comparison>((resolve, reject) => {
			const request: CompareRequest = {id: nextId++, left, right, options};
			pending.set(request.id, {request, resolve, reject});
			const running = ensureWorker();
			if (running) running.postMessage(request);
			else setImmediate(() => runHere(request));
		});
	return Object.assign(compare, {
		close() {
			broken = true;
			void worker?.terminate();
			worker = null;
		},
	});
};
