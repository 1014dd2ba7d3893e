import type {ArticleLabels, BoilerplateCategory, LineKind, LineLabel, MetadataKind} from './label.js';
import {type CorpusEvidence, lineKeyHashes, storiesWithLine} from './corpus-evidence.js';
import {type LineFeatures, lineFeatures, stopwordShare} from './features.js';
import {detectLanguage} from './language.js';
import {isBlank, splitLines} from './lines.js';
import {listBlocks} from './lists.js';
import {markers, separatorPattern, trailingCreditPattern, unhintedMarkersPrefilter} from './markers.js';
import {lineUrl, metadataKind} from './metadata.js';
import {stopwordsFor} from './stopwords.js';
import {isProseLine, storySketch} from './story-sketch.js';

// Labels every non-blank line of an article, in the spirit of jusText:
// 1. lines that name themselves (markers, separators, metadata, captions,
//    headline lists) get a firm label;
// 2. the rest are graded on their own: good (prose), near (short prose),
//    short, bad (links);
// 3. the corpus and sibling copies flag repeated or unmatched chrome;
// 4. context decides: within a run of unlabelled lines that holds prose,
//    everything between the first and last prose line is body; short lines
//    at the edges are chrome unless they read as sentences;
// 5. the title is the heading just above the body.
// Losing article text is worse than keeping a menu, so every rule that
// removes a line that could be prose needs two pieces of evidence.

type Grade = 'good' | 'near' | 'short' | 'bad';

type Decision = {
	kind: LineKind;
	category?: BoilerplateCategory;
	metadata?: MetadataKind;
	reason?: string;
};

type LineState = {
	f: LineFeatures;
	/** A firm label from the line itself (markers, metadata, lists). */
	firm?: Decision;
	/** Chrome that ends the article (comment form, comment counter). */
	endsArticle?: boolean;
	grade: Grade;
	/** Corpus or sibling evidence that the line is chrome. */
	repeated?: Decision;
	final?: Decision;
};

/** Words (from the start of the text) used to detect the language: plenty, and bounded. */
const languageSampleWords = 400;

const boiler = (category: BoilerplateCategory, reason: string): Decision => ({kind: 'boilerplate', category, reason});

const firstMarker = (f: LineFeatures): {decision: Decision; endsArticle: boolean} | undefined => {
	let unhinted: boolean | undefined;
	for (const marker of markers) {
		if (f.size > marker.maxWords) {
			continue;
		}

		if (!marker.hints && !(unhinted ??= unhintedMarkersPrefilter.test(f.norm))) {
			continue;
		}

		// A long sentence that merely starts like a marker ("Next week, ...") is prose.
		if (!marker.sentence && f.terminal && f.size > 12) {
			continue;
		}

		if ((!marker.hints || marker.hints.some((hint) => f.norm.includes(hint))) && marker.pattern.test(f.norm)) {
			return {decision: boiler(marker.category, marker.reason), endsArticle: marker.endsArticle === true};
		}
	}

	return undefined;
};

const navigationWords = /^(?:(?:article|post|artikel|beitrag|artículo|entrada|articolo|статья|запись)\s+)?(?:prev|previous|next|older|newer|précédent|precedent|suivant|zurück|weiter|vorheriger?|nächster?|anterior|siguiente|precedente|successivo|próximo|vorige|volgende|назад|далее|вперёд|вперед|предыдущая|предыдущий|следующая|следующий|上一篇|下一篇|上一页|下一页|前の記事|次の記事)(?!\p{L})/iu;
const arrows = /^[«‹<←⟵◀]|[»›>→⟶▶]$/u;

