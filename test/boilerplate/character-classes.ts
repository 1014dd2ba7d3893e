import test from 'ava';
import {classTable, digit, letterOrMark, surrogate} from '../../source/boilerplate/character-classes.js';

test('every BMP code unit is classed as the Unicode properties say (letters and marks, numbers, surrogates, other)', t => {
	const table = classTable();
	const wrong: string[] = [];
	for (let code = 0; code < 0x10000; code++) {
		const character = String.fromCharCode(code);
		const expected = code >= 0xD800 && code < 0xE000 ? surrogate : /[\p{L}\p{M}]/u.test(character) ? letterOrMark : /\p{N}/u.test(character) ? digit : 0;
		if (table[code] !== expected) {
			wrong.push(code.toString(16));
		}
	}

	t.deepEqual(wrong, []);
});
