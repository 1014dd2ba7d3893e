// The figure pattern (compare/figures.ts, ~20,000 characters, compiled to machine code at once) is made on the
// first digit a comparison meets, not on its first text: a diff of texts without figures never pays for it.
// A file of its own: the pattern is made once per process, and AVA runs each test file in a fresh one.
import test from 'ava';
import {figureMatches, figurePatternSource} from '../../source/compare/figures.js';

/** How many times `new RegExp` is called with the figure pattern's source while `run` runs. */
const figurePatternsMade = (run: () => void): number => {
	const real = globalThis.RegExp;
	let made = 0;
	globalThis.RegExp = new Proxy(real, {
		construct(target, args: [string | RegExp, string?], newTarget) {
			if (args[0] === figurePatternSource) made++;
			return Reflect.construct(target, args, newTarget) as RegExp;
		},
	});
	try {
		run();
	} finally {
		globalThis.RegExp = real;
	}

	return made;
};

test('figures are read from a text without digits without making the figure pattern; the first digit makes it, once', t => {
	t.is(
		figurePatternsMade(() => t.deepEqual(figureMatches('The council approved the budget on Monday. It will take effect in May.'), [])),
		0,
	);
	t.is(
		figurePatternsMade(() => t.is(figureMatches('The council approved 12 new schools.').map(match => match.text).join('|'), '12')),
		1,
	);
	t.is(
		figurePatternsMade(() => t.is(figureMatches('It cost $4.5 million.').map(match => match.text).join('|'), '$4.5 million')),
		0,
	);
});
