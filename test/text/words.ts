import test from 'ava';
import {countWords, tokenize, wordsOf} from '../../source/text/words.js';

test('counts words of spaced and unspaced scripts', t => {
	t.is(countWords('The U.S. said "don\'t" — 3,000 men.'), 6);
	t.is(countWords('Москва заявила в понедельник.'), 4);
	t.true(countWords('中国政府周二宣布了新的经济政策。') >= 5);
	t.is(countWords(''), 0);
});

test('token spans absorb markdown markup and keep normalised forms', t => {
	const text = '**AP Photo** [told](#) “it”';
	const tokens = tokenize(text);
	t.deepEqual(tokens.map(token => token.norm), ['ap', 'photo', 'told', '"', 'it', '"']);
	t.is(text.slice(tokens[0].start, tokens[0].end), '**AP');
	t.is(text.slice(tokens[2].start, tokens[2].end), '[told](#)');
});

test('words mode: lower-cased and folded; apostrophes join letters, not digits; marks stay in their word', t => {
	t.deepEqual(wordsOf('L’État n\'a pas dit 1\'2 ni l\'a1 — café'), ['l\'état', 'n\'a', 'pas', 'dit', '1', '2', 'ni', 'l\'a', '1', 'café']);
	t.deepEqual(wordsOf('Привет, мир! ２０２４'), ['привет', 'мир', '2024']);
	t.deepEqual(wordsOf('é 𝐀𝐁c ok'), ['é', 'abc', 'ok']);
});
