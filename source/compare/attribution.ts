import type {Fact, Row} from './model.js';
import {changedRuns, equalToken, isWordToken, shownAround, tokensOf} from './op-runs.js';
import {speechVerbFollows} from './speech-verbs.js';

/**
 * The source a claim is attributed to, replaced by another written as a common noun: "…, police said" → "…, rebels
 * said", "according to the health ministry" → "according to the militants", "a government spokesman told reporters" →
 * "an opposition spokesman told reporters" (breaker13 M27). A casualty figure or an accusation carries its source, and
 * a copy that gives it to another source changes the claim a fact-checker verifies. A capitalised source is a name
 * (facts.ts: "Smith said" → "Jones said"); this reads the lower-case one, by its place only: the words the word diff
 * replaced right before a verb of speech (speech-verbs.ts, at most two equal nouns between: "government spokesman
 * told"), right after "according to" or its peers in other languages, or right after an English "said" after a comma
 * at a clause's end (", said police."). A source said another way is no other source: a pronoun or a generic word on
 * either side ("it said" / "the company said", "police said" / "officials said"), or one word's singular and plural.
 */

/** Words that name a source vaguely or stand for one (pronouns, "officials", "the company", "a spokesman"): replaced by or replacing another, the source may be the same. English, German, French, Spanish, Italian, Portuguese and Dutch, lower case. */
const genericSources: ReadonlySet<string> = new Set(
	[
		'he she it they we i you who one someone anyone officials official authorities authority sources source spokesman spokeswoman spokesperson spokespeople representative representatives statement company firm group organisation organization agency report reports people person team office department',
		// A person named by their place in the organisation that speaks ("an embassy staff member" / "an embassy employee"): one speaker in other words.
		'staff member members employee employees worker workers aide aides insider insiders',
		// Words of time after an inverted verb ("…, said yesterday"), no source.
		'yesterday today tonight earlier later recently again too also then',
		'er sie es man wir sprecher sprecherin behörde behörden beamte beamter unternehmen konzern firma mitteilung angaben',
		'il elle ils elles on nous porte-parole autorités responsable responsables entreprise société groupe communiqué',
		'él ella ellos ellas portavoz autoridades fuentes fuente empresa compañía comunicado',
		'lui lei loro portavoce autorità fonti fonte azienda società',
		'ele ela eles elas autoridades fontes empresa',
		'hij zij ze wij woordvoerder woordvoerster autoriteiten bronnen bedrijf',
	].join(' ').split(' '),
);

/** Words before a source that attribute a claim to it, per language, lower case, as the tokens the word diff reads (a phrase as its words). */
const attributors: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
	en: [['according', 'to']],
	de: [['laut'], ['nach', 'angaben']],
	fr: [['selon']],
	es: [['según']],
	it: [['secondo']],
	pt: [['segundo']],
	nl: [['volgens']],
};

/** Articles and determiners that may stand between an attributor and its source ("according to the ministry"), per language, lower case. */
const articles: ReadonlySet<string> = new Set('the a an der die das des dem den le la les l’ l\' el los las il lo gli i o os as de het een'.split(' '));

/** Words a replaced source holds on each side, at most: a longer run rewords the clause. */
const maxSourceWords = 4;
/** Equal words between a replaced source and its verb of speech, at most ("government spokesman told"). */
const maxBetween = 2;

const lower = (tokens: readonly string[]) => tokens.map(token => token.toLowerCase());
/** One word's singular and plural as one ("officer" / "officers", "ministries" / "ministry"). */
const stem = (word: string): string => word.replace(/(?:ies|es|s)$/u, '');

/**
 * The source swaps of a comparison's paired rows (not rewritten, compared word by word), as `name` facts shown on the
 * source and the words that attribute to it ("police said" → "rebels said"). A row that has a name fact among `others`
 * has none of its own. Linear in the rows' ops.
 */
export const attributionFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const named = new Set(others.filter(fact => fact.kind === 'name').map(fact => fact.row));
	const before = attributors[language] ?? [];
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || named.has(index)) continue;
		const {ops} = row;
		for (const [start, end] of changedRuns(ops)) {
			const was = lower(tokensOf(ops, start, end, 'left', left));
			const is = lower(tokensOf(ops, start, end, 'right', right));
			const [wasWords, isWords] = [was.filter(isWordToken), is.filter(isWordToken)];
			if (wasWords.length === 0 || isWords.length === 0 || wasWords.length > maxSourceWords || isWords.length > maxSourceWords || was.length !== wasWords.length || is.length !== isWords.length) continue;
			// Lower-case words of letters only: a capitalised one is a name (facts.ts), a figure is a figure. German writes its nouns capitalised ("laut der Polizei").
			const wordShape = language === 'de' ? /^\p{L}[\p{L}\p{M}’'-]*$/u : /^\p{Ll}[\p{L}\p{M}’'-]*$/u;
			if (![...tokensOf(ops, start, end, 'left', left), ...tokensOf(ops, start, end, 'right', right)].every(token => wordShape.test(token) || articles.has(token.toLowerCase()))) continue;
			const content = (words: readonly string[]) => words.filter(word => !articles.has(word));
			const [wasContent, isContent] = [content(wasWords), content(isWords)];
			if (wasContent.length === 0 || isContent.length === 0) continue;
			if ([...wasContent, ...isContent].some(word => genericSources.has(word))) continue;
			if (wasContent.map(stem).join(' ') === isContent.map(stem).join(' ')) continue;
			// Where it stands: before a verb of speech (equal on both sides), after an attributor, or after an English "said" after a comma at a clause's end.
			let shown: [number, number] | undefined;
			let between = 0;
			for (let k = end; k < ops.length && between <= maxBetween; k++) {
				const op = ops[k]!;
				if (op.op !== 'equal') break;
				const word = left.slice(op.left.start, op.left.end);
				if (!/^\p{Ll}+$/u.test(word)) break;
				if (speechVerbFollows(` ${left.slice(op.left.start, op.left.start + 60)}`, language)) {
					shown = [0, between + 1];
					break;
				}
				between++;
			}
			if (!shown) {
				let k = start - 1;
				while (articles.has(equalToken(ops, k, left)?.toLowerCase() ?? '')) k--;
				const attributes = before.find(phrase => phrase.every((word, j) => equalToken(ops, k - phrase.length + 1 + j, left)?.toLowerCase() === word));
				if (attributes) shown = [start - k + attributes.length - 1, 0];
				// Inverted after "said"/"says" and a comma only (", said police."): "told" takes its hearer after it ("told reporters").
				else if (language === 'en' && k === start - 1 && /^(?:said|says)$/u.test(equalToken(ops, k, left) ?? '') && equalToken(ops, k - 1, left) === ',' && (end >= ops.length || /^[.,;!?]$/u.test(equalToken(ops, end, left) ?? ''))) shown = [1, 0];
			}
			if (!shown) continue;
			const [l, r] = shownAround(ops, start, end, left, right, shown[0], shown[1]);
			facts.push({kind: 'name', left: l, right: r, row: index});
			break;
		}
	}
	return facts;
};
