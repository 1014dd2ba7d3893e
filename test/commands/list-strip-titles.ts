// One title per text (session 16): `list --json` and `strip --json` give every
// article the same title when given the same inputs. A title is read from the
// article's labels (corpus/analyze.ts articleTitle), and the labels use what the
// other texts given show (a line many pages of a site repeat is its template,
// not a headline): so `strip page.txt` alone and `list folder/` may title a page
// differently, as they label it differently, but the same inputs never do.
// Generated corpora, with pages of one blog template beside them, on one thread
// and above the worker threshold (list analyses on worker threads there).
import test, {type ExecutionContext} from 'ava';
import path from 'node:path';
import {runList} from '../../source/commands/list.js';
import {runStrip} from '../../source/commands/strip.js';
import {workerThreshold} from '../../source/corpus/conductor.js';
import {captureIo} from '../helpers/command-io.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';

/** path → title, from the JSON Lines of `list --json` or `strip --json` on `inputs`. */
async function titles(run: typeof runList, inputs: string[]): Promise<Map<string, string>> {
	const io = captureIo();
	if ((await run([...inputs, '--json'], io)) !== 0) throw new Error(io.err());
	return new Map(io.out().trimEnd().split('\n').map(line => JSON.parse(line) as {path: string; title: string}).map(record => [record.path, record.title]));
}

/** Pages of one blog: its name and tagline over each post, a post's title above a short text, the blog's sidebar below. */
const blogPages = (count: number): Record<string, string> => {
	const pages: Record<string, string> = {};
	for (let k = 1; k <= count; k++) {
		pages[`blog-${k}.txt`] = [
			'Paper Lanterns',
			'',
			'I write. I fold. I share the paper things I make and the ones other people make.',
			'',
			k % 2 === 0 ? `Folding lesson number ${k} for the winter evenings` : '',
			'',
			`Today we fold a lantern with ${k + 2} ribs, which takes an hour and a sheet of heavy paper cut to a square.`,
			'',
			'Recent posts',
			'Folding lesson number 2 for the winter evenings',
			'Folding lesson number 4 for the winter evenings',
			'',
			'© Paper Lanterns. All rights reserved.',
		].join('\n');
	}

	return pages;
};

/** Both commands on the same inputs: the same title for every article. */
async function checkSameTitles(t: ExecutionContext, inputs: string[], least: number): Promise<void> {
	const listed = await titles(runList, inputs);
	const stripped = await titles(runStrip, inputs);
	t.true(listed.size >= least, `${listed.size} articles`);
	t.deepEqual([...stripped.keys()].sort(), [...listed.keys()].sort());
	const differ = [...listed].filter(([file, title]) => stripped.get(file) !== title).map(([file, title]) => `${file}: list ${JSON.stringify(title)}, strip ${JSON.stringify(stripped.get(file))}`);
	t.deepEqual(differ, []);
}

test('list and strip give the same title for every article of the same folder (generated stories and a blog\'s pages)', async t => {
	await withGeneratedCorpus(40, 3, blogPages(6), async directory => {
		await checkSameTitles(t, [directory], 46);
		// One file given alone: the same title from both, too.
		await checkSameTitles(t, [path.join(directory, 'blog-2.txt')], 1);
	});
});

test('above the worker threshold too (list analyses on worker threads)', async t => {
	await withGeneratedCorpus(workerThreshold + 10, 5, blogPages(6), async directory => {
		await checkSameTitles(t, [directory], workerThreshold + 16);
	});
});
