import test from 'ava';
import {paragraphsOf} from '../../source/text/paragraphs.js';

const texts = (text: string) => paragraphsOf(text).paragraphs.map(p => text.slice(p.start, p.end));

test('blank lines separate paragraphs, whatever the line endings', t => {
	t.deepEqual(texts('One.\r\n\r\nTwo a.\nTwo b.\n\n\nThree.'), ['One.', 'Two a.\nTwo b.', 'Three.']);
	t.deepEqual(texts('A.\r\rB.'), ['A.', 'B.']);
});

test('a text with one paragraph per line and no blank lines', t => {
	const text = 'The council voted on Tuesday to award the ferry contract to Halvorsen Marine.\nThe mayor welcomed the decision.\nCritics asked for a review of the bid, which was rejected.\nResidents packed the gallery.';
	t.is(paragraphsOf(text).paragraphs.length, 4);
	t.false(paragraphsOf(text).wrapped);
});

test('hard-wrapped prose without blank lines stays together and is flagged as wrapped', t => {
	const text = [
		'The city council of Port Aldren voted on Tuesday night to award a',
		'twelve-year ferry contract to Halvorsen Marine, ending months of dispute',
		'over the future of the island crossing, which carries three thousand',
		'people a day across the sound between the mainland and the island of',
		'Vessø.',
	].join('\n');
	const layout = paragraphsOf(text);
	t.true(layout.wrapped);
	t.is(layout.paragraphs.length, 1);
});
