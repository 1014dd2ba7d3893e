import {markSourceCredits} from './source-credit.js';
import type {ArticleLabels, LineLabel} from './label.js';
import {nameChrome, resolveUrls} from './chrome-names.js';
import {resolveContext} from './context.js';
import type {CorpusEvidence} from './corpus-evidence.js';
import {type LineFeatures, lineFeatures, stopwordShare} from './features.js';
import {firmDecision, inlineUrl} from './firm.js';
import {grade} from './grade.js';
import {markHeadlineLists} from './headline-lists.js';
import {detectLanguage} from './language.js';
import type {LineState} from './line-state.js';
import {type TextBlock, textBlocks} from './blocks.js';
import {applyBlockModel, type BlockModel} from './block-model.js';
import {fittedBlockModel} from './block-model-weights.js';
import {datedHeaderOpening, datesUpdate, hasFullDate, isEmbeddedPostSignature, lineUrl, publicationPart, saysPublished} from './metadata.js';
import {markRepeated} from './repetition.js';
import {stopwordsFor} from './stopwords.js';
import type {StorySketch} from './story-sketch.js';
import {articleStart, chooseTitle, imagePlaceholder, markRepeatedTitle, retitle} from './title.js';
import {markNumberGrids} from './number-grid.js';
import {markImagePlaceholders, withoutLeadingPlaceholder} from './image-placeholders.js';
import {markMenuRuns} from './menu-runs.js';
import {listMark} from './lists.js';
import {markPipeTables} from './pipe-table.js';
import {markOrderedLists} from './ordered-lists.js';
import {markReferenceDefinitions} from './reference-definitions.js';
import {readFrontMatter} from '../text/front-matter.js';
import {referenceDefinitions} from '../text/normalize.js';

// Labels every non-blank line of an article, in the spirit of jusText, in
// passes over one state per line (line-state.ts):
// 1. firm.ts: lines that name themselves (markers, separators, metadata,
//    captions) get a firm label; headline-lists.ts: so do headline lists;
// 2. grade.ts: the rest are graded on their own: good (prose), near (short
//    prose), short, bad (links);
// 3. repetition.ts: the corpus and sibling copies flag repeated or unmatched
//    chrome;
// 4. context.ts: within a run of unlabelled lines, the body is what lies
//    between prose lines, grown through adjacent sentences;
// 5. title.ts: the title is the headline just above the body;
// 6. chrome-names.ts: what is left outside the body is chrome, named from
//    its surroundings.
// Losing article text is worse than keeping a menu, so every rule that
// removes a line that could be prose needs two pieces of evidence.

/** How labelArticle is run beyond its evidence. */
export type LabelOptions = {
	/** The fitted decision (block-model.ts); null: the rule passes alone; default: the committed weights. */
	model?: BlockModel | null;
	/** Line statistics of the article's own site, when the corpus has several (site-evidence.ts). */
	site?: CorpusEvidence;
	/** textBlocks(text), when the caller has them (the corpus scan made them). */
	blocks?: readonly TextBlock[];
	/**
	 * The article's prose sketch, when the caller has it (corpus-evidence.ts scan made it from
	 * the same blocks): the one the repetition pass would make (storySketch of its prose blocks).
	 */
	sketch?: StorySketch;
	/** The article's site (site-evidence.ts siteKey), for the prose sketch made here when none is given. */
	siteKey?: string;
	/**
	 * false: a block the fitted decision drops without a rule's reason gets no category
	 * or reason (its kind is the same). For callers that use only the kinds (`strip
	 * --out` writes the kept text): naming the strongest evidence is a second pass
	 * over the trees for every such block. Default true.
	 */
	reasons?: boolean;
};

/** Words (from the start of the text) used to detect the language: plenty, and bounded. */
const languageSampleWords = 400;

/**
 * Labels every non-blank line of an article. `evidence` is corpus line
 * statistics (buildCorpusEvidence; counts may include this article);
 * `siblings` are other copies of the same story, if known.
 */
export const labelArticle = (text: string, evidence?: CorpusEvidence, siblings?: readonly string[], options: LabelOptions = {}): ArticleLabels => {
	const {states, blocks, language} = ruleStates(text, evidence, siblings, options.site, options.blocks, options.sketch, options.siteKey);
	return decideArticle(states, blocks, language, options.model === undefined ? fittedBlockModel : options.model, undefined, options.reasons, text);
};

/**
 * What labelArticle does after the rule passes: the fitted decision (`model`; null or a
 * model without features: the rules' labels stand) and the passes after it, then the
 * labels. `states` are ruleStates' and are changed in place; `vectors`, when given, are
 * their feature vectors (blockFeatureVectors of the same states, before any change):
 * training scores one page's rule states under several thresholds this way. `text`, when
 * given, is the article's, read for a YAML front matter block (markFrontMatter; the dev
 * pages training reads have none).
 */
