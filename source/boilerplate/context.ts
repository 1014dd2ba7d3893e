import type {BoilerplateCategory} from './label.js';
import {isHeaderStrip} from './firm.js';
import {isAnchor, isSentenceLike, isStrongProse, type LineState} from './line-state.js';

/** Firm lines that open a list of other articles. */
const listOpeners = new Set<BoilerplateCategory>(['related', 'headlines']);

/** jusText-style context: body is what lies between prose lines of one run of unlabelled lines. */
export const resolveContext = (states: LineState[]): void => {
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
			// lines that read as sentences, or as long prose of the page's
			// language without a final stop (jusText's near-good paragraph
			// next to a good one: a paragraph whose last sentence lost its
			// stop), so a headline list or a title next to the article is
			// not swallowed by it.
			const extends_ = (state: LineState): boolean => !state.repeated && (isAnchor(state) || isSentenceLike(state.f) || (state.grade === 'near' && isStrongProse(state.f) && state.f.size >= 25));
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
			// A date or byline between two paragraphs does not split the body; a strip of the header's
			// fields around a date ("By Staff • Nov 6, 2012 • New York", "3 March 2024 | Reuters") ends a run as chrome does.
			if (state.firm.kind === 'metadata' && !isHeaderStrip(state.f)) {
				continue;
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
