import type {BoilerplateCategory} from './label.js';
import type {LineFeatures} from './features.js';
import {boiler, isTitleLike as isTitleShaped, type LineState} from './line-state.js';
import {isPlainDocument} from './plain-text.js';
import {scriptSentenceEnds} from '../text/sentences.js';

/** Ends with a full stop of any script (. ． and scriptSentenceEnds). */
const fullStopEnd = new RegExp(`[.．${scriptSentenceEnds}]$`, 'u');

/**
 * A link, not a headline: a list item ("• Complete Coverage »") or a line
 * ending in a chevron, printed or left as an HTML entity by a plain dump
 * ("WATCH VIDEO: Entertainment &raquo"). Read on the raw line: a Markdown
 * bullet ("- Politics", "* Home") is a list item before any cleaning strips it.
 * The one pattern for both titles: the labeller's (here) and the reader's
 * (corpus/title.ts deriveTitle).
 */
export const linkShaped = /^\s*[•·▪►◦‣○●■□*+–-]\s|(?:[»›→]|&raquo;?|&rsaquo;?|&gt;?|&#187;?)\s*$/iu;

/** A line that may be the title: shaped like a headline (line-state.ts isTitleLike), not a link. */
const isTitleLike = (f: LineFeatures): boolean => isTitleShaped(f) && !linkShaped.test(f.raw);

/** A full stop of any script, a colon, semicolon or comma at the end: no plain text's heading ends so. */
const plainHeadingEnd = new RegExp(`[.:;,．：；，${scriptSentenceEnds}]$`, 'u');

/** A plain text's heading: its first line, short, not a sentence (one word may do: "Monsoon"). */
const plainHeadingWords = 15;

/** Rule reasons that only say a block is outside the article: a plain text has no outside (plain-text.ts). */
const outsideReasons = new Set(['line outside the article', 'short line outside the article']);

/**
 * A plain text (no trace of a web page, plain-text.ts) names itself by its
 * first line when that line is short and followed by prose (nothing firm, such as
 * a byline or a date, between them): it is the title,
 * and the short lines between it and the prose (a subtitle, "With 3
 * illustrations") are the author's, not chrome. Returns the title's index.
 */
const plainTitle = (states: LineState[], firstBody: number): number | undefined => {
	const first = states.findIndex((state) => state.f.size > 0);
	if (first === -1 || firstBody === -1 || first >= firstBody || states[first].firm) {
		return undefined;
	}

	const {f} = states[first];
	if (f.size > plainHeadingWords || plainHeadingEnd.test(f.plain) || linkShaped.test(f.raw) || !isPlainDocument(states)) {
		return undefined;
	}

	// A byline, a date or a share button under it: a page's header, left to the usual choice below.
	if (states.slice(first + 1, firstBody).some((state) => state.firm)) {
		return undefined;
	}

	for (let i = first + 1; i < firstBody; i++) {
		const rule = states[i].final;
		if (!states[i].firm && states[i].f.size > 0 && (rule === undefined || (rule.kind === 'boilerplate' && rule.reason !== undefined && outsideReasons.has(rule.reason)))) {
			states[i].final = {kind: 'body'};
		}
	}

	return first;
};

const betweenTitleAndBody = new Set<BoilerplateCategory>(['caption', 'share', 'scraper']);

/** The title: a Markdown heading above the body, else the nearest title-like line above it. */
export const chooseTitle = (states: LineState[]): number | undefined => {
	const firstBody = states.findIndex((state) => state.final?.kind === 'body');
	const limit = firstBody === -1 ? states.length : firstBody;
	const open = (state: LineState): boolean => !state.firm && (!state.final || state.final.kind !== 'body');
	let title: number | undefined = plainTitle(states, firstBody);
	for (let i = 0; i < limit && title === undefined; i++) {
		if (open(states[i]) && states[i].f.heading && isTitleLike(states[i].f)) {
			title = i;
			break;
		}
	}

	if (title === undefined && firstBody !== -1) {
		// The nearest title-like lines above the body (up to three, skipping
		// date, byline, photo, share buttons).
		const candidates: number[] = [];
		for (let i = firstBody - 1; i >= 0 && candidates.length < 3; i--) {
			const state = states[i];
			if (state.firm && (state.firm.kind === 'metadata' || betweenTitleAndBody.has(state.firm.category!) || (state.firm.category === 'navigation' && state.f.size <= 2))) {
				continue;
			}

			if (state.repeated && !state.final) {
				continue; // Site template (a tagline) above the headline.
			}

			if (!open(state) || !isTitleLike(state.f) || state.grade === 'bad') {
				break;
			}

			candidates.push(i);
		}

		// The topmost of some length (a section name such as "Middle East" is
		// shorter), else the longest; a long line between it and the body is
		// the standfirst, article text.
		const substantial = candidates.filter((i) => states[i].f.size >= 4);
		title = substantial.at(-1) ?? candidates.reduce<number | undefined>((best, i) => (best === undefined || states[i].f.size > states[best].f.size ? i : best), undefined);
		for (const i of substantial) {
			if (i > title! && states[i].f.size >= 5) {
				states[i].final = {kind: 'body'};
			}
		}
	}

	// No headline above the body: a first body line shaped like a headline ("... ?") is the title.
	if (title === undefined && firstBody !== -1 && states.slice(0, firstBody).every((state) => state.final?.kind !== 'body') && isTitleLike(states[firstBody].f) && !fullStopEnd.test(states[firstBody].f.plain) && states[firstBody].f.size <= 15 && states.slice(firstBody + 1).find((state) => state.final?.kind !== 'metadata')?.final?.kind === 'body') {
		title = firstBody;
	}

	if (title === undefined && firstBody === -1) {
		title = states.findIndex((state) => open(state) && !state.repeated && isTitleLike(state.f) && state.grade !== 'bad');
		if (title === -1) {
			title = undefined;
		}
	}

	if (title !== undefined) {
		// The title printed twice: the first print is the title, the other its repeat.
		const key = states[title].f.key;
		const earlier = states.findIndex((state, i) => i < title! && key !== 0 && state.f.key === key && !state.firm);
		if (earlier !== -1) {
			title = earlier;
		}

		states[title].final = {kind: 'title'};
	}

	return title;
};

/** Other lines with the title's words: the title printed twice. */
export const markRepeatedTitle = (states: LineState[], titleIndex: number | undefined): void => {
	if (titleIndex === undefined) {
		return;
	}

	const key = states[titleIndex].f.key;
	for (const state of states) {
		if (state !== states[titleIndex] && key && state.f.key === key && state.final?.kind !== 'metadata') {
			state.final = boiler('repeated-title', 'title repeated');
		}
	}
};
