// Two articles in two languages: an article and its translation share no
// words, and copydesk's relations compare words, so the pair reads as
// `unrelated` (or `related` on its names and figures). The reader is told why.
/** What a reader is told of a pair in two languages (Comparison `languages`): the verdict compares words, not meanings. */
export const languagesNote = (languages: {left: string; right: string}): string => `different languages (${languages.left}, ${languages.right}): copydesk compares words, not translations`;

