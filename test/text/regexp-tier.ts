import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {compileAtOnce} from '../../source/text/regexp-tier.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('compileAtOnce keeps the pattern, its lastIndex and its matches', t => {
	const pattern = /\p{N}+/gu;
	pattern.lastIndex = 3;
	t.is(compileAtOnce(pattern), pattern);
	t.is(pattern.lastIndex, 3);
	t.deepEqual('a 12 b 345'.match(pattern), ['12', '345']);
});

test('a large pattern compiled at once never goes through V8\'s bytecode', t => {
	// Some thousands of alternatives: V8 would otherwise make some hundred kilobytes of bytecode for it first.
	const script = `
		import {compileAtOnce} from './source/text/regexp-tier.ts';
		const words = Array.from({length: 3000}, (_, i) => 'w' + i.toString(36) + 'x');
		const pattern = compileAtOnce(new RegExp('(?<![\\\\p{L}])(?:' + words.join('|') + ')', 'u'));
		for (let i = 0; i < 3; i++) pattern.test('a short subject with w1x in it');
	`;
	const result = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--import=tsx', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26});
	t.is(result.status, 0, result.stderr);
	const sizes = [...result.stdout.matchAll(/bytecode size: (\d+)/g)].map(match => Number(match[1]));
	t.true(result.stdout.includes('native code size'), 'no trace: the flag is not known to this V8, the test proves nothing');
	t.deepEqual(sizes.filter(size => size > 50_000), []);
});
