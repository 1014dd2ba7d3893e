import test from 'ava';
import fc from 'fast-check';
import {callToActionCues} from '../../source/boilerplate/call-to-action.js';
import {lineFeatures} from '../../source/boilerplate/features.js';

// Machinery cues count a word once however often the line repeats it (as over the set of its words), and
// every different cue word apart: "subscribe" and "subscribers" are two, "app" and "apps" two, "appetite" none.
const cues = new Set(['newsletter', 'subscribe', 'subscribers', 'app', 'apps', 'cookies']);
const word = fc.constantFrom(...cues, 'the', 'news', 'appetite', 'today', 'our', 'readers');

test('call-to-action cues: each different cue word once, repeats not counted, on any line addressed to the reader', (t) => {
	fc.assert(fc.property(fc.array(word, {maxLength: 40}), (words) => {
		const line = ['You', ...words].join(' ');
		const distinct = new Set(words.filter((w) => cues.has(w))).size;
		return callToActionCues(lineFeatures(line, 0, 1, 0, line.length)) === distinct;
	}), {numRuns: 1000});
	t.is(callToActionCues(lineFeatures('You can subscribe, subscribe, subscribe to the newsletter.', 0, 1, 0, 58)), 2);
	t.is(callToActionCues(lineFeatures('Subscribers get the newsletter.', 0, 1, 0, 31)), 0, 'not addressed to the reader');
});

test('call-to-action cues: a line of thousands of different cue words counts each', (t) => {
	const letter = (k: number) => String.fromCharCode(97 + (k % 26));
	const line = `You ${Array.from({length: 26 ** 3}, (_, i) => `subscribe${letter(i)}${letter(Math.floor(i / 26))}${letter(Math.floor(i / 676))}`).join(' ')}`;
	t.is(callToActionCues(lineFeatures(line, 0, 1, 0, line.length)), 26 ** 3);
});
