// Labels a corpus that may not fit in memory (a 1 GB WARC): two passes over
// the article stream. The first counts each line's articles for the corpus and
// for every site (corpus-evidence.ts, site-evidence.ts), keeping the articles
// only while they fit a memory budget; the second labels and hands out each
// article in turn, from the kept ones or by reading the inputs again. Labels
// are those of labelling the corpus in memory (the evidence is the same, in
// the same order) until the evidence itself outgrows its bound: then lines
// seen in one article only are forgotten (evidence-bound.ts).
import {articleBlocks, type TextBlock} from '../boilerplate/blocks.js';
import {addToEvidence, type CorpusEvidence, emptyEvidence, scan} from '../boilerplate/corpus-evidence.js';
import {labelArticleWithDom} from '../boilerplate/dom-evidence.js';
import {boundEvidence, boundSites, defaultMaxLines, defaultMaxSites} from '../boilerplate/evidence-bound.js';
import type {ArticleLabels} from '../boilerplate/label.js';
import {siteKey} from '../boilerplate/site-evidence.js';
import type {StorySketch} from '../boilerplate/story-sketch.js';
import {articleTitle} from './analyze.js';
import type {Article} from './article.js';

/** An article with its labels and title: what strip writes. */
export type LabelledArticle = Article & {labels: ArticleLabels; title: string};

/** Opens the corpus's articles again from the start, in the same order each time. */
export type ArticleStream = () => AsyncIterable<Article>;

export type PassOptions = {
	/** Estimated bytes of articles (text, DOM evidence, blocks) held between the passes; past it they are read again. */
	memoryBudget?: number;
	/** Distinct line keys the corpus and site evidence hold together before rare ones are forgotten. */
	maxLines?: number;
	/** Sites whose evidence is kept at once before those of the fewest articles are forgotten (evidence-bound.ts). */
	maxSites?: number;
	/**
	 * `false`: blocks the fitted decision drops carry no category or reason (LabelOptions.reasons),
	 * except on pages read from HTML, whose DOM evidence reads them. Default true.
	 */
	reasons?: boolean;
	/** Told after the first pass: whether the second reads the inputs again, and how many sites' evidence it kept. */
	onFirstPass?: (summary: {articles: number; rereads: boolean; sites: number}) => void;
};

/**
 * Articles held between passes, by estimated size: about what 1,000 news pages
 * (100 MB of HTML) take, so a folder of saved pages is read and parsed once.
 */
export const defaultMemoryBudget = 192 * 1024 * 1024;

/**
 * Estimated bytes an article and its blocks take on the heap: its text twice
 * (the string, the blocks' text and normalised keys) in two-byte units, and a
 * small object per line and per DOM verdict. Measured against RSS: within a
 * factor of two on the trafilatura-eval pages.
 */
export const heldBytes = (article: Article, blocks: readonly TextBlock[]): number => 6 * article.text.length + 160 * blocks.length + 120 * (article.dom?.length ?? 0);

/** A copy of evidence that shares nothing mutable with it (the sketches are never changed, so they are shared). */
const copyEvidence = (evidence: CorpusEvidence): CorpusEvidence => ({
	articles: evidence.articles,
	lineCounts: new Map(evidence.lineCounts),
	postings: new Map([...evidence.postings].map(([hash, posting]) => [hash, [...posting]])),
	firstArticle: new Map(evidence.firstArticle),
	sketches: [...evidence.sketches],
	storyMemo: new Map(evidence.storyMemo),
});

/**
 * Labels the articles of `open()` as one corpus, yielding them one at a time in
 * order. Memory: the evidence (bounded by `maxLines`, plus a prose
 * sketch per article, about 0.7 KB, 2.6 KB at most (story-sketch.ts); at most `maxSites` sites' evidence) and at most
 * `memoryBudget` of held articles.
 */
