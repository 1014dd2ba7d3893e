import type {ArticleLabels} from '../boilerplate/label.js';
import {detectLanguage} from '../boilerplate/language.js';
import {compareTexts} from './compare.js';
import {withDatelineFacts} from './dateline.js';
import {withTitleFacts} from './given-title.js';
import type {Comparison} from './model.js';
import {isTentative, pairExclusions, sharedChromeWords, siteChromeWords} from './pair-exclusion.js';
import type {Excluded} from '../boilerplate/label.js';
import {footerReason, mastheadReason, titlesDifferEntirely} from './masthead.js';
import {languagesApart, leadingWords} from './languages.js';

/** What comparing needs of an analysed article (corpus/article.ts's AnalyzedArticle has it). */
export type ComparedArticle = {text: string; labels: ArticleLabels; meta?: {date?: string}; givenTitle?: string; dom?: unknown; record?: unknown};

/** True when every labelled line of an article is boilerplate or metadata: no title, no body. */
/** A text with nothing but white space in it (an empty file). */
const blank = (text: string): boolean => !/\S/u.test(text);
const nothingOfTheArticle = (article: ComparedArticle): boolean => article.labels.lines.every(line => line.kind !== 'body' && line.kind !== 'title');

export type CompareArticlesOptions = {
	/** Compare whole texts; by default boilerplate and metadata lines are left out (shown as boilerplate rows). */
	withBoilerplate?: boolean;
	/** Work budget of the word diffs in cells (`CompareOptions.diffBudget`); the engine's default when absent. */
	diffBudget?: number;
	/** false: no `measures` in the comparison, only those its relation needs made (`CompareOptions.measures`). */
	measures?: boolean;
};

/**
 * The comparison of two analysed articles, on their stripped text unless asked
 * otherwise: their boilerplate, metadata and title lines become `boilerplate`
 * rows left out of the matching (a line kept on the other side is compared on both:
 * see pair-exclusion.ts). Spans index each article's `text`; never throws
 * on any text (guards make it fall back, with `degraded` set).
 */
export const compareArticles = (
	left: ComparedArticle,
	right: ComparedArticle,
	options: CompareArticlesOptions = {},
): Comparison => {
	const comparison = compareArticlesAlone(left, right, options);
	// A pair close enough to be a copy shares its words: whatever the stopword lists said of each side (Urdu read as Persian), it is no translation.
	const languages = comparison.relation === 'related' || comparison.relation === 'unrelated' ? languagesApart(left, right) : undefined;
	return languages ? {...comparison, languages} : comparison;
};

/** compareArticles without the languages' note. */
const compareArticlesAlone = (
	left: ComparedArticle,
	right: ComparedArticle,
	options: CompareArticlesOptions,
): Comparison => {
	// Both sides entirely boilerplate, or both files empty: two empty articles are not "identical"; the whole texts are compared and `nothingLeft` says so.
	if (!options.withBoilerplate && (left.labels.lines.length + right.labels.lines.length > 0 || (blank(left.text) && blank(right.text))) && nothingOfTheArticle(left) && nothingOfTheArticle(right)) {
		const whole = compareTexts(left.text, right.text, {diffBudget: options.diffBudget, measures: options.measures});
		// The whole texts are called identical only when they are (diff(1)'s answer, the exit status): texts that differ
		// in line ends or blank lines alone are the same words, verbatim, not one text.
		const relation = whole.relation === 'identical' && left.text !== right.text ? 'verbatim' : whole.relation;
		return {...whole, relation, nothingLeft: true};
	}

	const shared = {language: sharedLanguage(left, right), continued: {left: continuedLines(left), right: continuedLines(right)}, diffBudget: options.diffBudget, measures: options.measures};
	if (options.withBoilerplate) return compareTexts(left.text, right.text, shared);
	const exclusions = comparisonExclusions(left, right);
	// The datelines are left out of the text, and titles the sources hold are outside it, but their dates and figures are facts a reader checks.
	const comparison = withTitleFacts(withDatelineFacts(compareTexts(left.text, right.text, {...exclusions, ...shared}), left, right), left, right, shared.language);
	return storiesOfOneSite(comparison, exclusions.exclude.left, left, right);
};