export const decideArticle = (states: LineState[], blocks: readonly TextBlock[], language: string, model: BlockModel | null, vectors?: readonly Float64Array[], reasons?: boolean, text?: string): ArticleLabels => {
	if (model && model.features.length > 0) {
		applyBlockModel(states, model, vectors, {reasons});
		markNumberGrids(states);
		markImagePlaceholders(states);
		markMenuRuns(states);
		markPipeTables(states);
		markOrderedLists(states);
		markReferenceDefinitions(states);
		// The headline is the one above the article's text as the model decided it.
		retitle(states);
	}

	// The article's closing source credit is its attribution (source-credit.ts), with a model or without.
	markSourceCredits(states);
	if (text !== undefined) markFrontMatter(states, blocks, text);
	return summarise(states, blocks, language);
};

/**
 * The blocks of a YAML front matter block opening the text (text/front-matter.ts) are
 * metadata, whatever the passes made of them: its fields are the article's title, date
 * and byline (read at load, as a JSON Lines record's are), not its text.
 */
const markFrontMatter = (states: LineState[], blocks: readonly TextBlock[], text: string): void => {
	const matter = readFrontMatter(text);
	if (!matter) return;
	for (const [index, block] of blocks.entries()) {
		if (block.start >= matter.end) break;
		states[index]!.final = {kind: 'metadata', reason: 'front matter'};
	}
};

/** The blocks of an article and the rule passes' states for them (before the fitted decision): what training reads. */
export const ruleStates = (text: string, evidence?: CorpusEvidence, siblings?: readonly string[], site?: CorpusEvidence, given?: readonly TextBlock[], sketch?: StorySketch, siteName?: string): {states: LineState[]; blocks: readonly TextBlock[]; language: string} => {
	// Blocks, not physical lines: a hard-wrapped paragraph is judged whole (blocks.ts).
	const blocks = given ?? textBlocks(text);

	// Language: the stopword list that covers most of the article's words.
	const sample: string[] = [];
	// The features and the states are arrays pushed to, not made by `map`: V8 makes a `map`'s array packed
	// while this function runs unoptimised and holey once it is optimised, and every pass compiled for the
	// first kind was compiled again when the second came (`node --trace-deopt`: "wrong map").
	const features: LineFeatures[] = [];
	const defined = referenceDefinitions(text);
	for (let index = 0; index < blocks.length; index++) {
		const block = blocks[index];
		const f = lineFeatures(block.text, index, block.n, block.start, block.end, block.lastN, block.norm, block.words, block.key, defined);
		if (sample.length < languageSampleWords) {
			sample.push(...f.words.slice(0, languageSampleWords - sample.length));
		}

		features.push(f);
	}

	const language = detectLanguage(sample);
	const stopwords = stopwordsFor(language);
	for (const f of features) {
		f.stopwordShare = stopwordShare(f.words, stopwords);
	}

	const states: LineState[] = [];
	for (const f of features) {
		const firm = firmDecision(f);
		// Every field from the start (undefined until a pass sets it): one object shape for the passes' property reads.
		states.push({f, firm: firm?.decision, endsArticle: firm?.endsArticle, grade: firm ? 'bad' : grade(f, stopwords !== undefined), repeated: undefined, stories: undefined, siteStories: undefined, final: undefined});
	}

	markHeadlineLists(states);
	markRepeated(states, evidence, siblings, site, sketch, siteName);
	resolveContext(states);
	const titleIndex = chooseTitle(states);
	markRepeatedTitle(states, titleIndex);
	nameChrome(states);
	resolveUrls(states);
	return {states, blocks, language};
};

