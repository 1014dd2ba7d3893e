import test from 'ava';
import {lineFeatures} from '../../source/boilerplate/features.js';
import {labelArticle} from '../../source/boilerplate/classify.js';

const features = (raw: string) => lineFeatures(raw, 0, 1, 0, raw.length);

test('a citation number after a sentence\'s stop leaves the line a sentence ("…officials said.[1]")', t => {
	t.true(features('Floodwater swept through the valley, officials said.[1]').terminal);
	t.true(features('Two bridges were closed.[2][3]').terminal);
	t.true(features('Two bridges were closed.[^note]').terminal);
});

test('a lynx link number inside a sentence links a name or a word, not the rest of the sentence (breaker11 J12)', t => {
	const sentence = features('Prime Minister [12]Jan Novak ordered an inquiry.');
	t.true(sentence.linkShare < 0.4, String(sentence.linkShare));
	t.is(sentence.plain, 'Prime Minister Jan Novak ordered an inquiry.');
	// A menu of link numbers is link text all through.
	t.true(features('[2]Home [3]World [4]Valley news [5]Sport').linkShare > 0.9);
	t.true(features('[13]Share on Facebook [14]Share on Twitter').linkShare > 0.9);
});

test('a lynx -dump story keeps its closing sentence with a linked name (breaker11 J12)', t => {
	const text = [
		'   [1]Skip to main content',
		'   [2]Home [3]World [4]Europe [5]Business [6]Sport',
		'',
		'                        Floods kill 9 in Valdora valley',
		'',
		'   By [7]Eva Lind',
		'   March 3, 2025',
		'',
		'   Floodwater swept through three villages in the [8]Valdora valley',
		'   overnight, killing 9 people and leaving 300 without shelter, [9]officials said.',
		'',
		'   The river rose two metres in an hour, mayor [10]Ilse Varga told',
		'   reporters, and the valley road was closed on Tuesday.',
		'',
		'   Relief money will come from the regional disaster fund, the council said.',
		'',
		'   Prime Minister [11]Magdalena Novakova ordered an inquiry.',
		'',
		'   [12]Share on Facebook [13]Share on Twitter',
		'',
		'References',
		'',
		...Array.from({length: 13}, (_, i) => `  ${String(i + 1).padStart(2)}. https://news.example.com/link-${i + 1}`),
		'',
	].join('\n');
	const labels = labelArticle(text);
	const kind = (needle: string) => labels.lines.find(line => text.slice(line.span.start, line.span.end).includes(needle))?.kind;
	t.is(kind('Magdalena Novakova ordered'), 'body');
	t.is(kind('[8]Valdora valley'), 'body');
	t.is(kind('[2]Home'), 'boilerplate');
	t.is(kind('[12]Share on Facebook'), 'boilerplate');
});