export async function* labelInPasses(open: ArticleStream, options: PassOptions = {}): AsyncGenerator<LabelledArticle> {
	const budget = options.memoryBudget ?? defaultMemoryBudget;
	const maxLines = options.maxLines ?? defaultMaxLines;
	const maxSites = options.maxSites ?? defaultMaxSites;
	const reasons = options.reasons ?? true;
	const evidence = emptyEvidence();
	const sites = new Map<string, CorpusEvidence>();
	let held: Array<{article: Article; blocks: TextBlock[]; sketch: StorySketch}> | undefined = [];
	let heldTotal = 0;
	let articles = 0;
	let lines = 0;
	// While every article so far is of one site, that site's evidence would be the corpus's, line for
	// line and in the same order: it is not kept twice but copied from the corpus's when a second site
	// appears (a folder of pages is one site, and then never needs it). Counted and bounded as if kept.
	let onlySite: string | undefined;
	for await (const article of open()) {
		articles++;
		const blocks = articleBlocks(article);
		const key = siteKey(article);
		if (articles === 1) onlySite = key;
		else if (onlySite !== undefined && key !== onlySite) {
			sites.set(onlySite, copyEvidence(evidence));
			onlySite = undefined;
		}

		const before = evidence.lineCounts.size;
		// One scan for both: the corpus's evidence and the site's.
		const scanned = scan(article.text, blocks, key);
		addToEvidence(evidence, article.text, blocks, scanned);
		if (onlySite !== undefined) {
			lines += 2 * (evidence.lineCounts.size - before);
			if (lines > maxLines) lines = boundEvidence([evidence, evidence], maxLines);
		} else {
			let site = sites.get(key);
			if (!site) {
				site = emptyEvidence();
				sites.set(key, site);
				if (sites.size > maxSites) {
					boundSites(sites, maxSites, key);
					lines = evidence.lineCounts.size;
					for (const kept of sites.values()) lines += kept.lineCounts.size;
				}
			}

			const siteBefore = site.lineCounts.size;
			addToEvidence(site, article.text, blocks, scanned);
			lines += evidence.lineCounts.size - before + site.lineCounts.size - siteBefore;
			if (lines > maxLines) lines = boundEvidence([evidence, ...sites.values()], maxLines);
		}

		if (held) {
			held.push({article, blocks, sketch: scanned.sketch});
			heldTotal += heldBytes(article, blocks);
			if (heldTotal > budget) held = undefined;
		}
	}

	options.onFirstPass?.({articles, rereads: held === undefined, sites: sites.size});
	// As buildSiteEvidence, a site of one page has no site evidence; a corpus of one site has its own.
	// (Of more than one site: not `sites.size`, which boundSites may have brought down to one.)
	const siteOf = (article: Article): CorpusEvidence | undefined => {
		// A corpus of one site: its evidence is the site's (as oneSiteEvidence in analyze.ts).
		if (onlySite !== undefined) return articles >= 2 ? evidence : undefined;
		if (articles === 0) return undefined;
		const site = sites.get(siteKey(article));
		return site && site.articles >= 2 ? site : undefined;
	};

	// A held article's sketch is the scan's: the one labelling would make again from the same blocks.
	const label = (article: Article, blocks: TextBlock[], sketch: StorySketch | undefined): LabelledArticle => {
		const labels = labelArticleWithDom(article, evidence, {site: siteOf(article), blocks, sketch, siteKey: siteKey(article), reasons: reasons || article.dom !== undefined});
		return {...article, labels, title: articleTitle(article, labels)};
	};

	if (held) {
		const kept = held;
		held = undefined;
		for (let index = 0; index < kept.length; index++) {
			const {article, blocks, sketch} = kept[index];
			// Handed out, then let go: memory falls as the second pass goes.
			kept[index] = undefined as never;
			yield label(article, blocks, sketch);
		}

		return;
	}

	// Read again, a file may have changed or gone since: the sketch is made again from what is read.
	for await (const article of open()) yield label(article, articleBlocks(article), undefined);
}
