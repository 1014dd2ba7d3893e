import test from 'ava';
import {articleIndexer} from '../../source/reader/article-index.js';
import {article} from '../helpers/articles.js';

test('finds articles by id across snapshots of one list, indexing it once', t => {
	const index = articleIndexer();
	const first = [article('a.txt', 'A', 'x'), article('bb/c.txt', 'C', 'y'), article('d.txt', 'D', 'z')];
	const one = index(first);
	t.is(one.get('bb/c.txt'), first[1]);
	t.is(one.longestName, 8);
	t.is(index(first), one, 'the same snapshot: the same index');
	// The next snapshot: same articles analysed further (new objects, same ids and order).
	const second = first.map(each => ({...each, words: 7}));
	t.is(index(second).get('bb/c.txt'), second[1]);
	t.is(index(second).get('missing'), undefined);
});

test('a different list is indexed again; a moved article is still found, never a wrong one', t => {
	const index = articleIndexer();
	index([article('a.txt', 'A', 'x'), article('b.txt', 'B', 'y')]);
	const longer = [article('a.txt', 'A', 'x'), article('b.txt', 'B', 'y'), article('a-much-longer-name.txt', 'C', 'z')];
	t.is(index(longer).longestName, 22);
	t.is(index(longer).get('a-much-longer-name.txt'), longer[2]);
	// Same length and ends, middle swapped: the stale position is checked and the article found anyway.
	const swapped = [longer[0], article('x.txt', 'X', 'q'), longer[1], longer[2]];
	const reordered = [longer[0], swapped[2], swapped[1], longer[2]];
	index(swapped);
	t.is(index(reordered).get('x.txt'), reordered[2]);
});
