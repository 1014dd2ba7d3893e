import test from 'ava';
import {summarizeTrace} from '../../bench/strip-deopts.js';

// Lines shaped as Node 20's V8 (11.3) writes them under --trace-opt --trace-deopt (addresses made up).
const trace = [
	'[marking 0x1 <JSFunction shapeOf (sfi = 0xa1)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]',
	'[completed compiling 0x1 <JSFunction shapeOf (sfi = 0xa1)> (target TURBOFAN) OSR - took 0.010, 76.465, 0.100 ms]',
	'[completed optimizing 0x1 <JSFunction shapeOf (sfi = 0xa1)> (target TURBOFAN) OSR]',
	'[completed compiling 0x1 <JSFunction shapeOf (sfi = 0xa1)> (target TURBOFAN) - took 0.009, 85.307, 0.071 ms]',
	'[completed compiling 0x2 <JSFunction (sfi = 0xb2)> (target TURBOFAN) - took 0.011, 0.596, 0.008 ms]',
	'[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x1 <JSFunction shapeOf (sfi = 0xa1)>, 0x3 <Code TURBOFAN>, opt id 12, bytecode offset 6, deopt exit 32]',
	'[bailout (kind: deopt-eager, reason: Insufficient type feedback for compare operation): begin. deoptimizing 0x2 <JSFunction (sfi = 0xb2)>, 0x4 <Code TURBOFAN>, opt id 13, bytecode offset 4]',
	'[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x1 <JSFunction shapeOf (sfi = 0xa1)>, 0x5 <Code TURBOFAN>, opt id 14, bytecode offset 150]',
	'some other line the program printed',
].join('\n');

test('a trace is counted by compilation, OSR, reason and function', t => {
	const summary = summarizeTrace(trace);
	t.is(summary.compilations, 3);
	t.is(summary.osr, 1);
	t.is(summary.deopts, 3);
	t.deepEqual([...summary.byReason], [['wrong map', 2], ['Insufficient type feedback for compare operation', 1]]);
	const shapeOf = summary.byFunction.get('shapeOf')!;
	t.is(shapeOf.compilations, 2);
	t.is(shapeOf.deopts, 2);
	t.is(Math.round(shapeOf.ms * 1000), 161_962);
	t.deepEqual(summary.byFunction.get('(anonymous 0xb2)'), {compilations: 1, ms: 0.615, deopts: 1});
});

test('a trace without V8 lines counts nothing', t => {
	const summary = summarizeTrace('copydesk: warning: a.html: no visible text\n');
	t.is(summary.compilations + summary.deopts, 0);
	t.is(summary.byFunction.size, 0);
});
