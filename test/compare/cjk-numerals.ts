import test from 'ava';
import {cjkNumeralsOf, cjkValue} from '../../source/compare/cjk-numerals.js';
import {compareTexts} from '../../source/compare/compare.js';

test('Chinese numerals with a multiplier read as their value, sections of 万 and 亿 too', t => {
	for (const [written, value] of [['五亿', 500_000_000], ['三千万', 30_000_000], ['三亿五千万', 350_000_000], ['一百零五', 105], ['两千', 2000], ['二十五', 25], ['一万亿', 1e12], ['十', undefined]] as const) t.is(cjkValue(written), value, written);
});

test('numeral characters that are words, or read two ways, are no number', t => {
	// "very", "by all means", "in case", "unify", colloquial 15,000, a range "seventy or eighty", "one" alone.
	for (const written of ['十分', '千万', '万一', '统一', '一万五', '七八十', '一']) t.deepEqual(cjkNumeralsOf(written).map(found => found.value), [], written);
});

/** The facts of a one-sentence Chinese pair. */
const facts = (left: string, right: string) => compareTexts(left, right, {language: 'zh'}).facts!.map(fact => `${fact.left}→${fact.right}`);

test('a Chinese numeral is a figure: another value is a changed figure, the same value in digits none (G14)', t => {
	t.deepEqual(facts('公司去年投资五亿元用于研发。', '公司去年投资三亿元用于研发。'), ['五亿元→三亿元']);
	t.deepEqual(facts('公司去年投资五亿元用于研发。', '公司去年投资5亿元用于研发。'), []);
	t.deepEqual(facts('该市有三千万人口，官员说。', '该市有三千五百万人口，官员说。'), ['三千万→三千五百万']);
	t.deepEqual(facts('该市有三千万人口，官员说。', '该市有3000万人口，官员说。'), []);
	t.deepEqual(facts('政府统一了规定，十分重要。', '政府统一了规定，非常重要。'), []);
});
