import test from 'ava';
import fc from 'fast-check';
import {changeAt, changeContext, initialSplitState, splitReducer, type SplitAction, type SplitState} from '../../../source/reader/split/state.js';

const view = {lines: 100, page: 20, changes: [0, 10, 50, 95]};
const run = (actions: SplitAction[], state: SplitState = initialSplitState) => actions.reduce(splitReducer, state);

test('linked scrolling moves both panes and stays in range', t => {
	let state = run([{type: 'scroll', by: 5, ...view}]);
	t.deepEqual(state.top, [5, 5]);
	state = run([{type: 'page', pages: 1, ...view}], state);
	t.deepEqual(state.top, [24, 24]);
	state = run([{type: 'page', pages: 0.5, ...view}], state);
	t.deepEqual(state.top, [33, 33]);
	state = run([{type: 'scrollTo', line: 1000, ...view}], state);
	t.deepEqual(state.top, [80, 80]);
	state = run([{type: 'scroll', by: -1000, ...view}], state);
	t.deepEqual(state.top, [0, 0]);
});

test('unlinked scrolling moves only the focused pane; relinking aligns to it', t => {
	let state = run([{type: 'toggleLinked'}, {type: 'switchPane'}, {type: 'scroll', by: 7, ...view}]);
	t.deepEqual(state.top, [0, 7]);
	state = run([{type: 'switchPane'}, {type: 'scroll', by: 2, ...view}], state);
	t.deepEqual(state.top, [2, 7]);
	state = run([{type: 'switchPane'}, {type: 'toggleLinked'}], state);
	t.deepEqual(state.top, [7, 7]);
	t.true(state.linked);
});

test('next/previous change walk the changes in order with context above', t => {
	// Fresh, the view is at the change on its first line (the status line says change 1/4): ] steps to the second.
	t.is(changeAt(view.changes, initialSplitState, view.page), 0);
	let state = run([{type: 'nextChange', ...view}]);
	t.is(state.change, 1);
	t.is(state.top[0], 10 - changeContext);
	state = run([{type: 'nextChange', ...view}, {type: 'nextChange', ...view}], state);
	t.is(state.change, 3);
	t.is(state.top[0], 80);
	const last = state;
	// ] on the last change wraps to the first and says so; [ on the first wraps to the last.
	state = run([{type: 'nextChange', ...view}], state);
	t.is(state.change, 0);
	t.is(state.top[0], 0);
	t.regex(state.hint!, /back at the first/);
	state = run([{type: 'previousChange', ...view}], state);
	t.is(state.change, 3);
	t.regex(state.hint!, /back at the last/);
	state = run([{type: 'previousChange', ...view}], last);
	t.is(state.change, 2);
	t.is(state.top[0], 48);
});

test('after scrolling away, ] and [ step from the change the status line says: the last one above the top', t => {
	const state = run([{type: 'nextChange', ...view}, {type: 'scrollTo', line: 30, ...view}, {type: 'nextChange', ...view}]);
	t.is(state.change, 2);
	const away = run([{type: 'scrollTo', line: 30, ...view}]);
	t.is(changeAt(view.changes, away, view.page), 1);
	t.is(run([{type: 'previousChange', ...view}], away).change, 0);
});

// breaker18 M4: a pair opened at "change 2/4" (two changes on its first line), and ] gave 1/4. Whatever the
// changes (repeated lines, a first change within the context lines or below them) and wherever the view is,
// ] gives the number after the one the status line says, [ the one before, each wrapping around.
test('] and [ step from the change the status line says, to the next and the previous number', t => {
	fc.assert(
		fc.property(
			fc.array(fc.nat(60), {minLength: 1, maxLength: 12}).map(lines => lines.sort((a, b) => a - b)),
			fc.integer({min: 3, max: 25}),
			fc.nat(80),
			fc.array(fc.constantFrom('next', 'previous', 'scroll'), {maxLength: 8}),
			(changes, page, scrollTo, steps) => {
				const here = {lines: 64, page, changes};
				let state = run([{type: 'scrollTo', line: scrollTo, ...here}]);
				for (const step of steps) {
					const at = changeAt(changes, state, page, here.lines);
					if (step === 'scroll') {
						state = run([{type: 'scroll', by: 3, ...here}], state);
						continue;
					}
					state = run([{type: step === 'next' ? 'nextChange' : 'previousChange', ...here}], state);
					const expected = step === 'next' ? (at + 1) % changes.length : at <= 0 ? changes.length - 1 : at - 1;
					if (changeAt(changes, state, page, here.lines) !== expected) return false;
				}
				return true;
			},
		),
	);
	t.pass();
});

