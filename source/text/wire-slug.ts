/**
 * A news agency's version slug at the head of a headline: "UPDATE 2-", "CORRECTED-UPDATE 1-", "WRAPUP 1-",
 * "REFILE-", "RPT-", "EXCLUSIVE-" (Reuters' style, which every site re-posting its feed keeps). It marks which
 * version of the story this is, or what kind of piece, not what the story says: successive versions of one story
 * differ by exactly this. Read only in capitals, at a line's start, glued by its hyphen to the headline's first
 * word ("UPDATE 2-Factory fire kills 12"); a slug word alone, or before a space, is a word of the text.
 */

/**
 * The slug's words (a version's number after UPDATE and WRAPUP), each ended by a hyphen, one or more in a row.
 * Reuters' "FOCUS-" but not before "Online", "Money", "TV": "FOCUS-Online" is a German news site's name, glued as a slug
 * is (breaker13b N9, review13b S9).
 */
const slugWords = String.raw`(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|CORRECTED|REFILE|RPT|REPEAT|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|PREVIEW|TIMELINE|GRAPHIC|INTERVIEW|FEATURE|COLUMN|BREAKINGVIEWS|HIGHLIGHTS|POLL|FOCUS(?!-Online|-Money|-TV)|Q\+A|SPECIAL REPORT)-`;

/** A slug at the start of `line` (after at most three spaces or tabs): its words and hyphens, the headline's first character after them. */
const leadingSlug = new RegExp(String.raw`^[ \t]{0,3}((?:${slugWords})+)(?=[^\s-])`, 'u');

/**
 * A slug at each line's start in a text, for markup masks (text/normalize.ts): group 1 is what precedes it on its
 * line (a line break, or the text's start, then up to three spaces or tabs), group 2 the slug itself.
 */
export const wireSlugs = new RegExp(String.raw`(^|[\r\n][ \t]{0,3}|^[ \t]{1,3})((?:${slugWords})+)(?=[^\s-])`, 'gu');

/** Whether `text` may hold a slug (a cheap test before wireSlugs): a slug word's capitals before a hyphen. */
export const mayHoldWireSlug = (text: string): boolean => /[A-Z](?: \d{1,2})?-\S/u.test(text);

/** The length of the slug opening `line` (its leading spaces included), 0 for none. */
export const wireSlugLength = (line: string): number => {
	const match = leadingSlug.exec(line);
	return match ? match[0].length : 0;
};

/**
 * `text` with each slug at a line's start (wireSlugs) written as spaces, one for each code unit, so offsets hold:
 * what facts are read from (a slug's version number is no figure, its words no name).
 */
export const withoutWireSlugs = (text: string): string => {
	if (!mayHoldWireSlug(text)) return text;
	return text.replace(wireSlugs, (_, before: string, slug: string) => before + ' '.repeat(slug.length));
};
