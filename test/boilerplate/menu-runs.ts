import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {lineFeatures} from '../../source/boilerplate/features.js';
import {boiler, type LineState} from '../../source/boilerplate/line-state.js';
import {markMenuRuns, menuRunReason} from '../../source/boilerplate/menu-runs.js';

const prose = [
	'The cabins stand at the edge of the forest, a short walk from the lake, and each of them sleeps up to six guests in two bedrooms.',
	'Guests can rent boats at the jetty from May to September, and the owners organise guided walks through the nature reserve every Saturday morning.',
	'Bookings are confirmed once the deposit has arrived, and the rest of the price is paid on arrival or by bank transfer four weeks before the stay.',
	'The owners said the first cabins had been booked out for the whole summer within a week of the site opening in March.',
];

/** A site's menu as w3m dumps it: one item a line, an arrow image between the sections. */
const menu = ['Living', '[arrow-forw]', 'Fashion', '[arrow-forw]', 'Beauty', '[arrow-forw]', 'Homestorys', 'Rezepte', 'Gewinnspiele', 'Shops', '[arrow-forw]', 'Abo', 'Community', '[backward-9]', 'Fotostream', 'Podcast'];

test('a menu dumped one item a line gets one label, chrome, whatever the fitted decision made of single items; the story after it is kept (breaker12 K27)', t => {
	const text = ['Cabins by the lake', '', ...menu, '', ...prose.flatMap(paragraph => [paragraph, '']), ''].join('\n');
	const labels = labelArticle(text);
	const kindOf = (needle: string) => labels.lines.find(line => text.slice(line.span.start, line.span.end) === needle)?.kind;
	t.deepEqual(menu.filter(item => kindOf(item) !== 'boilerplate'), []);
	for (const paragraph of prose) t.is(kindOf(paragraph), 'body');
});

test('a short list inside the story (fewer than a menu\'s items, or mostly kept by the decision) is no menu run', t => {
	const list = ['Two bedrooms', 'A wood stove', 'A rowing boat', 'A sauna'];
	const text = [prose[0], '', ...list, '', prose[1], '', prose[2], ''].join('\n');
	const labels = labelArticle(text);
	t.false(labels.lines.some(line => line.reason === menuRunReason));
});

/** Rule states of `lines` with the fitted decision's labels `kinds` (b body, x chrome, t title). */
const decided = (lines: readonly string[], kinds: string): LineState[] => {
	let at = 0;
	return lines.map((raw, index) => {
		const f = lineFeatures(raw, index, index + 1, at, at + raw.length);
		at += raw.length + 1;
		const kind = kinds[index];
		return {f, grade: 'bad', final: kind === 'x' ? boiler('navigation', 'few words') : kind === 't' ? {kind: 'title'} : {kind: 'body'}};
	});
};

test('the items of a menu run the fitted decision labelled alternately (a word body, the next chrome) are all chrome (breaker12 K27, as t0571 of the dev dumps)', t => {
	// Placeholders chrome, the items between them body and chrome by turns, as the dump's labels read.
	let turn = 0;
	const states = decided([prose[0]!, ...menu, prose[1]!], `b${menu.map(item => (item.startsWith('[') ? 'x' : turn++ % 2 === 0 ? 'b' : 'x')).join('')}b`);
	markMenuRuns(states);
	t.deepEqual(states.map(state => state.final?.kind), ['body', ...menu.map(() => 'boilerplate'), 'body']);
	t.true(states.slice(1, -1).every(state => state.final?.kind === 'boilerplate' && (state.final.reason === menuRunReason || state.final.reason === 'few words')));
	// Mostly body (a list the decision kept), or fewer items than a menu: left as decided.
	const kept = decided(menu, 'bbbbbbbbbbbbbbbx');
	markMenuRuns(kept);
	t.is(kept.filter(state => state.final?.kind === 'body').length, 15);
	const short = decided(menu.slice(0, 6), 'bxbxxx');
	markMenuRuns(short);
	t.is(short.filter(state => state.final?.kind === 'body').length, 2);
	// A title inside is no item of the run.
	const titled = decided(['Living', 'Fashion', 'Beauty', 'Cabins', 'Shops', 'Abo', 'Podcast', 'Rezepte', 'Outlet'], 'xbxtxbxbx');
	markMenuRuns(titled);
	t.is(titled[3]!.final?.kind, 'title');
});
