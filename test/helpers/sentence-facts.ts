// One sentence changed inside a short article whose other paragraphs stay the same: the facts `diff` lists for it
// ("kind: left → right") and the relation, for the fact readers' tests.
import {compareTexts} from '../../source/compare/compare.js';

const article = (sentence: string) =>
	['Plane crashes near the capital', 'The regional council met in the town hall for its monthly session, officials said on the record.', sentence, 'The session ended in the afternoon and a further meeting is planned for later in the season.'].join('\n\n');

/** The facts (as "kind: left → right") and relation of an article whose third paragraph reads `before`, then `after`. */
export const sentenceFacts = (before: string, after: string, language = 'en'): {facts: string[]; relation: string} => {
	const result = compareTexts(article(before), article(after), {language});
	return {facts: (result.facts ?? []).map(fact => `${fact.kind}: ${fact.left} → ${fact.right}`), relation: result.relation};
};
