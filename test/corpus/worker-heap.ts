import test from 'ava';
import {analysisHeapLimitMb, baseHeapMb, handedCharacters, heapLimitMessage} from '../../source/corpus/worker-heap.js';
import {keptItems} from '../../source/corpus/worker-slice.js';

test('a worker\'s heap limit grows with its share and with the corpus, from the base', t => {
	t.true(analysisHeapLimitMb(0, 0) >= baseHeapMb);
	t.true(analysisHeapLimitMb(keptItems + 1001, 40_000) > analysisHeapLimitMb(keptItems + 1, 40_000));
	t.true(analysisHeapLimitMb(keptItems + 1, 80_000) > analysisHeapLimitMb(keptItems + 1, 40_000));
	t.true(Number.isInteger(analysisHeapLimitMb(12_345, 54_321)));
});

test('a share small enough to keep its texts between passes is allowed them', t => {
	// Past keptItems the slice keeps no texts nor blocks: its limit drops by what they took.
	t.true(analysisHeapLimitMb(keptItems, keptItems * 2) - analysisHeapLimitMb(keptItems + 1, keptItems * 2) > 100);
});

test('two workers labelling 100,000 articles are bounded well under the 2 GB target together', t => {
	t.true(2 * analysisHeapLimitMb(50_000, 100_000) < 1024);
});

test('the heap-limit warning is one line that says the bound is gone', t => {
	const message = heapLimitMessage(new Error('Worker terminated due to reaching memory limit: JS heap out of memory\nstack'));
	t.false(message.includes('\n'));
	t.regex(message, /heap limit \(Worker terminated due to reaching memory limit: JS heap out of memory\); analysed again without limits/);
});

test('texts handed to a worker (not files it reads) are allowed for, two bytes a character, a page\'s four times', t => {
	const text = 'x'.repeat(1000);
	const items = [{article: {text}}, {article: {text, dom: {}}}, {file: {file: 'a.txt'}}];
	t.is(handedCharacters(items), 5000);
	// 100,000 articles of 5,000 characters handed over on two workers: their texts fit under the limit.
	const handed = 50_000 * 5000;
	t.true(analysisHeapLimitMb(50_000, 100_000, handed) - analysisHeapLimitMb(50_000, 100_000) >= (2 * handed) / 2 ** 20 - 1);
});
