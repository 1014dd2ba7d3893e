import {isCallToAction} from './call-to-action.js';
import type {LineFeatures} from './features.js';
import {boiler, type Decision} from './line-state.js';
import {hintedMarkersPrefilterFor, markerMaxWords, markers, type Marker, separatorPattern, trailingCreditPattern, unhintedMarkerMaxWords, unhintedMarkersPrefilter} from './markers.js';
import {hasFullDate, lineUrl, metadataKind} from './metadata.js';
import {withoutLeadingPlaceholder} from './image-placeholders.js';
import {compileAtOnce} from '../text/regexp-tier.js';

// Firm labels: what a line says about itself, before any context.

/**
 * Whether a marker that is the line's first word alone opens a sentence of the story: the word goes on in
 * lower case into a sentence of five words or more that ends like one ("Related stocks in Asia fell 2%.",
 * "Copyright lawyers said the ruling would affect 200 cases."), perhaps after a year ("Copyright 2025 filings
 * rose 10% in the quarter, the office said."). Chrome writes such a word alone, before a colon, in title case
 * or capitals, or before a sign or a year and the holder's name ("Related", "Related Articles", "RELATED:",
 * "Copyright 2024 Reuters", "Copyright 2021 example.de. …", "Copyright © …"), and a marker of several words
 * ("read more", "you may also like") is not judged here.
 */
const opensProse = (f: LineFeatures, marker: Marker, match: RegExpExecArray): boolean => {
	if (match.index !== 0 || !/^\p{L}+$/u.test(match[0]) || !f.terminal || f.size < 5) return false;
	// After a year a notice names its holder (a name, "by …", a domain), a sentence goes on in lower case.
	const next = /^\p{Lu}\p{Ll}*\s+(?:\d{4}\s+)?(\p{Ll}+)(?![\p{L}\d]*\.\p{L})/u.exec(f.plain.trimStart())?.[1];
	// "Copyright by …", "Related to …": the notice's own small words; and the rest must not be chrome by itself ("… Alle Rechte vorbehalten.").
	return next !== undefined && !noticeWords.has(next) && !marker.pattern.test(f.norm.slice(match[0].length));
};

/** Small words a chrome word goes on with ("Copyright by", "Copyright of", "Related to"). */
const noticeWords = new Set(['by', 'of', 'for', 'to', 'on', 'in', 'at', 'from', 'the', 'a', 'an', 'and']);

let prefilterCompiled = false;

/**
 * Characters of a line, at most, that a marker may match: markerMaxWords words of a long language's length, and
 * URLs among them. A longer line is no marker whatever its word count (a one-"word" line of megabytes, "xxx…", made
 * the share marker's alternation of "x" recurse past the stack), and the patterns never run on it.
 */
const markerMaxCharacters = 4000;

const firstMarker = (f: LineFeatures): {decision: Decision; endsArticle: boolean} | undefined => {
	// Two prefilters, one for hinted and one for unhinted markers, rule most lines out in one pass each.
	if (f.size > markerMaxWords || f.norm.length > markerMaxCharacters) {
		return undefined;
	}

	// The unhinted prefilter is some 8,000 characters: machine code from its first run (text/regexp-tier.ts).
	if (!prefilterCompiled) prefilterCompiled = compileAtOnce(unhintedMarkersPrefilter) !== undefined;
	// (Only the hints of markers that allow the line's length: the others would fail their word limit below.)
	const hinted = hintedMarkersPrefilterFor(f.size)?.test(f.norm) === true;
	// (A line longer than every unhinted marker allows would fail each one's word limit below.)
	const unhinted = f.size <= unhintedMarkerMaxWords && unhintedMarkersPrefilter.test(f.norm);
	if (!hinted && !unhinted) {
		return undefined;
	}

	for (const marker of markers) {
		if (f.size > marker.maxWords || !(marker.hints ? hinted : unhinted)) {
			continue;
		}

		// A long sentence that merely starts like a marker ("Next week, ...") is prose.
		if (!marker.sentence && f.terminal && f.size > 12) {
			continue;
		}

		if (!marker.hints || marker.hints.some((hint) => f.norm.includes(hint))) {
			const match = marker.pattern.exec(f.norm);
			if (match && !opensProse(f, marker, match)) return {decision: boiler(marker.category, marker.reason), endsArticle: marker.endsArticle === true};
		}
	}

	return undefined;
};

const navigationWords = /^(?:(?:article|post|artikel|beitrag|artículo|entrada|articolo|статья|запись)\s+)?(?:prev|previous|next|older|newer|précédent|precedent|suivant|zurück|weiter|vorheriger?|nächster?|anterior|siguiente|precedente|successivo|próximo|vorige|volgende|назад|далее|вперёд|вперед|предыдущая|предыдущий|следующая|следующий|上一篇|下一篇|上一页|下一页|前の記事|次の記事)(?!\p{L})/iu;
const arrows = /^[«‹<←⟵◀]|[»›>→⟶▶]$/u;

