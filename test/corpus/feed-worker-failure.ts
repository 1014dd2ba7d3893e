import test from 'ava';
import {fileURLToPath} from 'node:url';
import {openCorpusFeed} from '../../source/corpus/feed-from-disk.js';
import {withFailingWorkers} from '../helpers/failing-workers.js';

const families = fileURLToPath(new URL('../fixtures/corpus/families/', import.meta.url));

test('the reader\'s feed says when its worker threads failed and the analysis went on on its own thread', async t => {
	const expected = await openCorpusFeed([families], {cache: false, worker: 'never'});
	await expected.ready;
	const {result: feed, started} = await withFailingWorkers('cannot start', async () => {
		const feed = await openCorpusFeed([families], {cache: false, worker: 'always'});
		await feed.ready;
		return feed;
	});
	t.true(started > 0);
	const {articles, problems} = feed.snapshot();
	t.deepEqual(
		articles.map(article => [article.title, article.words, article.group?.group]),
		expected.snapshot().articles.map(article => [article.title, article.words, article.group?.group]),
	);
	t.deepEqual(problems.slice(expected.snapshot().problems.length), [{path: expected.snapshot().root, kind: 'error', message: 'worker threads failed (cannot start); analysed on one thread instead'}]);
});
