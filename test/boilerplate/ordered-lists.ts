import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {markOrderedLists} from '../../source/boilerplate/ordered-lists.js';
import {lineFeatures} from '../../source/boilerplate/features.js';
import type {LineState} from '../../source/boilerplate/line-state.js';

const state = (raw: string, n: number, kind: 'body' | 'boilerplate', firm = false): LineState => ({
	f: lineFeatures(raw, n - 1, n, 0, raw.length),
	firm: firm ? {kind: 'boilerplate', category: 'headlines', reason: 'list of headlines'} : undefined,
	grade: 'near',
	final: kind === 'body' ? {kind: 'body'} : {kind: 'boilerplate', category: 'navigation', reason: 'after the article'},
});

test('the next item of an ordered list whose item the article keeps is the article\'s (breaker11 J11)', t => {
	const states = [state('1. The valley road was closed on Tuesday.', 1, 'body'), state('2. Schools stayed shut.', 2, 'boilerplate'), state('3. Two bridges were damaged.', 3, 'boilerplate')];
	markOrderedLists(states);
	t.deepEqual(states.map(s => s.final?.kind), ['body', 'body', 'body']);
});

test('an item is not brought back across a gap, out of sequence, without a sentence end, or against a firm label', t => {
	const cases: LineState[][] = [
		[state('1. The valley road was closed on Tuesday.', 1, 'body'), state('2. Schools stayed shut.', 3, 'boilerplate')],
		[state('1. The valley road was closed on Tuesday.', 1, 'body'), state('3. Schools stayed shut.', 2, 'boilerplate')],
		[state('1. The valley road was closed on Tuesday.', 1, 'body'), state('2. Most read stories', 2, 'boilerplate')],
		[state('1. The valley road was closed on Tuesday.', 1, 'body'), state('2. Schools stayed shut.', 2, 'boilerplate', true)],
	];
	for (const states of cases) {
		markOrderedLists(states);
		t.is(states[1]!.final?.kind, 'boilerplate', states[1]!.f.raw);
	}
});

test('a numbered list closing a Markdown story keeps every item, after the article\'s last long paragraph (breaker11 J11)', t => {
	const text = [
		'# Floods kill 9 in Valdora valley',
		'',
		'Floodwater swept through three villages in the Valdora valley overnight, killing 9 people and leaving 300 without shelter, officials said.[1]',
		'',
		'| Year | Flood | Deaths |',
		'|------|-------|-------:|',
		'| 1998 | Upper valley | 41 |',
		'| 2010 | Lake shore (dam) | 1,020 |',
		'| 2025 | This flood | 9 |',
		'',
		'> "The river rose faster than anyone had seen," mayor Ilse Varga said.',
		'',
		'Relief money will come from the [regional disaster fund][fund], the council said.',
		'',
		'![Rescuers in a boat](https://img.example.com/boat.jpg "Photo: Reuters")',
		'',
		'1. The builder was arrested on Monday.',
		'2. Two guards fled.',
		'',
		'[fund]: https://fund.example.org/valdora',
		'[1]: https://news.example.com/valdora-floods',
		'',
	].join('\n');
	const labels = labelArticle(text);
	const kind = (needle: string) => labels.lines.find(line => text.slice(line.span.start, line.span.end).includes(needle))?.kind;
	t.is(kind('1. The builder'), 'body');
	t.is(kind('2. Two guards fled'), 'body');
	t.is(kind('| 2010 | Lake shore'), 'body');
});

test('an item above a kept item of its list keeps its label (only a kept item brings the next back)', t => {
	const states = [state('1. The valley road was closed on Tuesday.', 1, 'boilerplate'), state('2. Schools stayed shut.', 2, 'body')];
	markOrderedLists(states);
	t.deepEqual(states.map(s => s.final?.kind), ['boilerplate', 'body']);
});
