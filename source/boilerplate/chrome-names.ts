import {boiler, type Decision, isSentenceLike, type LineState} from './line-state.js';

/**
 * The reasons nameChrome gives a line for its place alone ("short line outside the article" for four words or
 * fewer): no evidence of what kind of chrome it is, so the fitted decision may keep such a line and names a dropped
 * one by its own strongest evidence (block-model.ts), a plain text's heading may be one (title.ts), and so may a
 * list's item (list-holes.ts).
 */
export const placeOnlyReasons: ReadonlySet<string> = new Set(['line outside the article', 'short line outside the article']);

/**
 * Unlabelled lines outside the body are chrome: name what kind, from what
 * surrounds them. Under a "Related" heading, headline-like lines are that
 * block; after a comment form, everything is the comments section. A line
 * that repetition revealed is template, unless it is a lone word or two,
 * which any page layout shows to be navigation.
 */
export const nameChrome = (states: LineState[]): void => {
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
		if (context?.category === 'related' && previous && state.f.n - previous.f.lastN > 1) {
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
			// Several links of a word or two each are a menu; longer link text is a headline.
			const links = Math.max(1, (state.f.raw.match(/\]\(|\[\d{1,4}\]|https?:\/\//gu) ?? []).length);
			state.final = boiler(wordCount / links > 2.5 ? 'headlines' : 'navigation', 'link outside the article');
		} else {
			state.final = boiler('navigation', wordCount <= 4 ? 'short line outside the article' : 'line outside the article');
		}
	});
};

/** An entry of a text browser's numbered reference list ("   1. https://…", lynx -dump): a link of the page. */
const referenceEntry = /^\s*\d{1,4}\.\s/u;

/**
 * The first URL line is the article's source; later bare URLs are scraper chrome, and so is every
 * entry of a numbered reference list (lynx -dump's "References"): the page's links, not its address.
 */
export const resolveUrls = (states: LineState[]): void => {
	let seen = false;
	states.forEach((state) => {
		if (state.final?.metadata !== 'url') {
			return;
		}

		if (seen || referenceEntry.test(state.f.raw)) {
			state.final = boiler('scraper', 'bare URL');
			return;
		}

		seen = true;
	});
};
