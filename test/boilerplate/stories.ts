// Test helper (AVA runs every file under test/, so it holds one test of its own).
import test from 'ava';
import {seededRandom} from '../../bench/random.js';

const vocabulary = 'harbour council airline library farmers club museum water company hospital bridge river school market station minister village mayor tourists ferry train weather storm festival bakery police court tax budget workers union teachers doctors nurses students island mountain forest road tunnel airport factory energy prices rent housing election parliament vote plan report study survey record season team coach match goal league cup final winter summer spring autumn morning evening night week month year decade century'.split(' ');
const glue = 'the a of to in on for with and that said would was has will after before'.split(' ');


/** One prose sentence of story `story`: 14–20 words, capitalised, with a full stop. */
export const sentence = (story: number, k: number): string => {
	const next = seededRandom(story * 7919 + k * 104_729 + 1);
	const length = 14 + Math.floor(next() * 7);
	const words = Array.from({length}, (_, i) => (i % 3 === 1 ? glue : vocabulary)[Math.floor(next() * (i % 3 === 1 ? glue.length : vocabulary.length))]);
	const text = words.join(' ');
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
};

/** A four-paragraph article body, blank lines between paragraphs; story(i) shares no sentence with story(j). */
export const story = (i: number, paragraphs = 4): string => Array.from({length: paragraphs}, (_, k) => sentence(i, k)).join('\n\n');

test('story helper makes distinct stories', t => {
	t.not(story(0), story(1));
	t.is(story(3), story(3));
});
