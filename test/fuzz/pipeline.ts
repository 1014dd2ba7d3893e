// Fuzzing the whole path an article takes: bytes → decode → labels → comparison
// → terminal rendering. `npm test` runs a few hundred cases; `npm run fuzz`
// (FUZZ_RUNS=10000) runs many more.
import test from 'ava';
import fc from 'fast-check';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import type {Article} from '../../source/corpus/article.js';
import {decodeBytes} from '../../source/corpus/decode.js';
import {isSpaceAt} from '../../source/text/lines.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {diffText} from '../../source/render/diff-text.js';
import type {Comparison} from '../../source/compare/model.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 150);

const pieces = [
	'The minister said the plan was final. ',
	'Le ministre a déclaré que le plan était définitif. ',
	'Министр заявил, что план окончательный. ',
	'部長は計画が最終的なものだと述べた。',
	'**Related article:** [More](#)\n',
	'Leave a Reply\n',
	'PREV next story -\n',
	'\u001B[31mred\u001B[0m',
	'\u001B]52;c;ZXZpbA==\u0007',
	'\u001B]8;;http://x\u0007link\u001B]8;;\u0007',
	'\u001B]0;title\u0007',
	'\u202Eevil\u202C',
	'\r\n',
	'\r',
	'\n\n',
	'\t',
	'\u0000',
	'\u0085',
	'😀👍🏽',
	'a'.repeat(300),
	'“quoted” — dash ',
	'Mr. B. Assad of the U.S. met on Dec. 8. ',
];

const articleText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'grapheme', maxLength: 40}), fc.string({unit: 'binary', maxLength: 20})), {maxLength: 30}).map(parts => parts.join(''));

/** An edited copy: drop, duplicate and swap some pieces. */
const mutated = (text: string, seed: number): string => {
	const sentences = text.split(/(?<=[.!?\n])/);
	const out: string[] = [];
	for (const [index, sentence] of sentences.entries()) {
		const roll = (seed + index * 7919) % 10;
		if (roll === 0) continue;
		out.push(roll === 1 ? sentence.toUpperCase() : sentence);
		if (roll === 2) out.push(sentence);
	}

	if (out.length > 2 && seed % 3 === 0) out.push(out.shift()!);
	return out.join('');
};

const article = (name: string, text: string): Article => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});

/** Every non-whitespace character of each side lies in exactly one row's span on that side. */
const assertCoverage = (t: {fail: (m: string) => void}, text: string, comparison: Comparison, side: 'left' | 'right'): boolean => {
	const owner = new Int32Array(text.length).fill(-1);
	for (const [index, row] of comparison.rows.entries()) {
		const span = row[side];
		if (!span) continue;
		if (span.start < 0 || span.end > text.length || span.start > span.end) {
			t.fail(`row ${index} ${side} span out of range`);
			return false;
		}

		for (let i = span.start; i < span.end; i++) {
			if (owner[i] !== -1 && !isSpaceAt(text, i)) {
				t.fail(`character ${i} on the ${side} in rows ${owner[i]} and ${index}`);
				return false;
			}

			owner[i] = index;
		}
	}

	for (let i = 0; i < text.length; i++) {
		// White space as every pass sees it (text/lines.ts isSpaceAt): a line holding only a soft hyphen or a zero-width space is blank.
		if (owner[i] === -1 && !isSpaceAt(text, i)) {
			t.fail(`character ${i} (${JSON.stringify(text[i])}) on the ${side} in no row`);
			return false;
		}
	}

	return true;
};

const rawControl = /[\u0000-\u0009\u000B-\u001A\u001C-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** Terminal output may contain SGR color sequences we emit ourselves, and nothing else that is a control. */
const withoutOwnSgr = (output: string) => output.replace(/\u001B\[[0-9;]*m/g, '');

test('decode → labels → comparison → terminal output: no throw, coverage holds, no raw control reaches the terminal', t => {
	fc.assert(
		fc.property(articleText, fc.nat(1000), fc.boolean(), fc.uint8Array({maxLength: 64}), (text, seed, color, junk) => {
			const leftText = decodeBytes(Buffer.concat([Buffer.from(text), Buffer.from(junk)])).text;
			const rightText = mutated(leftText, seed);
			const [left, right] = analyzeArticles([article('a.txt', leftText), article('b.txt', rightText)]);
			for (const withBoilerplate of [false, true]) {
				const comparison = compareArticles(left!, right!, {withBoilerplate, diffBudget: 200_000});
				if (!assertCoverage(t, leftText, comparison, 'left') || !assertCoverage(t, rightText, comparison, 'right')) return false;
				const output = withoutOwnSgr(diffText(left!, right!, comparison, {width: 30 + (seed % 150), color}));
				if (rawControl.test(output.replaceAll('\n', ''))) {
					t.fail(`raw control in output: ${JSON.stringify(output.match(rawControl))}`);
					return false;
				}

				if (output.includes('\u001B')) {
					t.fail('escape character beyond our own SGR');
					return false;
				}
			}

			return true;
		}),
		{numRuns: runs},
	);
	t.pass();
});
