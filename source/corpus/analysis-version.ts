// Apart from analyze.ts so that the caches' readers (cache.ts: `list` from its cache) load no analysis code.

/** Bumped whenever labels, titles, counts or groups could come out differently: invalidates caches. */
export const analysisVersion = 31;
