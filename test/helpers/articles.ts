// Hand-made analysed articles and a reader input for reader tests, so they
// depend neither on the corpus loader nor on the real engine.
import type {Comparison} from '../../source/compare/model.js';
import type {AnalyzedArticle, GroupInfo} from '../../source/corpus/article.js';
import {staticFeed, type CorpusSnapshot} from '../../source/corpus/feed.js';
import type {ReaderInput} from '../../source/reader/reader-input.js';
import {makeComparison} from './comparison.js';

export const article = (id: string, title: string, text: string, extra: Partial<AnalyzedArticle> = {}): AnalyzedArticle => ({
	id,
	path: `/corpus/${id}`,
	name: id,
	text,
	size: text.length,
	warnings: [],
	meta: {},
	title,
	words: text.split(/\s+/).filter(Boolean).length,
	labels: {lines: [], language: 'en', meta: {}, boilerplateShare: 0},
	...extra,
});

export const group = (info: Partial<GroupInfo> & Pick<GroupInfo, 'group' | 'original'>): GroupInfo => ({groupSize: 2, similarity: 0.9, relation: 'edited', ...info});

/** A naive sentence comparison: sentences paired in order; equal ones `same`, others `changed`; extra ones one-sided. */
export const naiveCompare = (left: AnalyzedArticle, right: AnalyzedArticle): Comparison => {
	const sentences = (text: string) => [...text.matchAll(/[^\s.!?][^.!?\n]*[.!?]?/g)].map(match => match[0]);
	const a = sentences(left.text);
	const b = sentences(right.text);
	const specs = [];
	for (let index = 0; index < Math.max(a.length, b.length); index++) {
		if (index < a.length && index < b.length) specs.push({kind: a[index] === b[index] ? ('same' as const) : ('changed' as const), left: a[index], right: b[index]});
		else if (index < a.length) specs.push({kind: 'removed' as const, left: a[index]});
		else specs.push({kind: 'added' as const, right: b[index]});
	}
	return makeComparison(left.text, right.text, specs);
};

export const seedArticles = (): AnalyzedArticle[] => [
	article('a.txt', 'Rebels seize the capital', 'Rebels seized the capital on Sunday. The president fled. Officials said little.'),
	article('b.txt', 'Rebels take the capital', 'Rebels took the capital on Sunday. The president fled. Officials said little. Markets fell.'),
	article('c.txt', '東京で大きな会議が開かれた', '東京で大きな会議が開かれた。多くの人が参加した。'),
	article('d.txt', 'Weather report', 'Sunny with clouds later.'),
];

export const readerInput = (articles = seedArticles(), snapshot: Partial<CorpusSnapshot> = {}): ReaderInput & {calls: Array<[string, string, boolean]>} => {
	const calls: Array<[string, string, boolean]> = [];
	return {
		calls,
		feed: staticFeed({root: '/corpus', articles, problems: [], progress: null, ...snapshot}),
		compare(left, right, options) {
			calls.push([left.id, right.id, options.withBoilerplate]);
			return naiveCompare(left, right);
		},
	};
};
