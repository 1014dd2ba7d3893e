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
