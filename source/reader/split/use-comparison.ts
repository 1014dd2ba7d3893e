// The comparison of the open pair: computed after a "comparing…" frame has
// been shown (large pairs off the UI thread), kept for the last few pairs and
// modes, and compared again when either file changes on disk (watched while
// the pair is open) or the user asks for a re-read.
import {useEffect, useRef, useState} from 'react';
import type {Comparison} from '../../compare/model.js';
import type {AnalyzedArticle, LoadProblem} from '../../corpus/article.js';
import type {ReaderInput} from '../reader-input.js';
import {textFingerprint} from '../text-fingerprint.js';

/** Two article ids, left and right. */
export type Pair = {left: string; right: string};

const comparisonCacheSize = 12;

/**
 * Pairs with more characters than this are compared off the UI thread (when the CLI can):
 * 2 × 28,000 characters took 32–112 ms here (warm–cold), too close to a frame's budget.
 */
export const offThreadChars = 20_000;

/**
 * Cache key of a comparison: the pair, the mode, whether analysis (labels) was done, so a pair
 * compared while pending is redone, and the texts, so a file edited under the reader is redone.
 */
const comparisonKey = (left: AnalyzedArticle | undefined, right: AnalyzedArticle | undefined, withBoilerplate: boolean): string =>
	left && right ? [left.id, Boolean(left.pending), textFingerprint(left), right.id, Boolean(right.pending), textFingerprint(right), withBoilerplate].join('\u0000') : '';

/** The status-line notice for a file that could not be re-read. */
const problemNotice = (article: AnalyzedArticle, problem: LoadProblem): string =>
	/deleted/.test(problem.message)
		? `${article.name} was deleted since it was opened — showing the text as loaded`
		: `${article.name} cannot be re-read (${problem.message}) — showing the text as loaded`;

export type ComparisonState = {
	/** The comparison of these articles in this mode, if computed: null while comparing, an Error when it failed. */
	lookup: (left: AnalyzedArticle | undefined, right: AnalyzedArticle | undefined, withBoilerplate: boolean) => Comparison | Error | null;
	/** Re-reads both files of the open pair; `announce`: always (the user pressed r), changes (a watch fired), never (opening). */
	reload: (announce: 'always' | 'changes' | 'never') => Promise<void>;
	/** Files of the open pair that could not be re-read, said in one line; null when both were. */
	notice: string | null;
};

/**
 * The comparison cache, worker and watching of the split view.
 * `pair`: the open pair; `articleOf` finds an article by id in the latest
 * snapshot; `hint` puts a one-line message on the status line.
 */
export const useComparison = (
	input: ReaderInput,
	pair: Pair | null,
	articleOf: (id: string) => AnalyzedArticle | undefined,
	withBoilerplate: boolean,
	hint: (text: string) => void,
	currentPair: () => Pair | null,
): ComparisonState => {
	const cache = useRef(new Map<string, Comparison | Error>());
	const [, setComputed] = useState(0);
	const leftArticle = pair ? articleOf(pair.left) : undefined;
	const rightArticle = pair ? articleOf(pair.right) : undefined;
	const cacheKey = comparisonKey(leftArticle, rightArticle, withBoilerplate);
	// Keys of comparisons running off the thread, so a re-render does not ask twice.
	const inFlight = useRef(new Set<string>());
	useEffect(() => {
		if (!leftArticle || !rightArticle || cache.current.has(cacheKey) || inFlight.current.has(cacheKey)) return;
		const store = (result: Comparison | Error) => {
			// Keep the last few comparisons (going back and forth is instant) without growing forever.
			if (cache.current.size >= comparisonCacheSize) cache.current.delete(cache.current.keys().next().value!);
			cache.current.set(cacheKey, result);
			setComputed(count => count + 1);
		};
		const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
		if (input.compareOffThread && leftArticle.text.length + rightArticle.text.length > offThreadChars) {
			inFlight.current.add(cacheKey);
			input.compareOffThread(leftArticle, rightArticle, {withBoilerplate}).then(store, error => store(asError(error))).finally(() => inFlight.current.delete(cacheKey));
			return;
		}
		const timer = setTimeout(() => {
			let result: Comparison | Promise<Comparison> | Error;
			try {
				result = input.compare(leftArticle, rightArticle, {withBoilerplate});
			} catch (error) {
				result = asError(error);
			}
			if (!(result instanceof Promise)) {
				store(result);
				return;
			}
			// The engine still loading (the CLI loads it after the first frame): stored when it answers, as off the thread.
			inFlight.current.add(cacheKey);
			result.then(store, error => store(asError(error))).finally(() => inFlight.current.delete(cacheKey));
			// Ink writes frames at most every 33 ms (maxFps 30): wait past that so the
			// "comparing…" frame is on screen before the synchronous comparison runs.
		}, 40);
		return () => clearTimeout(timer);
	}, [cacheKey, leftArticle, rightArticle]);

	// Files changed under the reader: re-read both when a pair opens and on `r`. A changed
	// text is published by the feed (new cache key: compared again); a vanished one keeps its text, with a notice.
	const [notices, setNotices] = useState<Record<string, string>>({});
	const reload = async (announce: 'always' | 'changes' | 'never') => {
		const opened = currentPair();
		const articles = opened ? [articleOf(opened.left), articleOf(opened.right)].filter(article => article !== undefined) : [];
		if (!input.reloadArticle) {
			if (announce === 'always') hint('this corpus cannot be re-read');
			return;
		}
		const changed: string[] = [];
		const gone: string[] = [];
		for (const article of articles) {
			let result: AnalyzedArticle | LoadProblem;
			try {
				result = await input.reloadArticle(article);
			} catch (error) {
				result = {path: article.path, kind: 'error', message: error instanceof Error ? error.message : String(error)};
			}
			const notice = 'text' in result ? null : problemNotice(article, result);
			if (notice) gone.push(article.name);
			else if ((result as AnalyzedArticle).text !== article.text) changed.push(article.name);
			setNotices(current => {
				if ((current[article.id] ?? null) === notice) return current;
				const next = {...current};
				if (notice) next[article.id] = notice;
				else delete next[article.id];
				return next;
			});
		}
		if ((announce === 'always' || (announce === 'changes' && changed.length > 0)) && gone.length === 0) hint(changed.length > 0 ? `re-read: ${changed.join(', ')} changed, compared again` : 're-read: both files unchanged');
	};
	useEffect(() => {
		if (pair) void reload('never');
	}, [pair?.left, pair?.right]);
	// And while the pair is open, a file changing on disk is re-read (at most one re-read at a time).
	useEffect(() => {
		if (!pair || !input.watchFile || !input.reloadArticle) return;
		const paths = new Set([articleOf(pair.left)?.path, articleOf(pair.right)?.path].filter((path): path is string => path !== undefined && path !== '-'));
		let running: Promise<void> | null = null;
		let again = false;
		const onChange = () => {
			if (running) {
				again = true;
				return;
			}
			running = reload('changes').finally(() => {
				running = null;
				if (again) {
					again = false;
					onChange();
				}
			});
		};
		const stops = [...paths].map(path => input.watchFile!(path, onChange));
		return () => {
			for (const stop of stops) stop();
		};
	}, [pair?.left, pair?.right]);
	const notice = pair ? ([notices[pair.left], notices[pair.right]].filter(Boolean).join('; ') || null) : null;
	const lookup = (left: AnalyzedArticle | undefined, right: AnalyzedArticle | undefined, boilerplate: boolean) => cache.current.get(comparisonKey(left, right, boilerplate)) ?? null;
	return {lookup, reload, notice};
};
