import test from 'ava';
import type {Fact} from '../../source/compare/model.js';
import {factLines} from '../../source/render/facts.js';

test('the text report lists every changed fact, however many (breaker10 H16: the thirteenth, a changed name, was "… 1 more")', t => {
	const facts: Fact[] = Array.from({length: 13}, (_, i) => ({kind: 'number', left: String(i), right: String(i + 100), row: 0}));
	facts[12] = {kind: 'name', left: 'Sheikh Hasina', right: 'Khaleda Zia', row: 0};
	const [line] = factLines(facts);
	t.regex(line!, /Sheikh Hasina → Khaleda Zia \(name\)$/);
	t.notRegex(line!, /more/);
	t.regex(factLines(facts, 2)[0]!, /… 11 more$/);
});

test('a fact that reads the same in several sentences is listed once with its count (breaker16 B12: "PageRank removed" three times)', t => {
	const facts: Fact[] = [
		{kind: 'name', left: 'PageRank', right: null, row: 15},
		{kind: 'name', left: 'PageRank', right: null, row: 17},
		{kind: 'name', left: 'Richter Scale', right: null, row: 17},
		{kind: 'name', left: 'PageRank', right: null, row: 19},
	];
	t.deepEqual(factLines(facts), ['facts changed: PageRank removed (name) ×3, Richter Scale removed (name)']);
});