/** PREV/NEXT links: the word in capitals, with an arrow or a colon, or alone. */
const isPrevNext = (f: LineFeatures): boolean => {
	if (f.size > 30 || !navigationWords.test(f.norm.replace(/^[«‹<←⟵◀"'\s]+/u, ''))) {
		return false;
	}

	// The plain line keeps its case (for "PREV"); NFKC folds full-width colons ("上一篇：").
	const line = f.plain.normalize('NFKC').replace(/^[«‹<←⟵◀\s]+/u, '');
	const match = navigationWords.exec(line);
	if (!match) {
		return false;
	}

	const word = match[0];
	const rest = line.slice(word.length);
	if (/^\p{L}/u.test(rest)) {
		return false; // "Nextdoor", "Previously"
	}

	if (rest.trim() === '' || /^\s*(?:posts?|articles?|stor(?:y|ies)|entries|page|artikel|beitrag|seite|статья|запись|страница|entrada|artículo|página|articolo|artigo)?\s*(?:[:»›>→|-]|$)/iu.test(rest) || arrows.test(f.plain)) {
		return true;
	}

	// "PREV headline ...": the navigation word in capitals, then another article's headline.
	return word.length >= 4 && word === word.toUpperCase() && /\p{Lu}/u.test(word) && /^\s/u.test(rest);
};

/** Menus ("News | Sport | Culture") and breadcrumbs ("Home > World > Europe"). */
const menuReason = (f: LineFeatures): string | undefined => {
	if (f.terminal || !/[|·•›»>/]/u.test(f.plain)) {
		return undefined;
	}

	const parts = f.plain.split(/\s+[|·•]\s+|\s*[›»>/]\s+|\s+[›»>/]\s*/u).filter((part) => part.trim() !== '');
	if (parts.length < 3 && !(parts.length === 2 && /[›»>]/u.test(f.plain))) {
		return undefined;
	}

	const shortParts = parts.filter((part) => part.trim().split(/\s+/u).length <= 4).length;
	if (shortParts !== parts.length) {
		return undefined;
	}

	return /[›»>]/u.test(f.plain) ? 'breadcrumbs' : 'menu';
};

const inlineUrl = (line: string): string | undefined => /(?:https?:\/\/|www\.)[^\s<>()\]]+/iu.exec(line)?.[0];

/** Press-release end marks: what follows is the issuer's boilerplate ("About ...", contacts). */
const endMarkPattern = /^(?:#{3}|-\s*30\s*-|-+\s*ends?\s*-+|—\s*ends?\s*—|\*{3}\s*end\s*\*{3}|end)$/iu;

/** Firm labels: what a line says about itself, without context. */
const firmDecision = (f: LineFeatures): {decision: Decision; endsArticle: boolean} | undefined => {
	if (endMarkPattern.test(f.raw)) {
		return {decision: boiler('navigation', 'end mark'), endsArticle: true};
	}

	if (separatorPattern.test(f.raw)) {
		return {decision: boiler('navigation', 'separator line'), endsArticle: false};
	}

	const marker = firstMarker(f);
	if (marker?.decision.category === 'scraper' && inlineUrl(f.raw)) {
		// "Original url: https://..." on one line: the article's source.
		return {decision: {kind: 'metadata', metadata: 'url', reason: 'source URL'}, endsArticle: false};
	}

	if (marker) {
		return marker;
	}

	if (isPrevNext(f)) {
		return {decision: boiler('navigation', 'previous/next link'), endsArticle: false};
	}

	const menu = menuReason(f);
	if (menu) {
		return {decision: boiler('navigation', menu), endsArticle: false};
	}

	if (f.size <= 60 && trailingCreditPattern.test(f.raw)) {
		return {decision: boiler('caption', 'photo caption with credit'), endsArticle: false};
	}

	const metadata = lineUrl(f.raw) ? 'url' : metadataKind(f.plain);
	if (metadata) {
		return {decision: {kind: 'metadata', metadata, reason: metadata === 'url' ? 'source URL' : metadata}, endsArticle: false};
	}

	return undefined;
};

/** Grades a line on its own, the way jusText grades paragraphs. */
const grade = (f: LineFeatures, hasStopwords: boolean): Grade => {
	if (f.linkShare >= 0.5) {
		return 'bad';
	}

	const count = f.size;
	if (!hasStopwords) {
		if (f.terminal && count >= 8) {
			return 'good';
		}

		return f.terminal && count >= 3 ? 'near' : 'short';
	}

	const share = f.stopwordShare;
	if (share >= 0.2 && ((f.terminal && count >= 8) || count >= 25)) {
		return 'good';
	}

	if ((f.terminal && count >= 3 && share >= 0.1) || (count >= 8 && share >= 0.15)) {
		return 'near';
	}

	return 'short';
};

/** A line in this many different stories is template. */
const minimumStories = 3;

/** An anchor of a body run: prose, or short prose that ends like a sentence. */
const isAnchor = (state: LineState): boolean => state.grade === 'good' || (state.grade === 'near' && state.f.terminal);

/** A short line that still reads as a sentence ("AFP contributed reporting.", "Thanks."): it ends like one and is not all capitals. */
const isSentenceLike = (f: LineFeatures): boolean => f.terminal && f.size >= 1 && /\p{Ll}|\p{Lo}/u.test(f.plain);

/** A line that may be the article's title: a heading, or a short line that does not end with a full stop. */
const isTitleLike = (f: LineFeatures): boolean =>
	f.heading || (f.size >= 2 && f.size <= 30 && f.plain.length <= 250 && !/[.:;,。．：；，、\-–—]$/u.test(f.plain.replace(/["'»”’」』)\]*_]+$/u, '')));

/**
 * Labels every non-blank line of an article. `evidence` is corpus line
 * statistics (buildCorpusEvidence; counts may include this article);
 * `siblings` are other copies of the same story, if known.
 */
export const labelArticle = (text: string, evidence?: CorpusEvidence, siblings?: readonly string[]): ArticleLabels => {
	const rawLines = splitLines(text).filter((line) => !isBlank(text.slice(line.start, line.end)));

	// Language: the stopword list that covers most of the article's words.
	const sample: string[] = [];
	const features = rawLines.map((line, index) => {
		const f = lineFeatures(text.slice(line.start, line.end), index, line.n, line.start, line.end);
		if (sample.length < languageSampleWords) {
			sample.push(...f.words.slice(0, languageSampleWords - sample.length));
		}

		return f;
	});
	const language = detectLanguage(sample);
	const stopwords = stopwordsFor(language);
	for (const f of features) {
		f.stopwordShare = stopwordShare(f.words, stopwords);
	}

	const states: LineState[] = features.map((f) => {
		const firm = firmDecision(f);
		return {f, firm: firm?.decision, endsArticle: firm?.endsArticle, grade: firm ? 'bad' : grade(f, stopwords !== undefined)};
	});

	markHeadlineLists(states);
	markRepeated(states, evidence, siblings);
	resolveContext(states);
	const titleIndex = chooseTitle(states);
	markRepeatedTitle(states, titleIndex);
	nameChrome(states);
	resolveUrls(states);
	return summarise(states, language);
};

/** Lines of prose both above and below a block, with no firm chrome in between: the block is inside the body. */
const proseAround = (states: readonly LineState[], first: number, last: number): boolean => {
	// Bounded look: prose that far away is not what surrounds the list.
	const reaches = (from: number, step: number): boolean => {
		for (let i = from; i >= 0 && i < states.length && Math.abs(i - from) < 40; i += step) {
			if (states[i].firm && states[i].firm!.kind !== 'metadata') {
				return false;
			}

			if (states[i].grade === 'good') {
				return true;
			}
		}

		return false;
	};

	return reaches(first - 1, -1) && reaches(last + 1, 1);
};

/** Headline lists: items with a dangling delimiter, or bullet items without full stops outside prose. */
const markHeadlineLists = (states: LineState[]): void => {
	for (const block of listBlocks(states.map((state) => state.f))) {
		const items = states.slice(block.first, block.last + 1).filter((state) => !state.firm);
		if (items.length === 0) {
			continue;
		}

		if (block.mark === 'bullet') {
			const unpunctuated = items.filter((state) => !state.f.terminal).length;
			if (unpunctuated < items.length * 0.6 || proseAround(states, block.first, block.last)) {
				continue;
			}
		}

		// Under a "Related" / "Most read" heading, the list is that block.
		const above = states[block.first - 1];
		const listDecision = above?.firm?.category === 'related' ? boiler('related', 'list under a related heading') : boiler('headlines', 'list of headlines');
		for (const item of items) {
			item.firm = listDecision;
			item.grade = 'bad';
		}

		// A short heading just above the list ("Breaking news", "Latest") belongs to it.
		const heading = states[block.first - 1];
		if (heading && !heading.firm && states[block.first].f.n - heading.f.n <= 2 && heading.f.size <= 6 && !heading.f.terminal) {
			heading.firm = boiler('headlines', 'heading of a headline list');
			heading.grade = 'bad';
		}
	}
};

/**
 * Corpus evidence: a line found in articles of three or more different
 * stories is the site's template (copies of one story count once, so a
 * story copied ten times keeps its sentences). Prose repeated that way is
 * template only at the edges of the article (an "about us" blurb), never
 * between two paragraphs of its own.
 */
const markRepeated = (states: LineState[], evidence: CorpusEvidence | undefined, siblings: readonly string[] | undefined): void => {
	const siblingHashes = (siblings ?? []).map((sibling) => lineKeyHashes(sibling));
	const hashes = states.map((state) => (state.f.key === 0 ? undefined : state.f.key));
	const inSiblings = (i: number): number => {
		const hash = hashes[i];
		return hash === undefined ? 0 : siblingHashes.filter((set) => set.has(hash)).length;
	};

	if (evidence && evidence.articles >= 3) {
		const sketch = storySketch(states.flatMap((state) => (isProseLine(state.f.words, state.f.norm) ? [state.f.words] : [])));
		const stories = hashes.map((hash) => (hash === undefined || (evidence.lineCounts.get(hash) ?? 0) < minimumStories ? 1 : storiesWithLine(evidence, hash, sketch)));
		const candidate = states.map((state, i) => !state.firm && stories[i] >= minimumStories);
		const core = states.flatMap((state, i) => (state.grade === 'good' && !candidate[i] ? [i] : []));
		const coreFirst = core[0] ?? Infinity;
		const coreLast = core.at(-1) ?? -Infinity;
		states.forEach((state, i) => {
			if (candidate[i] && !(state.grade === 'good' && i > coreFirst && i < coreLast)) {
				state.repeated = boiler('template', `repeated in ${stories[i]} stories`);
			}
		});
	}

	if (siblingHashes.length > 0) {
		// Only when the siblings really are copies: they share much of this article's prose.
		const prose = states.flatMap((state, i) => (state.grade === 'good' ? [i] : []));
		const shared = prose.filter((i) => inSiblings(i) > 0).length;
		if (prose.length === 0 || shared < prose.length * 0.3) {
			return;
		}

		states.forEach((state, i) => {
			const chromeLike = state.grade === 'short' || (state.grade === 'near' && !state.f.terminal);
			if (!state.firm && !state.repeated && chromeLike && !state.f.heading && state.f.size <= 8 && inSiblings(i) === 0) {
				state.repeated = boiler('navigation', 'not in the other copies');
			}
		});
	}
};

/** jusText-style context: body is what lies between prose lines of one run of unlabelled lines. */
/** Firm lines that open a list of other articles. */
const listOpeners = new Set<BoilerplateCategory>(['related', 'headlines']);

/** Prose that is more than a headline: long, or several sentences. */
const isStrongProse = (f: LineFeatures): boolean => f.size >= 15 || f.plain.length >= 100;

const resolveContext = (states: LineState[]): void => {
	let run: LineState[] = [];
	// The firm line the current run follows: under a "Most viewed" or a
	// headline list, a single short good line is another article's headline.
	let opener: LineState | undefined;
	const flush = (): void => {
		// A heading ("Most viewed"), not an inline link ("Read more: [title](url)"),
		// and no more than a couple of good lines after it.
		const underList = opener?.firm?.category !== undefined && listOpeners.has(opener.firm.category) && opener.f.size <= 4 && run.filter((state) => state.grade === 'good').length < 3;
		// Seeds: prose lines; failing those, two or more short sentences (a brief).
		const prose = run.flatMap((state, i) => (state.grade === 'good' && !state.repeated && (!underList || isStrongProse(state.f)) ? [i] : []));
		const anchors = run.flatMap((state, i) => (isAnchor(state) && !state.repeated ? [i] : []));
		const seeds = prose.length > 0 ? prose : anchors.length >= 2 && !underList ? anchors : [];
		if (seeds.length > 0) {
			// Everything between the first and last seed is body (subheadings,
			// short quotes); beyond them the body grows only through adjacent
			// lines that read as sentences, so a headline list or a title next
			// to the article is not swallowed by it.
			const extends_ = (state: LineState): boolean => !state.repeated && (isAnchor(state) || isSentenceLike(state.f));
			let first = seeds[0];
			let last = seeds.at(-1)!;
			while (first > 0 && extends_(run[first - 1])) {
				first--;
			}

			while (last < run.length - 1 && extends_(run[last + 1])) {
				last++;
			}

			for (let i = first; i <= last; i++) {
				if (!run[i].repeated) {
					run[i].final = {kind: 'body'};
				}
			}
		}

		run = [];
	};

	for (const state of states) {
		if (state.firm) {
			state.final = state.firm;
			if (state.firm.kind === 'metadata') {
				continue; // A date or byline between two paragraphs does not split the body.
			}

			flush();
			opener = state;
			continue;
		}

		if (state.grade === 'bad') {
			flush();
			opener = undefined;
			continue;
		}

		run.push(state);
	}

	flush();

	// A text with no run of prose at all (a poem, a list of facts, unpunctuated
	// lines): keep every unlabelled line of three words or more rather than
	// lose the whole text; only what named itself as chrome goes.
	if (!states.some((state) => state.final?.kind === 'body')) {
		for (const state of states) {
			if (!state.final && !state.repeated && state.grade !== 'bad' && (isSentenceLike(state.f) || state.f.size >= 3)) {
				state.final = {kind: 'body'};
			}
		}
	}
};

const betweenTitleAndBody = new Set<BoilerplateCategory>(['caption', 'share', 'scraper']);

/** The title: a Markdown heading above the body, else the nearest title-like line above it. */
const chooseTitle = (states: LineState[]): number | undefined => {
	const firstBody = states.findIndex((state) => state.final?.kind === 'body');
	const limit = firstBody === -1 ? states.length : firstBody;
	const open = (state: LineState): boolean => !state.firm && (!state.final || state.final.kind !== 'body');
	let title: number | undefined;
	for (let i = 0; i < limit; i++) {
		if (open(states[i]) && states[i].f.heading && isTitleLike(states[i].f)) {
			title = i;
			break;
		}
	}

	if (title === undefined && firstBody !== -1) {
		// The nearest title-like lines above the body (up to three, skipping
		// date, byline, photo, share buttons).
		const candidates: number[] = [];
		for (let i = firstBody - 1; i >= 0 && candidates.length < 3; i--) {
			const state = states[i];
			if (state.firm && (state.firm.kind === 'metadata' || betweenTitleAndBody.has(state.firm.category!) || (state.firm.category === 'navigation' && state.f.size <= 2))) {
				continue;
			}

			if (state.repeated && !state.final) {
				continue; // Site template (a tagline) above the headline.
			}

			if (!open(state) || !isTitleLike(state.f) || state.grade === 'bad') {
				break;
			}

			candidates.push(i);
		}

		// The topmost of some length (a section name such as "Middle East" is
		// shorter), else the longest; a long line between it and the body is
		// the standfirst, article text.
		const substantial = candidates.filter((i) => states[i].f.size >= 4);
		title = substantial.at(-1) ?? candidates.reduce<number | undefined>((best, i) => (best === undefined || states[i].f.size > states[best].f.size ? i : best), undefined);
		for (const i of substantial) {
			if (i > title! && states[i].f.size >= 5) {
				states[i].final = {kind: 'body'};
			}
		}
	}

	// No headline above the body: a first body line shaped like a headline ("... ?") is the title.
	if (title === undefined && firstBody !== -1 && states.slice(0, firstBody).every((state) => state.final?.kind !== 'body') && isTitleLike(states[firstBody].f) && !/[.。．]$/u.test(states[firstBody].f.plain) && states[firstBody].f.size <= 15 && states.slice(firstBody + 1).find((state) => state.final?.kind !== 'metadata')?.final?.kind === 'body') {
		title = firstBody;
	}

	if (title === undefined && firstBody === -1) {
		title = states.findIndex((state) => open(state) && !state.repeated && isTitleLike(state.f) && state.grade !== 'bad');
		if (title === -1) {
			title = undefined;
		}
	}

	if (title !== undefined) {
		// The title printed twice: the first print is the title, the other its repeat.
		const key = states[title].f.key;
		const earlier = states.findIndex((state, i) => i < title! && key !== 0 && state.f.key === key && !state.firm);
		if (earlier !== -1) {
			title = earlier;
		}

		states[title].final = {kind: 'title'};
	}

	return title;
};

/** Other lines with the title's words: the title printed twice. */
const markRepeatedTitle = (states: LineState[], titleIndex: number | undefined): void => {
	if (titleIndex === undefined) {
		return;
	}

	const key = states[titleIndex].f.key;
	for (const state of states) {
		if (state !== states[titleIndex] && key && state.f.key === key && state.final?.kind !== 'metadata') {
			state.final = boiler('repeated-title', 'title repeated');
		}
	}
};

/**
 * Unlabelled lines outside the body are chrome: name what kind, from what
 * surrounds them. Under a "Related" heading, headline-like lines are that
 * block; after a comment form, everything is the comments section. A line
 * that repetition revealed is template, unless it is a lone word or two,
 * which any page layout shows to be navigation.
 */
const nameChrome = (states: LineState[]): void => {
	let context: Decision | undefined;
	let inComments = false;
	let previous: LineState | undefined;
	let afterEndMark = false;
	states.forEach((state) => {
		if (afterEndMark && state.final?.kind !== 'metadata') {
			state.final = boiler('template', 'after the end mark');
			return;
		}

		if (state.final?.reason === 'end mark') {
			afterEndMark = true;
			return;
		}

		if (state.final?.kind === 'body' || state.final?.kind === 'title') {
			context = undefined;
			previous = state;
			return;
		}

		if (state.endsArticle) {
			inComments = true;
		}

		if (state.final?.kind === 'metadata' && inComments && state.final.metadata !== 'url') {
			state.final = boiler('comments', 'comment date or author'); // A comment's timestamp, not the article's.
			return;
		}

		// A related block is one paragraph: a blank line ends it.
		if (context?.category === 'related' && previous && state.f.n - previous.f.n > 1) {
			context = undefined;
		}

		previous = state;
		if (state.final) {
			const category = state.final.category;
			context = category === 'related' || category === 'comments' ? boiler(category, `after ${state.final.reason ?? category}`) : undefined;
			return;
		}

		const wordCount = state.f.size;
		const revealedByRepetition = state.repeated && (wordCount > 2 || isSentenceLike(state.f) || state.repeated.category !== 'template');
		if (context?.category === 'related') {
			state.final = context;
		} else if (revealedByRepetition) {
			state.final = state.repeated;
		} else if (context?.category === 'comments') {
			state.final = context;
		} else if (state.f.linkShare >= 0.5) {
			state.final = boiler(wordCount >= 4 ? 'headlines' : 'navigation', 'link outside the article');
		} else {
			state.final = boiler('navigation', wordCount <= 4 ? 'short line outside the article' : 'line outside the article');
		}
	});
};

/** The first URL line is the article's source; later bare URLs are scraper chrome. */
const resolveUrls = (states: LineState[]): void => {
	let seen = false;
	states.forEach((state, i) => {
		if (state.final?.metadata !== 'url') {
			return;
		}

		if (seen) {
			state.final = boiler('scraper', 'bare URL');
		}

		seen = true;
	});
};

const summarise = (states: LineState[], language: string): ArticleLabels => {
	const meta: ArticleLabels['meta'] = {};
	let boilerplate = 0;
	let total = 0;
	const lines: LineLabel[] = states.map((state) => {
		const decision = state.final ?? {kind: 'body' as const};
		const {f} = state;
		total += f.raw.length;
		if (decision.kind === 'boilerplate') {
			boilerplate += f.raw.length;
		}

		if (decision.kind === 'metadata' && decision.metadata) {
			const value = decision.metadata === 'url' ? lineUrl(f.raw) ?? inlineUrl(f.raw) ?? f.plain : f.plain;
			meta[decision.metadata] ??= value;
		}

		const label: LineLabel = {n: f.n, span: {start: f.start, end: f.end}, kind: decision.kind};
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
	return {lines, language, meta, boilerplateShare: total > 0 ? boilerplate / total : 0};
};
