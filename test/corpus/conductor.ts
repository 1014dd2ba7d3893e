import test from 'ava';
import fc from 'fast-check';
import {chooseRunner, conductAnalysis, fallbackMessage, workerThreshold} from '../../source/corpus/conductor.js';

test('auto: this thread below the threshold, workers from it on', t => {
	t.is(workerThreshold, 200);
	for (const goal of ['throughput', 'responsiveness'] as const) {
		t.is(chooseRunner({articles: 199, goal, cores: 8}), 'this-thread', goal);
		t.is(chooseRunner({articles: 200, goal, cores: 8}), 'workers', goal);
		t.is(chooseRunner({articles: 5, goal, cores: 8, threshold: 5}), 'workers', goal);
	}
});

test('one core: a command gains nothing from workers; the reader still keeps its thread free', t => {
	t.is(chooseRunner({articles: 10_000, goal: 'throughput', cores: 1}), 'this-thread');
	t.is(chooseRunner({articles: 10_000, goal: 'responsiveness', cores: 1}), 'workers');
});

test('always and never override size and cores', t => {
	fc.assert(
		fc.property(fc.nat(1_000_000), fc.integer({min: 1, max: 64}), fc.constantFrom('throughput' as const, 'responsiveness' as const), (articles, cores, goal) => {
			t.is(chooseRunner({articles, goal, cores, mode: 'always'}), 'workers');
			t.is(chooseRunner({articles, goal, cores, mode: 'never'}), 'this-thread');
		}),
	);
});

test('auto is monotone in the corpus size', t => {
	fc.assert(
		fc.property(fc.nat(1000), fc.nat(1000), fc.integer({min: 1, max: 8}), (a, b, cores) => {
			const [small, large] = a <= b ? [a, b] : [b, a];
			if (chooseRunner({articles: small, goal: 'throughput', cores}) === 'workers') t.is(chooseRunner({articles: large, goal: 'throughput', cores}), 'workers');
		}),
	);
});

test('conductAnalysis runs where chosen; a worker failure falls back to this thread, and says so', async t => {
	const calls: string[] = [];
	const run = (fail: boolean) => ({
		async workers() {
			calls.push('workers');
			if (fail) throw new Error('no threads\n    at start (worker.js:1:1)');
			return 'from workers';
		},
		thisThread() {
			calls.push('this thread');
			return 'from this thread';
		},
		onFallback(error: Error) {
			calls.push(`fallback: ${fallbackMessage(error)}`);
		},
	});
	t.is(await conductAnalysis({articles: 10, goal: 'throughput', cores: 4}, run(false)), 'from this thread');
	t.deepEqual(calls.splice(0), ['this thread']);
	t.is(await conductAnalysis({articles: 500, goal: 'throughput', cores: 4}, run(false)), 'from workers');
	t.deepEqual(calls.splice(0), ['workers']);
	t.is(await conductAnalysis({articles: 500, goal: 'throughput', cores: 4}, run(true)), 'from this thread');
	t.deepEqual(calls.splice(0), ['workers', 'fallback: worker threads failed (no threads); analysed on one thread instead', 'this thread']);
	// Cancelled on the workers (undefined) is their answer, not a failure.
	t.is(await conductAnalysis({articles: 1, goal: 'responsiveness', mode: 'always'}, {workers: async () => undefined, thisThread: () => 'again', onFallback: () => t.fail()}), undefined);
});

test('the fallback message is one line, whatever the error', t => {
	fc.assert(
		fc.property(fc.string(), message => {
			const line = fallbackMessage(new Error(message));
			t.false(line.includes('\n'));
			t.true(line.startsWith('worker threads failed ('));
		}),
	);
});
