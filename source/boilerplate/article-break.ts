import type {FeatureContext, FeatureGroup} from './block-features.js';
import type {LineState} from './line-state.js';

// The break between a block and the article. An article's paragraphs follow
// one another with at most a subheading, a caption or a "Share" line between
// them; what comes after the article (its comments, related-story teasers, an
// author's bio) or before it (teasers, a site's blurb) is set apart by chrome:
// a run of links, buttons, short lines and blocks the rules already call
// boilerplate ("Related stories", "23 comments", "Leave a reply"). How much
// chrome separates a block from the article's main run — the densest run of
// prose around its densest paragraph (the core), ended by two chrome blocks in
// a row, and the core itself — is evidence a
// block's own shape does not give: a long first-person paragraph is a comment
// when three menus stand between it and the article, and the article's when
// none do.

/** A block that is not the article's prose: short or link text (grade short or bad), mostly links, or chrome by the rules. */
export const isChromeBlock = (state: LineState): boolean =>
	state.grade === 'short' || state.grade === 'bad' || state.f.linkShare >= 0.5 || state.firm?.kind === 'boilerplate' || state.final?.kind === 'boilerplate';

/** Per block, what stands between it and an anchor block: chrome blocks, boilerplate-labelled words, the longest chrome run. */
type Break = {chrome: Float64Array; words: Float64Array; run: Float64Array};

/**
 * For each block outside [start, end], the chrome strictly between it and the
 * nearer end of that run (blocks inside it: zeros). Two passes outward, linear.
 * With no run (start -1) every block reads `none`.
 */
export const breaksFrom = (states: readonly LineState[], start: number, end: number, none: number): Break => {
	const n = states.length;
	const out: Break = {chrome: new Float64Array(n), words: new Float64Array(n), run: new Float64Array(n)};
	if (start === -1) {
		out.chrome.fill(none);
		out.words.fill(none);
		out.run.fill(none);
		return out;
	}

	const walk = (from: number, step: 1 | -1): void => {
		let chrome = 0;
		let words = 0;
		let run = 0;
		let longest = 0;
		for (let i = from; i >= 0 && i < n; i += step) {
			out.chrome[i] = chrome;
			out.words[i] = words;
			out.run[i] = longest;
			const state = states[i];
			if (isChromeBlock(state)) {
				chrome++;
				run++;
				longest = Math.max(longest, run);
			} else {
				run = 0;
			}

			words += state.final?.kind === 'boilerplate' || state.firm?.kind === 'boilerplate' ? state.f.words.length : 0;
		}
	};

	walk(end + 1, 1);
	walk(start - 1, -1);
	return out;
};

/** Chrome blocks in a row that end the article's main run: one is a subheading, a caption or a "Share" line inside it. */
const breakRun = 2;

/**
 * The article's main run: the blocks reached from the core paragraph (the page's
 * densest, FeatureContext.core) without crossing `breakRun` chrome blocks in a
 * row, as [first, last] prose block; [-1, -1] without a core. Linear.
 */
export const mainRun = (states: readonly LineState[], core: number): [number, number] => {
	if (core === -1) {
		return [-1, -1];
	}

	const reach = (step: 1 | -1): number => {
		let last = core;
		for (let i = core + step, run = 0; i >= 0 && i < states.length; i += step) {
			if (isChromeBlock(states[i])) {
				if (++run >= breakRun) {
					break;
				}
			} else {
				run = 0;
				last = i;
			}
		}

		return last;
	};

	return [reach(-1), reach(1)];
};

const log1 = (x: number): number => Math.log1p(Math.max(0, x));

/** A page's breaks, once per feature context: from the main run and from the core paragraph; and the run itself. */
export type PageBreaks = {run: [number, number]; span: Break; core: Break};
const pageBreaks = new WeakMap<FeatureContext, PageBreaks>();

/** The breaks of the page a feature context describes (made on first use, before the fitted decision changes a label). */
export const breaksOf = (context: FeatureContext): PageBreaks => {
	let breaks = pageBreaks.get(context);
	if (!breaks) {
		const {states, core} = context;
		const run = mainRun(states, core);
		breaks = {run, span: breaksFrom(states, run[0], run[1], -1), core: breaksFrom(states, core, core, -1)};
		pageBreaks.set(context, breaks);
	}

	return breaks;
};

/**
 * The break features (block-features.ts adds the group): between a block and the
 * article's main run (mainRun), the chrome blocks, the boilerplate-labelled words and
 * the longest unbroken run of chrome (log scale; 0 inside the run; −1 on a page
 * without prose); the same towards the core paragraph, which also reads blocks
 * inside the run (a subheading, a caption between two stretches of prose).
 */
export const breakGroup: FeatureGroup = {
	names: ['break.chrome', 'break.words', 'break.run', 'break.core-chrome', 'break.core-words', 'break.core-run'],
	against: [
		['set apart from the article', 'navigation'],
		['set apart from the article', 'navigation'],
		['set apart from the article', 'navigation'],
		['set apart from the article', 'navigation'],
		['set apart from the article', 'navigation'],
		['set apart from the article', 'navigation'],
	],
	compute: (context, i, out, at) => {
		const {span, core} = breaksOf(context);
		const scaled = (x: number): number => (x < 0 ? -1 : log1(x));
		out[at] = scaled(span.chrome[i]);
		out[at + 1] = scaled(span.words[i]);
		out[at + 2] = scaled(span.run[i]);
		out[at + 3] = scaled(core.chrome[i]);
		out[at + 4] = scaled(core.words[i]);
		out[at + 5] = scaled(core.run[i]);
	},
};
