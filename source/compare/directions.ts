import type {Fact, Row} from './model.js';
import {changedRuns, opsSpan} from './op-runs.js';

/**
 * The compass direction of a location as a fact: "crashed 50 km north of the capital" → "50 km south of the capital",
 * "off the east coast" → "off the west coast", "nördlich der Hauptstadt" → "südlich": where a crash, a quake or a
 * strike happened is the checkable fact of the story, and the words around it stay the same, so no figure, name or
 * negator changes with it. A direction word is read as a location's only where its place says so (locatedAt): before
 * "of" or a preposition of the language, before a noun of place ("coast", "border"), before a place's name as an
 * adjective ("northern Syria"), after a distance ("50 km north"), or at a clause's end after an article ("in the
 * north."). One written with a capital beside another capitalised word is part of a name ("North Korea", "Middle
 * East", "West Bank"): names are facts.ts's. Two words for one point ("north" / "northern", "nördlich" / "Norden")
 * say the same.
 */

/** Compass points by the words that name them, per language, lower-cased: each word to its point ("N", "NE" …). */
const pointsByLanguage: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
	en: {
		N: ['north', 'northern'], S: ['south', 'southern'], E: ['east', 'eastern'], W: ['west', 'western'],
		NE: ['north-east', 'northeast', 'north-eastern', 'northeastern'], NW: ['north-west', 'northwest', 'north-western', 'northwestern'],
		SE: ['south-east', 'southeast', 'south-eastern', 'southeastern'], SW: ['south-west', 'southwest', 'south-western', 'southwestern'],
	},
	de: {
		N: ['nördlich', 'norden'], S: ['südlich', 'süden'], E: ['östlich', 'osten'], W: ['westlich', 'westen'],
		NE: ['nordöstlich', 'nordosten'], NW: ['nordwestlich', 'nordwesten'], SE: ['südöstlich', 'südosten'], SW: ['südwestlich', 'südwesten'],
	},
	fr: {N: ['nord'], S: ['sud'], E: ['est'], W: ['ouest'], NE: ['nord-est'], NW: ['nord-ouest'], SE: ['sud-est'], SW: ['sud-ouest']},
	es: {N: ['norte'], S: ['sur'], E: ['este'], W: ['oeste'], NE: ['noreste', 'nordeste'], NW: ['noroeste'], SE: ['sureste', 'sudeste'], SW: ['suroeste', 'sudoeste']},
	it: {N: ['nord'], S: ['sud'], E: ['est'], W: ['ovest'], NE: ['nord-est', 'nordest'], NW: ['nord-ovest', 'nordovest'], SE: ['sud-est', 'sudest'], SW: ['sud-ovest', 'sudovest']},
	pt: {N: ['norte'], S: ['sul'], E: ['leste', 'este'], W: ['oeste'], NE: ['nordeste'], NW: ['noroeste'], SE: ['sudeste'], SW: ['sudoeste']},
	nl: {N: ['noorden', 'noordelijk'], S: ['zuiden', 'zuidelijk'], E: ['oosten', 'oostelijk'], W: ['westen', 'westelijk'], NE: ['noordoosten', 'noordoostelijk'], NW: ['noordwesten', 'noordwestelijk'], SE: ['zuidoosten', 'zuidoostelijk'], SW: ['zuidwesten', 'zuidwestelijk']},
};

/** Words after a direction that make it a location's, per language: prepositions ("north of", "nördlich von", "au nord de") and nouns of place ("east coast", "southern border"). */
const placeAfter: Readonly<Record<string, readonly string[]>> = {
	en: ['of', 'coast', 'coasts', 'coastline', 'shore', 'bank', 'side', 'border', 'borders', 'flank', 'part', 'parts', 'suburb', 'suburbs', 'outskirts', 'edge', 'end', 'tip', 'region', 'regions', 'province', 'provinces', 'districts', 'district', 'town', 'city', 'village', 'approach', 'approaches', 'front', 'gate', 'entrance', 'wall', 'slope', 'slopes', 'bank'],
	de: ['von', 'vom', 'der', 'des', 'am', 'an', 'teil', 'rand', 'ufer', 'grenze', 'küste', 'flanke'],
	fr: ['de', 'du', 'des', 'côte', 'rive', 'banlieue', 'frontière', 'flanc', 'partie'],
	es: ['de', 'del', 'costa', 'frontera', 'orilla', 'flanco', 'parte'],
	it: ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'costa', 'confine', 'sponda', 'fianco', 'parte'],
	pt: ['de', 'do', 'da', 'dos', 'das', 'costa', 'fronteira', 'margem', 'flanco', 'parte'],
	nl: ['van', 'kust', 'grens', 'oever', 'flank', 'deel'],
};

