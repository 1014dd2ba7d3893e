import test from 'ava';
import fc from 'fast-check';
import {fitOverlayLines} from '../../source/reader/overlay.js';
import {measureWidth} from '../../source/render/safe-text.js';

test('overlay lines longer than the width wrap under their indent; nothing is lost, nothing is wider', t => {
	const lines = fitOverlayLines([{text: 'short'}, {text: `  a ${'word '.repeat(12)}end`}, {text: 'x'.repeat(70), heading: true}], 40);
	t.deepEqual(lines, [
		{text: 'short'},
		{text: '  a word word word word word word word'},
		{text: '    word word word word word end'},
		{text: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', heading: true},
		{text: '  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', heading: true},
	]);
	t.deepEqual(fitOverlayLines([{text: 'controls \u001B[31m'}], 40), [{text: 'controls ␛[31m'}]);
	fc.assert(
		fc.property(fc.array(fc.string({maxLength: 200}), {maxLength: 5}), fc.integer({min: 10, max: 120}), (texts, width) => {
			const fitted = fitOverlayLines(texts.map(text => ({text})), width);
			for (const line of fitted) if (measureWidth(line.text) > width) return false;
			const squash = (text: string) => text.replace(/\s+/g, '');
			return squash(fitted.map(line => line.text).join('')) === squash(fitOverlayLines(texts.map(text => ({text})), 10_000).map(line => line.text).join(''));
		}),
	);
});
