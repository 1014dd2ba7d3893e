import {type TextBlock, textBlocks} from './blocks.js';
import {keyHashOfNormalized} from '../text/line-key.js';
import {normalizeForMatch} from '../text/normalize.js';
import {isProseLine, mayBeProse, sameStory, type StorySketch, storySketch} from './story-sketch.js';
import {wordsOf} from '../text/words.js';

/**
 * Corpus statistics for boilerplate detection. A site's template (menus,
 * footers, sign-up prompts) repeats across its articles, a story's
 * sentences only across copies of that story; so for each normalised line
 * we keep in how many articles it occurs (once per article) and which
 * (first few), and for each article a sketch of its prose to tell copies
 * of one story from different stories. One linear pass; lines are keyed by
 * a 53-bit hash, so memory does not grow with line length.
 */
export type CorpusEvidence = {
	/** Number of articles counted. */
	articles: number;
	/** Hash of a line's key (keyHashOfNormalized) → number of articles that contain it. */
	lineCounts: Map<number, number>;
	/** Hash → the first articles (indices) that contain it; only for lines seen more than once. */
	postings: Map<number, number[]>;
	/** Hash → index of the first article that contains it. */
	firstArticle: Map<number, number>;
	/** Prose sketch of each article, by index. */
	sketches: StorySketch[];
	/** Memo: hash → one sketch per distinct story among the line's articles. */
	storyMemo: Map<number, StorySketch[]>;
};

/** Story counts at or above this are returned without placing the labelled article. */
const enoughStories = 4;

/**
 * Lines whose story lists storiesWithLine keeps (CorpusEvidence.storyMemo) before it starts
 * again: a 10,000-article corpus asks about ~21,000; one of 100,000 about ten times as many,
 * which grew each labelling worker's heap by tens of MB.
 */
export const storyMemoLimit = 50_000;

/** Articles remembered per line: enough to count stories, bounded for huge corpora. */
export const postingsLimit = 48;

/** Evidence of no corpus: labelArticle then judges an article on its own. */
export const emptyEvidence = (): CorpusEvidence => ({articles: 0, lineCounts: new Map(), postings: new Map(), firstArticle: new Map(), sketches: [], storyMemo: new Map()});

/** What one article adds to evidence: its distinct line keys and its prose sketch. */
export type Scan = {hashes: Set<number>; sketch: StorySketch};

/** Scans an article once for addToEvidence; the scan can be added to several evidences (the corpus's, its site's). `site`: its siteKey (site-evidence.ts), when known. */
export const scan = (text: string, blocks: readonly TextBlock[], site?: string): Scan => {
	const hashes = new Set<number>();
	const prose: string[][] = [];
	const proseKeys: number[] = [];
	for (const block of blocks) {
		// As classify.ts sees blocks (features.ts): normalised, then keyed and tokenised.
		const norm = block.norm ?? normalizeForMatch(block.text);
		block.norm = norm;
		const key = (block.key ??= keyHashOfNormalized(norm));
		if (key !== 0) {
			hashes.add(key);
		}

		// Only lines that may be prose are tokenised (prose ends like a sentence or is long).
		if (mayBeProse(norm)) {
			const words = (block.words ??= wordsOf(norm));
			if (isProseLine(words, norm)) {
				prose.push(words);
				proseKeys.push(key);
			}
		}
	}

	return {hashes, sketch: storySketch(prose, proseKeys, site)};
};

/** The distinct block keys of one text (punctuation-only blocks have none). */
export const lineKeyHashes = (text: string): Set<number> => {
	const hashes = new Set<number>();
	for (const block of textBlocks(text)) {
		const key = keyHashOfNormalized(normalizeForMatch(block.text));
		if (key !== 0) {
			hashes.add(key);
		}
	}

	return hashes;
};

