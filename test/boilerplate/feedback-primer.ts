import test from 'ava';
import {textBlocks} from '../../source/boilerplate/blocks.js';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {primerText, primeTextFeedback} from '../../source/boilerplate/feedback-primer.js';
import {story} from './stories.js';

// The kinds of character whose first appearance after V8 had compiled the labeller's loops threw the
// compiled code away on the dev pages (bench/strip-deopts.ts): the primer must hold each of them.
const kinds: Array<[string, RegExp]> = [
	['a surrogate pair (emoji, astral letters and digits)', /[\u{10000}-\u{10FFFF}]/u],
	['a combining mark after a letter', /\p{L}\p{M}/u],
	['Han ideographs', /\p{Script=Han}/u],
	['kana, full and half width', /\p{Script=Hiragana}.*\p{Script=Katakana}|[\uFF66-\uFF9D]/u],
	['Hangul', /\p{Script=Hangul}/u],
	['Devanagari with its digits', /[\u0966-\u096F]/u],
	['Arabic and Hebrew', /\p{Script=Arabic}.*\p{Script=Hebrew}/u],
	['Cyrillic and Greek with capital sigma', /\p{Script=Cyrillic}.*Σ|Σ.*\p{Script=Cyrillic}/u],
	['typographic spaces', /[\u00A0\u202F\u2009\u200A\u3000]/u],
	['soft hyphen and zero-width characters', /\u00AD.*(?:\u200B|\u200D|\u2060|\uFEFF)/u],
	['guillemets and curly quotes', /«.*»|‹.*›/u],
	['a replacement character', /\uFFFD/u],
	['a terminal control sequence and C1 controls', /\u001B\[.*\u0085/u],
	['full-width Latin and digits', /[\uFF21-\uFF3A\uFF10-\uFF19]/u],
	['Markdown markup', /\*\*.*\]\(https?:/u],
];

for (const [name, pattern] of kinds) {
	test(`the primer holds ${name}`, t => {
		t.regex(primerText, pattern);
	});
}

// Not Thai (a dictionary-segmented script): its first word loads ICU's dictionary, some 20 ms that a corpus
// without Thai never pays; a page with Thai costs one recompilation of the word scanner instead.
test('the primer holds no dictionary-segmented script', t => {
	t.notRegex(primerText, /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u);
});

test('the primer has a hard-wrapped paragraph for the reflow to join', t => {
	t.true(textBlocks(primerText).some(block => block.lines.length >= 3));
});

test('priming changes no label', t => {
	const texts = [
		`Home | News | Sport\n\n${story(0)}\n\nL' expédition « ici » 中文新闻 🙂 e\u0301te\u0301\n\nSubscribe to our newsletter`,
		`${story(1)}\n\nSubscribe to our newsletter\n© 2024 The Gazette`,
	];
	const label = () => {
		const evidence = buildCorpusEvidence(texts);
		return texts.map(text => labelArticle(text, evidence));
	};

	const before = label();
	primeTextFeedback();
	primeTextFeedback();
	t.deepEqual(label(), before);
});
