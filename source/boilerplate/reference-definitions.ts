// A Markdown text may write its links by reference: "[industry association][bgmea]"
// in the prose and "[bgmea]: https://www.bgmea.com.bd/" on a line of its own,
// usually at the foot (CommonMark 0.31 §4.7 and §6.3; "[1]" and "[1]: …" for a
// numbered citation). The definition line is a bare address, so the passes read
// it as a link outside the article and dropped it: a changed target was no
// change, though a changed inline target "[x](url)" is one (compare/word-diff.ts
// linkTarget), and the stripped text lost its links' targets (breaker11 J11).
// A definition is part of the article text that uses it: the target of a link
// in a paragraph the article keeps. A definition nothing kept uses (a sidebar's
// link) keeps its label. A context rule over the labelled blocks, run after the
// fitted decision (as pipe-table.ts is).
import type {LineState} from './line-state.js';
import {referenceLabel} from '../text/normalize.js';

/** A definition block: "[label]: target", at most three spaces in, one line (the label, as normalize.ts reads it). */
const definition = /^[ \t]{0,3}\[([^\]\r\n]{1,100})\]:[ \t]*<?[^\s<>]{1,2000}>?(?:[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|\([^()\r\n]*\)))?[ \t]*$/u;

/** Bracketed labels in a block's written text: "[label]" of a shortcut or full reference ("[text][label]" gives both "text" and "label"). */
const bracketed = /\[([^[\]\r\n]{1,100})\]/gu;

/**
 * Marks as body each reference definition block whose label a body block uses
 * ("[text][label]", "[label]", "[text][]" whose text is the label). Linear in the
 * blocks' characters; a page with no definition is left at once.
 */
export const markReferenceDefinitions = (states: LineState[]): void => {
	const definitions: Array<[LineState, string]> = [];
	for (const state of states) {
		if (!state.f.raw.includes(']:')) continue;
		const match = definition.exec(state.f.raw);
		if (match) definitions.push([state, referenceLabel(match[1])]);
	}

	if (definitions.length === 0) return;
	const used = new Set<string>();
	for (const state of states) {
		if (state.final?.kind !== 'body' && state.final !== undefined) continue;
		if (!state.f.raw.includes('[') || definition.test(state.f.raw)) continue;
		for (const match of state.f.raw.matchAll(bracketed)) used.add(referenceLabel(match[1]));
	}

	for (const [state, label] of definitions) {
		if (used.has(label) && state.final?.kind === 'boilerplate') state.final = {kind: 'body'};
	}
};
