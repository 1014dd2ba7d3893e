// The title a reader would give an article: the source's title, else the line
// the labeller calls the title, else the first heading or sentence of the body.
import type {ArticleLabels, LineLabel} from '../boilerplate/label.js';
import {hyphenBreak} from '../boilerplate/blocks.js';
import {formField} from '../boilerplate/plain-text.js';
import {chromeHeadingShape, imagePlaceholder, linkShaped} from '../boilerplate/title.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {wireSlugLength} from '../text/wire-slug.js';

/** Long enough for a real headline, short enough for a list row. */
export const maxTitleLength = 120;

/** Only the top of an article names it; further down, headings are section titles. */
const headingSearchLines = 12;

/** Lines of one wrapped paragraph or headline as one line: a space between two, none after a word broken by a hyphen ("work-" / "ers"), as blocks.ts joins them. */
const joinWrapped = (parts: readonly string[]): string => {
	let joined = parts[0] ?? '';
	for (let k = 1; k < parts.length; k++) joined += hyphenBreak(parts[k - 1]!, parts[k]!) ? parts[k]!.trimStart() : ` ${parts[k]}`;
	return joined;
};

/**
 * An article's title: the source's (`givenTitle`), else the line labelled title, else the first heading or sentence near
 * the top; at most maxTitleLength characters; '' when none. `givenIsFallback`: the given title is only a page's `<title>`
 * (a site's template, "Daily Planet - World News"), after the line labelled title and before the rest.
 */
