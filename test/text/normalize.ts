import fc from 'fast-check';
import test from 'ava';
import {keyHashOfNormalized} from '../../source/text/line-key.js';
import {normalizeForMatch, normalizeMapped, stripMarkdown, withoutStruck} from '../../source/text/normalize.js';
import {compareTexts} from '../../source/compare/compare.js';

test('folds typography, case, whitespace and compatibility forms', t => {
	t.is(normalizeForMatch('“Don’t”  —\tＳＴＯＰ\r\n now…'), '"don\'t" - stop now...');
	t.is(normalizeForMatch('\u00A0a\u00ADb  '), 'ab');
});

test('drops markdown markup but keeps the words', t => {
	t.is(normalizeForMatch('# Title'), 'title');
	t.is(normalizeForMatch('**AP Photo** and *this* and __that__'), 'ap photo and this and that');
	t.is(normalizeForMatch('The embassy [told](https://x.example/a) TASS'), 'the embassy told tass');
	t.is(normalizeForMatch('See <https://example.com/x>'), 'see https://example.com/x');
	t.is(normalizeForMatch('> quoted\n- item'), 'quoted item');
	// Not markup: arithmetic and lone symbols stay.
	t.is(normalizeForMatch('2 * 3 = 6'), '2 * 3 = 6');
});

test('every normalised character maps back to the original span it came from', t => {
	const text = 'Ａb  “c”\n**d**';
	const normalized = normalizeMapped(text);
	t.is(normalized.text, 'ab "c" d');
	t.is(text.slice(normalized.starts[0], normalized.ends[0]), 'Ａ');
	t.is(text.slice(normalized.starts[3], normalized.ends[3]), '“');
	// Markup touching a word is absorbed into the word's first and last characters.
	const d = normalized.text.length - 1;
	t.is(text.slice(normalized.starts[d], normalized.ends[d]), '**d**');
});

test('a slice is normalised with offsets into the whole text', t => {
	const text = 'xx Hello World yy';
	const normalized = normalizeMapped(text, 3, 14);
	t.is(normalized.text, 'hello world');
	t.is(normalized.starts[0], 3);
	t.is(normalized.ends[normalized.text.length - 1], 14);
});

test('stripMarkdown keeps what a reader sees: links, emphasis, headings and autolinks reduced to their words', t => {
	t.is(stripMarkdown('## **Related article:** [Assad Ally](#) <https://x.org/a>'), 'Related article: Assad Ally https://x.org/a');
	t.is(stripMarkdown('- item, 2 * 3'), 'item, 2 * 3');
	t.is(normalizeForMatch('*AFP contributed reporting.*'), 'afp contributed reporting.');
});

test('line keys ignore punctuation, so a title matches its copy with other quotes', t => {
	const key = (line: string) => keyHashOfNormalized(normalizeForMatch(line));
	t.is(key('How Russia Is Reacting to the Downfall of Syria’s Assad'), key("# How Russia is reacting to the downfall of Syria's Assad"));
	t.not(key('How Russia Is Reacting'), key('How Russia Is Acting'));
	t.is(key('-'), 0);
});

test('decomposed accents are composed, "--" is a dash, guillemets and French spacing fold', t => {
	t.is(normalizeForMatch('cafe\u0301'), 'café');
	t.is(normalizeForMatch('a -- b — c'), 'a - b - c');
	t.is(normalizeForMatch('« Quoi\u202F? »'), '"quoi?"');
	// A plain space before a colon is kept: only typographic spaces are typography.
	t.is(normalizeForMatch('Note : x'), 'note : x');
	const text = 'cafe\u0301!';
	const normalized = normalizeMapped(text);
	t.is(normalized.text, 'café!');
	t.is(text.slice(normalized.starts[3], normalized.ends[3]), 'e\u0301');
});

