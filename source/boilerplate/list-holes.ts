import {placeOnlyReasons} from './chrome-names.js';
import {isSiteTemplate, type LineState} from './line-state.js';

// The items of one list are one kind of text. An article's list (a recipe's
// ingredients, a spec sheet, an agenda, the lines of a table) is a run of
// short blocks in a row, and the fitted decision reads each item on its own:
// "1 Ei" or "Ort: Kasberg" has too few words to tell from a menu entry, so
// it drops some items of a list whose other items it keeps. A list is the
// article's or the page's chrome as a whole; when the decision keeps most of
// a run's items, the items it dropped between them are of the same list.
// But a sidebar or a menu is a list too, and the decision keeps some of its
// entries (a blog's book list, a magazine's section menu): an article's list
// lies in the article or right against its prose, a sidebar is set apart
// from it by blocks the decision drops, as mainRun (article-break.ts) ends
// the article's prose at chrome.


/**
 * Blocks dropped in a row (firm ones aside) that set what follows apart from
 * the article (the list beyond is a sidebar's or a menu's), and the fewer
 * that set it apart from the article's close span, which a list must reach
 * when it is not inside the wider one (a recipe's ingredients above its
 * method, their own dropped items between).
 */
const articleBreak = 6;
const closeBreak = 3;

/**
 * The kept article's core, after the decision: the longest prose block
 * (grade good) the decision keeps as body; -1 when no prose is kept. Linear.
 */
export const keptArticleCore = (states: readonly LineState[]): number => {
	let core = -1;
	for (let i = 0; i < states.length; i++) {
		if (states[i].grade === 'good' && states[i].final?.kind === 'body' && (core === -1 || states[i].f.size > states[core].f.size)) {
			core = i;
		}
	}

	return core;
};

/**
 * The kept article's span, after the decision: from its core (keptArticleCore,
 * found once by the caller when it reads several spans) up and down over the
 * blocks it keeps (body, title, metadata), stepping over firm ones, until
 * `gap` blocks in a row are dropped; as [first, last] block, [-1, -1] when no
 * prose is kept. Linear.
 */
export const keptArticleSpan = (states: readonly LineState[], gap = articleBreak, core = keptArticleCore(states)): [number, number] => {
	if (core === -1) {
		return [-1, -1];
	}

	const reach = (step: 1 | -1): number => {
		let last = core;
		for (let i = core + step, dropped = 0; i >= 0 && i < states.length; i += step) {
			const kind = states[i].final?.kind;
			if (kind === 'body' || kind === 'title' || kind === 'metadata') {
				dropped = 0;
				last = i;
			} else if (!states[i].firm && ++dropped >= gap) {
				break;
			}
		}

		return last;
	};

	return [reach(-1), reach(1)];
};

/**
 * Keeps the items the fitted decision dropped inside a run of short blocks
 * whose items it mostly keeps. A run: consecutive blocks that are not prose
 * (grade other than good), as list-runs.ts reads them. Within it, the items
 * are the blocks the decision was free to label (not firm, not the site's
 * template, body or chrome by place alone in the rules' labels `rules`);
 * when at least `least` of them are kept and at least as many are kept as
 * dropped, and the run's kept items lie in the kept article
 * (keptArticleSpan, read before any hole is filled: between its first and
 * last kept item no block outside the span with `articleBreak`, or some
 * block in or next to the span with `closeBreak`), every dropped item
 * between the first and last kept item is kept. Firm blocks (markers, separators, headline lists, captions) keep
 * their labels. Mutates `states[i].final`; linear in the blocks.
 */
export const keepListHoles = (states: LineState[], rules: ReadonlyArray<LineState['final']>, least = 2): void => {
	const item = (i: number): boolean => {
		const rule = rules[i];
		return !states[i].firm && !isSiteTemplate(rule) && (rule?.kind === 'body' || (rule?.kind === 'boilerplate' && (!rule.reason || placeOnlyReasons.has(rule.reason))));
	};

	const kept = (i: number): boolean => states[i].final?.kind === 'body';
	const core = keptArticleCore(states);
	const [spanStart, spanEnd] = keptArticleSpan(states, articleBreak, core);
	const [closeStart, closeEnd] = keptArticleSpan(states, closeBreak, core);
	const inArticle = (first: number, last: number): boolean => spanStart !== -1 && ((first >= spanStart && last <= spanEnd) || (last >= closeStart - 1 && first <= closeEnd + 1));
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

		if (keptItems >= least && keptItems >= dropped && inArticle(first, last)) {
			for (let i = first + 1; i < last; i++) {
				if (item(i) && states[i].final?.kind === 'boilerplate') {
					states[i].final = {kind: 'body'};
				}
			}
		}

		start = end + 1;
	}
};