// breaker19 N9: G at 80×24 said "change 19/20" while change 20 was on screen and 19 above it; ] near the bottom
// raised the counter while nothing on screen moved.
test('at the end of the text (G) the counter names the last change on screen, not one above the screen', t => {
	const end = {lines: 100, page: 20, changes: [0, 10, 50, 75, 85, 95]};
	const bottom = run([{type: 'scrollTo', line: 1000, ...end}]);
	t.deepEqual(bottom.top, [80, 80]);
	t.is(changeAt(end.changes, bottom, end.page, end.lines), 5);
	// ] from there is past the last: the first, said; [ the one before, which the view cannot bring to its top: said where it is.
	t.regex(run([{type: 'nextChange', ...end}], bottom).hint!, /back at the first/);
	const previous = run([{type: 'previousChange', ...end}], bottom);
	t.deepEqual([previous.top, previous.change], [[80, 80], 4]);
	t.is(previous.hint, 'end of text on screen: change 5/6 is on row 6, its mark highlighted');
	// The start of a short text is not its end: a fresh view of a text that fits says "N changes (] next)" as before.
	t.is(changeAt([5, 9], initialSplitState, 20, 12), -1);
});

test('] and [ always show the change they count: on screen, and said where when the view could not bring it to its top', t => {
	fc.assert(
		fc.property(
			fc.array(fc.nat(60), {minLength: 1, maxLength: 12}).map(lines => lines.sort((a, b) => a - b)),
			fc.integer({min: 3, max: 25}),
			fc.array(fc.constantFrom('next', 'previous', 'down', 'bottom', 'top'), {maxLength: 10}),
			(changes, page, steps) => {
				const here = {lines: 64, page, changes};
				let state = initialSplitState;
				for (const step of steps) {
					if (step === 'down') state = run([{type: 'scroll', by: 7, ...here}], state);
					else if (step === 'bottom') state = run([{type: 'scrollTo', line: here.lines, ...here}], state);
					else if (step === 'top') state = run([{type: 'scrollTo', line: 0, ...here}], state);
					else state = run([{type: step === 'next' ? 'nextChange' : 'previousChange', ...here}], state);
					const top = state.top[0];
					const at = changeAt(changes, state, page, here.lines);
					const onScreen = (line: number) => line >= top && line < top + page;
					// At the end, a change starting on screen is the one counted, never one above the screen.
					if (top > 0 && top + page >= here.lines && changes.some(onScreen) && !onScreen(changes[at]!)) return false;
					if (step !== 'next' && step !== 'previous') continue;
					if (at !== state.change || !onScreen(changes[at]!)) return false;
					// Not brought to its top (context above it: the text ends on screen), the view says where it is.
					if (changes[at]! - changeContext > top && !/change \d+\/\d+ is on row/.test(state.hint ?? '')) return false;
				}
				return true;
			},
		),
	);
	t.pass();
});

test('no changes: a hint, nothing moves', t => {
	const state = run([{type: 'nextChange', lines: 10, page: 20, changes: []}]);
	t.is(state.hint, 'no changes');
	t.deepEqual(state.top, [0, 0]);
});

test('toggles and the boilerplate cycle', t => {
	let state = run([{type: 'toggleTrivial'}]);
	t.true(state.showTrivial);
	state = run([{type: 'cycleBoilerplate'}], state);
	t.is(state.boilerplate, 'hidden');
	state = run([{type: 'cycleBoilerplate'}], state);
	t.is(state.boilerplate, 'compared');
	state = run([{type: 'cycleBoilerplate'}], state);
	t.is(state.boilerplate, 'shown');
	// Reset (a new pair) keeps the user's preferences, not the position.
	state = run([{type: 'scroll', by: 3, ...view}, {type: 'toggleLinked'}, {type: 'reset'}], state);
	t.deepEqual(state.top, [0, 0]);
	t.true(state.showTrivial);
	t.false(state.linked);
});