test('the string form equals the mapped form on any text (its shortcuts change nothing)', t => {
	const pieces = fc.oneof(
		fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u202F', '\u200B', '\u00AD', '\u3000', '`', '´', '’', 'ʼ', '“', '«', '»', '‹', '›', '「', '–', '—', '--', '-', '- ', '* ', '# ', '> ', '**', '_', '[a](b)', '<https://x.y>', '!', '?', ':', 'A', 'Σ', 'ΟΔΟΣ', 'İ', 'é', 'e\u0301', '\u0301', 'Ａ', '½', 'ﬁ', '中', 'ก', '𝐀', '\u1100\u1161', '[INS::INS]', '[image]', '•', '• ', '[', ']', '(', '<', '~', '~~', '\u2010', '\u2212', '\uFEFF', '\u0085'),
		fc.string({maxLength: 3}),
	);
	fc.assert(fc.property(fc.array(pieces, {maxLength: 20}).map(parts => parts.join('')), text => {
		t.is(normalizeForMatch(text), normalizeMapped(text).text, JSON.stringify(text));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)});
});

test('a line-leading dash that continues a wrapped sentence is running text, not a bullet; a list stays a list', t => {
	const wrapped = normalizeForMatch('a tragedy for the whole community\n- and promised an inquiry');
	t.is(wrapped, normalizeForMatch('a tragedy for the whole community - and promised an inquiry'));
	t.is(normalizeForMatch('Shopping:\n- apples\n- pears'), normalizeForMatch('Shopping:\napples\npears'));
	t.is(normalizeForMatch('The end.\n- next item'), normalizeForMatch('The end.\nnext item'));
	t.is(normalizeForMatch('- apples\n- pears'), normalizeForMatch('* apples\n* pears'));
});

test('a space after an elided article is typography; after an apostrophe closing a word it is a word gap', t => {
	t.is(normalizeForMatch('de l\' expédition n\' est'), 'de l\'expédition n\'est');
	const mapped = normalizeMapped('de l’ expédition');
	t.is(mapped.text, 'de l\'expédition');
	// Each unit still maps back to its own character: the dropped space is in no span but the word's.
	t.deepEqual([mapped.starts[5], mapped.ends[5]], [6, 7]);
	t.is(normalizeForMatch('qu\'\n il dell\' arte'), 'qu\'il dell\'arte');
	t.is(normalizeForMatch('the students\' union'), 'the students\' union');
	t.is(normalizeForMatch('rock \'n\' roll'), 'rock \'n\' roll');
	t.is(normalizeForMatch('l\' 3 heures'), 'l\' 3 heures');
	// A line that ends in an elision stops mid-sentence: a dash opening the next is running text.
	t.is(normalizeForMatch('de l\'\n- expédition'), 'de l\' - expédition');
	t.is(normalizeForMatch('the students\'\n- union'), 'the students\' union');
});

test('digits of every script normalise to ASCII digits', t => {
	t.is(normalizeForMatch('١٢ ۱۲ १२ １２ 𝟙𝟚'), '12 12 12 12 12');
	t.is(normalizeMapped('a ٣ b').text, 'a 3 b');
});

test('terminal control sequences are word gaps: their parameters are no words', t => {
	t.is(normalizeForMatch('the \u001B[31mred\u001B[0m vote \u001B]52;c;aGFjaw==\u0007passed'), 'the red vote passed');
	t.is(normalizeMapped('a\u0007b \u009B31m c').text, 'a b c');
	// Bounded: an OSC never closed stops after 4,096 code units.
	t.true(normalizeMapped(`x \u001B]${'a'.repeat(5000)}`).text.length > 500);
});

test('every common bullet glyph is a list marker at any indent, not a word (w3m nests lists with ◦ □ ▪)', t => {
	for (const glyph of ['•', '◦', '□', '▪', '▫', '‣', '●', '○', '■', '►']) {
		t.is(normalizeForMatch(`      ${glyph} no deposit`), 'no deposit', glyph);
		t.is(normalizeForMatch(`${glyph} no deposit`), 'no deposit', glyph);
	}
});

test('reference links, footnote marks and citation numbers are Markdown markup: the link words stay, the marks go; unresolved brackets stay text (breaker11 J11)', t => {
	const text = [
		'Floods cut off the valley road, officials said.[1] Repairs will take weeks.[^2]',
		'',
		'The money comes from the [regional fund][fund] and the [harbour board][].',
		'',
		'[fund]: https://fund.example.org/',
		'[harbour board]: https://harbour.example.org/',
		'[1]: https://news.example.com/floods',
	].join('\n');
	const plain = normalizeMapped(text).text;
	t.true(plain.startsWith('floods cut off the valley road, officials said. repairs will take weeks. the money comes from the regional fund and the harbour board.'), plain);
	// The definitions themselves stay as written (their targets are compared as words).
	t.true(plain.includes('[fund]: https://fund.example.org/'), plain);
	// A citation number after a sentence's stop is a mark with or without a definition; a footnote mark always.
	t.is(normalizeForMatch('Two bridges were closed.[2][3]'), 'two bridges were closed.');
	t.is(stripMarkdown('Two bridges were closed.[^note]'), 'Two bridges were closed.');
	// Given the document's definitions, a line's reference links read as their words.
	t.is(stripMarkdown('from the [regional fund][fund].', new Map([['fund', 'https://fund.example.org/']])), 'from the regional fund.');
	// Without a definition, brackets are text: w3m's images and form fields, its subscripts, a literal "[sic]".
	for (const kept of ['[logo] [Search]', '[svg][png]', 'CO[2]-Abgabe und H[2]O', 'the [sic] spelling', 'see [fund][x]']) t.is(stripMarkdown(kept), kept);
});

test('a text browser\'s link number glued before a word is a link mark (lynx -dump: "[8]Valdora"), not a word; not after a letter (breaker11 J12)', t => {
	t.is(normalizeForMatch('Floods hit [8]Valdora on Monday, [9]officials said.'), 'floods hit valdora on monday, officials said.');
	t.is(normalizeForMatch('By [7]Jan Novak'), 'by jan novak');
	t.is(stripMarkdown('[2]Home [3]World'), 'Home World');
	// w3m's subscript and a number standing alone stay.
	t.is(normalizeForMatch('H[2]O and [12] alone'), 'h[2]o and [12] alone');
	// The mark is absorbed into its word's span: the word maps back over it.
	const text = 'of [8]Valdora';
	const mapped = normalizeMapped(text);
	const at = mapped.text.indexOf('valdora');
	t.is(text.slice(mapped.starts[at]!, mapped.ends[at + 6]!), '[8]Valdora');
});

test('a normalisation starts afresh whatever the one before it left pending (a space after a guillemet, a dropped mark, a dash)', t => {
	const pieces = fc.array(fc.constantFrom('«', '»', ' ', '\u00A0', '!', '-', '--', '**', 'word', 'É', 'e\u0301', '\n', "l'", '[a](b)', '\u001B[31m'), {maxLength: 12}).map(parts => parts.join(''));
	fc.assert(
		fc.property(pieces, pieces, (before, text) => {
			const alone = normalizeMapped(text);
			normalizeMapped(before);
			const after = normalizeMapped(text);
			return after.text === alone.text && after.starts.join() === alone.starts.join() && after.ends.join() === alone.ends.join();
		}),
		{numRuns: 1000},
	);
	t.pass();
});

test('struck text (~~12~~) is no words of the text, for the word diff and the facts alike (breaker13 M15)', t => {
	t.is(normalizeMapped('killing ~~12~~ 21 workers').text.replace(/\s+/g, ' '), 'killing 21 workers');
	t.is(withoutStruck('killing ~~12~~ 21'), 'killing        21');
	t.is(withoutStruck('a ~~ b ~~ c'), 'a ~~ b ~~ c', 'markers must touch the struck text');
	const lead = 'The regional council met in the town hall for its monthly session, officials said on the record.';
	const corrected = compareTexts(`${lead}\n\nA fire killed ~~12~~ 21 workers on Tuesday, officials said.`, `${lead}\n\nA fire killed 21 workers on Tuesday, officials said.`);
	t.is(corrected.relation, 'identical');
	t.deepEqual(corrected.facts ?? [], []);
	const old = compareTexts(`${lead}\n\nA fire killed ~~12~~ 21 workers on Tuesday, officials said.`, `${lead}\n\nA fire killed 12 workers on Tuesday, officials said.`);
	t.deepEqual((old.facts ?? []).map(fact => [fact.kind, fact.left, fact.right]), [['number', '21', '12']]);
});

