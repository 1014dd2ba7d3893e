import {fileURLToPath} from 'node:url';
import test from 'ava';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {groupArticles} from '../../source/groups/groups.js';
import {buildStory, chooseStoryBase, orderCopies, type StoryCopy} from '../../source/story/story.js';
import {article} from '../helpers/articles.js';
import {makeComparison} from '../helpers/comparison.js';

const seeds = async () => analyzeArticles((await loadCorpus([fileURLToPath(new URL('../../corpus/', import.meta.url))])).articles);

test('seeds: base 000; 002 and 001 track it sentence by sentence, 001 with edits; 003 and 004 rewrite and drop', async t => {
	const articles = await seeds();
	const base = chooseStoryBase(articles, groupArticles(articles));
	t.true(base.name.startsWith('000'));
	const story = buildStory(base, articles, compareArticles);
	// Closest first (003 and 004 are both far; their order is not asserted).
	t.deepEqual(story.copies.map(copy => copy.article.name.slice(0, 3)).slice(0, 2), ['002', '001']);
	const baseRows = story.collation.rows.filter(row => row.base);
	const states = (prefix: string) => {
		const copy = story.copies.findIndex(candidate => candidate.article.name.startsWith(prefix));
		return baseRows.map(row => row.cells.find(cell => cell.copy === copy)!.state);
	};

	t.true(baseRows.length >= 20);
	const tracking = (prefix: string) => states(prefix).filter(state => state === 'kept' || state === 'edited').length / baseRows.length;
	t.true(tracking('002') >= 0.9, states('002').join());
	t.true(tracking('001') >= 0.9, states('001').join());
	t.true(states('001').filter(state => state === 'edited').length >= 10, states('001').join());
	t.true(states('002').filter(state => state === 'kept').length >= 15, states('002').join());
	for (const prefix of ['003', '004']) {
		t.true(states(prefix).includes('rewritten'), states(prefix).join());
		t.true(states(prefix).includes('dropped'), states(prefix).join());
	}

	// 003 and 004 add material of their own.
	t.true(story.collation.rows.some(row => !row.base && row.cells.length > 0));
});

test('copies are ordered by date when dated, then by similarity, then by name', t => {
	const copy = (name: string, similarity: number, date?: string): StoryCopy => ({
		article: article(name, name, 'x'),
		comparison: {...makeComparison('x', 'x', []), similarity},
		...(date ? {date} : {}),
	});
	const ordered = orderCopies([copy('a', 0.5), copy('b', 0.9), copy('c', 0.1, '2024-12-09'), copy('d', 0.2, '2024-12-08'), copy('e', 0.9)]);
	t.deepEqual(ordered.map(entry => entry.article.id), ['d', 'c', 'b', 'e', 'a']);
});

test('a story has at most maxStoryCopies copies', t => {
	const base = article('base', 'Base', 'One sentence.');
	const others = Array.from({length: 1001}, (_, index) => article(`c${index}`, 'c', 'One sentence.'));
	t.throws(() => buildStory(base, others, () => makeComparison('', '', [])), {instanceOf: RangeError});
});
