import test from 'ava';
import {initialListState, listReducer, listView, nextInGroup, type ListAction, type ListState} from '../../source/reader/list-state.js';
import {article, group} from '../helpers/articles.js';

const run = (actions: ListAction[], state: ListState = initialListState) => actions.reduce(listReducer, state);
const size = {count: 100, page: 10};

test('moving keeps the cursor in range and the window around it', t => {
	let state = run([{type: 'move', by: 1, ...size}, {type: 'move', by: 1, ...size}]);
	t.is(state.cursor, 2);
	t.is(state.top, 0);
	state = run([{type: 'move', by: 15, ...size}], state);
	t.is(state.cursor, 17);
	t.is(state.top, 8);
	state = run([{type: 'move', by: -100, ...size}], state);
	t.deepEqual([state.cursor, state.top], [0, 0]);
	state = run([{type: 'moveTo', index: 1000, ...size}], state);
	t.deepEqual([state.cursor, state.top], [99, 90]);
	state = run([{type: 'fit', count: 5, page: 10}], state);
	t.deepEqual([state.cursor, state.top], [4, 0]);
});

test('an empty view keeps the cursor at 0', t => {
	const state = run([{type: 'move', by: 3, count: 0, page: 10}]);
	t.deepEqual([state.cursor, state.top], [0, 0]);
});

test('marks: two at most, a third drops the oldest, marking again unmarks', t => {
	let state = run([{type: 'toggleMark', id: 'a'}, {type: 'toggleMark', id: 'b'}]);
	t.deepEqual(state.marks, ['a', 'b']);
	state = run([{type: 'toggleMark', id: 'c'}], state);
	t.deepEqual(state.marks, ['b', 'c']);
	state = run([{type: 'toggleMark', id: 'b'}], state);
	t.deepEqual(state.marks, ['c']);
});

test('sorting the same column twice reverses it and follows the highlighted article', t => {
	let state = run([{type: 'sort', key: 'words', current: 'x'}]);
	t.deepEqual(state.sort, {key: 'words', descending: false});
	t.is(state.follow, 'x');
	state = run([{type: 'sort', key: 'words'}], state);
	t.deepEqual(state.sort, {key: 'words', descending: true});
	state = run([{type: 'sort', key: 'title'}], state);
	t.deepEqual(state.sort, {key: 'title', descending: false});
});

test('filter: editing resets the cursor, Esc clears and follows', t => {
	let state = run([{type: 'moveTo', index: 5, ...size}, {type: 'startFilter'}, {type: 'editFilter', text: 'ab'}]);
	t.true(state.filtering);
	t.is(state.cursor, 0);
	state = run([{type: 'commitFilter'}], state);
	t.false(state.filtering);
	t.is(state.filter, 'ab');
	state = run([{type: 'clearFilter', current: 'z'}], state);
	t.is(state.filter, '');
	t.is(state.follow, 'z');
});

const articles = [
	article('b.txt', 'Beta story', 'one two three', {group: group({group: 1, original: 'a.txt', groupSize: 3})}),
	article('a.txt', 'Alpha story', 'one', {group: group({group: 1, original: 'a.txt', groupSize: 3, relation: 'identical'})}),
	article('c.txt', '日本のニュース', 'one two', {labels: {lines: [], language: 'ja', meta: {}, boilerplateShare: 0.5}}),
	article('d.txt', 'Delta', 'one two three four', {group: group({group: 1, original: 'a.txt', groupSize: 3})}),
];

test('the view filters by title or name, case-insensitively', t => {
	t.deepEqual(listView(articles, 'STORY', null).map(a => a.id), ['b.txt', 'a.txt']);
	t.deepEqual(listView(articles, 'd.t', null).map(a => a.id), ['d.txt']);
	t.deepEqual(listView(articles, 'ニュース', null).map(a => a.id), ['c.txt']);
	t.deepEqual(listView(articles, '', null).map(a => a.id), ['b.txt', 'a.txt', 'c.txt', 'd.txt']);
});

test('the view sorts by each column and reverses', t => {
	t.deepEqual(listView(articles, '', {key: 'name', descending: false}).map(a => a.id), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
	t.deepEqual(listView(articles, '', {key: 'words', descending: true}).map(a => a.id), ['d.txt', 'b.txt', 'c.txt', 'a.txt']);
	t.deepEqual(listView(articles, '', {key: 'boilerplate', descending: true})[0].id, 'c.txt');
	// Groups together, the original first, ungrouped last.
	t.deepEqual(listView(articles, '', {key: 'group', descending: false}).map(a => a.id), ['a.txt', 'b.txt', 'd.txt', 'c.txt']);
});

test('jumping between members of a group wraps around and skips others', t => {
	t.is(nextInGroup(articles, 0, 1), 1);
	t.is(nextInGroup(articles, 1, 1), 3);
	t.is(nextInGroup(articles, 3, 1), 0);
	t.is(nextInGroup(articles, 0, -1), 3);
	t.is(nextInGroup(articles, 2, 1), -1);
});