/** Words before a direction written after its noun ("la côte est", "la costa oeste"): a direction of that place. */
const placeBefore: Readonly<Record<string, readonly string[]>> = {
	fr: ['côte', 'rive', 'banlieue', 'façade', 'frontière', 'flanc', 'partie', 'aile'],
	es: ['costa', 'frontera', 'orilla', 'flanco', 'zona', 'parte'],
	it: ['costa', 'confine', 'sponda', 'fianco', 'zona', 'parte'],
	pt: ['costa', 'fronteira', 'margem', 'flanco', 'zona', 'parte', 'região'],
};

/** Words before a direction at a clause's end that make it a place ("in the north.", "im Norden,", "dans le nord."). */
const articlesBefore: Readonly<Record<string, readonly string[]>> = {
	en: ['the'],
	de: ['im', 'den', 'dem', 'richtung'],
	fr: ['le', 'au', "l'", 'l’', 'vers'],
	es: ['el', 'al'],
	it: ['il', 'al', 'nel', 'a'],
	pt: ['o', 'ao', 'no', 'a'],
	nl: ['het', 'naar'],
};

/**
 * Words whose direction is read only after an elision or a noun of place (placeBefore): French "est" is also "is",
 * Spanish and Portuguese "este" also "this"; "l'est", "à l'est de", "la côte est" are directions.
 */
const ambiguous: Readonly<Record<string, ReadonlySet<string>>> = {fr: new Set(['est']), es: new Set(['este']), pt: new Set(['este'])};

/** A distance just before a direction ("50 km north", "50 Kilometer nördlich", "12 miles west"): its figure and unit at the end of the text before. */
const distanceBefore = /\p{N}[\p{N}.,]*[^\S\n]*(?:km|kms|kilomet\p{L}*|kilómet\p{L}*|chilomet\p{L}*|quilômet\p{L}*|quilómet\p{L}*|mi|miles?|meilen|millas|milles|miglia|nautical miles|m|metres?|meters?|metros?|mètres?|metri|yards?)[^\S\n]+$/iu;

