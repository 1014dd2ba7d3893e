import type {LineState} from './line-state.js';

// A document with no trace of a web page — a translation, wire copy, an
// e-mail, a report typed as plain text — has no chrome to strip. The fitted
// decision (block-model.ts) learnt its positions ("far from the article",
// "after the article") and its thread structure on page dumps, where a page
// ends in menus and comments; on a long plain text it drops the last third
// of the text and its captions as chrome. What a page dump has and a plain
// text lacks is cheap to see: link text, the markers that name web chrome
// (menus, share and social links, legal and cookie notices, newsletter and
// comment forms, pagination, tags), the rules a text browser draws for <hr>
// (w3m's "━━━"), the bracketed names it prints for images ("[logo]") and
// form fields ("[          ]", "[Search]"), and menus: runs of short link
// labels. A document with fewer than `webEvidence` of these is plain text.

/** Reasons of firm labels (markers.ts) that name chrome only a web page has. */
const webReasons: ReadonlySet<string> = new Set([
	'navigation link',
	'pagination',
	'tags',
	'share links',
	'social links',
	'copyright notice',
	'cookie notice',
	'legal links',
	'newsletter prompt',
	'comment form',
	'comment counter',
	'comment thread',
	'scraper metadata',
]);

/** A block this much link text is a link (features.ts linkShare). */
const linkBlock = 0.5;
/** A text browser's trace: a form field, a button, an image's name alone in brackets, the rule it draws for <hr>. */
const browserTrace = /\[[ _]{3,}\]|\[\s*(?:search|go|ok|submit|suche|rechercher|buscar)\s*\]|^\[[^\]\s]*\p{L}[^\]\s]*\]$|━━━/iu;
/**
 * A form's field: a line that opens with a check box, a radio button or an empty text field as w3m
 * and lynx print them ("[ ]Keep me logged in", "[X] Remember me", "( ) Yes", "[____] Search"). A
 * browser's trace, and never a headline (title.ts).
 */
export const formField = /^\s*(?:\[[ xX*+_-]?\]|\([ xX*o]?\)|\[[ _]{2,}\])/u;
/** A menu: this many blocks in a row of at most menuWords words each, none ending like a sentence. */
const menuRun = 5;
const menuWords = 3;
/**
 * Pieces of web evidence that make a document a page dump. Two, not one: wire
 * copy and e-mail can carry one copyright line or one link. Among 1,956 dev
 * page dumps, 8 have fewer than two (tiny pages among them); the two
 * plain-text translations of dev-data/align have none.
 */
const webEvidence = 2;

/**
 * Whether the rule states of a document show no trace of a web page (fewer
 * than `webEvidence` pieces of link, marker, browser or menu evidence): plain
 * text, all of it the author's. O(blocks), stopping at the second piece.
 */
export const isPlainDocument = (states: readonly LineState[]): boolean => {
	let found = 0;
	let run = 0;
	for (const {f, firm} of states) {
		if ((firm?.reason !== undefined && webReasons.has(firm.reason)) || f.linkShare >= linkBlock || (f.size <= 12 && (browserTrace.test(f.plain) || formField.test(f.raw)))) {
			found++;
		}

		run = f.size >= 1 && f.size <= menuWords && !f.terminal && /\p{L}{2}/u.test(f.plain) ? run + 1 : 0;
		if (run === menuRun) {
			found++;
		}

		if (found >= webEvidence) {
			return false;
		}
	}

	return true;
};
