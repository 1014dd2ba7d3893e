// What grouping needs to know of an article, and nothing more: a compact
// record that a worker thread computes while it holds the text and labels,
// so the grouping never re-reads texts or keeps label arrays of a whole corpus.
import {createHash} from 'node:crypto';
import type {ArticleLabels, BoilerplateCategory} from '../boilerplate/label.js';
import {wordHashes} from '../text/words.js';
import {fingerprintOfTokens, keptText, type Fingerprint} from './shingles.js';

/** What grouping reads of an analysed article (corpus/article.ts's AnalyzedArticle has it all). */
export type GroupInput = {
	id: string;
	name: string;
	text: string;
	labels: ArticleLabels;
	/** Metadata given by the source; a `date` there wins over one found in the text. */
	meta: {date?: string};
};

export type GroupMember = {
	id: string;
	name: string;
	/** The source's date, else the text's dateline. */
	date?: string;
	boilerplateShare: number;
	/** Characters of boilerplate lines per category. */
	boilerplateCharacters: Partial<Record<BoilerplateCategory, number>>;
	/** Categories of any of its lines. */
	categories: BoilerplateCategory[];
	/** Identifies the exact text (equal texts are 'identical', not only 'verbatim'). */
	textHash: string;
	/** Identifies the kept words, case included (spacing, punctuation, markup aside): equal means the engine sees no change, boilerplate aside. */
	keptHash: string;
	print: Fingerprint;
	/** The kept words as a multiset: sorted token hashes, repeats kept. */
	bag: Uint32Array;
};

/** Identifies an exact text (see GroupMember.textHash). */
export const textHash = (text: string): string => createHash('sha1').update(text).digest('base64');

export function groupMember(article: GroupInput): GroupMember {
	const boilerplateCharacters: Partial<Record<BoilerplateCategory, number>> = {};
	const categories = new Set<BoilerplateCategory>();
	for (const line of article.labels.lines) {
		if (!line.category) continue;
		categories.add(line.category);
		if (line.kind === 'boilerplate') boilerplateCharacters[line.category] = (boilerplateCharacters[line.category] ?? 0) + line.span.end - line.span.start;
	}

	const kept = keptText(article);
	const tokens = wordHashes(kept);
	const date = article.meta.date ?? article.labels.meta.date;
	return {
		id: article.id,
		name: article.name,
		...(date === undefined ? {} : {date}),
		boilerplateShare: article.labels.boilerplateShare,
		boilerplateCharacters,
		categories: [...categories],
		textHash: textHash(article.text),
		keptHash: textHash(kept.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim()),
		print: fingerprintOfTokens(tokens),
		bag: tokens.sort(),
	};
}
