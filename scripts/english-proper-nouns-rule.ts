/**
 * The English proper nouns of `lexicon` (word → tags, most frequent first, as the brill package gives them): its
 * capitalised words of letters only (one capital, then lower case) that it tags NNP or NNPS alone and whose lower-case
 * form it does not hold ("Smith", "Jones"; not "Brown", "Apple", "Shares": those are common words too). Lower-cased, sorted.
 */
export const englishProperNounCandidates = (lexicon: Readonly<Record<string, readonly string[]>>): string[] =>
	Object.keys(lexicon)
		.filter(word => /^[A-Z][a-z]+$/.test(word) && lexicon[word]!.every(tag => tag.split('|').every(part => part === 'NNP' || part === 'NNPS')) && lexicon[word.toLowerCase()] === undefined)
		.map(word => word.toLowerCase())
		.sort();