/** Adds one article to the evidence (for corpora that arrive incrementally); `blocks`: textBlocks(text), if the caller has them (their `norm` is filled in). */
export const addToEvidence = (evidence: CorpusEvidence, text: string, blocks: readonly TextBlock[] = textBlocks(text), scanned: Scan = scan(text, blocks)): void => {
	const article = evidence.articles++;
	const {hashes, sketch} = scanned;
	evidence.sketches.push(sketch);
	evidence.storyMemo.clear();
	for (const hash of hashes) {
		const count = (evidence.lineCounts.get(hash) ?? 0) + 1;
		evidence.lineCounts.set(hash, count);
		if (count === 1) {
			evidence.firstArticle.set(hash, article);
			continue;
		}

		let posting = evidence.postings.get(hash);
		if (!posting) {
			posting = [evidence.firstArticle.get(hash) ?? article];
			evidence.postings.set(hash, posting);
		}

		if (posting.length < postingsLimit) {
			posting.push(article);
		}
	}
};

/** Line frequencies of a corpus. The labelled article may be one of `texts`: counts then include it. */
export const buildCorpusEvidence = (texts: Iterable<string>): CorpusEvidence => {
	const evidence = emptyEvidence();
	for (const text of texts) {
		addToEvidence(evidence, text);
	}

	return evidence;
};

/** In how many articles of the corpus a line (raw text) occurs. */
export const lineFrequency = (evidence: CorpusEvidence, line: string): number => {
	const key = keyHashOfNormalized(normalizeForMatch(line));
	return key === 0 ? 0 : evidence.lineCounts.get(key) ?? 0;
};

/**
 * How many different stories contain a line, counting the labelled article
 * (given by its sketch) as one: copies of one story count once. Past the
 * postings limit, the articles not remembered are assumed to be as varied
 * as the remembered ones.
 */
export const storiesWithLine = (evidence: CorpusEvidence, hash: number, sketch: StorySketch): number => {
	const count = evidence.lineCounts.get(hash) ?? 0;
	if (count <= 1) {
		return 1;
	}

	let stories = evidence.storyMemo.get(hash);
	if (!stories) {
		stories = distinctStories(evidence, evidence.postings.get(hash) ?? []);
		// A memo (a function of the evidence and the line): cleared when full, so a worker labelling a
		// large corpus does not hold a story list for every repeated line it met (its heap grew with them).
		if (evidence.storyMemo.size >= storyMemoLimit) evidence.storyMemo.clear();
		evidence.storyMemo.set(hash, stories);
	}

	const remembered = Math.min(count, postingsLimit);
	const estimated = Math.round((stories.length * count) / remembered);
	// Comparing the article with every story is the costly part; past a few
	// stories the answer no longer matters to anyone, so it is skipped.
	if (estimated >= enoughStories) {
		return estimated;
	}

	return isOwnStory(stories, sketch) ? estimated : estimated + 1;
};

/** Distinct stories by list of articles: a site's template lines mostly occur in the same pages, so they share one answer. */
const storiesByArticles = new WeakMap<CorpusEvidence, Map<string, StorySketch[]>>();
/** Bound on that memo's entries (its keys are up to postingsLimit numbers long). */
const storiesByArticlesLimit = 20_000;

/** One sketch per distinct story among `articles`, in their order. */
const distinctStories = (evidence: CorpusEvidence, articles: readonly number[]): StorySketch[] => {
	let memo = storiesByArticles.get(evidence);
	if (!memo || memo.size >= storiesByArticlesLimit) {
		memo = new Map();
		storiesByArticles.set(evidence, memo);
	}

	const key = articles.join(',');
	let stories = memo.get(key);
	if (!stories) {
		stories = [];
		for (const article of articles) {
			const articleSketch = evidence.sketches[article];
			if (!stories.some((story) => sameStory(story, articleSketch))) {
				stories.push(articleSketch);
			}
		}

		memo.set(key, stories);
	}

	return stories;
};

/** Answers for the sketch asked about last: labelling one article asks about it for each of its lines, and lines share story lists. */
let ownStory: {sketch: StorySketch; answers: WeakMap<StorySketch[], boolean>} | undefined;

/** Whether the article of `sketch` is one of `stories`. */
const isOwnStory = (stories: StorySketch[], sketch: StorySketch): boolean => {
	if (ownStory?.sketch !== sketch) {
		ownStory = {sketch, answers: new WeakMap()};
	}

	let answer = ownStory.answers.get(stories);
	if (answer === undefined) {
		answer = stories.some((story) => sameStory(story, sketch));
		ownStory.answers.set(stories, answer);
	}

	return answer;
};
