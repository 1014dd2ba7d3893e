// TEMPORARY stand-in for countWords until source/text/words.ts lands. Delete then.
const words = new Intl.Segmenter(undefined, {granularity: 'word'});
export const countWords = (text: string): number => {
	let count = 0;
	for (const segment of words.segment(text)) if (segment.isWordLike) count++;
	return count;
};
