// scripts/ascii-bundle.js writes diff's bundle in ASCII so that its loader reads it as Latin-1 without decoding
// (source/commands/diff-bundle.ts): every escape must mean what the character meant, in every place esbuild leaves one.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import {builtCli} from '../helpers/built-cli.js';
import {isWrapped} from '../../source/commands/diff-bundle.js';
// @ts-expect-error: a build script, plain JavaScript without types.
import {asciiBundle} from '../../scripts/ascii-bundle.js';

const escape = asciiBundle as (source: string) => Promise<string | undefined>;

/** What a script (a function's body) returns, run as it is. */
const run = (source: string): unknown => new Function(source)();

test('regular expressions, String.raw templates and comments are escaped to ASCII and mean the same', async t => {
	// The strings are escaped, as esbuild writes them (a string with such a character is left alone: the next test).
	const source = String.raw`// «comment» é
		const dash = /[–—]x/u, accent = /é/i, astral = /😀+/u, astralBare = /😀/, escaped = /\é/, inClass = /[é-ö]/;
		const raw = String.raw${'`'}a–b${'${'}1}—c😀d\p{L}${'`'};
		const reused = new RegExp(dash.source + '|' + astral.source, 'u');
		return {
			dash: dash.test('\u2013x') && dash.test('\u2014x') && !dash.test('-x'),
			accent: accent.test('\u00C9') && accent.source.length > 0,
			astral: astral.exec('\uD83D\uDE00\uD83D\uDE00')[0].length === 4,
			astralBare: astralBare.test('\uD83D\uDE00') && !astralBare.test('\uD83D'),
			escaped: escaped.test('\u00E9'),
			inClass: inClass.test('\u00F1') && !inClass.test('e'),
			raw,
			reused: reused.test('\uD83D\uDE00') && reused.test('\u2014x'),
		};`;
	const ascii = await escape(source);
	t.not(ascii, undefined);
	t.false(/[^\x00-\x7F]/.test(ascii!), ascii);
	t.deepEqual(run(ascii!), run(source));
	t.is((run(ascii!) as {raw: string}).raw, String.raw`a–b1—c😀d\p{L}`);
});

test('a non-ASCII character it cannot escape without changing the code (a name, another tag\'s template) leaves the bundle as it is', async t => {
	t.is(await escape('const é = 1; return é;'), undefined);
	t.is(await escape('return "é";'), undefined);
	t.is(await escape('const tag = (strings) => strings.raw[0]; return tag`–`;'), undefined);
	t.is(await escape('return 1;'), 'return 1;');
});

test('any text in a String.raw template or a regular expression\'s class is escaped to the same characters', async t => {
	const text = fc.string({unit: fc.constantFrom('a', 'é', '–', '😀', '\u00ff', 'Ω', ' ')});
	await fc.assert(
		fc.asyncProperty(text, async value => {
			const source = `return [String.raw\`${value}\`, /[${value}x]/u.source];`;
			const ascii = await escape(source);
			const [raw, classSource] = run(ascii!) as [string, string];
			const classOf = (pattern: string) => [...value, 'x'].map(character => new RegExp(pattern, 'u').test(character));
			return raw === value && !/[^\x00-\x7F]/.test(ascii!) && JSON.stringify(classOf(classSource)) === JSON.stringify(classOf(`[${value}x]`));
		}),
	);
	t.pass();
});

test('the built diff bundle is ASCII, so its loader reads it without decoding', t => {
	if (!existsSync(builtCli)) return t.fail('dist/cli.js missing: npm test builds first');
	const bytes = readFileSync(path.join(path.dirname(builtCli), 'diff-command.cjs'));
	t.true(bytes.every(byte => byte < 0x80));
});

test('the built strip bundle is ASCII and written wrapped, so its loader compiles the file\'s string as it is, read without decoding', t => {
	if (!existsSync(builtCli)) return t.fail('dist/cli.js missing: npm test builds first');
	const bytes = readFileSync(path.join(path.dirname(builtCli), 'strip-command.cjs'));
	t.true(bytes.every(byte => byte < 0x80));
	t.true(isWrapped(bytes.toString('latin1')));
});