test('nextFact steps through the fact stops from the one on screen, wrapping with a hint', t => {
	const view = {lines: 200, page: 20, changes: []};
	const stops = [{line: 50, label: '21 → 12 (number)'}, {line: 50, label: 'Acme → Apex (name)'}, {line: 120, label: 'Tuesday → Wednesday (date)'}];
	let state = splitReducer(initialSplitState, {type: 'nextFact', direction: 1, stops, ...view});
	t.deepEqual([state.top, state.fact, state.hint], [[48, 48], 0, 'fact 1/3: 21 → 12 (number)']);
	// Two facts in one row: the second is the next stop though the line is the same.
	state = splitReducer(state, {type: 'nextFact', direction: 1, stops, ...view});
	t.deepEqual([state.top, state.fact], [[48, 48], 1]);
	state = splitReducer(state, {type: 'nextFact', direction: 1, stops, ...view});
	t.is(state.fact, 2);
	state = splitReducer(state, {type: 'nextFact', direction: 1, stops, ...view});
	t.deepEqual([state.top, state.fact, state.hint], [[48, 48], 0, 'fact 1/3 · back at the first: 21 → 12 (number)']);
	// Scrolled away: the next fact is found from the top line, not from the one stepped to.
	state = splitReducer(state, {type: 'scrollTo', line: 90, ...view});
	state = splitReducer(state, {type: 'nextFact', direction: -1, stops, ...view});
	t.is(state.fact, 1);
	t.is(splitReducer(initialSplitState, {type: 'nextFact', direction: 1, stops: [], ...view}).hint, 'no facts changed');
});

test('nextFact scrolls to the top its stop gives (a whole block above the fact, as ] does)', t => {
	const view = {lines: 200, page: 20, changes: []};
	const stops = [{line: 50, top: 50, label: '21 → 12 (number)'}, {line: 120, top: 119, label: 'Tuesday → Wednesday (date)'}];
	let state = splitReducer(initialSplitState, {type: 'nextFact', direction: 1, stops, ...view});
	t.deepEqual(state.top, [50, 50]);
	state = splitReducer(state, {type: 'nextFact', direction: 1, stops, ...view});
	t.deepEqual(state.top, [119, 119]);
});

test('next/previous change scroll to the top the layout gives each change (a whole block above it, not a cut one)', t => {
	const shaped = {...view, changeTops: [0, 9, 50, 93]};
	// Fresh, the view is at change 1 (its line 0): one ] gives the second.
	let state = run([{type: 'nextChange', ...shaped}]);
	t.is(state.change, 1);
	t.is(state.top[0], 9);
	state = run([{type: 'nextChange', ...shaped}], state);
	t.is(state.top[0], 50, 'no context when only the tail of a row lay above');
	state = run([{type: 'previousChange', ...shaped}], state);
	t.is(state.change, 1);
	t.is(state.top[0], 9);
});

test('nextFact after ] shows the fact of the change on screen first, not the one after it', t => {
	const view = {lines: 200, page: 20, changes: [26], changeTops: [25]};
	// The layout gives the change and its facts one blank line of context: top 25 for row line 26.
	const stops = [{line: 26, top: 25, label: 'Syria → Damascus (name)'}, {line: 26, top: 25, label: '21 → 12 (number)'}, {line: 80, top: 79, label: 'Tuesday → Wednesday (date)'}];
	let state = splitReducer(initialSplitState, {type: 'nextChange', ...view});
	t.deepEqual(state.top, [25, 25]);
	state = splitReducer(state, {type: 'nextFact', direction: 1, stops, ...view});
	t.deepEqual([state.top, state.fact, state.hint], [[25, 25], 0, 'fact 1/3: Syria → Damascus (name)']);
	state = splitReducer(splitReducer(initialSplitState, {type: 'nextChange', ...view}), {type: 'nextFact', direction: -1, stops, ...view});
	t.is(state.hint, 'fact 3/3 · back at the last: Tuesday → Wednesday (date)');
});

test('a search that finds nothing while the layout still grows says how much it looked at', t => {
	const view = {lines: 40, page: 20, changes: []};
	const searched = {...initialSplitState, search: 'harbour'};
	t.is(splitReducer(searched, {type: 'nextMatch', direction: 1, matches: [], ...view}).hint, 'pattern not found: harbour');
	t.is(splitReducer(searched, {type: 'nextMatch', direction: 1, matches: [], laidOut: 0.237, ...view}).hint, '/harbour: not in the 23% laid out so far (n searches again)');
});

