// The whole App driven by generated sequences of keymap commands (sort, filter,
// clear, mark, move, open and back, reload), with invariants checked after
// every step against a small model: the highlight is on a listed article, a
// move moves it, sorting, filtering, clearing and a reload keep the same
// article highlighted, marks survive everything but their own key.
import test from 'ava';
import fc from 'fast-check';
import {render} from 'ink-testing-library';
import React from 'react';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {App} from '../../source/reader/app.js';
import {keymap, type Binding, type Command} from '../../source/reader/keymap.js';
import {listChromeRows} from '../../source/reader/list/screen.js';
import {listView, nextSort, type Sort, type SortKey} from '../../source/reader/list/state.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article, naiveCompare} from '../helpers/articles.js';
import {delay, waitForFrame} from '../helpers/delay.js';
import {manualFeed} from '../helpers/manual-feed.js';

const size = {columns: 80, rows: 12};
const page = Math.max(1, size.rows - 1 - listChromeRows);

/** The bytes a terminal sends for a binding. */
const bytes = (binding: Binding): string => {
	if (binding.ctrl) return String.fromCodePoint(binding.char!.codePointAt(0)! - 96);
	if (binding.char) return binding.char;
	return {up: '\u001B[A', down: '\u001B[B', left: '\u001B[D', right: '\u001B[C', pageUp: '\u001B[5~', pageDown: '\u001B[6~', home: '\u001B[H', end: '\u001B[F', return: '\r', escape: '\u001B', tab: '\t', backspace: '\u007F'}[binding.special!];
};

/** The first key of a list command, as typed. */
const keyFor = (command: Command) => bytes(keymap.find(entry => entry.command === command)!.keys[0]);

const sortCommands: Array<[Command, SortKey | null]> = [
	['list.sortName', 'name'],
	['list.sortTitle', 'title'],
	['list.sortWords', 'words'],
	['list.sortBoilerplate', 'boilerplate'],
	['list.sortGroup', 'group'],
	['list.sortRelation', 'relation'],
	['list.fileOrder', null],
];

type Step =
	| {kind: 'move'; command: 'list.down' | 'list.up' | 'list.first' | 'list.last' | 'list.pageDown' | 'list.pageUp'}
	| {kind: 'sort'; index: number}
	| {kind: 'mark'}
	| {kind: 'filter'; text: string; keep: boolean}
	| {kind: 'clearFilter'}
	| {kind: 'openBack'}
	| {kind: 'reload'; seed: number};

const step: fc.Arbitrary<Step> = fc.oneof(
	{arbitrary: fc.record({kind: fc.constant('move' as const), command: fc.constantFrom('list.down' as const, 'list.up' as const, 'list.first' as const, 'list.last' as const, 'list.pageDown' as const, 'list.pageUp' as const)}), weight: 5},
	{arbitrary: fc.record({kind: fc.constant('sort' as const), index: fc.nat(sortCommands.length - 1)}), weight: 3},
	{arbitrary: fc.constant({kind: 'mark' as const}), weight: 2},
	{arbitrary: fc.record({kind: fc.constant('filter' as const), text: fc.constantFrom('1', 'e', 'n0', 'story 1', 'zz'), keep: fc.boolean()}), weight: 2},
	{arbitrary: fc.constant({kind: 'clearFilter' as const}), weight: 1},
	{arbitrary: fc.constant({kind: 'openBack' as const}), weight: 1},
	{arbitrary: fc.record({kind: fc.constant('reload' as const), seed: fc.nat(1000)}), weight: 1},
);

const corpus = (count: number): AnalyzedArticle[] =>
	Array.from({length: count}, (_, index) => {
		const id = `n${String(index).padStart(2, '0')}.txt`;
		// Words and shares out of file order, so every sort moves rows.
		return article(id, `Story ${index} about ${['ports', 'grain', 'rain'][index % 3]}`, `word `.repeat(((index * 7) % 11) + 1), {
			labels: {lines: [], language: 'en', meta: {}, boilerplateShare: ((index * 5) % 9) / 10},
		});
	});

/** A reload: one article's text grows (its words change), a new one appears at the front, one unmarked, unhighlighted one goes. */
const reloaded = (articles: readonly AnalyzedArticle[], seed: number, keep: ReadonlySet<string>): AnalyzedArticle[] => {
	const next = [...articles];
	const grown = seed % next.length;
	next[grown] = {...next[grown], words: next[grown].words + 20 + (seed % 7)};
	const removable = next.filter(candidate => !keep.has(candidate.id));
	if (removable.length > 3) next.splice(next.indexOf(removable[seed % removable.length]), 1);
	next.unshift(article(`a${seed}-${next.length}.txt`, `Story new ${seed}`, 'word '.repeat(seed % 13 + 1)));
	return next;
};

type Model = {articles: AnalyzedArticle[]; selected: string | null; cursor: number; filter: string; sort: Sort; marks: string[]};

const modelView = (model: Model) => listView(model.articles, model.filter, model.sort);
/** The row the model says is highlighted (the article, else the row it was on). */
const modelCursor = (model: Model) => {
	const view = modelView(model);
	const index = view.findIndex(row => row.id === model.selected);
	return index >= 0 ? index : Math.max(0, Math.min(model.cursor, view.length - 1));
};
const placeAt = (model: Model, index: number): void => {
	const view = modelView(model);
	model.cursor = Math.max(0, Math.min(index, view.length - 1));
	model.selected = view[model.cursor]?.id ?? model.selected;
};

