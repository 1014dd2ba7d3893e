import {hashString} from './hash.js';
import {isBlank, splitLines} from './lines.js';
import {lineKey} from './normalize-line.js';

/**
 * Corpus statistics for boilerplate detection: in how many articles each
 * normalised line occurs (once per article). A site's template (menus,
 * footers, sign-up prompts) repeats across its articles; a story's sentences
 * repeat only across copies of that story. Built in one linear pass; lines
 * are keyed by a 53-bit hash, so memory does not grow with line length.
 */
export type CorpusEvidence = {
	/** Number of articles counted. */
	articles: number;
	/** Hash of a line's key (lineKey) → number of articles that contain it. */
	lineCounts: Map<number, number>;
};

/** Evidence of no corpus: labelArticle then judges an article on its own. */
export const emptyEvidence = (): CorpusEvidence => ({articles: 0, lineCounts: new Map()});

/** The distinct line keys of one text (blank and punctuation-only lines have none). */
export const lineKeyHashes = (text: string): Set<number> => {
	const hashes = new Set<number>();
	for (const line of splitLines(text)) {
		const raw = text.slice(line.start, line.end);
		if (isBlank(raw)) {
			continue;
		}

		const key = lineKey(raw);
		if (key) {
			hashes.add(hashString(key));
		}
	}

	return hashes;
};

/** Adds one article to the evidence (for corpora that arrive incrementally). */
export const addToEvidence = (evidence: CorpusEvidence, text: string): void => {
	evidence.articles++;
	for (const hash of lineKeyHashes(text)) {
		evidence.lineCounts.set(hash, (evidence.lineCounts.get(hash) ?? 0) + 1);
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
	const key = lineKey(line);
	return key ? evidence.lineCounts.get(hashString(key)) ?? 0 : 0;
};