/** PREV/NEXT links: the word in capitals, with an arrow or a colon, or alone. */
const isPrevNext = (f: LineFeatures): boolean => {
	if (f.size > 30 || !navigationWords.test(f.norm.replace(/^[«‹<←⟵◀"'\s]+/u, ''))) {
		return false;
	}

	// The plain line keeps its case (for "PREV"); NFKC folds full-width colons ("上一篇：").
	const line = f.plain.normalize('NFKC').replace(/^[«‹<←⟵◀\s]+/u, '');
	const match = navigationWords.exec(line);
	if (!match) {
		return false;
	}

	const word = match[0];
	const rest = line.slice(word.length);
	if (/^\p{L}/u.test(rest)) {
		return false; // "Nextdoor", "Previously"
	}

	if (rest.trim() === '' || /^\s*(?:posts?|articles?|stor(?:y|ies)|entries|page|artikel|beitrag|seite|статья|запись|страница|entrada|artículo|página|articolo|artigo)?\s*(?:[:»›>→|-]|$)/iu.test(rest) || arrows.test(f.plain)) {
		return true;
	}

	// "PREV headline ...": the navigation word in capitals, then another article's headline.
	return word.length >= 4 && word === word.toUpperCase() && /\p{Lu}/u.test(word) && /^\s/u.test(rest);
};

const whiteSpaceRun = /\s+/gu;

/**
 * The non-blank parts of a line split at menu separators (" | ", " · ", " › ", "/ " …),
 * white space runs made one space. Collapsing first finds the same parts as splitting
 * the line as written (each alternative of the separator asks only whether there is
 * white space, not how much), in linear time: on the long space runs of a page dumped
 * at 10,000 columns, the pattern alone backtracks quadratically.
 */
export const menuParts = (line: string): string[] => line.replace(whiteSpaceRun, ' ').split(/\s+[|·•]\s+|\s*[›»>/]\s+|\s+[›»>/]\s*/u).filter((part) => part.trim() !== '');

/** Menus ("News | Sport | Culture") and breadcrumbs ("Home > World > Europe"). */
const menuReason = (f: LineFeatures): string | undefined => {
	// Menus are parts of a few words each; a long block is not one (and the split below is costly on it).
	if (f.terminal || f.size > 60 || !/[|·•›»>/]/u.test(f.plain)) {
		return undefined;
	}

	const parts = menuParts(f.plain);
	if (parts.length < 3 && !(parts.length === 2 && /[›»>]/u.test(f.plain))) {
		return undefined;
	}

	const shortParts = parts.filter((part) => part.trim().split(/\s+/u).length <= 4).length;
	if (shortParts !== parts.length) {
		return undefined;
	}

	return /[›»>]/u.test(f.plain) ? 'breadcrumbs' : 'menu';
};

/** The first web address written in a line (http(s):// or www.), as written; undefined when there is none. */
export const inlineUrl = (line: string): string | undefined => /(?:https?:\/\/|www\.)[^\s<>()\]]+/iu.exec(line)?.[0];

/** Press-release end marks: what follows is the issuer's boilerplate ("About ...", contacts). */
const endMarkPattern = /^(?:#{3}|-\s*30\s*-|-+\s*ends?\s*-+|—\s*ends?\s*—|\*{3}\s*end\s*\*{3}|end)$/iu;

/**
 * A line shaped as a strip of the page's header: menu separators between short parts, or a
 * credit at its end ("By Staff • Nov 6, 2012 • New York", "3 March 2024 | Reuters"). When it
 * holds a whole date it is the article's date line (firmDecision), but it still ends a run of
 * text as chrome does (context.ts): the header's fields stand between a teaser and the article.
 */
export const isHeaderStrip = (f: LineFeatures): boolean => menuReason(f) !== undefined || (f.size <= 60 && trailingCreditPattern.test(f.raw));

/** Firm labels: what a line says about itself, without context. */
export const firmDecision = (f: LineFeatures): {decision: Decision; endsArticle: boolean} | undefined => {
	if (endMarkPattern.test(f.raw)) {
		return {decision: boiler('navigation', 'end mark'), endsArticle: true};
	}

	if (separatorPattern.test(f.raw)) {
		return {decision: boiler('navigation', 'separator line'), endsArticle: false};
	}

	const marker = firstMarker(f);
	if (marker?.decision.category === 'scraper' && inlineUrl(f.raw)) {
		// "Original url: https://..." on one line: the article's source.
		return {decision: {kind: 'metadata', metadata: 'url', reason: 'source URL'}, endsArticle: false};
	}

	if (marker) {
		return marker;
	}

	if (isCallToAction(f)) {
		return {decision: /cooki/u.test(f.norm) ? boiler('legal', 'cookie prompt') : boiler('newsletter', 'prompt to the reader'), endsArticle: false};
	}

	if (isPrevNext(f)) {
		return {decision: boiler('navigation', 'previous/next link'), endsArticle: false};
	}

	// Judged without an image placeholder opening the line: w3m prints an avatar's alt text before a byline (M19).
	const metadata = lineUrl(f.raw) ? 'url' : metadataKind(withoutLeadingPlaceholder(f.plain));
	// A date line with a whole date is the article's date whatever stands beside it: an author and
	// a reading time between separators ("Jane Doe · 3 March 2024 · 5 min read") are no menu, and an
	// agency after a bar ("3 March 2024 | Reuters") credits the story, not a photo.
	const datedLine = metadata === 'date' && hasFullDate(f.plain);
	const menu = datedLine ? undefined : menuReason(f);
	if (menu) {
		return {decision: boiler('navigation', menu), endsArticle: false};
	}

	// An agency dateline has a credited caption's shape (a place, the agency in parentheses), but it
	// says where and when the story was filed: "BRUSSELS, March 3 (Reuters) -" is metadata.
	if (metadata !== 'dateline' && !datedLine && f.size <= 60 && trailingCreditPattern.test(f.raw)) {
		return {decision: boiler('caption', 'photo caption with credit'), endsArticle: false};
	}

	if (metadata) {
		return {decision: {kind: 'metadata', metadata, reason: metadata === 'url' ? 'source URL' : metadata}, endsArticle: false};
	}

	return undefined;
};