const summarise = (states: LineState[], blocks: readonly TextBlock[], language: string): ArticleLabels => {
	const meta: ArticleLabels['meta'] = {};
	let boilerplate = 0;
	let total = 0;
	const dates: DateLine[] = [];
	const lines: LineLabel[] = states.flatMap((state, index) => {
		const decision = state.final ?? {kind: 'body' as const};
		const {f} = state;
		total += f.raw.length;
		if (decision.kind === 'boilerplate') {
			boilerplate += f.raw.length;
		}

		if (decision.kind === 'metadata' && decision.metadata) {
			const value = decision.metadata === 'url' ? lineUrl(f.raw) ?? inlineUrl(f.raw) ?? f.plain : withoutLeadingPlaceholder(f.plain);
			// The first of each kind; for the date, the best date line (articleDateLine) over the first.
			// An embedded post's signature is a date line that dates the post, not the article.
			const postDate = decision.metadata === 'date' && isEmbeddedPostSignature(value);
			if (decision.metadata === 'date' && !postDate) dates.push({value: publicationPart(value), index});
			if (!postDate) meta[decision.metadata] ??= value;
			// A dateline with a whole date ("BRUSSELS, March 3, 2025 (Reuters)") dates the article too.
			if (decision.metadata === 'dateline' && hasFullDate(f.plain)) meta.date ??= value;
		}

		// Every physical line of a block takes the block's label, with its own span.
		const block = blocks[index];
		return block.lines.map((line) => {
			if (block.adBreaks?.includes(line.n)) {
				// An advertisement marker set inside the paragraph (blocks.ts, isAdBreak): chrome whatever the paragraph is.
				return {n: line.n, span: {start: line.start, end: line.end}, kind: 'boilerplate', category: 'navigation', reason: 'advertisement marker inside a paragraph', block: block.n} satisfies LineLabel;
			}

			const label: LineLabel = {n: line.n, span: {start: line.start, end: line.end}, kind: decision.kind};
			if (block.lines.length > 1) {
				label.block = block.n;
			}

			if (decision.category) {
				label.category = decision.category;
			}

			if (decision.metadata) {
				label.metadata = decision.metadata;
			}

			if (decision.reason && decision.kind !== 'body' && decision.kind !== 'title') {
				label.reason = decision.reason;
			}

			return label;
		});
	});
	const lastBody = states.findLastIndex(state => (state.final?.kind ?? 'body') === 'body');
	const start = articleStart(states) ?? -1;
	// Blocks of the text from the article's start up to each block: a date line after two of them is inside the article's text.
	const bodyFromStart: number[] = [];
	let bodySeen = 0;
	for (let i = 0; i < states.length; i++) {
		bodyFromStart.push(bodySeen);
		if (start >= 0 && i >= start && (states[i]!.final?.kind ?? 'body') === 'body' && isText(states[i]!.f)) bodySeen++;
	}

	const best = articleDateLine(dates, start, lastBody, index => (bodyFromStart[index] ?? 0) >= inTextBody);
	// A date line dates the article over a dateline's date only where a date line gave the first date too.
	const dated = best !== undefined && dates.some(date => date.value === publicationPart(meta.date!));
	if (dated) meta.date = best.value;
	meta.date ??= headerDate(states, start);
	return {lines, language, meta, boilerplateShare: total > 0 ? boilerplate / total : 0, ...(dated ? {dateLine: blocks[best.index]!.lines[0]!.n} : {})};
};

/** Blocks around the article's start read for a header's date: above it (a byline, a share bar, a picture between) and its first ones. */
const headerAbove = 6;
const headerBelow = 2;
/** A header's line is short: a byline with its date and a reading time, not a paragraph; and no sentence ("The court quashed a ruling of 3 March 2020."). */
const headerWords = 30;
const sentenceEnd = /[.!?。．！？]$/u;

/**
 * The date of the article's header when no line is labelled a date: the first short line (headerWords or fewer) with a
 * whole date (day, month, year), from headerAbove blocks above the article's start (`start`, title.ts articleStart)
 * to headerBelow blocks into it, not ending as a sentence does, whatever its label — a byline that dates itself ("by J. Smith Apr. 26, 2022"), a
 * line of chrome around the date ("28.04.2021 - 07:18 | Quelle: dpa | Lesedauer 4 min."), which the line rules,
 * made for lines that are a date and little else, do not read as one; else the opening of the first header line that
 * runs on past its date (metadata.ts datedHeaderOpening). The line's text (or that opening); undefined when none.
 */
const headerDate = (states: readonly LineState[], start: number): string | undefined => {
	if (start < 0) return undefined;
	const from = Math.max(0, start - headerAbove);
	const to = Math.min(states.length, start + headerBelow + 1);
	// Not read: a front matter's "date:", the source's, read as metadata beside the text (corpus/article.ts); an image's
	// stand-in, which names its file, whose name may hold a date ("[WhatsApp-Image-2022-05-03-at-7]": breaker14b Q8); an
	// embedded post's signature, which dates the post; an event's date (datesEvent), which dates the event.
	const readable = (i: number) => states[i]!.final?.reason !== 'front matter' && !imagePlaceholder(states[i]!.f.raw) && !isEmbeddedPostSignature(states[i]!.f.plain) && !datesEvent(states[i]!.f.plain);
	// (readable last: its patterns are the costliest, and most lines hold no date. Each test only reads the line.)
	for (let i = from; i < to; i++) {
		const {f} = states[i]!;
		if (f.size > 0 && f.size <= headerWords && !sentenceEnd.test(f.plain) && hasFullDate(f.plain) && readable(i)) return f.plain;
	}

	// Else a header line that runs on past its date ("By Ela on 31. October, 2023 | 18 Comments. This post …"): its opening.
	for (let i = from; i < to; i++) {
		const opening = datedHeaderOpening(states[i]!.f.plain);
		if (opening !== undefined && readable(i)) return opening;
	}

	return undefined;
};

