import {type CorpusEvidence, lineKeyHashes, storiesWithLine} from './corpus-evidence.js';
import {boiler, type LineState, siteTemplateReason} from './line-state.js';
import {isProseLine, type StorySketch, storySketch} from './story-sketch.js';

/** A line in this many different stories is template. */
const minimumStories = 3;

/** Within one site, a line in this many different stories is template. */
const minimumSiteStories = 2;

/**
 * Stories of one site a line may be in and still be what a copy shares with its original: the original and a
 * few copies, each edited enough to pass for a story of its own. A line in more is the site's (a comment policy
 * under every post: M20).
 */
const copyStories = 5;

/** Words of a line that is the site's template in many stories whatever the decision says (isProseLine's long prose). */
const templateProseWords = 25;

/** In a site known from two texts alone, the share of a page's lines they must share to have a template in common. */
const pairTemplateShare = 0.05;

/** The most of a page's good prose (in words) that lines shared with other stories of its site may be for them to be its template. */
const maxTemplateProse = 2 / 3;

/**
 * Repeated lines between two of the article's own prose lines that may make a block of the
 * site's template rather than a quotation: this many or more (a "featured post" teaser, a
 * sidebar of sponsor blurbs between the story and its comments).
 */
const templateBlockLines = 3;

/**
 * The span (indices) of the article's own text: its prose lines (`good`) that are not repeated
 * (`candidate` false), in runs that repeated lines cut only where they make a block of the
 * site's template: templateBlockLines or more lines, the site's chrome among them (a repeated
 * line that is no prose: a menu entry, a heading; repeated sentences alone are a quotation, or
 * a copy's story), with more words than the own text on one side of it (a quotation is smaller than the story around it; a sidebar outweighs the
 * blurb of the page's own below it). Of these runs, the one with the most words. Empty span
 * (first > last) when it has none.
 */
const ownCore = (states: readonly LineState[], candidate: ReadonlyArray<boolean | undefined>): {first: number; last: number} => {
	// Runs of own prose and the repeated block before each (lines, words).
	const runs: Array<{first: number; last: number; words: number; block: boolean; blockWords: number}> = [];
	let blockLines = 0;
	let blockWords = 0;
	let blockChrome = false;
	states.forEach((state, i) => {
		if (candidate[i]) {
			blockLines++;
			blockWords += state.f.words.length;
			blockChrome ||= state.grade !== 'good';
			return;
		}

		if (state.grade !== 'good') {
			return;
		}

		const run = runs.at(-1);
		const block = blockLines >= templateBlockLines && blockChrome;
		if (run && !block) {
			run.last = i;
			run.words += state.f.words.length;
		} else {
			runs.push({first: i, last: i, words: state.f.words.length, block, blockWords});
		}

		blockLines = 0;
		blockWords = 0;
		blockChrome = false;
	});
	// Runs joined where the block between them is smaller than the own text on either side.
	let best = {first: Infinity, last: -Infinity, words: 0};
	let joined = {first: Infinity, last: -Infinity, words: 0};
	runs.forEach((run, k) => {
		const cut = k === 0 || (run.block && run.blockWords > Math.min(runs[k - 1].words, run.words));
		joined = cut ? {first: run.first, last: run.last, words: run.words} : {first: joined.first, last: run.last, words: joined.words + run.words};
		if (joined.words > best.words) {
			best = {...joined};
		}
	});
	return best;
};

/**
 * Corpus evidence: a line found in articles of three or more different
 * stories is the site's template (copies of one story count once, so a
 * story copied ten times keeps its sentences); within the article's own site
 * (site-evidence.ts), two stories are enough. Prose repeated that way is
 * template only at the edges of the article (an "about us" blurb), never
 * between two paragraphs of its own unless a block of them (ownCore). `given`: the article's prose sketch
 * when the caller has it (storySketch of these states' prose lines); `siteName`: the article's
 * siteKey, for the sketch made here.
 */
