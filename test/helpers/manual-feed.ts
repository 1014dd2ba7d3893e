import type {CorpusFeed, CorpusSnapshot} from '../../source/corpus/feed.js';

/** A feed a test advances by hand, like a corpus analysed in the background. */
export const manualFeed = (initial: CorpusSnapshot) => {
	let snapshot = initial;
	const listeners = new Set<() => void>();
	const feed: CorpusFeed = {
		snapshot: () => snapshot,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
	const publish = (next: Partial<CorpusSnapshot>) => {
		snapshot = {...snapshot, ...next};
		for (const listener of listeners) listener();
	};
	return {feed, publish, current: () => snapshot};
};
