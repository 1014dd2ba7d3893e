import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {layoutComparison} from '../../../source/render/layout.js';
import {compareTexts} from '../../../source/compare/compare.js';
import {headerLines, scrollPosition, SplitScreen, splitStatusText, type SplitScreenProps} from '../../../source/reader/split/screen.js';
import {initialSplitState, splitReducer} from '../../../source/reader/split/state.js';
import {unifyLayout} from '../../../source/reader/split/unified.js';
import {plainTheme} from '../../../source/reader/theme.js';
import {article, naiveCompare} from '../../helpers/articles.js';

test('position reads as in less and vim: All, Top, Bot, else how far down the bottom line is', t => {
	t.is(scrollPosition(0, 30, 20), 'All');
	t.is(scrollPosition(0, 30, 30), 'All');
	t.is(scrollPosition(0, 30, 100), 'Top');
	t.is(scrollPosition(70, 30, 100), 'Bot');
	t.is(scrollPosition(20, 30, 100), '50%');
	// Never 100% short of the bottom, never 0% off the top.
	t.is(scrollPosition(1, 30, 3000), '1%');
	t.is(scrollPosition(25, 21, 6400), '1%');
	t.is(scrollPosition(2968, 30, 3000), '99%');
	// While the layout is still growing its end is unknown.
	t.is(scrollPosition(0, 30, 20, true), 'Top');
	t.is(scrollPosition(70, 30, 100, true), '99%');
});

test('the position names the rows shown, first to last, as less does: the share is the last one\'s', t => {
	const text = (changed: string) => Array.from({length: 80}, (_, k) => (k === 3 ? changed : `Sentence number ${k}.`)).join('\n\n');
	const left = article('a.txt', 'A', text('Sentence number 3.'));
	const right = article('b.txt', 'B', text('Sentence three.'));
	const comparison = naiveCompare(left, right);
	const layout = layoutComparison(comparison, left.text, right.text, {paneWidth: 40});
	const total = layout.lines.length;
	t.true(total > 100);
	const status = (top: number) => splitStatusText(comparison, layout, {...initialSplitState, top: [top, top]}, 46);
	t.regex(status(9), new RegExp(`^lines 10–55/${total} ${Math.floor((55 / total) * 100)}% · `));
	t.regex(status(0), new RegExp(`^lines 1–46/${total} Top · `));
	t.regex(status(total - 46), new RegExp(`^lines ${total - 45}–${total}/${total} Bot · `));
});

/** The status line of a split screen of two one-line articles, with these extra props. */
const statusLineOf = (leftText: string, rightText: string, props: Partial<SplitScreenProps>): string => {
	const left = article('a.txt', 'A', leftText);
	const right = article('b.txt', 'B', rightText);
	const comparison = naiveCompare(left, right);
	const layout = layoutComparison(comparison, left.text, right.text, {paneWidth: 40});
	const {lastFrame, unmount} = render(
		<SplitScreen left={left} right={right} comparison={comparison} layout={layout} message={null} state={initialSplitState} width={120} height={10} paneWidth={58} theme={plainTheme} {...props} />,
	);
	const status = (lastFrame() ?? '').split('\n').at(-1)!;
	unmount();
	return status;
};

test('a notice (file gone) leads the status line when it fits beside every field, the position follows', t => {
	const status = statusLineOf('Rebels seized the capital.', 'Rebels took the capital.', {notice: 'b.txt deleted — showing the text as loaded'});
	t.regex(status, /^b\.txt deleted — showing the text as loaded · lines 1–1\/1 All · /);
});

/** The whole frame of a split screen of two one-line articles at this width, with these extra props. */
const frameOf = (width: number, props: Partial<SplitScreenProps>): string[] => {
	const left = article('a.txt', 'A', 'The mayor said 12 schools would open on Monday.');
	const right = article('b.txt', 'B', 'The mayor said 21 schools would open on Tuesday.');
	const comparison = naiveCompare(left, right);
	const paneWidth = Math.floor((width - 3) / 2);
	const layout = layoutComparison(comparison, left.text, right.text, {paneWidth});
	const {lastFrame, unmount} = render(<SplitScreen left={left} right={right} comparison={comparison} layout={layout} message={null} state={initialSplitState} width={width} height={10} paneWidth={paneWidth} theme={plainTheme} {...props} />);
	const lines = (lastFrame() ?? '').split('\n');
	unmount();
	return lines;
};

test('after a re-read the status line has the same fields as a fresh view: a notice or hint that does not fit beside them is said on the details line', t => {
	for (const width of [60, 80, 120]) {
		const fresh = frameOf(width, {}).at(-1)!;
		for (const props of [
			{notice: 's.jsonl#b1 cannot be re-read (no longer in the file) — showing the text as loaded'},
			{state: {...initialSplitState, hint: 're-read: b.txt changed, compared again'}},
			{notice: 'b.txt was deleted since it was opened — showing the text as loaded', state: {...initialSplitState, hint: 're-read: a.txt changed, compared again'}},
		]) {
			const lines = frameOf(width, props);
			const said = [props.notice, props.state?.hint].filter(Boolean).join(' · ');
			// Beside the fields when all fit, else above them: the fields are the fresh view's either way.
			const beside = lines.at(-1) === `${said} · ${fresh}`;
			t.true(beside || lines.at(-1) === fresh, `${width}: ${lines.at(-1)}`);
			if (!beside) t.true(lines[1]!.startsWith(said.slice(0, width - 1)), `${width}: ${lines[1]}`);
		}
	}
});

