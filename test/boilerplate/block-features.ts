import test from 'ava';
import {blockFeaturesAt, blockFeatureVector, blockFeatureVectors, featureContext, featureNames, vectorSize} from '../../source/boilerplate/block-features.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {story} from './stories.js';

const names = featureNames();
const thread = Array.from({length: 4}, (_, k) => `Reader ${k + 1} says:\n\nI read this twice and I still think the council should have acted years ago, before the frame began to rust.\n\nReply`).join('\n\n');
const page = `Home\nNews\nSport\n\n${story(3)}\n\n${thread}`;

test('comment headers above a block are counted: none above the article, more and more down a thread', t => {
	const {states} = ruleStates(page);
	const vectors = blockFeatureVectors(states);
	const before = names.indexOf('frame.comment-headers-before');
	const sinceCore = names.indexOf('frame.comment-headers-since-core');
	t.true(before !== -1 && sinceCore !== -1);
	const comments = states.flatMap((state, i) => (state.f.plain.startsWith('I read this twice') ? [i] : []));
	const firstBody = states.findIndex(state => state.f.plain === story(3).split('\n\n')[0]);
	t.is(comments.length, 4);
	t.true(firstBody !== -1);
	t.is(vectors[firstBody][before], 0);
	const counts = comments.map(i => vectors[i][before]);
	t.true(counts.every((count, k) => k === 0 || count > counts[k - 1]), String(counts));
	t.true(vectors[comments[3]][sinceCore] > 0);
});

test("a block's vocabulary against the article's: a subheading on the topic shares its words, another article's headline does not", t => {
	const body = [
		'The harbour council voted on Tuesday to rebuild the old ferry bridge before the winter storms arrive, after engineers found rust in the frame.',
		'Engineers told the council that the bridge frame could fail within a decade, and the ferry company said it would pay part of the cost.',
		'Rebuilding the ferry bridge',
		'The council expects the harbour bridge to reopen next summer, when the ferry timetable returns to normal and tourists come back.',
	];
	const text = ['Home', 'Sport', '', ...body.flatMap(paragraph => [paragraph, '']), 'Airline pilots strike over pensions', '', 'Weather: rain all week'].join('\n');
	const {states} = ruleStates(text);
	const vectors = blockFeatureVectors(states);
	const prose = names.indexOf('topic.prose');
	const core = names.indexOf('topic.core');
	const inside = names.indexOf('span.inside');
	const distance = names.indexOf('span.distance');
	const at = (plain: string) => states.findIndex(state => state.f.plain === plain);
	const subheading = at('Rebuilding the ferry bridge');
	const teaser = at('Airline pilots strike over pensions');
	const menu = at('Home');
	t.true(subheading !== -1 && teaser !== -1 && menu !== -1);
	t.true(vectors[subheading][prose] > 0.5); // "ferry", "bridge"; not "rebuilding"
	t.true(vectors[subheading][core] > 0.5);
	t.is(vectors[teaser][prose], 0);
	t.is(vectors[teaser][core], 0);
	// The densest run holds the article, subheading included, and not the menu above it.
	t.is(vectors[subheading][inside], 1);
	t.is(vectors[at(body[0])][inside], 1);
	t.is(vectors[menu][inside], 0);
	t.true(vectors[menu][distance] > 0);
});

test('the capitals share counts cased letters of any script, a letter of a script without case as a letter, and neither digits nor marks', t => {
	const text = ['ÉTÉ À PARIS ÉLYSÉE', '', 'Москва ПРАВДА', '', '東京 2024 東京', '', 'Ärger über Öl — ßtraße', '', '…… ¡¿ «»'].join('\n');
	const {states} = ruleStates(text);
	const vectors = blockFeatureVectors(states);
	const uppercase = names.indexOf('uppercase');
	t.true(uppercase !== -1);
	const share = (plain: string) => vectors[states.findIndex(state => state.f.plain === plain)][uppercase];
	t.is(share('ÉTÉ À PARIS ÉLYSÉE'), 1);
	t.is(share('Москва ПРАВДА'), 7 / 12);
	// Han characters are letters without capitals; digits are not letters.
	t.is(share('東京 2024 東京'), 0);
	t.is(share('Ärger über Öl — ßtraße'), 2 / 17);
	t.is(share('…… ¡¿ «»'), 0);
	// Asked again (the per-unit answers are remembered), the same.
	t.is(blockFeatureVectors(ruleStates(text).states)[states.findIndex(state => state.f.plain === 'Москва ПРАВДА')][uppercase], 7 / 12);
});

test('blockFeaturesAt writes the asked columns as the whole vector has them, and only their groups', t => {
	const {states} = ruleStates(page);
	const context = featureContext(states);
	const columns = ['thread.enclosed-after-core', 'thread.markers-since-core', 'frame.comment-headers-since-core', 'size.log'].map(name => names.indexOf(name));
	t.false(columns.includes(-1));
	const into = new Float64Array(vectorSize()).fill(7);
	for (let i = 0; i < states.length; i++) {
		const whole = blockFeatureVector(context, i);
		const some = blockFeaturesAt(context, i, columns, into);
		for (const column of columns) t.is(some[column], whole[column], `block ${i}, ${names[column]}`);
		t.false(some.includes(7), 'the rest is written over');
	}

	t.true(blockFeaturesAt(context, 0, [], into).every(value => value === 0), 'no column: nothing made');
});
