// The same text hard-wrapped at another width holds the same facts (breaker16 B6): a line break inside a sentence is
// a space to the facts, so a figure grouped by spaces ("1 159"), a French clock time ("21 h 30") or a German hour
// with its part of the day ("7 Uhr abends") broken across lines is still one figure.
import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {withoutHardWraps} from '../../source/text/normalize.js';

/** `text` with each paragraph broken at the last space before `width` columns, as Python's textwrap breaks it (the space dropped). */
const wrap = (text: string, width: number): string =>
	text
		.split('\n\n')
		.map(paragraph => {
			const lines: string[] = [];
			let line = '';
			for (const word of paragraph.split(' ')) {
				if (line !== '' && `${line} ${word}`.length > width) {
					lines.push(line);
					line = word;
				} else line = line === '' ? word : `${line} ${word}`;
			}
			lines.push(line);
			return lines.join('\n');
		})
		.join('\n\n');

/** The facts of `text` against itself wrapped at each width from 40 to 80 columns (narrower, a short text may not look wrapped to the sentence splitter, which then cuts at a break before a capital). */
const factsAcrossWidths = (text: string, language: string): string[] => {
	const out: string[] = [];
	for (let width = 40; width <= 80; width++) {
		const facts = compareTexts(text, wrap(text, width), {language}).facts ?? [];
		out.push(...facts.map(fact => `${width}: ${fact.kind} ${fact.left} → ${fact.right}`));
	}
	return out;
};

test('a figure grouped by spaces and broken across lines is one figure: "1 159" wrapped is no "1" and "159"', t => {
	const text = 'La consulta terminó en marzo.\n\nEl ministerio celebró 1 159 reuniones con 97,99 por ciento de asistencia y más de 1 490 encuentros en centros de trabajo, informó la comisión el martes por la tarde en la capital.';
	t.deepEqual(factsAcrossWidths(text, 'es'), []);
	// The break exactly inside the figure.
	t.deepEqual(compareTexts('El ministerio celebró 1 159 reuniones con los electores de la provincia.', 'El ministerio celebró 1\n159 reuniones con los electores de la provincia.', {language: 'es'}).facts, []);
	// A changed figure is still one.
	t.deepEqual(compareTexts('El ministerio celebró 1 159 reuniones con los electores de la provincia.', 'El ministerio celebró 1\n160 reuniones con los electores de la provincia.', {language: 'es'}).facts!.map(fact => `${fact.left} → ${fact.right}`), ['1 159 → 1 160']);
});

test('a clock time, a unit and a German part of the day broken across lines are read whole at every width', t => {
	t.deepEqual(factsAcrossWidths('Le scrutin\n\nLe 3 mars 2025, 12 500 habitants ont voté jusqu\'à 21 h 30 dans les bureaux de la ville, a indiqué la commission électorale nationale dans un communiqué.', 'fr'), []);
	t.deepEqual(factsAcrossWidths('Die Versammlung\n\nAm 3. März 2025 kamen 1.500 Menschen in die Halle, und um 7 Uhr abends sprach die Bürgermeisterin über 12 Millionen Euro für die neue Schule der Stadt. Der Rat hatte den Plan im Herbst beraten und die Kosten damals noch niedriger geschätzt. Die Eltern der Kinder fragten nach dem Zeitplan für den Bau und nach den Plätzen im Hort.', 'de'), []);
});

test('withoutHardWraps blanks a lone line break and keeps a blank line and the offsets', t => {
	t.is(withoutHardWraps('one\ntwo\r\nthree\n\nfour\n \nfive'), 'one two  three\n\nfour\n \nfive');
	t.is(withoutHardWraps('no break'), 'no break');
});
