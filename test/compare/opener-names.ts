// breaker16 B1: a name opening a sentence replaced by another ("Smith was arrested" / "Jones was arrested") was no fact,
// for no verb of speech followed it. Words the Brill lexicon knows only as names are the evidence.
import test from 'ava';
import {brill} from 'brill';
import {englishProperNouns} from '../../source/compare/english-proper-nouns.js';
import {englishProperNounCandidates} from '../../scripts/english-proper-nouns-rule.js';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string) => sentenceFacts(before, after).facts;

test('the English names are what the Brill lexicon gives (scripts/english-proper-nouns.ts)', t => {
	t.is(englishProperNouns, englishProperNounCandidates(brill).join(' '));
	const words = new Set(englishProperNouns.split(' '));
	for (const name of ['smith', 'jones']) t.true(words.has(name), name);
	for (const common of ['brown', 'apple', 'shares', 'police', 'officials']) t.false(words.has(common), common);
});

test('a name opening a sentence replaced by another name is a fact, whatever the verb; common words opening it are none', t => {
	t.deepEqual(facts('Smith was arrested at his home on Tuesday, police said.', 'Jones was arrested at his home on Tuesday, police said.'), ['name: Smith → Jones']);
	// Words that are also common words: the capital may be the sentence's.
	t.deepEqual(facts('Shares fell sharply in early trading after the report.', 'Stocks fell sharply in early trading after the report.'), []);
	t.deepEqual(facts('Brown was arrested at his home on Tuesday, police said.', 'Green was arrested at his home on Tuesday, police said.'), []);
	// A day is a date, not a name as well.
	t.deepEqual(facts('Tuesday was the coldest day of the year, forecasters said.', 'Wednesday was the coldest day of the year, forecasters said.'), ['date: Tuesday → Wednesday']);
});
