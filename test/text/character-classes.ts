import test from 'ava';
import {characterWord, classOfCodePoint, classTable, digit, ignorable, katakana, letter, mark, other, segmented, space, surrogate} from '../../source/text/character-classes.js';

/** The classes as Unicode properties define them, one regular expression per character. */
const expected = (character: string, code: number): number => {
	if (code >= 0xD800 && code < 0xE000) return surrogate;
	if (/[\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(character)) return ignorable;
	if (/\s/u.test(character)) return space;
	if (code === 0x2BC) return other;
	if (/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(character) && /[\p{L}\p{N}\p{M}]/u.test(character)) return segmented;
	if ((/\p{Script=Katakana}/u.test(character) && /[\p{L}\p{N}\p{M}]/u.test(character)) || code === 0x30FC || code === 0xFF70) return katakana;
	if (/[\p{Script=Han}\p{Script=Hiragana}]/u.test(character) && /[\p{L}\p{N}]/u.test(character)) return characterWord;
	if (/\p{M}/u.test(character)) return mark;
	if (/\p{N}/u.test(character)) return digit;
	if (/\p{L}/u.test(character)) return letter;
	return other;
};

test('every BMP code unit is classed as the Unicode properties say', t => {
	const table = classTable();
	const wrong: string[] = [];
	for (let code = 0; code < 0x10000; code++) {
		if (table[code] !== expected(String.fromCharCode(code), code)) wrong.push(code.toString(16));
	}
	t.deepEqual(wrong, []);
});

test('astral code points are classed too', t => {
	t.is(classOfCodePoint(0x20000), characterWord); // 𠀀, CJK extension B
	t.is(classOfCodePoint(0x1D400), letter); // 𝐀
	t.is(classOfCodePoint(0x1F600), other); // 😀
	t.is(classOfCodePoint('a'.codePointAt(0)!), letter);
});
