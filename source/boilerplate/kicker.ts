/**
 * A section kicker: the rubric a paper prints over a headline ("WORLD NEWS",
 * "BREAKING NEWS", "EXCLUSIVE", "Opinion", "Analysis"). It names the section or
 * the kind of piece, not the story: navigation, never the title.
 */

/**
 * Rubric words and phrases papers print above a headline (English, German,
 * French, Spanish, Italian), compared case-folded with the whole line. Each is a
 * kind of piece or a desk's name, never a headline of its own.
 */
const rubrics = new Set([
	// English
	'analysis', 'news analysis', 'opinion', 'comment', 'commentary', 'editorial', 'leader', 'column', 'explainer', 'exclusive', 'live', 'live updates',
	'breaking', 'breaking news', 'just in', 'developing', 'developing story', 'update', 'updated', 'interview', 'review', 'feature', 'features', 'obituary',
	'fact check', 'factcheck', 'investigation', 'world', 'world news', 'uk news', 'us news', 'business', 'politics', 'sport', 'sports', 'news', 'latest news',
	'top story', 'special report', 'in depth', 'in pictures', 'video', 'watch', 'podcast', 'letters', 'perspective', 'essay',
	// German
	'kommentar', 'analyse', 'meinung', 'leitartikel', 'eilmeldung', 'exklusiv', 'hintergrund', 'reportage', 'nachruf', 'liveblog', 'live-ticker',
	// French
	'éditorial', 'tribune', 'chronique', 'décryptage', 'exclusif', 'en direct', 'direct', 'entretien', 'enquête', 'nécrologie',
	// Spanish, Italian
	'opinión', 'análisis', 'exclusiva', 'última hora', 'en vivo', 'en directo', 'entrevista', 'reportaje', 'editoriale', 'analisi', 'opinione', 'esclusiva', 'ultima ora',
]);

/** A kicker in capitals is short: one or two words ("WORLD NEWS"); three capitals words may be a headline ("FIRE KILLS 12"). */
const capitalsWords = 2;

/**
 * Whether a line is a section kicker: a known rubric (`rubrics`, the whole
 * line, case-folded, a trailing colon, bar or dash allowed), or one or two words
 * all in capitals with no figure ("WORLD NEWS", "LIVE"). `plain` is the line's
 * text; `size` its word count (features.ts). A caseless script's line is never
 * one by its capitals.
 */
export const isSectionKicker = (plain: string, size: number): boolean => {
	// A closing colon, bar or dash dropped with the spaces before it, without a pattern that would try every space of a long run (review R26).
	const trimmed = plain.trim();
	const line = /[:|–—-]$/u.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
	if (rubrics.has(line.toLowerCase().replace(/\s+/gu, ' '))) return true;
	return size >= 1 && size <= capitalsWords && /\p{Lu}\p{Lu}/u.test(line) && !/[\p{Ll}\p{Lo}\p{N}]/u.test(line);
};
