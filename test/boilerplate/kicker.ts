import test from 'ava';
import {isSectionKicker} from '../../source/boilerplate/kicker.js';

test('a rubric with a closing colon, bar or dash is a kicker; a line padded with a long run of spaces is read in one pass (review R26)', t => {
	t.true(isSectionKicker('Opinion:', 1));
	t.true(isSectionKicker('Analysis  —', 1));
	t.true(isSectionKicker('WORLD NEWS', 2));
	t.false(isSectionKicker('The council met on Monday', 5));
	const started = process.hrtime.bigint();
	t.false(isSectionKicker(`a${' '.repeat(200_000)}b`, 2));
	// Bounded work, not a timing: the old pattern tried every space of the run (40,000 took 1.8 s).
	t.true(process.hrtime.bigint() - started < 1_000_000_000n);
});