export function deriveTitle(text: string, labels: ArticleLabels, givenTitle?: string, givenIsFallback = false): string {
	const given = givenTitle === undefined ? '' : cleanTitle(givenTitle);
	if (given && !givenIsFallback) return shorten(given);
	const lineText = (line: LineLabel) => text.slice(line.span.start, line.span.end);
	for (let i = 0; i < labels.lines.length; i++) {
		const line = labels.lines[i];
		if (line.kind !== 'title') continue;
		// A headline wrapped over several lines (a folded dump) is one title: its next lines join it.
		const parts = [lineText(line)];
		for (let j = i + 1; j < labels.lines.length; j++) {
			const next = labels.lines[j];
			if (next.kind !== 'title' || next.n !== labels.lines[j - 1].n + 1 || (line.block !== undefined && next.block !== line.block)) break;
			parts.push(lineText(next));
		}

		const cleaned = cleanTitle(joinWrapped(parts));
		if (cleaned) return shorten(cleaned);
	}

	// A page's <title> (givenIsFallback) names it when no line is its headline.
	if (given) return shorten(given);
	const lines = labels.lines;
	const body = lines.filter(line => line.kind === 'body');
	// A heading at the top: a Markdown heading, or a short line standing alone as its own paragraph.
	for (const line of body.slice(0, headingSearchLines)) {
		const raw = lineText(line);
		const cleaned = cleanTitle(raw);
		if (!cleaned) continue;
		if (/^\s{0,3}#{1,6}\s/.test(raw)) return shorten(cleaned);
		const index = lines.indexOf(line);
		const standsAlone = lines[index - 1]?.n !== line.n - 1 && lines[index + 1]?.n !== line.n + 1;
		if (standsAlone && !linkShaped.test(raw) && !formField.test(raw) && !imagePlaceholder(raw) && !chromeHeadingShape(cleaned) && looksLikeHeading(cleaned)) return shorten(cleaned);
		// The first body paragraph is prose: it names the article by its first sentence.
		if (!standsAlone || cleaned.length > 40) break;
	}

	for (const [k, line] of body.entries()) {
		const raw = lineText(line);
		// A paragraph wrapped over several lines (a folded dump) is one: its first sentence may run onto the next.
		const parts = [raw];
		for (let j = k + 1; j < body.length && line.block !== undefined && body[j].block === line.block && body[j].n === body[j - 1].n + 1 && joinWrapped(parts).length < maxTitleLength * 4; j++) {
			parts.push(lineText(body[j]));
		}

		const cleaned = cleanTitle(joinWrapped(parts));
		// An image's stand-in ("[bullet_sid][bullet_tog]", "Photo: …") names no article (boilerplate/title.ts imagePlaceholder).
		if (cleaned && !linkShaped.test(raw) && !formField.test(raw) && !imagePlaceholder(raw)) return shorten(firstSentence(cleaned));
	}

	return '';
}

/** A sentence end of any script (scriptSentenceEnds), or a colon, semicolon or comma: no headline ends so. */
const headingEnd = new RegExp(`[.:;,${scriptSentenceEnds}]$`, 'u');

/** A headline: a few words, no sentence-ending full stop, not a link (linkShaped, tested on the raw line by the caller). Any script. */
function looksLikeHeading(line: string): boolean {
	if (line.length > 200) return false;
	if (headingEnd.test(line)) return false;
	const words = line.split(/\s+/).filter(Boolean).length;
	// Scripts without spaces (CJK) are one "word"; accept them on length alone.
	return words >= 2 || line.length >= 4;
}

/** Markdown and quoting removed, whitespace collapsed. The text stays raw otherwise (renderers make it safe). */
export function cleanTitle(line: string): string {
	// A wire's version slug ("UPDATE 2-", "CORRECTED-UPDATE 1-": text/wire-slug.ts) is which version, not the title's.
	return line
		.slice(wireSlugLength(line))
		.replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+•▪►◦‣○●■□]\s+(?=\S))/u, '')
		// An e-mail's subject header names its message: the label is not the title's ("Subject: Factory fire …").
		.replace(/^\s*(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|temat|тема)\s*:\s*(?=\S)/iu, '')
		.replace(/\s+#+\s*$/, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, '$1')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=$|[\s).,;:!?])/g, '$1$3')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

// Made on first use: the first Intl.Segmenter of a process loads ICU's break rules (~10 ms).
let sentences: Intl.Segmenter | undefined;

/** Printable ASCII and tabs, no sentence end (. ! ?) and no line break. */
const plainAscii = /^[\t\x20\x22-\x2d\x2f-\x3e\x40-\x7e]*$/;

/** Closing quotes and brackets of ASCII (UAX #29's Close), then spaces and tabs, or nothing. */
const closingOnly = /^["')\]}]*[ \t]*$/;

/**
 * The first sentence of `head` as Intl.Segmenter's sentence granularity trims it (Unicode UAX #29,
 * as ICU implements it), in the plain cases that need no break rules, else undefined. ASCII
 * with no line break: with no sentence end either it is one sentence (no rule breaks without one);
 * with its first end (. ! ?) followed by one space and a capital, the sentence ends there (SB11:
 * SB6 and SB7 need the end touching a digit or a capital, SB8 a lower-case letter after it, SB8a a
 * comma, colon, dash or another end); with nothing after its first end but closing quotes or brackets
 * and spaces, the whole head is the sentence (a one-sentence paragraph). The first Intl.Segmenter of
 * a process costs some 30 ms of ICU's break rules, for a title most articles give in these cases.
 */
export const plainFirstSentence = (head: string): string | undefined => {
	if (plainAscii.test(head)) return head.trim();
	const end = head.search(/[.!?]/);
	if (end < 0 || !plainAscii.test(head.slice(0, end))) return undefined;
	// The end last but for closing quotes or brackets and spaces (a one-sentence paragraph): SB9 and SB10 keep them in
	// its sentence, and nothing breaks before the text's end (SB2).
	if (closingOnly.test(head.slice(end + 1))) return head.trim();
	if (head.charCodeAt(end + 1) !== 32 || !/[A-Z]/.test(head.charAt(end + 2))) return undefined;
	return head.slice(0, end + 1).trim();
};

/** How many one-word "sentences" (abbreviations: "Gen.", "Mr.", "St.") firstSentence joins to the sentence they open. */
const maxAbbreviations = 3;

/**
 * The first sentence of a paragraph. A "sentence" of one word is an abbreviation's full stop, not a sentence ("Gen. David
 * Petraeus turned the tide …" is not "Gen."): the sentence runs on, up to `maxAbbreviations` such words.
 */
function firstSentence(paragraph: string): string {
	let rest = paragraph;
	let joined = '';
	for (let k = 0; k <= maxAbbreviations; k++) {
		const sentence = segmentFirst(rest);
		joined = joined ? `${joined} ${sentence}` : sentence;
		const at = rest.indexOf(sentence);
		if (/\s/u.test(sentence) || at === -1 || rest.slice(at + sentence.length).trim() === '') break;
		rest = rest.slice(at + sentence.length);
	}

	return joined;
}

function segmentFirst(paragraph: string): string {
	// Only the head matters; segmenting a 100,000-character line would be wasted work.
	const head = paragraph.slice(0, maxTitleLength * 4);
	const plain = plainFirstSentence(head);
	if (plain !== undefined) return plain || paragraph;
	sentences ??= new Intl.Segmenter(undefined, {granularity: 'sentence'});
	for (const {segment} of sentences.segment(head)) {
		const trimmed = segment.trim();
		if (trimmed) return trimmed;
	}

	return paragraph;
}

/** Cut at a word boundary with an ellipsis; never splits a surrogate pair. */
export function shorten(title: string, limit = maxTitleLength): string {
	if (title.length <= limit) return title;
	let cut = title.slice(0, limit - 1);
	const space = cut.lastIndexOf(' ');
	if (space > limit / 2) cut = cut.slice(0, space);
	else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}
