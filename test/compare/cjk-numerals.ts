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

test('before a classifier that counts, a numeral is a count without a multiplier too: "十二名" is "12名", "三人" is "3人"; "一家", "十分", "十二月" stay as they were (breaker11 J21)', t => {
	t.deepEqual(facts('火灾造成12名工人死亡，警方表示。', '火灾造成十二名工人死亡，警方表示。'), []);
	t.deepEqual(facts('火灾造成3人受伤，警方表示。', '火灾造成三人受伤，警方表示。'), []);
	t.deepEqual(facts('他今年15岁，警方表示。', '他今年十五岁，警方表示。'), []);
	t.deepEqual(facts('火灾造成十二名工人死亡，警方表示。', '火灾造成二十一名工人死亡，警方表示。'), ['十二→二十一']);
	t.deepEqual(cjkNumeralsOf('十二名').map(found => found.value), [12]);
	t.deepEqual(cjkNumeralsOf('两个').map(found => found.value), [2]);
	// An article, "very", a month, a range: no count.
	for (const written of ['一家工厂', '十分重要', '十二月', '七八十名', '十二']) t.deepEqual(cjkNumeralsOf(written).map(found => found.value), [], written);
});