test('swap keeps the place: each side keeps its top line and the current change stays', t => {
	let state = run([{type: 'nextChange', ...view}, {type: 'nextChange', ...view}, {type: 'toggleLinked'}, {type: 'switchPane'}, {type: 'scroll', by: 4, ...view}]);
	t.is(state.change, 2);
	t.deepEqual(state.top, [48, 52]);
	state = run([{type: 'swap'}], state);
	t.deepEqual(state.top, [52, 48]);
	t.is(state.change, 2);
	t.is(state.focused, 0);
	t.is(state.hint, 'sides swapped');
});

test('] on a change whose row is taller than the page shows its first changed word, not only the row\'s start', t => {
	// A row starting at line 10 whose changed word is on line 90: the page of 20 from line 8 would not show it.
	const tall = {lines: 200, page: 20, changes: [10], changeTops: [8], changeFocus: [90]};
	const state = run([{type: 'nextChange', ...tall}]);
	t.deepEqual(state.top, [90 - changeContext, 90 - changeContext]);
	t.is(state.change, 0);
	// Near the end, clamped as any scroll: the word's line is the last one and is on screen.
	const end = {lines: 100, page: 20, changes: [70], changeTops: [68], changeFocus: [99]};
	t.deepEqual(run([{type: 'nextChange', ...end}]).top, [80, 80]);
	// A focus already on the page changes nothing.
	t.deepEqual(run([{type: 'nextChange', lines: 200, page: 20, changes: [10], changeTops: [8], changeFocus: [20]}]).top, [8, 8]);
});

test('a pane scrolling alone keeps to its own text: G puts its last line at the bottom, g its first at the top, and k never sends it down', t => {
	// The left text holds lines 0–39 of the grid, the right lines 10–99 (the left's lead, the right's tail).
	const own = {...view, extents: [{first: 0, end: 40}, {first: 10, end: 100}] as const};
	let state = run([{type: 'toggleLinked'}, {type: 'scrollTo', line: own.lines, ...own}]);
	t.deepEqual(state.top, [20, 0]);
	state = run([{type: 'page', pages: 1, ...own}, {type: 'scroll', by: 5, ...own}], state);
	t.deepEqual(state.top, [20, 0]);
	state = run([{type: 'switchPane'}, {type: 'scroll', by: -1, ...own}], state);
	t.deepEqual(state.top, [20, 0], 'k above its text stays');
	state = run([{type: 'scroll', by: 1, ...own}], state);
	t.deepEqual(state.top, [20, 10], 'j goes to its first line');
	state = run([{type: 'scrollTo', line: 0, ...own}], state);
	t.deepEqual(state.top, [20, 10]);
	state = run([{type: 'nextMatch', direction: 1, matches: [99], ...own}], {...state, search: 'x'});
	t.deepEqual(state.top, [20, 80]);
	// Linked again, both follow the grid.
	state = run([{type: 'toggleLinked'}, {type: 'scrollTo', line: own.lines, ...own}], state);
	t.deepEqual(state.top, [80, 80]);
});

test('kept keys stay in the order typed until taken; a new pair (reset) drops them', async t => {
	const {keptHint} = await import('../../../source/reader/split/keys.js');
	const key = (input: string) => ({input, key: {} as never});
	let state = run([{type: 'wait', key: key(']'), hint: 'a'}, {type: 'wait', key: key('j'), hint: 'b'}, {type: 'wait', key: {find: true}, hint: 'c'}]);
	t.deepEqual(state.waiting, [key(']'), key('j'), {find: true}]);
	t.is(state.hint, 'c');
	t.deepEqual(run([{type: 'takeWaiting'}], state).waiting, []);
	t.is(run([{type: 'takeWaiting'}], state).hint, null);
	state = run([{type: 'reset'}], state);
	t.deepEqual(state.waiting, []);
	// Nothing kept: taking them leaves the state (and its hint) as it was.
	const hinted = run([{type: 'hint', hint: 'sides swapped'}]);
	t.is(run([{type: 'takeWaiting'}], hinted), hinted);
	t.is(keptHint([']', ']', ']', 'j', 'j', 'j', 'j', 'j'], 'comparing'), 'kept: ]×3 j×5 (still comparing…)');
	t.is(keptHint([']'], 'laying out'), 'kept: ] (until laid out)');
	t.is(keptHint(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'g'], 'comparing'), 'kept: … b c d e f g×2 (still comparing…)');
});