test('while laying out, the status line says how far, not how many changes', t => {
	const status = statusLineOf('One. Two.', 'One. Three.', {layoutProgress: 0.42});
	t.regex(status, /lines 1–1\/1\+ Top · laying out… 42% · sim/);
	t.notRegex(status, /change/);
});

test('after ] the status counts the change even with a long boilerplate caption in the context above', t => {
	const caption = 'Syrian opposition fighters celebrate after the government collapsed in Damascus, photo by a staff photographer of an agency';
	const body = (word: string) => `${caption}\n\nRebels ${word} the capital on Sunday.\n\nThe president fled.\n\nMarkets were shut ${word}.`;
	const left = body('seized');
	const right = body('took');
	const exclude = () => [{span: {start: 0, end: caption.length}, label: 'boilerplate' as const, category: 'caption' as const, reason: 'a photo caption: a credit line and no verb of the story around it'}];
	const comparison = compareTexts(left, right, {exclude: {left: exclude(), right: exclude()}});
	const layout = layoutComparison(comparison, left, right, {paneWidth: 30});
	t.true(layout.changes.length >= 2);
	const view = {lines: layout.lines.length, page: 10, changes: layout.changes.map(change => change.line)};
	const state = splitReducer(initialSplitState, {type: 'nextChange', ...view});
	t.is(state.change, 0);
	t.regex(splitStatusText(comparison, layout, state, 10, null, 80), new RegExp(`change 1/${layout.changes.length}`));
});

test('the unified view keeps the blank lines between paragraphs (an empty line still takes its row)', t => {
	const text = (word: string) => `Rebels ${word} the capital on Sunday.\n\nThe president fled.\n\nMarkets were shut.`;
	const left = article('a.txt', 'A', text('seized'));
	const right = article('b.txt', 'B', text('took'));
	const comparison = compareTexts(left.text, right.text);
	const layout = unifyLayout(layoutComparison(comparison, left.text, right.text, {paneWidth: 60, textMarkers: true}), comparison);
	t.true(layout.lines.some(line => line.left.length === 0), 'the layout has blank lines');
	const {lastFrame, unmount} = render(<SplitScreen left={left} right={right} comparison={comparison} layout={layout} message={null} state={initialSplitState} width={62} height={14} paneWidth={60} unified theme={plainTheme} />);
	const body = (lastFrame() ?? '').split('\n').slice(2, 2 + layout.lines.length).map(line => line.trimEnd());
	unmount();
	t.deepEqual(body, ['- Rebels [-seized-] the capital on Sunday.', '+ Rebels {+took+} the capital on Sunday.', '', '  The president fled.', '', '  Markets were shut.']);
});

test('a narrow status line keeps the relation and the facts changed, which outlast the similarity figure', t => {
	const body = (killed: string, day: string, where: string) => Array.from({length: 12}, (_, k) => `Paragraph ${k + 1}: ${killed} people were killed near ${where} on ${day}, officials of the province said in a statement to reporters.`).join('\n\n');
	const left = body('21', 'Tuesday', 'Kandy');
	const right = body('12', 'Wednesday', 'Galle');
	const comparison = compareTexts(left, right);
	t.true((comparison.facts?.length ?? 0) > 0);
	const layout = layoutComparison(comparison, left, right, {paneWidth: 38});
	const status = splitStatusText(comparison, layout, initialSplitState, 20, null, 66);
	t.false(status.includes('sim '), status);
	t.true(status.includes(comparison.relation), status);
	t.regex(status, /\d+ facts \(F\)/);
	t.regex(status, /\? help\s*$/);
});

test('the status line says the two sides are in different languages beside the verdict (a translation reads as unrelated: breaker K7)', t => {
	const left = 'The council met on Tuesday.\n\nThe plan was approved.';
	const right = 'Der Rat tagte am Dienstag.\n\nDer Plan wurde angenommen.';
	const comparison = {...compareTexts(left, right), languages: {left: 'en', right: 'de'}};
	const layout = layoutComparison(comparison, left, right, {paneWidth: 38});
	t.regex(splitStatusText(comparison, layout, initialSplitState, 20, null, 200), new RegExp(`${comparison.relation} · languages differ: en, de`));
	t.notRegex(splitStatusText(compareTexts(left, left), layout, initialSplitState, 20, null, 200), /languages differ/);
});

