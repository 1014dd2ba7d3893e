import test from 'ava';
import fc from 'fast-check';
import {eraseLastCharacter, eraseLastWord} from '../../source/reader/line-editing.js';

test('Backspace erases the last character as seen: a combining accent, a flag and a family emoji go whole', t => {
	t.is(eraseLastCharacter('caf\u0065\u0301'), 'caf');
	t.is(eraseLastCharacter('go 🇫🇷'), 'go ');
	t.is(eraseLastCharacter('a👨‍👩‍👧'), 'a');
	t.is(eraseLastCharacter('ab'), 'a');
	t.is(eraseLastCharacter(''), '');
});

test('Ctrl-W erases the last word and the blanks after it, as readline\'s unix-word-rubout', t => {
	t.is(eraseLastWord('rebels seize'), 'rebels ');
	t.is(eraseLastWord('rebels seize  '), 'rebels ');
	t.is(eraseLastWord('rebels'), '');
	t.is(eraseLastWord('   '), '');
	t.is(eraseLastWord(''), '');
	t.is(eraseLastWord('t0463/x.txt'), '');
});

test('property: each erase gives a prefix, strictly shorter unless empty; erasing words empties any line in as many steps as it has words or fewer + 1', t => {
	fc.assert(
		fc.property(fc.string({unit: 'grapheme', maxLength: 40}), text => {
			for (const erase of [eraseLastCharacter, eraseLastWord]) {
				const erased = erase(text);
				if (!text.startsWith(erased)) return false;
				if (text !== '' && erased.length >= text.length) return false;
			}

			let line = text;
			let steps = 0;
			while (line !== '') {
				line = eraseLastWord(line);
				steps++;
			}

			return steps <= text.split(/\s+/u).filter(Boolean).length + 1;
		}),
	);
	t.pass();
});
