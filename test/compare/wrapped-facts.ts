// The same text hard-wrapped at another width holds the same facts (breaker16 B6): a line break inside a sentence is
// a space to the facts, so a figure grouped by spaces ("1 159"), a French clock time ("21 h 30") or a German hour
// with its part of the day ("7 Uhr abends") broken across lines is still one figure.
import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {withoutHardWraps, wrapFiller} from '../../source/text/normalize.js';

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

const consulta = (meetings: string) =>
	`La consulta terminó en marzo.\n\nEl ministerio celebró ${meetings} reuniones con 97,99 por ciento de asistencia y más de 1 490 encuentros en centros de trabajo, informó la comisión el martes por la tarde en la capital del país. Los delegados recogieron las propuestas de los electores y las enviaron a la comisión redactora, que las ordenó por temas y por provincias antes de publicar el informe final en la prensa nacional.`;

test('a figure grouped by spaces and broken across lines is one figure: "1 159" wrapped is no "1" and "159"', t => {
	t.deepEqual(factsAcrossWidths(consulta('1 159'), 'es'), []);
	// A changed figure is still one, wrapped anywhere.
	for (const width of [40, 50, 60, 70, 80]) t.deepEqual(compareTexts(consulta('1 159'), wrap(consulta('1 160'), width), {language: 'es'}).facts!.map(fact => `${fact.left} → ${fact.right}`), ['1 159 → 1 160'], `width ${width}`);
});

test('a clock time, a unit and a German part of the day broken across lines are read whole at every width', t => {
	t.deepEqual(factsAcrossWidths('Le scrutin\n\nLe 3 mars 2025, 12 500 habitants ont voté jusqu\'à 21 h 30 dans les bureaux de la ville, a indiqué la commission électorale nationale dans un communiqué publié le soir même. Les résultats définitifs seront connus dans la nuit, selon la préfecture, qui a salué une participation en hausse par rapport au dernier scrutin municipal organisé dans la région.', 'fr'), []);
	t.deepEqual(factsAcrossWidths('Die Versammlung\n\nAm 3. März 2025 kamen 1.500 Menschen in die Halle, und um 7 Uhr abends sprach die Bürgermeisterin über 12 Millionen Euro für die neue Schule der Stadt. Der Rat hatte den Plan im Herbst beraten und die Kosten damals noch niedriger geschätzt. Die Eltern der Kinder fragten nach dem Zeitplan für den Bau und nach den Plätzen im Hort.', 'de'), []);
});

test('a line break between a headline and its text, in a text not wrapped, is no space to the facts', t => {
	// Each line a paragraph (a page dump): a line without a stop is a sentence of its own, and a figure at its end is no group of the next line's.
	const dump = (price: string) => `Paul Green Sneaker metallic 36\n${price} € 131,55 €\nKaufen\nWeitere Modelle der Marke finden Sie im Katalog.\n`;
	t.deepEqual(compareTexts(dump('139,99'), dump('139,99'), {language: 'de'}).facts, []);
	t.is(withoutHardWraps('Sneaker 36\n139,99 €', () => false), 'Sneaker 36\n139,99 €');
});

test('withoutHardWraps reads a lone line break, with the spaces around it and a carriage return, as one space and keeps a blank line and the offsets', t => {
	t.is(withoutHardWraps('one\ntwo\r\nthree\n\nfour\n \nfive'), `one two ${wrapFiller}three\n\nfour\n \nfive`);
	t.is(withoutHardWraps('1 \n159 and 1\n   159'), `1 ${wrapFiller}159 and 1 ${wrapFiller.repeat(3)}159`);
	t.is(withoutHardWraps('no break'), 'no break');
	// The line after the break is asked about at its start, after the break (its indent is the line's).
	const asked: number[] = [];
	withoutHardWraps('ab \r\n  cd', at => asked.push(at) > 0);
	t.deepEqual(asked, [5]);
});

/** `text` wrapped at `width` as `fold -s` leaves it (each line keeps the space it broke at), with CRLF line ends, or with each line indented (a text browser's dump). */
const wrapAs = (text: string, width: number, how: 'fold -s' | 'crlf' | 'indented'): string => {
	const wrapped = wrap(text, width);
	if (how === 'crlf') return wrapped.replaceAll('\n', '\r\n');
	if (how === 'indented') return wrapped.replaceAll(/^(?=.)/gmu, '   ');
	return wrapped.replaceAll(/(?<=\S)\n(?=\S)/gu, ' \n');
};

// Fresh user L1: a figure parted by a hard wrap was one figure only where the line ended at the figure and the next line
// started with it; `fold -s`, CRLF line ends and indented lines left two spaces or more inside "1 159".
test('a figure grouped by spaces, a clock time and a German hour broken across lines are read whole however the lines were broken: fold -s, CRLF, indented', t => {
	const vote = (homes: string) => `Le scrutin\n\nLe 3 mars 2025, ${homes} habitants ont voté jusqu'à 21 h 30 dans les bureaux de la ville, a indiqué la commission électorale nationale dans un communiqué publié le soir même. Les résultats définitifs seront connus dans la nuit, selon la préfecture, qui a salué une participation en hausse par rapport au dernier scrutin municipal organisé dans la région.`;
	const meeting = 'Die Versammlung\n\nAm 3. März 2025 kamen 1.500 Menschen in die Halle, und um 7 Uhr abends sprach die Bürgermeisterin über 12 Millionen Euro für die neue Schule der Stadt. Der Rat hatte den Plan im Herbst beraten und die Kosten damals noch niedriger geschätzt. Die Eltern der Kinder fragten nach dem Zeitplan für den Bau und nach den Plätzen im Hort.';
	for (const how of ['fold -s', 'crlf', 'indented'] as const) {
		const out: string[] = [];
		for (let width = 40; width <= 80; width++) {
			for (const [text, language] of [[vote('12 500'), 'fr'], [vote('1 159'), 'fr'], [meeting, 'de']] as const) out.push(...compareTexts(text, wrapAs(text, width, how), {language}).facts!.map(fact => `${how} ${width}: ${fact.kind} ${fact.left} → ${fact.right}`));
			out.push(...compareTexts(vote('1 159'), wrapAs(vote('1 160'), width, how), {language: 'fr'}).facts!.map(fact => `${fact.left} → ${fact.right}`).filter(fact => fact !== '1 159 → 1 160').map(fact => `${how} ${width}: ${fact}`));
		}
		t.deepEqual(out, [], how);
	}
});
