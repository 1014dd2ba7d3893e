import test from 'ava';
import {corpusFileKind, isStreamed} from '../../source/corpus/file-kind.js';

test('file kinds by name: compound extensions first', t => {
	t.is(corpusFileKind('a/b.HTML'), 'html');
	t.is(corpusFileKind('page.htm'), 'html');
	t.is(corpusFileKind('page.html.gz'), 'html.gz');
	t.is(corpusFileKind('crawl.warc.gz'), 'warc.gz');
	t.is(corpusFileKind('crawl.warc'), 'warc');
	t.is(corpusFileKind('records.jsonl'), 'jsonl');
	t.is(corpusFileKind('notes.txt'), 'text');
	t.is(corpusFileKind('archive.tar.gz'), undefined);
	t.is(corpusFileKind('image.png'), undefined);
});

test('containers of many articles (record addresses FILE#key name their members): JSON Lines, WARC and WET files, compressed or not', t => {
	for (const file of ['feed.jsonl', 'crawl.warc', 'crawl.WARC.GZ', 'CC-MAIN-1.warc.wet.gz', 'crawl.wet', 'crawl.wet.gz']) t.true(isStreamed(file), file);
	for (const file of ['page.html', 'page.html.gz', 'notes.txt', 'feed.json', 'archive.tar.gz']) t.false(isStreamed(file), file);
});
