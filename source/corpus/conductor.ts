// Where a corpus is analysed — worker threads or the calling thread — decided
// in one place for every caller (`list`, the reader's feed), with one fallback:
// when the worker threads fail, the same analysis runs on the calling thread,
// and the caller is told why (never silently: it costs the second core).
import {availableParallelism} from 'node:os';

/**
 * Below this many articles, starting worker threads (each loads the bundle and
 * re-reads its share) costs more than it saves; measured when the threads were
 * added, and the same for `list` and the reader.
 */
export const workerThreshold = 200;

/** Which thread analyses a corpus. */
export type Runner = 'workers' | 'this-thread';

export type RunnerChoice = {
	/** Articles (or corpus items) to analyse. */
	articles: number;
	/**
	 * What the threads are for. `throughput`: a command waiting for its answer,
	 * helped only by a spare core. `responsiveness`: the reader, whose thread
	 * must stay free for keys, so a large corpus goes to a worker even on one core.
	 */
	goal: 'throughput' | 'responsiveness';
	/** `always` and `never` override the size rule (tests, benchmarks); default `auto`. */
	mode?: 'auto' | 'always' | 'never';
	/** Articles from which `auto` chooses workers (default workerThreshold). */
	threshold?: number;
	/** CPU cores available (default: os.availableParallelism()). */
	cores?: number;
};

/** The one rule that chooses worker threads or this thread for an analysis. Pure but for the default core count. */
export function chooseRunner({articles, goal, mode = 'auto', threshold = workerThreshold, cores}: RunnerChoice): Runner {
	if (mode !== 'auto') return mode === 'always' ? 'workers' : 'this-thread';
	if (articles < threshold) return 'this-thread';
	if (goal === 'throughput' && (cores ?? availableParallelism()) < 2) return 'this-thread';
	return 'workers';
}

/**
 * Runs an analysis where chooseRunner says: `workers()` on worker threads,
 * falling back to `thisThread()` when they fail (a thread could not start,
 * or one died); `thisThread()` alone otherwise. A fallback is never silent:
 * `onFallback` is told the workers' error first (the caller says so, as a
 * warning: the same analysis, on one core). A worker run that resolves (even
 * to undefined: cancelled) is its result. Rejects only when `thisThread` does.
 */
export async function conductAnalysis<T>(choice: RunnerChoice, run: {workers: () => Promise<T>; thisThread: () => Promise<T> | T; onFallback: (error: Error) => void}): Promise<T> {
	if (chooseRunner(choice) === 'workers') {
		try {
			return await run.workers();
		} catch (error) {
			// No worker threads here (or one failed): the same analysis on this thread, said.
			run.onFallback(error instanceof Error ? error : new Error(String(error)));
		}
	}

	return run.thisThread();
}

/**
 * The one line a caller shows for conductAnalysis's fallback (after `copydesk: warning: `):
 * the workers' error's first line, and that the analysis went on on one thread.
 */
export const fallbackMessage = (error: Error): string => `worker threads failed (${error.message.split(/[\r\n]/)[0]!.trim() || error.name}); analysed on one thread instead`;