test('the languages note stays at 80 columns beside the place, the change counter and the verdict (breaker19 N5)', t => {
	const left = Array.from({length: 14}, (_, i) => `The council met on day ${i + 1} and approved plan number ${i + 1}.`).join('\n\n');
	const right = Array.from({length: 14}, (_, i) => `Der Rat tagte am Tag ${i + 21} und nahm den Plan Nummer ${i + 21} an.`).join('\n\n');
	const comparison = {...compareTexts(left, right), languages: {left: 'en', right: 'de'}};
	const layout = layoutComparison(comparison, left, right, {paneWidth: 38});
	t.true(layout.changes.length >= 10, String(layout.changes.length));
	const status = splitStatusText(comparison, layout, initialSplitState, 20, null, 80);
	t.regex(status, /change 1\/\d+ · \w+ · languages differ: en, de/, status);
	t.true(status.length <= 80);
});

test('a boilerplate row at the top is described only in the room left once every field of a fresh view fits', t => {
	const caption = 'Syrian opposition fighters celebrate after the government collapsed in Damascus, photo by a staff photographer of an agency';
	const body = (killed: string, day: string) => `${caption}\n\n${Array.from({length: 12}, (_, k) => `Paragraph ${k + 1}: ${killed} people were killed near Kandy on ${day}, officials said.`).join('\n\n')}`;
	const left = body('21', 'Tuesday');
	const right = body('12', 'Wednesday');
	const exclude = () => [{span: {start: 0, end: caption.length}, label: 'boilerplate' as const, category: 'caption' as const, reason: 'a photo caption: a credit line and no verb of the story around it'}];
	const comparison = compareTexts(left, right, {exclude: {left: exclude(), right: exclude()}});
	t.true((comparison.facts?.length ?? 0) > 0);
	const layout = layoutComparison(comparison, left, right, {paneWidth: 48});
	// At 100 columns the description does not fit beside the fields: the similarity and the facts stay.
	const narrow = splitStatusText(comparison, layout, initialSplitState, 20, null, 100);
	t.regex(narrow, /sim \d/);
	t.regex(narrow, /\d+ facts \(F\)/);
	t.notRegex(narrow, /boilerplate \(caption\)/);
	// With room for everything it comes first.
	t.regex(splitStatusText(comparison, layout, initialSplitState, 20, null, 250), /^left boilerplate \(caption\): a photo caption.* · sim \d.*facts \(F\)/);
});

test('a hint that repeats a field ("no changes" after ] on an identical pair) is said once', t => {
	const text = 'Rebels seized the capital on Sunday.\n\nThe president fled.';
	const comparison = compareTexts(text, text);
	const layout = layoutComparison(comparison, text, text, {paneWidth: 38});
	const state = splitReducer(initialSplitState, {type: 'nextChange', lines: layout.lines.length, page: 10, changes: []});
	t.is(state.hint, 'no changes');
	const status = splitStatusText(comparison, layout, state, 10, null, 80);
	t.is(status.match(/no changes/g)?.length, 1, status);
});

test('unlinked scrolling keeps every field a fresh view shows (the similarity too); the pane that scrolls alone says so in its title', t => {
	const body = (killed: string, day: string) => Array.from({length: 12}, (_, k) => `Paragraph ${k + 1}: ${killed} people were killed near Kandy on ${day}, officials said.`).join('\n\n');
	const leftText = body('21', 'Tuesday');
	const rightText = body('12', 'Wednesday');
	const comparison = compareTexts(leftText, rightText);
	const layout = layoutComparison(comparison, leftText, rightText, {paneWidth: 38});
	const unlinked = {...initialSplitState, linked: false, focused: 1 as const};
	for (const width of [80, 100]) {
		const fresh = splitStatusText(comparison, layout, initialSplitState, 20, null, width);
		const status = splitStatusText(comparison, layout, unlinked, 20, null, width);
		for (const field of fresh.split(' · ').map(part => part.trim())) t.true(status.includes(field), `${width}: ${field} in ${status}`);
	}
	t.regex(splitStatusText(comparison, layout, unlinked, 20, null, 200), /unlinked, right pane/);
	const left = article('a.txt', 'A', leftText);
	const right = article('b.txt', 'B', rightText);
	const {lastFrame, unmount} = render(<SplitScreen left={left} right={right} comparison={comparison} layout={layout} message={null} state={unlinked} width={80} height={12} paneWidth={38} theme={plainTheme} />);
	const [titles] = (lastFrame() ?? '').split('\n');
	unmount();
	t.regex(titles!, /^A\s+\[scrolls alone\] B/);
});

test('a pane of an article still being labelled says "… words", never "0 words" (breaker10 H7)', t => {
	const pending = {...article('aa1.txt', 'aa1.txt', ''), words: 0, pending: true};
	t.regex(headerLines(pending)[1], /^aa1\.txt · … words/);
	t.regex(headerLines(article('b.txt', 'B', 'one two three'))[1], /^b\.txt · 3 words/);
});

test('two texts without a word: the status says there is nothing to compare, no similarity or relation (breaker14 P9)', t => {
	const comparison = {...compareTexts('   \n', ''), nothingLeft: true as const};
	const layout = layoutComparison(comparison, '   \n', '', {paneWidth: 40});
	const status = splitStatusText(comparison, layout, initialSplitState, 10, null, 200);
	t.regex(status, /nothing to compare: neither side has any text/);
	t.notRegex(status, /sim |verbatim|identical/);
});
