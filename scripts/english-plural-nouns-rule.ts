/**
 * The English plural nouns of `lexicon` (word → tags, most frequent first, as the brill package gives them): its
 * lower-case words ending in "s" that it tags NNS (a plural common noun) among their tags. Sorted.
 */
export const englishPluralNounCandidates = (lexicon: Readonly<Record<string, readonly string[]>>): string[] =>
	Object.keys(lexicon)
		.filter(word => /^[a-z]+s$/.test(word) && lexicon[word]!.some(tag => tag.split('|').includes('NNS')))
		.sort();