/**
 * A `rewritten` verdict on two pages of one site — they share its masthead or footer (masthead.ts) and no
 * line of their articles, or they print the same chrome, lines both label boilerplate (at least siteChromeWords
 * words of them: pair-exclusion.ts sharedChromeWords; FiveThirtyEight's posts on polls, NFL.com's roundups,
 * `rewritten` at similarity 0.005–0.12 on the dev pages) — is `related` unless both have a headline and the two keep a phrase of
 * each other (titlesDifferEntirely false): two posts of one blog on one subject (a blogger's
 * words, a subject's) share a good part of their character 5-grams, which is all `rewritten` asks
 * of a pair, while a story told again on its own site keeps a phrase of its headline. Pages whose
 * headlines are not known (no line labelled title, no title from the source) show no such phrase.
 * Other verdicts as they are.
 */
const storiesOfOneSite = (comparison: Comparison, leftExcluded: readonly Excluded[], left: ComparedArticle, right: ComparedArticle): Comparison => {
	if (comparison.relation !== 'rewritten') return comparison;
	if (!leftExcluded.some(item => item.reason === mastheadReason || item.reason === footerReason) && sharedChromeWords(left, right) < siteChromeWords) return comparison;
	const [a, b] = [titleOf(left), titleOf(right)];
	const sharedPhrase = a !== undefined && b !== undefined && a.trim() !== '' && b.trim() !== '' && !titlesDifferEntirely(a, b);
	return sharedPhrase ? comparison : {...comparison, relation: 'related'};
};

/**
 * An article's headline: its line labelled title, else the title its source gives (an HTML page's headline markup);
 * undefined when it has neither (a title made from a body line, or a file name, is no headline).
 */
const titleOf = (article: ComparedArticle): string | undefined => {
	const line = article.labels.lines.find(label => label.kind === 'title');
	return line ? article.text.slice(line.span.start, line.span.end) : article.givenTitle;
};

/**
 * The language both articles are written in (their facts are read in it), or undefined (English) when they differ or it is unknown.
 * Where one or both are too short to name it alone (boilerplate/language.ts: fewer than eight words is 'und'), it is read from
 * the words of both together (two copies of one story are in one language): two German sentences of six words each are read as
 * German, their capitalised nouns no names. A side that names another language than the pair's words do keeps it unknown.
 */
const sharedLanguage = (left: ComparedArticle, right: ComparedArticle): string | undefined => {
	const [a, b] = [left.labels.language, right.labels.language];
	if (a === b && a !== 'und') return a;
	if (a !== 'und' && b !== 'und') return undefined;
	const together = detectLanguage([...leadingWords(left.text), ...leadingWords(right.text)]);
	return together !== 'und' && (a === 'und' || a === together) && (b === 'und' || b === together) ? together : undefined;
};

/** Offsets of the lines that continue the line before in a paragraph the labeller reflowed (`LineLabel.block`): compared as one paragraph. Empty when it joined none. */
export const continuedLines = (article: ComparedArticle): ReadonlySet<number> => {
	const continued = new Set<number>();
	for (const line of article.labels.lines) {
		if (line.block !== undefined && line.block !== line.n) continued.add(line.span.start);
	}

	return continued;
};

/** What one pair's comparison leaves out (pair-exclusion.ts), firm exclusions apart from tentative ones (`isTentative`). */
export const comparisonExclusions = (left: ComparedArticle, right: ComparedArticle): {exclude: {left: Excluded[]; right: Excluded[]}; tentative: {left: Excluded[]; right: Excluded[]}} => {
	const excluded = pairExclusions(left, right);
	return {
	exclude: {left: excluded.left.filter(item => !isTentative(item)), right: excluded.right.filter(item => !isTentative(item))},
	tentative: {left: excluded.left.filter(item => isTentative(item)), right: excluded.right.filter(item => isTentative(item))},
	};
};