/**
 * Body blocks of the article's text above a date line that put it inside the text: a standfirst may stand between the
 * headline and the header's date (one block), an embedded post's signature stands after the text's first paragraphs.
 */
const inTextBody = 2;

/** Words from which a body block that does not end as a sentence is the text's all the same. */
const paragraphWords = 15;

/**
 * Whether a body block is the article's text, which puts a date line below it inside the text: it ends as a sentence
 * does (features.ts terminal), is an item of a list (a link list's post is its items: lists.ts listMark), or has
 * paragraphWords words. A header's short lines the decision keeps — a byline ("By Staff and news service reports"), a
 * kicker — are not: the date line under them is still the header's (breaker17b L8: "PUBLISHED: November 8, 2023"
 * under a byline lost to the masthead's clock).
 */
const isText = (f: LineFeatures): boolean => f.terminal || f.size >= paragraphWords || listMark(f) !== undefined;

/**
 * A date line that dates an event, not the article: a range ("Ausstellung vom 9. bis 23. Februar 2017", "from 3 to 9
 * March 2025", "du 3 au 9 mars", "23.10.2015 - 25.10.2015", "9-23 Feb 2017"), a date from or until which something holds ("Ticketpreise ab 01.01.2024", "until March
 * 9, 2025"), or a date named by the event ("Kinostart: 02. April 2015", "Premiere", "Exhibition", "im Rahmen der …
 * Konferenz"). A page's header prints such dates beside its own.
 */
const eventDate = /(?<![\p{L}])(?:(?:vom|von|from|du|desde|dal|od|between)\s+\d{1,4}[^\n]{0,30}?(?<![\p{L}])(?:bis|to|until|au|hasta|al|do|and)\s+\d|(?<![\p{N}.-])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*[-–—]\s*\d{1,2}\.\d{1,2}\.|(?<![\p{N}.-])\d{1,2}\.?\s*[-–]\s*\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|(?:ab|bis|until|till|jusqu[’']au|hasta)\s+(?:dem\s+|zum\s+)?\d|(?:kinostart|filmstart|premiere|première|ausstellung|exhibition|exposition|vernissage|veranstaltung|konferenz|conference|festival|konzert|concert|screening|in cinemas|im kino|im rahmen|erscheinungstermin|release date)(?![\p{L}]))/iu;

/** Whether a date line dates an event (eventDate): it comes after the date lines that date the article. */
export const datesEvent = (line: string): boolean => eventDate.test(line);

/** A line labelled a date, with its block's index. */
type DateLine = {value: string; index: number};


/**
 * The date line that dates the article (`lines` in page order, each value its publication part; `start`: the block where
 * the article's text starts, boilerplate/title.ts articleStart, -1 when none; `lastBody`: the last body block's): of the
 * lines with a whole date (day, month, year; an archive's month list, "July 2012", dates nothing while one has it),
 * those above the article's last body block before those after it (a related story's date in a box below), those that
 * date the publication before those that date an update (metadata.ts datesUpdate), those that say they give the
 * publication ("Published: Tuesday | April 26, 2022") first, then the nearest to the article's start: a page dates
 * its article in the article's header or right under it, where a bare date far above it is the site's masthead clock
 * ("Wed | Apr 27, 2022" above the menu, the day of the scrape: two scrapes of one article had a changed date) and one
 * far below a teaser's. Ties: the one above the start, then the first. Undefined for no lines. O(lines).
 * `inText(index)`, when given, says a block stands inside the article's text (after its first paragraphs): a date line
 * there is a date the text quotes or an embedded post's ("Posted by … on Monday, February 7, 2022" under a Facebook
 * post), and comes after every date line of the header, whatever words it has.
 */
export function articleDateLine(lines: readonly DateLine[], start: number, lastBody: number, inText: (index: number) => boolean = () => false): DateLine | undefined {
	const whole = lines.filter(line => hasFullDate(line.value));
	const pool = whole.length > 0 ? whole : lines;
	const from = start >= 0 ? start : 0;
	const rank = (line: DateLine): number[] => [
		line.index < lastBody ? 0 : 1,
		inText(line.index) ? 1 : 0,
		datesUpdate(line.value) || datesEvent(line.value) ? 1 : 0,
		saysPublished(line.value) ? 0 : 1,
		line.index < from ? 2 * (from - line.index) - 1 : 2 * (line.index - from),
	];
	const before = (a: number[], b: number[]) => {
		for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
		return false;
	};
	let best: DateLine | undefined;
	let bestRank: number[] = [];
	for (const line of pool) {
		const lineRank = rank(line);
		if (best === undefined || before(lineRank, bestRank)) (best = line), (bestRank = lineRank);
	}
	return best;
}