export const markRepeated = (states: LineState[], evidence: CorpusEvidence | undefined, siblings: readonly string[] | undefined, site?: CorpusEvidence, given?: StorySketch, siteName?: string): void => {
	// The arrays here are pushed to, not made by `map`: V8 makes a `map`'s array packed while the function runs
	// unoptimised and holey once it is optimised, and what reads it was compiled again for each (classify.ts, ruleStates).
	const siblingHashes: Array<ReturnType<typeof lineKeyHashes>> = [];
	for (const sibling of siblings ?? []) siblingHashes.push(lineKeyHashes(sibling));
	const hashes: Array<number | undefined> = [];
	for (const state of states) hashes.push(state.f.key === 0 ? undefined : state.f.key);
	const inSiblings = (i: number): number => {
		const hash = hashes[i];
		return hash === undefined ? 0 : siblingHashes.filter((set) => set.has(hash)).length;
	};

	const corpusCounts = evidence && evidence.articles >= 3;
	const siteCounts = site && site.articles >= 2;
	if (corpusCounts || siteCounts) {
		// The article's prose sketch (the caller's, from the corpus scan), made only when a line is repeated enough to need it.
		let sketch: StorySketch | undefined = given;
		const ownSketch = (): StorySketch => {
			if (!sketch) {
				const prose = states.filter((state) => isProseLine(state.f.words, state.f.norm));
				const words: string[][] = [];
				const keys: number[] = [];
				for (const state of prose) {
					words.push(state.f.words);
					keys.push(state.f.key);
				}

				sketch = storySketch(words, keys, siteName);
			}

			return sketch;
		};
		const storiesIn = (counts: CorpusEvidence | undefined, minimum: number): number[] => {
			const found: number[] = [];
			for (const hash of hashes) found.push(!counts || hash === undefined || (counts.lineCounts.get(hash) ?? 0) < minimum ? 1 : storiesWithLine(counts, hash, ownSketch()));
			return found;
		};

		const siteStories = siteCounts ? storiesIn(site, minimumSiteStories) : undefined;
		// A corpus of one site: its evidence is the site's, and its count of stories the same (asked once).
		const fromSite = site === evidence && siteStories ? (hash: number | undefined, i: number) => ((evidence!.lineCounts.get(hash ?? 0) ?? 0) >= minimumStories ? siteStories[i] : 1) : undefined;
		let stories: number[];
		if (corpusCounts && !fromSite) stories = storiesIn(evidence, minimumStories);
		else {
			stories = [];
			for (let i = 0; i < hashes.length; i++) stories.push(corpusCounts ? fromSite!(hashes[i], i) : 1);
		}

		const siteOrCorpus = siteStories ?? stories;
		// What the page shares with other stories of its site, counted in the same pass:
		// - Two texts alone (a `diff` pair, a folder of two) are thin evidence of a site: a template
		//   is a good part of a page (menus, sidebars, footers), while two translations of one text
		//   pass for two stories (their sketches barely meet) and share a few short lines by chance
		//   ("En avant !", a list of names: 3 of 550 in dev-data/align eval1957). There the lines
		//   shared must be at least pairTemplateShare of the page's for any of them to be the site's.
		// - A page whose good prose is mostly in lines shared with another story of the site is that
		//   story's copy, with a paragraph or two of its own (an edit, a replaced sentence), not a
		//   post in the site's template: a template is chrome around a story, never most of it.
		//   Losing a copy's text (diff: `unrelated` 0.00) is worse than keeping a sidebar.
		let lines = 0;
		let sharedLines = 0;
		let prose = 0;
		let sharedProse = 0;
		states.forEach((state, i) => {
			state.stories = stories[i];
			state.siteStories = siteOrCorpus[i];
			const shared = siteOrCorpus[i] >= minimumSiteStories;
			if (state.f.key !== 0) {
				lines++;
				if (shared && !state.firm) sharedLines++;
			}

			// A line in many stories of the site is no copy's shared story (a copy shares its original's lines, and
			// its original's other copies'), so it does not count towards the copy's share.
			if (state.grade === 'good') {
				prose += state.f.size;
				if (shared && siteOrCorpus[i] < copyStories) sharedProse += state.f.size;
			}
		});
		const siteTemplate = siteCounts && (site!.articles > 2 || sharedLines >= pairTemplateShare * lines) && sharedProse <= maxTemplateProse * prose;
		const candidate: Array<boolean | undefined> = [];
		for (let i = 0; i < states.length; i++) candidate.push(!states[i].firm && (stories[i] >= minimumStories || (siteTemplate && siteOrCorpus[i] >= minimumSiteStories)));
		const {first: coreFirst, last: coreLast} = ownCore(states, candidate);
		states.forEach((state, i) => {
			if (candidate[i] && !(state.grade === 'good' && i > coreFirst && i < coreLast)) {
				// Shared with other stories of its own site, it is the site's template; a long line (a comment policy under
				// every post, M20) stays so however many stories of the corpus have it too, once it is in more stories than
				// a story's copies would be (copyStories). A short one there (a credit "Post written by …") is left to the decision.
				const ofSite = siteTemplate && siteOrCorpus[i] >= minimumSiteStories && (stories[i] < minimumStories || (siteOrCorpus[i] >= copyStories && state.f.size >= templateProseWords));
				state.repeated = boiler('template', ofSite ? `repeated in ${siteOrCorpus[i]} ${siteTemplateReason}` : `repeated in ${stories[i]} stories`);
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
