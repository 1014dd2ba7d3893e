import test from 'ava';
import fc from 'fast-check';
import type {ScreenLine, SplitLayout} from '../../../source/render/layout.js';
import {markMatches, matchLines} from '../../../source/reader/split/search.js';

const line = (left: string, right: string, continues: {left?: boolean; right?: boolean} = {}): ScreenLine => ({
	left: [{text: left, style: 'plain'}],
	right: [{text: right, style: 'plain'}],
	gutter: null,
	leftRow: 0,
	rightRow: 0,
	...(continues.left ? {leftContinues: true as const} : {}),
	...(continues.right ? {rightContinues: true as const} : {}),
});
const layoutOf = (lines: ScreenLine[]): SplitLayout => ({lines, changes: []});

test('a phrase the pane wraps across two lines is found, on the line where it starts (breaker11 J15)', t => {
	const layout = layoutOf([
		line('A fire at a garment factory on', 'A blaze at a clothing plant near'),
		line('the outskirts of Dhaka killed 12.', 'Dhaka killed 12.', {left: true, right: true}),
		line('', ''),
		line('Spokesman Rahim Uddin', 'Rahim Uddin told'),
		line('told reporters.', 'reporters.', {left: true, right: true}),
	]);
	t.deepEqual(matchLines(layout, 'factory on the outskirts'), [0]);
	t.deepEqual(matchLines(layout, 'Rahim Uddin told'), [3]);
	t.deepEqual(matchLines(layout, 'outskirts'), [1]);
	// Two rows are two texts: a phrase across a row's end is not one.
	t.deepEqual(matchLines(layout, 'killed 12. Spokesman'), []);
	t.deepEqual(matchLines(layout, 'absent'), []);
});

test('property: a phrase found in one screen line is found on that line whatever wraps surround it', t => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom('fire', 'factory', 'Dhaka', 'on', 'the', 'workers'), {minLength: 1, maxLength: 6}), fc.boolean(), (words, continued) => {
			const text = words.join(' ');
			const layout = layoutOf([line('before it', ''), line(text, '', {left: continued}), line('after', '', {left: true})]);
			return matchLines(layout, text).includes(1) || (continued && matchLines(layout, text).includes(0));
		}),
	);
	t.pass();
});

test('a pattern typed in lower-case ASCII matches accented letters, and marks them in place (breaker12 K34)', t => {
	const layout = layoutOf([line('Mindestens zwölf Menschen starben in Köln.', 'Es regnete.'), line('Es regnete.', 'In Cádiz auch.')]);
	t.deepEqual(matchLines(layout, 'koln'), [0]);
	t.deepEqual(matchLines(layout, 'cadiz'), [1]);
	t.deepEqual(matchLines(layout, 'Koln'), []);
	t.deepEqual(markMatches([{text: 'starben in Köln.', style: 'plain'}], 'koln').filter(segment => segment.match).map(segment => segment.text), ['Köln']);
});

test('search finds "ß" typed as "ss" and umlauts typed as ae/oe/ue, and marks the letters they stand for (breaker12b L13)', t => {
	const layout = layoutOf([line('Die Polizei sperrte die Hauptstraße in Köln.', 'Es regnete.'), line('Es regnete.', 'Herr Müller sagte nichts.')]);
	t.deepEqual(matchLines(layout, 'strasse'), [0]);
	t.deepEqual(matchLines(layout, 'koeln'), [0]);
	t.deepEqual(matchLines(layout, 'mueller'), [1]);
	t.deepEqual(matchLines(layout, 'muller'), [1]);
	t.deepEqual(matchLines(layout, 'strase'), []);
	const marked = (text: string, pattern: string) => markMatches([{text, style: 'plain'}], pattern).filter(segment => segment.match).map(segment => segment.text);
	t.deepEqual(marked('die Hauptstraße in Köln', 'strasse'), ['straße']);
	t.deepEqual(marked('die Hauptstraße in Köln', 'koeln'), ['Köln']);
	t.deepEqual(marked('die Hauptstraße in Köln', 'stras'), ['straß']);
	t.deepEqual(marked('Müller und Mueller', 'mueller'), ['Müller', 'Mueller']);
});

test('property: a match found in a text\'s typed form marks letters of the text, never beyond it', t => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom('ß', 'ö', 'ü', 'ä', 'é', 'ss', 'oe', 'k', 'l', 'n', ' ', 'İ'), {maxLength: 12}), fc.constantFrom('ss', 'oe', 'koeln', 'o', 's', 'e'), (letters, pattern) => {
			const text = letters.join('');
			const segments = markMatches([{text, style: 'plain'}], pattern);
			return segments.map(segment => segment.text).join('') === text;
		}),
	);
	t.pass();
});