const wordPattern = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
const elision = /^(?:l|d|qu|dell|all|nell|dall|sull)['’]/iu;

/** Changed words a run may hold on each side, at most, for its direction to be read: a longer run rewrites the clause. */
const maxRunWords = 4;

type Direction = {point: string; start: number; end: number};

/** The word just before `at` in `text` as written, and whether a sentence's end (or a line's start) stands between them. */
const previousWord = (text: string, at: number): {word: string | undefined; opensSentence: boolean} => {
	const head = text.slice(Math.max(0, at - 60), at);
	const match = /([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*['’]?)([^\p{L}\p{M}]*)$/u.exec(head);
	if (!match) return {word: undefined, opensSentence: true};
	return {word: match[1], opensSentence: /[.!?:\n]/u.test(match[2]!)};
};

/**
 * Whether the direction word at [start, end) of `text` names where a place is (see the module's comment), in
 * `language` (lists of English where it has none). `written` is the word as written, elision included ("l'est").
 */
const locatedAt = (text: string, start: number, end: number, written: string, language: string): boolean => {
	const next = /^[^\S\n]*([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*)/u.exec(text.slice(end, end + 60))?.[1];
	const bare = written.replace(elision, '');
	const capital = /^\p{Lu}/u.test(bare);
	const previous = previousWord(text, start);
	const before = previous.opensSentence ? undefined : previous.word?.toLowerCase();
	// A capitalised direction beside another capitalised word is a name's ("North Korea", "Middle East"); German capitalises its nouns.
	if (language !== 'de' && capital && ((next !== undefined && /^\p{Lu}/u.test(next)) || (previous.word !== undefined && !previous.opensSentence && /^\p{Lu}/u.test(previous.word)))) return false;
	const afterPlace = before !== undefined && placeBefore[language]?.includes(before) === true;
	// "est", "este": a direction only after an elision ("l'est"), in a compound ("nord-est"), or after a noun of place ("la côte est").
	if (ambiguous[language]?.has(bare.toLowerCase()) && bare === written && !afterPlace) return false;
	if (afterPlace || distanceBefore.test(text.slice(Math.max(0, start - 40), start))) return true;
	if (next === undefined) return (before !== undefined && (articlesBefore[language] ?? articlesBefore.en!).includes(before)) || bare !== written;
	const after = next.toLowerCase();
	const list = placeAfter[language] ?? placeAfter.en!;
	if (list.includes(after) || (/^d['’]/u.test(after) && list.includes('de'))) return true;
	// A direction in lower case before a place's name ("northern Syria", "nördlich Berlins"). A German noun of direction before
	// one ("im Norden Syriens") is read by facts.ts as a name already.
	return /^\p{Lu}/u.test(next) && !capital;
};

const pointOf = (word: string, language: string): string | undefined => {
	const table = pointsByLanguage[language] ?? pointsByLanguage.en!;
	const lower = word.replace(elision, '').toLowerCase();
	for (const [point, words] of Object.entries(table)) if (words.includes(lower)) return point;
	return undefined;
};

/** The directions of a location among the words of `text` in [from, to) (at most maxRunWords words, else none). */
const directionsIn = (text: string, from: number, to: number, language: string): Direction[] | undefined => {
	// The whole words the run's words are part of: the word diff cuts "north-east" at its hyphen.
	const joined = /[\p{L}\p{M}]-$|^-[\p{L}\p{M}]/u;
	while (from > 1 && (joined.test(text.slice(from - 2, from)) || /[\p{L}\p{M}]/u.test(text[from - 1]!))) from--;
	while (to < text.length - 1 && (joined.test(text.slice(to, to + 2)) || /[\p{L}\p{M}]/u.test(text[to]!))) to++;
	const found: Direction[] = [];
	let words = 0;
	wordPattern.lastIndex = 0;
	for (const match of text.slice(from, to).matchAll(wordPattern)) {
		if (++words > maxRunWords) return undefined;
		const point = pointOf(match[0], language);
		const start = from + match.index;
		const end = start + match[0].length;
		if (point !== undefined && locatedAt(text, start, end, match[0], language)) found.push({point, start, end});
	}
	return found;
};

/** Function words a shown place runs past after its direction ("north of the capital", "au nord de la capitale"). */
const shownThrough = new Set(['of', 'the', 'a', 'der', 'des', 'von', 'vom', 'de', 'du', 'la', 'le', 'les', 'del', 'di', 'della', 'do', 'da', 'van', 'het', 'el']);

/** The place as shown: a distance or a noun of place (placeBefore) before the direction, the direction, and the words after it up to the first that is no function word ("50 km north of the capital"). */
const shown = (text: string, direction: Direction, language: string): string => {
	const distance = /\p{N}[\p{N}.,]*[^\S\n]*\p{L}+[^\S\n]+$/u.exec(text.slice(Math.max(0, direction.start - 40), direction.start));
	const noun = /([\p{L}\p{M}]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, direction.start - 30), direction.start));
	// After its noun ("la côte est"), the direction ends the place.
	if (!distance && noun && placeBefore[language]?.includes(noun[1]!.toLowerCase())) return text.slice(direction.start - noun[0].length, direction.end).replace(/\s+/gu, ' ');
	const start = distance && distanceBefore.test(distance[0]) ? direction.start - distance[0].length : direction.start;
	let end = direction.end;
	const tail = text.slice(end, end + 80);
	const after = /[^\S\n]*([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*)/uy;
	for (let count = 0, at = 0; count < 4; count++) {
		after.lastIndex = at;
		const match = after.exec(tail);
		if (!match) break;
		at = after.lastIndex;
		end = direction.end + at;
		if (!shownThrough.has(match[1]!.toLowerCase().replace(/['’].*$/u, ''))) break;
	}
	return text.slice(start, end).replace(/\s+/gu, ' ');
};

/**
 * The direction facts of a comparison's rows (kind `place`): in a paired row (not rewritten, compared word by word), a
 * run of changed words (at most maxRunWords each side) whose left side holds one direction of a location and whose
 * right side one of another point, each read where it stands (locatedAt). `left`/`right` the place as shown (shown).
 * Linear in the ops.
 */
export const directionFacts = (left: string, right: string, rows: readonly Row[], language = 'en'): Fact[] => {
	const base = language.toLowerCase().split(/[-_]/u)[0]!;
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate') continue;
		const {ops} = row;
		for (const [start, end] of changedRuns(ops)) {
			const [was, is] = [opsSpan(ops, start, end, 'left'), opsSpan(ops, start, end, 'right')];
			if (!was || !is) continue;
			const [from, to] = [directionsIn(left, was.start, was.end, base), directionsIn(right, is.start, is.end, base)];
			if (from?.length !== 1 || to?.length !== 1 || from[0]!.point === to[0]!.point) continue;
			facts.push({kind: 'place', left: shown(left, from[0]!, base), right: shown(right, to[0]!, base), row: index});
		}
	}
	return facts;
};
