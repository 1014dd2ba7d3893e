import test from 'ava';
import {cursorIn, initialListState, listReducer, listView, nextInGroup, nextSort, type ListAction, type ListState} from '../../../source/reader/list/state.js';
import {article, group} from '../../helpers/articles.js';

const run = (actions: ListAction[], state: ListState = initialListState) => actions.reduce(listReducer, state);
const rows = (count: number, prefix = 'r') => Array.from({length: count}, (_, index) => ({id: `${prefix}${index}`}));
const size = {view: rows(100), page: 10};

test('moving keeps the cursor in range and the window around it', t => {
	let state = run([{type: 'move', by: 1, ...size}, {type: 'move', by: 1, ...size}]);
	t.is(state.cursor, 2);
	t.is(state.selected, 'r2');
	t.is(state.top, 0);
	state = run([{type: 'move', by: 15, ...size}], state);
	t.is(state.cursor, 17);
	t.is(state.top, 8);
	state = run([{type: 'move', by: -100, ...size}], state);
	t.deepEqual([state.cursor, state.top], [0, 0]);
	state = run([{type: 'moveTo', index: 1000, ...size}], state);
	t.deepEqual([state.cursor, state.top], [99, 90]);
	state = run([{type: 'sync', view: rows(5, 'x'), page: 10}], state);
	t.deepEqual([state.cursor, state.top, state.selected], [4, 0, 'x4']);
});

