// A saved web page named on the command line whose name is not a page's (page.txt, story.php?id=5, index.shtml, none)
// is read as a page by its content, as stdin is, in every command and on every thread: diff, strip, story, list and
// its worker threads (fresh user J22). A folder is read by names (test/corpus/load.ts).
import {copyFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';

const headline = 'Factory fire kills twelve in Dhaka';

const page = (workers: number) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${headline} | Daily Planet</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${headline}</h1>
<p>A fire at a garment factory on the outskirts of Dhaka killed ${workers} workers on Monday and injured 45 others, police said.</p>
<p>The blaze broke out in the morning and took firefighters three hours to control, a fire service spokesman told reporters.</p>
<p>The factory employed about 1,200 people and exported clothing worth millions of dollars to Europe last year.</p></article>
<div class="comments"><h3>3 comments</h3><p>Reader one: terrible news from Dhaka.</p></div>
<div class="sidebar">Most read: <a href="/a">Election results</a> <a href="/b">Weather warning</a></div>
</body></html>
`;

const names = ['page.txt', 'story.php?id=5', 'index.shtml', 'saved'];

test('strip reads a page under any name as it reads page.html: the article\'s text, no tags, no comments', async t => {
	const directory = temporaryDirectoryFor(t, 'copydesk-sniff-strip-');
	await writeFile(path.join(directory, 'page.html'), page(12));
	const reference = captureIo();
	t.is(await main(['strip', path.join(directory, 'page.html')], reference), 0, reference.err());
	t.regex(reference.out(), /killed 12 workers/);
	for (const name of names) {
		await copyFile(path.join(directory, 'page.html'), path.join(directory, name));
		const io = captureIo();
		t.is(await main(['strip', path.join(directory, name)], io), 0, io.err());
		t.is(io.out(), reference.out(), name);
		t.notRegex(io.out(), /<div|<p>/u, name);
	}
});

test('diff of a page under another name and the same page named .html: identical, exit 0; a changed figure is a fact', async t => {
	const directory = temporaryDirectoryFor(t, 'copydesk-sniff-diff-');
	await writeFile(path.join(directory, 'page.html'), page(12));
	await writeFile(path.join(directory, 'page.txt'), page(12));
	await writeFile(path.join(directory, 'copy.txt'), page(21));
	const same = captureIo();
	t.is(await main(['diff', path.join(directory, 'page.html'), path.join(directory, 'page.txt'), '--json'], same), 0, same.err());
	t.is((JSON.parse(same.out()) as {relation: string}).relation, 'identical');
	const changed = captureIo();
	t.is(await main(['diff', path.join(directory, 'page.txt'), path.join(directory, 'copy.txt'), '--json'], changed), 1, changed.err());
	const json = JSON.parse(changed.out()) as {left: {title: string}; facts: Array<{kind: string; left: string | null; right: string | null}>};
	t.is(json.left.title, headline);
	t.true(json.facts.some(fact => fact.left === '12' && fact.right === '21'), JSON.stringify(json.facts));
});

test('story takes pages under any name as it takes them named .html', async t => {
	const directory = temporaryDirectoryFor(t, 'copydesk-sniff-story-');
	const run = async (base: string, copy: string) => {
		await writeFile(path.join(directory, base), page(12));
		await writeFile(path.join(directory, copy), page(21));
		const io = captureIo();
		t.is(await main(['story', path.join(directory, base), path.join(directory, copy), '--base', path.join(directory, base), '--json'], io), 0, io.err());
		const json = JSON.parse(io.out()) as {base: {title: string}; copies: Array<{title: string; facts_changed: number; boilerplate_share: number}>; rows: unknown[]};
		return {copies: json.copies.map(({title, facts_changed, boilerplate_share}) => ({title, facts_changed, boilerplate_share})), rows: json.rows, title: json.base.title};
	};

	const named = await run('page.html', 'copy.html');
	t.is(named.title, headline);
	t.deepEqual(await run('page.txt', 'copy.shtml'), named);
});

test('list on a corpus large enough for worker threads reads a page named as .txt as a page, as one thread does', async t => {
	// No page named .html beside it: nothing else makes a worker load the page reader.
	await withGeneratedCorpus(230, 5, {}, async directory => {
		const elsewhere = temporaryDirectoryFor(t, 'copydesk-sniff-list-');
		await writeFile(path.join(elsewhere, 'saved-page.txt'), page(12));
		const io = captureIo();
		t.is(await main(['list', directory, path.join(elsewhere, 'saved-page.txt'), '--json'], io), 0, io.err());
		const records = io.out().trimEnd().split('\n').map(line => JSON.parse(line) as {path: string; title: string; boilerplate_share: number; relation: string | null});
		const saved = records.find(record => record.path.endsWith('saved-page.txt'))!;
		t.is(saved.title, headline);
		// As strip (one thread) reads it.
		const stripped = captureIo();
		t.is(await main(['strip', path.join(elsewhere, 'saved-page.txt'), '--json'], stripped), 0, stripped.err());
		t.is((JSON.parse(stripped.out()) as {title: string}).title, headline);
		t.notRegex(io.err(), /looks like an HTML page/u);
	});
});
