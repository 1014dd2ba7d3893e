import fc from 'fast-check';
import test from 'ava';
import {lineKey, normalizeLine, stripMarkdown} from '../../source/boilerplate/normalize-line.js';

test('normalisation folds case, quotes, dashes, width and white space', t => {
	t.is(normalizeLine('  “Syria’s”\u00A0 ＡＢＣ — ok '), '"syria\'s" abc - ok');
});

test('Markdown links, emphasis, headings and autolinks are reduced to their words', t => {
	t.is(stripMarkdown('## **Related article:** [Assad Ally](#) <https://x.org/a>'), 'Related article: Assad Ally https://x.org/a');
	t.is(normalizeLine('*AFP contributed reporting.*'), 'afp contributed reporting.');
});

test('line keys ignore punctuation, so a title matches its copy with other quotes', t => {
	t.is(lineKey('How Russia Is Reacting to the Downfall of Syria’s Assad'), lineKey("# How Russia is reacting to the downfall of Syria's Assad"));
	t.is(lineKey('-'), '');
});

/** The normalisation spelt out with regular expressions only, which the char-code pre-scan must not change. */
const reference = (line: string): string => {
	const ascii = !/[^\u0000-\u007F]/u.test(line);
	return stripMarkdown(ascii ? line : line.normalize('NFKC'))
		.toLowerCase()
		.replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/gu, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/gu, '"')
		.replace(/[\u2010-\u2015\u2212]/gu, '-')
		.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, ' ')
		.trim();
};

test('normalisation equals the plain regular-expression definition on any line', t => {
	const pieces = fc.oneof(fc.constantFrom(' ', '  ', '\t', '\r', '\u00A0', '\u2007', '\u200B', '\u2060', '\u3000', '\uFEFF', '`', '´', '‘', '’', '“', '”', '«', '»', '–', '—', '−', 'A', 'é', 'Ａ', '**', '_', '# ', '> ', '[a](b)'), fc.string({maxLength: 3}));
	fc.assert(fc.property(fc.array(pieces, {maxLength: 30}).map(parts => parts.join('')), line => {
		t.is(normalizeLine(line), reference(line));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)});
});
