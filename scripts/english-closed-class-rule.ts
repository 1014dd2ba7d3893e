import {createRequire} from 'node:module';
import {stopwords as orama} from '@orama/stopwords/english';

/** Penn Treebank tags of the closed word classes: conjunctions, determiners, prepositions, modals, pronouns, particles, "to", wh-words. */
export const closedClassTags: readonly string[] = ['CC', 'DT', 'EX', 'IN', 'MD', 'PDT', 'PRP', 'PRP$', 'RP', 'TO', 'WDT', 'WP', 'WP$', 'WRB'];

/**
 * The words of stopwords-iso's English list, not in Snowball's (Orama's, with "a"), whose most frequent tag in
 * `lexicon` (word → tags, most frequent first, as the brill package gives them) is a closed-class one. Sorted.
 */
export const englishClosedClassCandidates = (lexicon: Readonly<Record<string, readonly string[]>>): string[] => {
	const iso = (createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>).en!;
	const snowball = new Set([...orama, 'a']);
	const closed = new Set(closedClassTags);
	const words = iso.filter(word => !snowball.has(word) && Object.hasOwn(lexicon, word) && closed.has(lexicon[word]![0]!.split('|')[0]!));
	return [...new Set(words)].sort();
};
