import path from 'node:path';
import {type TextBlock, textBlocks} from './blocks.js';
import {addToEvidence, type CorpusEvidence, emptyEvidence, scan} from './corpus-evidence.js';

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

/**
 * Line statistics per site, for a corpus of articles (in order): the evidence
 * of each article's site, or undefined for every article when the corpus is
 * one site (its corpus evidence already is the site's). Sites of one article
 * have no evidence to give. Cost: one more scan of the texts.
 */
export const buildSiteEvidence = (articles: ReadonlyArray<{path: string; text: string; meta?: {url?: string}}>, blocks?: ReadonlyArray<readonly TextBlock[]>): Array<CorpusEvidence | undefined> => {
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

	const bySite = new Map<string, CorpusEvidence>();
	for (const [key, members] of sites) {
		if (members.length >= 2) {
			const evidence = emptyEvidence();
			for (const i of members) {
				addToEvidence(evidence, articles[i].text, blocks?.[i]);
			}

			bySite.set(key, evidence);
		}
	}

	return keys.map((key) => bySite.get(key));
};

/** Line frequencies of a corpus of articles (as buildCorpusEvidence of their texts), each prose sketch marked with its article's site (siteKey). */
export const buildCorpusEvidenceOf = (articles: ReadonlyArray<{path: string; text: string; meta?: {url?: string}}>): CorpusEvidence => {
	const evidence = emptyEvidence();
	for (const article of articles) {
		const blocks = textBlocks(article.text);
		addToEvidence(evidence, article.text, blocks, scan(article.text, blocks, siteKey(article)));
	}

	return evidence;
};
