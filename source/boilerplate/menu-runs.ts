// A menu written one item a line (a w3m dump of a site's navigation: "Living", "[arrow-forw]", "Fashion",
// "[arrow-forw]", "Beauty", …): a long run of items of a few words, no sentence among them. The fitted decision reads
// each line with a window of three on either side, so inside one menu its labels alternate (a word is body, the next
// chrome); the run is one thing, and gets one label. A rule over the labelled blocks after the fitted decision (as
// number-grid.ts): a run of at least minMenuRun such items in which the decision made most chrome is chrome whole.
import {boiler, type LineState} from './line-state.js';
import {isImagePlaceholder} from './image-placeholders.js';

/** The reason the items of a menu run carry. */
export const menuRunReason = 'menu run';

/** Items in a run, at least: a menu's length, longer than a list of headings or a short list in a story. */
const minMenuRun = 8;

/** A menu item: a few words (three at most) and no sentence end, or an image placeholder. */
const isItem = (state: LineState): boolean => isImagePlaceholder(state.f.raw) || (state.f.size >= 1 && state.f.size <= 3 && !state.f.terminal);

/** Marks the body items of every run of menu items that is mostly chrome already: boilerplate (navigation). In place; linear. */
export const markMenuRuns = (states: LineState[]): void => {
	let i = 0;
	while (i < states.length) {
		if (!isItem(states[i]!)) {
			i++;
			continue;
		}

		let j = i;
		let chrome = 0;
		let body = 0;
		for (; j < states.length && isItem(states[j]!) && (states[j]!.final?.kind ?? 'body') !== 'title'; j++) {
			const kind = states[j]!.final?.kind ?? 'body';
			if (kind === 'boilerplate') chrome++;
			else if (kind === 'body') body++;
		}

		if (j - i >= minMenuRun && chrome > body) {
			for (let k = i; k < j; k++) if ((states[k]!.final?.kind ?? 'body') === 'body') states[k]!.final = boiler('navigation', menuRunReason);
		}

		i = Math.max(j, i + 1);
	}
};
