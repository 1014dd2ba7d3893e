import test from 'ava';
import fc from 'fast-check';
import {breakGroup, breaksFrom, isChromeBlock, mainRun} from '../../source/boilerplate/article-break.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import type {LineState} from '../../source/boilerplate/line-state.js';
import {groupVectors} from '../helpers/feature-group.js';
import {sentence} from './stories.js';

const names = breakGroup.names;
/** The group's features for every block (the group is not in the shipped window: block-features.ts). */
const blockFeatureVectors = (states: Parameters<typeof groupVectors>[1]): Float64Array[] => groupVectors(breakGroup, states);
// Long paragraphs, so the densest paragraph is the article's.
const paragraph = (story: number, k: number): string => `${sentence(story, k)} ${sentence(story + 1, k)}`;
const comment = 'I read this twice and I still think the council should have acted years ago, before the frame began to rust.';
const page = ['Home', 'Sport', '', paragraph(4, 0), '', 'The new bridge', '', paragraph(4, 1), '', paragraph(4, 2), '', 'Share this', '', 'Related stories', '', '[1]Airline pilots strike', '', 'Leave a reply', '', comment].join('\n');

test('the main run crosses a subheading but ends at two chrome blocks in a row; what lies beyond reads the chrome it crossed', t => {
	const {states} = ruleStates(page);
	const at = (plain: string) => states.findIndex(state => state.f.plain === plain);
	const [start, end] = mainRun(states, at(paragraph(4, 0)));
	t.is(start, at(paragraph(4, 0)));
	t.is(end, at(paragraph(4, 2)));
	t.true(isChromeBlock(states[at('Share this')]));
	t.false(isChromeBlock(states[at(paragraph(4, 1))]));
	const vectors = blockFeatureVectors(states);
	const chrome = names.indexOf('break.chrome');
	const run = names.indexOf('break.run');
	const words = names.indexOf('break.words');
	const coreRun = names.indexOf('break.core-run');
	t.true(chrome !== -1 && run !== -1 && words !== -1 && coreRun !== -1);
	// The article's paragraphs, subheading between them included, are inside the run: nothing between.
	for (const plain of [paragraph(4, 0), 'The new bridge', paragraph(4, 2)]) {
		t.is(vectors[at(plain)][chrome], 0, plain);
	}

	// The comment: four chrome blocks in a row after the article.
	t.is(vectors[at(comment)][chrome], Math.log1p(4));
	t.is(vectors[at(comment)][run], Math.log1p(4));
	t.true(vectors[at(comment)][words] > 0);
	// Towards the core paragraph, a subheading is a run of one; the comment's run is longer.
	t.true(vectors[at(paragraph(4, 2))][coreRun] <= Math.log1p(1));
	t.true(vectors[at(comment)][coreRun] > vectors[at(paragraph(4, 2))][coreRun]);
});

test('a page without prose has no main run, and its blocks read −1', t => {
	const {states} = ruleStates('Home\nSport\nWeather\nContact');
	t.deepEqual(mainRun(states, -1), [-1, -1]);
	const vectors = blockFeatureVectors(states);
	t.true(vectors.every(vector => vector[names.indexOf('break.chrome')] === -1));
});

const block = (chrome: boolean, size: number): LineState => {
	const words = Array.from({length: size}, (_, k) => `w${k}`);
	return {f: {index: 0, n: 1, lastN: 1, start: 0, end: 0, raw: words.join(' '), plain: words.join(' '), norm: '', key: 0, words, size, stopwordShare: 0.4, terminal: !chrome, linkShare: 0, heading: false}, grade: chrome ? 'bad' : 'good', final: {kind: chrome ? 'boilerplate' : 'body'}};
};

test('the chrome between a block and a run grows (never shrinks) away from it, and is zero inside it', t => {
	fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({min: 1, max: 30})), {minLength: 1, maxLength: 40}), fc.nat(), fc.nat(), (shape, a, b) => {
		const states = shape.map(([chrome, size]) => block(chrome, size));
		const start = Math.min(a % states.length, b % states.length);
		const end = Math.max(a % states.length, b % states.length);
		const breaks = breaksFrom(states, start, end, -1);
		for (let i = start; i <= end; i++) {
			t.is(breaks.chrome[i] + breaks.words[i] + breaks.run[i], 0);
		}

		for (const [from, step] of [[end + 1, 1], [start - 1, -1]] as const) {
			for (let i = from + step; i >= 0 && i < states.length; i += step) {
				const previous = i - step;
				t.true(breaks.chrome[i] >= breaks.chrome[previous] && breaks.words[i] >= breaks.words[previous] && breaks.run[i] >= breaks.run[previous]);
				t.true(breaks.run[i] <= breaks.chrome[i]);
			}
		}
	}));
});
