import {type CorpusEvidence, lineKeyHashes, storiesWithLine} from './corpus-evidence.js';
import {boiler, type LineState} from './line-state.js';
import {isProseLine, type StorySketch, storySketch} from './story-sketch.js';

/** A line in this many different stories is template. */
const minimumStories = 3;

/** Within one site, a line in this many different stories is template. */
const minimumSiteStories = 2;

/**
 * Corpus evidence: a line found in articles of three or more different
 * stories is the site's template (copies of one story count once, so a
 * story copied ten times keeps its sentences); within the article's own site
 * (site-evidence.ts), two stories are enough. Prose repeated that way is
 * template only at the edges of the article (an "about us" blurb), never
 * between two paragraphs of its own. `given`: the article's prose sketch
 * when the caller has it (storySketch of these states' prose lines).
 */
export const markRepeated = (states: LineState[], evidence: CorpusEvidence | undefined, siblings: readonly string[] | undefined, site?: CorpusEvidence, given?: StorySketch): void => {
	const siblingHashes = (siblings ?? []).map((sibling) => lineKeyHashes(sibling));
	const hashes = states.map((state) => (state.f.key === 0 ? undefined : state.f.key));
	const inSiblings = (i: number): number => {
		const hash = hashes[i];
		return hash === undefined ? 0 : siblingHashes.filter((set) => set.has(hash)).length;
	};

	const corpusCounts = evidence && evidence.articles >= 3;
	const siteCounts = site && site.articles >= 2;
	if (corpusCounts || siteCounts) {
		// The article's prose sketch (the caller's, from the corpus scan), made only when a line is repeated enough to need it.
		let sketch: StorySketch | undefined = given;
		const ownSketch = (): StorySketch => (sketch ??= storySketch(states.flatMap((state) => (isProseLine(state.f.words, state.f.norm) ? [state.f.words] : []))));
		const storiesIn = (counts: CorpusEvidence | undefined, minimum: number) =>
			hashes.map((hash) => (!counts || hash === undefined || (counts.lineCounts.get(hash) ?? 0) < minimum ? 1 : storiesWithLine(counts, hash, ownSketch())));
		const stories = corpusCounts ? storiesIn(evidence, minimumStories) : hashes.map(() => 1);
		const siteStories = siteCounts ? storiesIn(site, minimumSiteStories) : stories;
		states.forEach((state, i) => {
			state.stories = stories[i];
			state.siteStories = siteStories[i];
		});
		const candidate = states.map((state, i) => !state.firm && (stories[i] >= minimumStories || (siteCounts && siteStories[i] >= minimumSiteStories)));
		const core = states.flatMap((state, i) => (state.grade === 'good' && !candidate[i] ? [i] : []));
		const coreFirst = core[0] ?? Infinity;
		const coreLast = core.at(-1) ?? -Infinity;
		states.forEach((state, i) => {
			if (candidate[i] && !(state.grade === 'good' && i > coreFirst && i < coreLast)) {
				state.repeated = boiler('template', stories[i] >= minimumStories ? `repeated in ${stories[i]} stories` : `repeated in ${siteStories[i]} stories of the site`);
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