/** The rows of a list frame: pointer, mark and article name of each. */
const rowsIn = (frame: string) =>
	frame
		.split('\n')
		.slice(2, 2 + page)
		.map(line => ({highlighted: line.startsWith('›'), mark: line[1] === ' ' ? 0 : Number(line[1]), id: /\s([an][\w-]*\.txt)\s/.exec(line)?.[1]}))
		.filter(row => row.id !== undefined);

const runSequence = async (steps: readonly Step[]): Promise<string | null> => {
	const initial = corpus(14);
	const {feed, publish} = manualFeed({root: '/corpus', articles: initial, problems: [], progress: null});
	const quits: number[] = [];
	const app = render(<App input={{feed, compare: naiveCompare}} onQuit={code => quits.push(code)} size={size} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	const model: Model = {articles: initial, selected: initial[0].id, cursor: 0, filter: '', sort: null, marks: []};
	// A lone Esc followed at once by a key reads as Alt-key (as in a terminal): let Ink take each key alone.
	const type = async (text: string) => {
		app.stdin.write(text);
		await delay(text === '\u001B' ? 20 : 1);
	};
	/** Waits for the frame to show what the model expects; returns what differs, if anything. */
	const check = async (after: string): Promise<string | null> => {
		const view = modelView(model);
		const expected = view.length === 0 ? undefined : view[modelCursor(model)].id;
		const position = view.length === 0 ? 'no article matches' : `${modelCursor(model) + 1}/${view.length}`;
		const marks = model.marks.map((id, index) => `${index + 1}:${id}`).join(' ');
		const ok = (text: string) => {
			const rows = rowsIn(text);
			return (
				rows.filter(row => row.highlighted).map(row => row.id).join() === (expected ?? '') &&
				rows.every(row => row.mark === model.marks.indexOf(row.id!) + 1) &&
				text.includes(position)
			);
		};
		const shown = await waitForFrame(frame, ok, 3000);
		if (ok(shown)) return null;
		return `after ${after}: expected ${expected ?? 'no highlight'} at ${position} (${marks}), frame:\n${shown}`;
	};
	try {
		const first = await check('start');
		if (first) return first;
		for (const next of steps) {
			switch (next.kind) {
				case 'move': {
					const index = modelCursor(model);
					const last = modelView(model).length - 1;
					const target = {'list.down': index + 1, 'list.up': index - 1, 'list.first': 0, 'list.last': last, 'list.pageDown': index + page, 'list.pageUp': index - page}[next.command];
					placeAt(model, target);
					await type(keyFor(next.command));
					break;
				}
				case 'sort': {
					const [command, key] = sortCommands[next.index];
					placeAt(model, modelCursor(model));
					model.sort = nextSort(model.sort, key);
					placeAt(model, modelCursor(model));
					await type(keyFor(command));
					break;
				}
				case 'mark': {
					const id = modelView(model)[modelCursor(model)]?.id;
					if (id) model.marks = model.marks.includes(id) ? model.marks.filter(mark => mark !== id) : [...model.marks, id].slice(-2);
					await type(keyFor('list.mark'));
					break;
				}
				case 'filter': {
					placeAt(model, modelCursor(model));
					await type(keyFor('list.filter'));
					for (const char of next.text) {
						model.filter += char;
						const view = modelView(model);
						const index = view.findIndex(row => row.id === model.selected);
						placeAt(model, index >= 0 ? index : 0);
						await type(char);
					}
					if (next.keep) type('\r');
					else {
						model.filter = '';
						placeAt(model, modelCursor(model));
						await type('\u001B');
					}
					break;
				}
				case 'clearFilter':
					if (model.filter) {
						placeAt(model, modelCursor(model));
						model.filter = '';
						placeAt(model, modelCursor(model));
					}
					await type(keyFor('list.clearFilter'));
					break;
				case 'openBack': {
					const highlighted = modelView(model)[modelCursor(model)]?.id;
					const [one, two] = model.marks;
					const opens = two !== undefined || (one !== undefined && highlighted !== undefined && highlighted !== one);
					await type(keyFor('list.open'));
					if (opens) {
						await waitForFrame(frame, /lines \d+–/, 3000);
						await type(keyFor('split.back'));
					}
					break;
				}
				case 'reload': {
					placeAt(model, modelCursor(model));
					model.articles = reloaded(model.articles, next.seed, new Set([...model.marks, ...(model.selected ? [model.selected] : [])]));
					placeAt(model, modelCursor(model));
					publish({articles: model.articles});
					break;
				}
			}
			const problem = await check(JSON.stringify(next));
			if (problem) return problem;
			if (quits.length > 0) return `quit after ${JSON.stringify(next)}`;
		}
		return null;
	} finally {
		app.unmount();
	}
};

test('any sequence of list commands keeps the highlight on its article and the marks', async t => {
	// The issue's own sequence first: sort by words, then j j G g.
	t.is(await runSequence([{kind: 'sort', index: 2}, {kind: 'move', command: 'list.down'}, {kind: 'move', command: 'list.down'}, {kind: 'move', command: 'list.last'}, {kind: 'move', command: 'list.first'}]), null);
	const result = await fc.check(
		fc.asyncProperty(fc.array(step, {minLength: 1, maxLength: 10}), async steps => (await runSequence(steps)) === null),
		{numRuns: Number(process.env.APP_RUNS ?? 200)},
	);
	if (result.failed) {
		const counterexample = result.counterexample![0];
		t.fail(`${JSON.stringify(counterexample)} (seed ${result.seed}):\n${await runSequence(counterexample)}`);
	}
	t.pass();
});
