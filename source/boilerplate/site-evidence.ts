import path from 'node:path';
import {articleBlocks, type TextBlock} from './blocks.js';
import {addToEvidence, type CorpusEvidence, emptyEvidence, scan} from './corpus-evidence.js';
import {boundEvidence, defaultMaxLines, defaultMaxSites} from './evidence-bound.js';

// Pages of one site share its template, so a line repeated across a site's
// pages is stronger evidence than the same count across a mixed corpus: a
// corpus of many sites needs a line in three different stories; within one
// site, two are enough (repetition.ts). A page's site is the host of its URL
// (a JSON Lines `url`), else the directory it was read from.

/** What identifies an article's site: its URL's host, else its file's directory. */
export const siteKey = (article: {path: string; meta?: {url?: string}}): string => {
	const url = article.meta?.url;
	if (url) {
		try {
			return `host:${new URL(url).hostname.replace(/^www\d?\./u, '').toLowerCase()}`;
		} catch {
			// Not a URL: fall back to the directory.
		}
	}

	return `dir:${path.dirname(article.path)}`;
};

/** Bounds of buildSiteEvidence, as the labelling passes' (corpus/label-passes.ts). */
export type SiteEvidenceBounds = {
	/** Distinct line keys held across the sites' evidence before the rarest are forgotten (evidence-bound.ts; default defaultMaxLines). */
	maxLines?: number;
	/** Sites whose evidence is kept: those with the most articles (default defaultMaxSites). */
	maxSites?: number;
};

/**
 * Line statistics per site, for a corpus of articles (in order): the evidence
 * of each article's site, or undefined for every article when the corpus is
 * one site (its corpus evidence already is the site's). Sites of one article
 * have no evidence to give. Cost: one more scan of the texts. Bounded as the
 * labelling passes are: at most `maxSites` sites have evidence (the most
 * articles first; among equals the first met; the others none), and their
 * lines are forgotten rarest first beyond `maxLines` (lossy counting, see
 * evidence-bound.ts); below both bounds the counts are exact.
 */
export const buildSiteEvidence = (
	articles: ReadonlyArray<{path: string; text: string; meta?: {url?: string}}>,
	blocks?: ReadonlyArray<readonly TextBlock[]>,
	{maxLines = defaultMaxLines, maxSites = defaultMaxSites}: SiteEvidenceBounds = {},
): Array<CorpusEvidence | undefined> => {
	const keys = articles.map((article) => siteKey(article));
	const sites = new Map<string, number[]>();
	keys.forEach((key, i) => {
		const members = sites.get(key);
		if (members) {
			members.push(i);
		} else {
			sites.set(key, [i]);
		}
	});
	if (sites.size <= 1) {
		return articles.map(() => undefined);
	}

	// Sort is stable: among sites of as many articles, the first met stays first.
	const counted = [...sites].filter(([, members]) => members.length >= 2).sort(([, a], [, b]) => b.length - a.length).slice(0, Math.max(1, maxSites));
	const bySite = new Map<string, CorpusEvidence>();
	let lines = 0;
	for (const [key, members] of counted) {
		const evidence = emptyEvidence();
		bySite.set(key, evidence);
		for (const i of members) {
			const before = evidence.lineCounts.size;
			addToEvidence(evidence, articles[i].text, blocks?.[i]);
			lines += evidence.lineCounts.size - before;
			if (lines > maxLines) lines = boundEvidence([...bySite.values()], maxLines);
		}
	}

	return keys.map((key) => bySite.get(key));
};

/** Line frequencies of a corpus of articles (as buildCorpusEvidence of their texts; HTML-extracted text not reflowed), each prose sketch marked with its article's site (siteKey). */
export const buildCorpusEvidenceOf = (articles: ReadonlyArray<{path: string; text: string; meta?: {url?: string}; dom?: unknown}>): CorpusEvidence => {
	const evidence = emptyEvidence();
	for (const article of articles) {
		const blocks = articleBlocks(article);
		addToEvidence(evidence, article.text, blocks, scan(article.text, blocks, siteKey(article)));
	}

	return evidence;
};
