import {placeOnlyReasons} from './chrome-names.js';
import {isSiteTemplate, type LineState} from './line-state.js';

// The items of one list are one kind of text. An article's list (a recipe's
// ingredients, a spec sheet, an agenda, the lines of a table) is a run of
// short blocks in a row, and the fitted decision reads each item on its own:
// "1 Ei" or "Ort: Kasberg" has too few words to tell from a menu entry, so
// it drops some items of a list whose other items it keeps. A list is the
// article's or the page's chrome as a whole; when the decision keeps most of
// a run's items, the items it dropped between them are of the same list.


/**
 * Keeps the items the fitted decision dropped inside a run of short blocks
 * whose items it mostly keeps. A run: consecutive blocks that are not prose
 * (grade other than good), as list-runs.ts reads them. Within it, the items
 * are the blocks the decision was free to label (not firm, not the site's
 * template, body or chrome by place alone in the rules' labels `rules`);
 * when at least `least` of them are kept and at least as many are kept as
 * dropped, every dropped item between the run's first and last kept item is
 * kept. Firm blocks (markers, separators, headline lists, captions) keep
 * their labels. Mutates `states[i].final`; linear in the blocks.
 */
export const keepListHoles = (states: LineState[], rules: ReadonlyArray<LineState['final']>, least = 2): void => {
	const item = (i: number): boolean => {
		const rule = rules[i];
		return !states[i].firm && !isSiteTemplate(rule) && (rule?.kind === 'body' || (rule?.kind === 'boilerplate' && (!rule.reason || placeOnlyReasons.has(rule.reason))));
	};

	const kept = (i: number): boolean => states[i].final?.kind === 'body';
	for (let start = 0; start < states.length; ) {
		if (states[start].grade === 'good') {
			start++;
			continue;
		}

		let end = start;
		while (end + 1 < states.length && states[end + 1].grade !== 'good') {
			end++;
		}

		let keptItems = 0;
		let dropped = 0;
		let first = -1;
		let last = -1;
		for (let i = start; i <= end; i++) {
			if (!item(i)) {
				continue;
			}

			if (kept(i)) {
				keptItems++;
				first = first === -1 ? i : first;
				last = i;
			} else if (states[i].final?.kind === 'boilerplate') {
				dropped++;
			}
		}

		if (keptItems >= least && keptItems >= dropped) {
			for (let i = first + 1; i < last; i++) {
				if (item(i) && states[i].final?.kind === 'boilerplate') {
					states[i].final = {kind: 'body'};
				}
			}
		}

		start = end + 1;
	}
};

