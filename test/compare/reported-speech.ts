import test from 'ava';
import fc from 'fast-check';
import {sentenceFacts} from '../helpers/sentence-facts.js';

test('a quotation turned into reported speech that reverses it is a negation fact, and the copy is edited (breaker13b N20)', t => {
	t.deepEqual(sentenceFacts('"We will not cut jobs," the chief executive said on Monday evening.', 'The chief executive said on Monday evening that the company would cut jobs.'), {
		facts: ['quote: We will not cut jobs, → null', 'negation: We will not cut jobs, → The chief executive said on Monday evening that the company would cut jobs'],
		relation: 'edited',
	});
	t.deepEqual(sentenceFacts('"We will cut 1,200 jobs," the chief executive said on Monday evening.', 'The chief executive said on Monday evening that the company would not cut 1,200 jobs.').facts, [
		'quote: We will cut 1,200 jobs, → null',
		'negation: We will cut 1,200 jobs, → The chief executive said on Monday evening that the company would not cut 1,200 jobs',
	]);
});

test('a quotation reported faithfully is the quote fact alone (breaker13b N20)', t => {
	t.deepEqual(sentenceFacts('"We will cut jobs," the chief executive said on Monday evening.', 'The chief executive said on Monday evening that the company would cut jobs.'), {facts: ['quote: We will cut jobs, → null'], relation: 'verbatim'});
	t.deepEqual(sentenceFacts('"We will not cut jobs," the chief executive said on Monday evening.', 'The chief executive said on Monday evening that the company would not cut jobs.').facts, ['quote: We will not cut jobs, → null']);
});

test('property: reporting a quotation the other way round is the same reversal mirrored (breaker13b N20)', t => {
	fc.assert(
		fc.property(fc.constantFrom('cut jobs', 'raise prices', 'close the plant', 'sell the unit'), fc.boolean(), (action, negatedQuote) => {
			const quoted = `"We will ${negatedQuote ? 'not ' : ''}${action}," the chief executive said on Monday evening.`;
			const reported = `The chief executive said on Monday evening that the company would ${negatedQuote ? '' : 'not '}${action}.`;
			const forward = sentenceFacts(quoted, reported).facts.filter(fact => fact.startsWith('negation:'));
			const backward = sentenceFacts(reported, quoted).facts.filter(fact => fact.startsWith('negation:'));
			t.is(forward.length, 1);
			t.deepEqual(backward, forward.map(fact => fact.replace(/^negation: (.*) → (.*)$/u, 'negation: $2 → $1')));
		}),
		{numRuns: 8},
	);
});
