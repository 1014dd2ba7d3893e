import {monthOfName} from './dates.js';

/**
 * The marker of a numbered or lettered list item opening a line: "1)", "(2)", "3.", "a)", "(b)", "(iv)" and a space
 * before the item's text ("1) The fire started …", as German, French and Spanish copy and e-mailed press releases number
 * lists; "1." as Markdown and w3m's dumps of an <ol> do). It is the list's markup, like a leading "- ": never a figure,
 * and a renumbered item says the same. "N." before a month name is a day ("1. Mai", "3. Oktober": text/dates.ts
 * monthOfName), not a marker. Read at a line's start, after at most three spaces or tabs.
 */

/** The markers: a number of one to three digits or a letter, closed by ")" (or in brackets), or a number and a full stop; a Roman numeral in brackets. */
const markerSource = String.raw`(?:\(?\d{1,3}\)|\d{1,3}\.|\(?[a-z]\)|\((?:[ivx]{1,5})\))`;

/**
 * Markers at line starts, for markup masks (text/normalize.ts) and blanking: group 1 what precedes it on its line (a
 * line break or the text's start, then up to three spaces or tabs), group 2 the marker and the spaces after it, group
 * 3 the item's first word.
 */
export const listMarkers = new RegExp(String.raw`(^[ \t]{0,3}|[\r\n][ \t]{0,3})(${markerSource}[ \t]+)(?=(\p{L}*))(?=\S)`, 'gu');

/** Whether `text` may hold a marker (a cheap test before listMarkers). */
export const mayHoldListMarker = (text: string): boolean => /(?:^|[\r\n])[ \t]{0,3}\(?[\divx]{1,5}[.)]?\)?[ \t]/u.test(text);

/** A line that opens with a marker (the shape alone: listMarkers without the month and line checks). */
const markedLine = new RegExp(String.raw`^[ \t]{0,3}${markerSource}[ \t]`, 'u');

/**
 * Whether a list item may open at `lineStart` of `text`: the text's start, or after a blank line, a line that itself
 * opens an item, or a line that ends a sentence or a clause (".", "!", "?", ":", ";", a closing quote or bracket), an abbreviation's full stop aside (endsWithAbbreviation). A
 * figure that ends a sentence wraps to a line's start in hard-wrapped text ("… had risen to⏎12. Police said …"): there
 * the line before runs on, and the figure is a figure (review13 R1). Reads the line before only.
 */
export const itemMayOpen = (text: string, lineStart: number): boolean => {
	if (lineStart <= 0) return true;
	let end = lineStart - 1;
	if (text[end] === '\n' && text[end - 1] === '\r') end--;
	let start = end;
	while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
	const previous = text.slice(start, end).trimEnd();
	return previous === '' || (/[.!?:;…"”»)\]]$/u.test(previous) && !endsWithAbbreviation(previous)) || markedLine.test(previous);
};

/** Abbreviations written before a number, beside the months': "No. 12", "p. 4", "Vol. 3", "Art. 5", "Nr. 7". */
const numberAbbreviations = new Set(['no', 'nos', 'nr', 'p', 'pp', 'vol', 'art', 'fig', 'ch', 'sec', 'ed']);

/**
 * Whether `line` ends with an abbreviation's full stop that runs on into the next line: a month's ("on Jan.⏎12.
 * Officials …", AP style: review13b S7), one written before a number (numberAbbreviations), or an initial ("J.⏎12").
 */
const endsWithAbbreviation = (line: string): boolean => {
	const word = /(?:^|[\s(])(\p{L}{1,5})\.$/u.exec(line)?.[1];
	if (word === undefined) return false;
	const lower = word.toLowerCase();
	return (word.length === 1 && word !== lower) || numberAbbreviations.has(lower) || monthOfName(lower) !== undefined;
};

/** Whether a listMarkers match is a marker: not a day's ordinal before a month ("1. Mai"), and where an item may open (itemMayOpen). */
export const isListMarker = (match: RegExpMatchArray): boolean =>
	!(match[2]!.trimEnd().endsWith('.') && match[3] !== '' && monthOfName(match[3]!.toLowerCase()) !== undefined) && itemMayOpen(match.input ?? '', match.index! + match[1]!.length - /[ \t]*$/u.exec(match[1]!)![0].length);

/**
 * `text` with each list marker at a line's start (listMarkers, isListMarker) written as spaces, one for each code
 * unit, so offsets hold: what facts are read from (a marker's number is no figure). `atLineStart`: whether the text's
 * own start is a line's (a sentence cut from inside a line is not).
 */
export const withoutListMarkers = (text: string, atLineStart = true): string => {
	if (!mayHoldListMarker(text)) return text;
	let out = '';
	let kept = 0;
	for (const match of text.matchAll(listMarkers)) {
		if (!isListMarker(match) || (match.index === 0 && !atLineStart && !/^[\r\n]/u.test(match[1]!))) continue;
		const start = match.index + match[1]!.length;
		const end = start + match[2]!.length;
		out += text.slice(kept, start) + ' '.repeat(end - start);
		kept = end;
	}
	return out + text.slice(kept);
};

/** Whether `line` opens with a list item's marker (listMarkers, isListMarker): "1) The fire …", "2. Exits …". */
export const opensListItem = (line: string): boolean => {
	if (!mayHoldListMarker(line)) return false;
	listMarkers.lastIndex = 0;
	const match = listMarkers.exec(line);
	listMarkers.lastIndex = 0;
	return match !== null && match.index === 0 && isListMarker(match);
};
