// Nineteenth session (issue 15): the tens-and-units pattern of number words (compare/facts.ts, "twenty-one") is tried only on a
// sentence holding "ty" before a hyphen, as every match of it does, not on every sentence with a hyphen ("long-awaited"):
// its first run compiles it (a case-folded Unicode pattern), which a text without such numbers never needs.
import test from 'ava';
import {sentenceFacts} from '../helpers/sentence-facts.js';

/** The sources of the patterns String.prototype.matchAll is called with while `run` runs. */
const patternsMatched = (run: () => void): string[] => {
	const real = String.prototype.matchAll;
	const sources: string[] = [];
	String.prototype.matchAll = function (this: string, pattern: RegExp | string) {
		sources.push(typeof pattern === 'string' ? pattern : pattern.source);
		return real.call(this, pattern as RegExp);
	};
	try {
		run();
	} finally {
		String.prototype.matchAll = real;
	}

	return sources;
};

const tensAndUnits = (source: string) => source.includes('twenty|thirty');

test('a changed sentence with a hyphen but no tens before one is not searched for tens and units; one with them is, and reads them', t => {
	const at = (figure: string) => `The long-awaited report counted ${figure} on Monday, police said.`;
	const without = patternsMatched(() => t.deepEqual(sentenceFacts(at('21 workers'), at('22 workers')).facts, ['number: 21 → 22']));
	t.false(without.some(tensAndUnits));
	let facts: string[] = [];
	const withTens = patternsMatched(() => (facts = sentenceFacts(at('twenty-one workers'), at('22 workers')).facts));
	t.true(withTens.some(tensAndUnits));
	t.deepEqual(facts, ['number: twenty-one → 22']);
	// Capitals and the Unicode hyphen (U+2010) are read as before.
	t.deepEqual(sentenceFacts(at('Twenty\u2010one workers'), at('21 workers')).facts, []);
	t.deepEqual(sentenceFacts(at('forty\u2010five workers'), at('44 workers')).facts, ['number: forty\u2010five → 44']);
});
