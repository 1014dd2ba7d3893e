import test from 'ava';
import {articleAddress} from '../../source/corpus/address.js';

test('an article\'s address: a file\'s path as given; a record\'s container path # its key; stdin records stdin#key', t => {
	t.is(articleAddress({id: '000.txt', name: '000.txt', path: 'seeds/000.txt'}), 'seeds/000.txt');
	t.is(articleAddress({id: 'a#b.txt', name: 'a#b.txt', path: 'in/a#b.txt'}), 'in/a#b.txt');
	t.is(articleAddress({id: 'sub/wire.jsonl#a1', name: 'sub/wire.jsonl#a1', path: 'in/sub/wire.jsonl'}), 'in/sub/wire.jsonl#a1');
	t.is(articleAddress({id: 'w#1.jsonl#3', name: 'w#1.jsonl#3', path: 'w#1.jsonl'}), 'w#1.jsonl#3');
	t.is(articleAddress({id: 'crawl.warc#https://example.org/a#top', name: 'https://example.org/a#top', path: '/data/crawl.warc'}), '/data/crawl.warc#https://example.org/a#top');
	t.is(articleAddress({id: 'stdin#https://example.org/copy/0', name: 'https://example.org/copy/0', path: '-'}), 'stdin#https://example.org/copy/0');
	t.is(articleAddress({id: 'stdin#1', name: 'stdin#1', path: '-'}), 'stdin#1');
	t.is(articleAddress({id: 'stdin', name: 'stdin', path: '-'}), 'stdin');
});