test('an empty view keeps the cursor at 0', t => {
	const state = run([{type: 'move', by: 3, view: [], page: 10}]);
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

test('a sort key: ascending, descending, then file order; 0 is file order', t => {
	let sort = nextSort(null, 'words');
	t.deepEqual(sort, {key: 'words', descending: false});
	sort = nextSort(sort, 'words');
	t.deepEqual(sort, {key: 'words', descending: true});
	t.is(nextSort(sort, 'words'), null);
	t.deepEqual(nextSort(sort, 'title'), {key: 'title', descending: false});
	t.is(nextSort(sort, null), null);
});

test('sorting keeps the highlight on its article, and the next move goes from there', t => {
	let state = run([{type: 'moveTo', index: 3, ...size}]);
	const reversed = [...size.view].reverse();
	state = run([{type: 'sort', sort: {key: 'words', descending: true}, view: reversed, page: 10}], state);
	t.is(state.selected, 'r3');
	t.is(cursorIn(state, reversed), 96);
	state = run([{type: 'move', by: 1, view: reversed, page: 10}], state);
	t.is(state.selected, 'r2');
	state = run([{type: 'moveTo', index: 0, view: reversed, page: 10}], state);
	t.is(state.selected, 'r99');
});

test('filter: the highlight stays while it matches, else the first match; Esc clears and keeps it', t => {
	let state = run([{type: 'moveTo', index: 5, ...size}, {type: 'startFilter'}, {type: 'editFilter', text: 'r5', view: [{id: 'r5'}, {id: 'r50'}], page: 10}]);
	t.true(state.filtering);
	t.is(state.selected, 'r5');
	state = run([{type: 'editFilter', text: 'r50', view: [{id: 'r50'}], page: 10}], state);
	t.is(state.selected, 'r50');
	t.is(state.cursor, 0);
	state = run([{type: 'commitFilter'}], state);
	t.false(state.filtering);
	t.is(state.filter, 'r50');
	state = run([{type: 'clearFilter', ...size}], state);
	t.is(state.filter, '');
	t.is(state.selected, 'r50');
	t.is(cursorIn(state, size.view), 50);
});

test('an article that leaves the view leaves the highlight on the same row', t => {
	const state = run([{type: 'moveTo', index: 5, ...size}]);
	const without = size.view.filter(row => row.id !== 'r5');
	t.is(cursorIn(state, without), 5);
	t.is(run([{type: 'sync', view: without, page: 10}], state).selected, 'r6');
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

test('sorting by relation follows the column: the original, copies strongest and closest first, no group last', t => {
	const grouped = [
		article('e.txt', 'Alone', 'x', {group: group({group: 2, original: 'e.txt', groupSize: 1, relation: 'identical', similarity: 1})}),
		article('r.txt', 'Rewritten', 'x', {group: group({group: 1, original: 'o.txt', groupSize: 4, relation: 'rewritten', similarity: 0.5})}),
		article('o.txt', 'Original', 'x', {group: group({group: 1, original: 'o.txt', groupSize: 4, relation: 'identical', similarity: 1})}),
		article('v.txt', 'Verbatim', 'x', {group: group({group: 1, original: 'o.txt', groupSize: 4, relation: 'edited', similarity: 0.8})}),
		article('w.txt', 'Verbatim closer', 'x', {group: group({group: 1, original: 'o.txt', groupSize: 4, relation: 'edited', similarity: 0.9})}),
	];
	t.deepEqual(listView(grouped, '', {key: 'relation', descending: false}).map(a => a.id), ['o.txt', 'w.txt', 'v.txt', 'r.txt', 'e.txt']);
	t.deepEqual(listView(grouped, '', {key: 'relation', descending: true}).map(a => a.id), ['e.txt', 'r.txt', 'v.txt', 'w.txt', 'o.txt']);
});

test('jumping between members of a group wraps around and skips others', t => {
	t.is(nextInGroup(articles, 0, 1), 1);
	t.is(nextInGroup(articles, 1, 1), 3);
	t.is(nextInGroup(articles, 3, 1), 0);
	t.is(nextInGroup(articles, 0, -1), 3);
	t.is(nextInGroup(articles, 2, 1), -1);
});

test('a hint that the list is empty is withdrawn when the feed brings rows; other hints stay until the next key', t => {
	const filtered = run([{type: 'editFilter', text: 'ber', view: [], page: 10}, {type: 'commitFilter'}, {type: 'hint', hint: 'no article matches the filter (Esc clears it)'}]);
	t.is(run([{type: 'sync', view: [], page: 10}], filtered).hint, 'no article matches the filter (Esc clears it)');
	const arrived = run([{type: 'sync', view: rows(17), page: 10}], filtered);
	t.is(arrived.hint, null);
	t.is(arrived.selected, 'r0');
	const other = run([{type: 'hint', hint: 'mark two articles first'}, {type: 'sync', view: rows(17), page: 10}]);
	t.is(other.hint, 'mark two articles first');
});

test('a filter typed without accents finds titles with them: "cadiz" finds "Cádiz", "lodz" finds "Łódź"; one typed with them finds them (breaker12 K34)', t => {
	const articles = [article('a.txt', 'Tormenta en Cádiz deja 12 muertos', 'x'), article('b.txt', 'Überschwemmung in Köln', 'x'), article('c.txt', 'Powódź w Łodzi', 'x'), article('d.txt', 'Weather', 'x')];
	t.deepEqual(listView(articles, 'cadiz', null).map(a => a.id), ['a.txt']);
	t.deepEqual(listView(articles, 'KOLN', null).map(a => a.id), ['b.txt']);
	t.deepEqual(listView(articles, 'lodzi', null).map(a => a.id), ['c.txt']);
	t.deepEqual(listView(articles, 'köln', null).map(a => a.id), ['b.txt']);
	t.deepEqual(listView(articles, 'uberschwemmung', null).map(a => a.id), ['b.txt']);
});

test('a filter finds "ß" typed as "ss" and German umlauts typed as ae/oe/ue (DIN 5007-2): "strasse" finds "Hauptstraße", "koeln" finds "Köln" (breaker12b L13)', t => {
	const articles = [article('a.txt', 'Gasleck in der Hauptstraße', 'x'), article('b.txt', 'Überschwemmung in Köln', 'x'), article('c.txt', 'Does it float?', 'x'), article('d.txt', 'Straßburg: Müller gewinnt', 'x')];
	t.deepEqual(listView(articles, 'strasse', null).map(a => a.id), ['a.txt']);
	t.deepEqual(listView(articles, 'koeln', null).map(a => a.id), ['b.txt']);
	t.deepEqual(listView(articles, 'ueberschwemmung', null).map(a => a.id), ['b.txt']);
	t.deepEqual(listView(articles, 'strassburg: mueller', null).map(a => a.id), ['d.txt']);
	t.deepEqual(listView(articles, 'straßburg', null).map(a => a.id), ['d.txt']);
	t.deepEqual(listView(articles, 'doe', null).map(a => a.id), ['c.txt'], 'a text with no umlaut is no transliteration of one');
});
