import test from 'ava';
import fc from 'fast-check';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {runGroup} from '../../source/boilerplate/list-runs.js';
import {groupVectors} from '../helpers/feature-group.js';
import {sentence} from './stories.js';

const names = runGroup.names;
/** The group's features for every block (the group is not in the shipped window: block-features.ts). */
const runVectors = (states: Parameters<typeof groupVectors>[1]): Float64Array[] => groupVectors(runGroup, states);

const topic = names.indexOf('run.topic');
const touches = names.indexOf('run.touches');
const length = names.indexOf('run.length');
const links = names.indexOf('run.links');

test('an ingredient list inside a recipe shares the article\'s words and touches its prose; the menu above does not share them', t => {
	const method = [
		'Rub the butter into the flour with your fingertips until the mixture looks like fine breadcrumbs, then stir in the sugar and the currants.',
		'Beat the eggs with the milk, pour them into the flour and butter, and bring everything together into a soft dough with a knife.',
		'Roll the dough out on a floured board, cut the scones with a round cutter and bake them for twelve minutes until they have risen.',
	];
	const ingredients = ['225 grams flour', '50 grams butter', '25 grams sugar', '2 eggs', '100 ml milk'];
	const menu = ['Home', 'Recipes', 'Subscribe', 'Contact'];
	const text = [...menu, method[0], ...ingredients, method[1], method[2]].join('\n\n');
	const {states} = ruleStates(text);
	const at = (plain: string) => states.findIndex(state => state.f.plain === plain);
	t.true([...menu, ...ingredients, ...method].every(plain => at(plain) !== -1));
	const vectors = runVectors(states);
	for (const item of ingredients) {
		t.true(vectors[at(item)][topic] >= 0.5, item);
		t.true(vectors[at(item)][touches] >= 0.5, item);
		t.is(vectors[at(item)][length], Math.log1p(ingredients.length));
	}

	for (const item of menu) {
		t.is(vectors[at(item)][topic], 0, item);
		t.is(vectors[at(item)][length], Math.log1p(menu.length));
	}

	// Prose is in no run of short blocks: all its run features read 0.
	for (const paragraph of method) {
		t.true(vectors[at(paragraph)].every(value => value === 0), paragraph);
	}
});

test('run features are bounded and the same for every block of one run', t => {
	const line = fc.oneof(
		fc.nat({max: 40}).map(k => sentence(5, k)),
		fc.constantFrom('Home', 'Sport', '[3]Weather', 'Share this', 'Related stories', '2 eggs', 'Leave a reply', '* Harbour tours'),
	);
	fc.assert(fc.property(fc.array(line, {minLength: 1, maxLength: 25}), lines => {
		const {states} = ruleStates(lines.join('\n\n'));
		const vectors = runVectors(states);
		for (const [i, vector] of vectors.entries()) {
			for (const j of [topic, touches, links, names.indexOf('run.terminal')]) {
				t.true(vector[j] >= 0 && vector[j] <= 1);
			}

			if (states[i].grade === 'good') {
				t.true(vector.every(value => value === 0));
			} else if (i + 1 < states.length && states[i + 1].grade !== 'good') {
				t.deepEqual([...vectors[i + 1]], [...vector]);
			}
		}
	}), {numRuns: 60});
});
