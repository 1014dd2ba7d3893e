import test from 'ava';
import {formatBytesOver} from '../../source/corpus/jsonl.js';

test('a size over its limit reads as over it: a second decimal, then exact bytes, where rounding would hide it', t => {
	t.is(formatBytesOver(21_000_000, 20 * 1024 * 1024), '20.03 MB; the limit is 20 MB');
	t.is(formatBytesOver(25 * 1024 * 1024, 20 * 1024 * 1024), '25 MB; the limit is 20 MB');
	t.is(formatBytesOver(2 * 1024 * 1024 + 1, 2 * 1024 * 1024), '2,097,153 bytes; the limit is 2,097,152 bytes (2 MB)');
	t.is(formatBytesOver(65, 64), '65 B; the limit is 64 B');
	t.is(formatBytesOver(3 * 1024 * 1024, 500 * 1024), '3 MB; the limit is 500 KB');
	t.is(formatBytesOver(2049, 2048), '2,049 bytes; the limit is 2,048 bytes (2 KB)');
});
