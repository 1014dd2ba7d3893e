// State of the list screen as a reducer with named actions, testable
// without rendering. The highlight is an article (its id), not a row number:
// sorting, filtering, clearing the filter and a feed that publishes new rows
// keep it on the same article. Actions that depend on the rows carry the view
// they apply to (for a sort or a filter: the view after it).
import {relationsByStrength} from '../../compare/model.js';
import type {AnalyzedArticle} from '../../corpus/article.js';
import {typedForms} from '../../text/fold.js';

export type SortKey = 'name' | 'title' | 'words' | 'boilerplate' | 'group' | 'relation';

export type Sort = {key: SortKey; descending: boolean} | null;

export type ListOverlay = 'help' | 'problems' | null;

export type ListState = {
	/** Id of the highlighted article; null before the first row exists. */
	selected: string | null;
	/** Its row in the view when last placed: where the highlight stays when its article leaves the view (a reload). */
	cursor: number;
	/** First row shown (the list is virtualised: only a window is rendered). */
	top: number;
	/** Marked article ids, oldest first; two at most. */
	marks: string[];
	filter: string;
	/** The filter is being typed. */
	filtering: boolean;
	/** null: file order. */
	sort: Sort;
	overlay: ListOverlay;
	/** One-line message for the status line, cleared by the next key. */
	hint: string | null;
};

/** The hints that say the list shows no article: withdrawn as soon as rows arrive (a corpus still loading), see 'sync'. */
export const emptyViewHints = {noMatch: 'no article matches the filter (Esc clears it)', none: 'no article in the list'} as const;

export const initialListState: ListState = {selected: null, cursor: 0, top: 0, marks: [], filter: '', filtering: false, sort: null, overlay: null, hint: null};

/** The rows an action applies to, and how many fit on screen. */
export type ViewContext = {view: ReadonlyArray<{id: string}>; page: number};

export type ListAction =
	| ({type: 'move'; by: number} & ViewContext)
	| ({type: 'moveTo'; index: number} & ViewContext)
	/** The rows changed under the highlight (a feed update, a resize): find its article again. */
	| ({type: 'sync'} & ViewContext)
	| {type: 'toggleMark'; id: string}
	| {type: 'startFilter'}
	/** `view`: the rows matching the new text. */
	| ({type: 'editFilter'; text: string} & ViewContext)
	| {type: 'commitFilter'}
	/** `view`: the unfiltered rows. */
	| ({type: 'clearFilter'} & ViewContext)
	/** `view`: the rows in the new order. */
	| ({type: 'sort'; sort: Sort} & ViewContext)
	| {type: 'overlay'; overlay: ListOverlay}
	| {type: 'hint'; hint: string | null};

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * Row of the highlighted article in `view`: where its article is, else the
 * remembered row (clamped), 0 in an empty view. Render and reducer share it,
 * so what is drawn is what the next key moves from.
 */
export const cursorIn = (state: ListState, view: ReadonlyArray<{id: string}>): number => {
	if (state.selected !== null) {
		// The remembered row first: a move in a long list finds its article at once.
		if (view[state.cursor]?.id === state.selected) return state.cursor;
		const index = view.findIndex(article => article.id === state.selected);
		if (index >= 0) return index;
	}
	return clamp(state.cursor, 0, Math.max(0, view.length - 1));
};

/** The highlight put on row `index` of `view`, the window moved just enough to show it. */
const place = (state: ListState, index: number, {view, page}: ViewContext): ListState => {
	const size = Math.max(1, page);
	const cursor = clamp(index, 0, Math.max(0, view.length - 1));
	const selected = view[cursor]?.id ?? state.selected;
	let top = state.top;
	if (cursor < top) top = cursor;
	if (cursor >= top + size) top = cursor - size + 1;
	top = clamp(top, 0, Math.max(0, view.length - size));
	return cursor === state.cursor && top === state.top && selected === state.selected ? state : {...state, cursor, top, selected};
};

/**
 * The sort after pressing a column's key: ascending, then descending, then
 * back to file order (the third press, as in spreadsheets); `null` key: file order.
 */
export const nextSort = (current: Sort, key: SortKey | null): Sort => {
	if (key === null) return null;
	if (current?.key !== key) return {key, descending: false};
	return current.descending ? null : {key, descending: true};
};

/** The list's next state after an action (pure): the highlight follows its article through sorts, filters and new rows. */
export const listReducer = (state: ListState, action: ListAction): ListState => {
	switch (action.type) {
		case 'move':
			return place({...state, hint: null}, cursorIn(state, action.view) + action.by, action);
		case 'moveTo':
			return place({...state, hint: null}, action.index, action);
		case 'sync': {
			// A hint that the list is empty is no longer true once the feed brought rows.
			const stale = action.view.length > 0 && (state.hint === emptyViewHints.noMatch || state.hint === emptyViewHints.none);
			return place(stale ? {...state, hint: null} : state, cursorIn(state, action.view), action);
		}
		case 'toggleMark': {
			if (state.marks.includes(action.id)) return {...state, hint: null, marks: state.marks.filter(id => id !== action.id)};
			// A third mark drops the oldest: the two most recent choices are compared.
			return {...state, hint: null, marks: [...state.marks, action.id].slice(-2)};
		}
		case 'startFilter':
			return {...state, filtering: true, hint: null};
		case 'editFilter': {
			// The highlighted article stays highlighted while it matches; else the first match.
			const next = {...state, filter: action.text};
			const index = action.view.findIndex(article => article.id === state.selected);
			return place(next, index >= 0 ? index : 0, action);
		}
		case 'commitFilter':
			return {...state, filtering: false};
		case 'clearFilter':
			return place({...state, filter: '', filtering: false, hint: null}, cursorIn(state, action.view), action);
		case 'sort':
			return place({...state, sort: action.sort, hint: null}, cursorIn(state, action.view), action);
		case 'overlay':
			return {...state, overlay: action.overlay};
		case 'hint':
			return {...state, hint: action.hint};
	}
};

const collator = new Intl.Collator(undefined, {numeric: true, sensitivity: 'base'});

const compareBy = (key: SortKey) => (a: AnalyzedArticle, b: AnalyzedArticle): number => {
	switch (key) {
		case 'name':
			return collator.compare(a.name, b.name);
		case 'title':
			return collator.compare(a.title, b.title) || collator.compare(a.name, b.name);
		case 'words':
			return a.words - b.words;
		case 'boilerplate':
			return a.labels.boilerplateShare - b.labels.boilerplateShare;
		case 'group':
			// Groups together, biggest first; ungrouped last; the original first within its group.
			return (b.group?.groupSize ?? 0) - (a.group?.groupSize ?? 0) || (a.group?.group ?? Infinity) - (b.group?.group ?? Infinity) || Number(b.group?.original === b.id) - Number(a.group?.original === a.id);
		case 'relation':
			// As the relation column reads: originals first, then copies strongest first (closer
			// copies first within one relation), articles in no group of several last.
			return relationRank(a) - relationRank(b) || (b.group?.similarity ?? 0) - (a.group?.similarity ?? 0);
	}
};

/** Rank of the relation column's value: -1 an original, then relationsByStrength, then none. */
const relationRank = (article: AnalyzedArticle): number => {
	const group = article.group;
	if (!group || group.groupSize < 2) return relationsByStrength.length;
	return group.original === article.id ? -1 : relationsByStrength.indexOf(group.relation);
};

/**
 * Searchable text of an article: title and name, lower-cased once, then as typed without the letters a keyboard
 * may lack where they have any (text/fold.ts typedForms: "cadiz" finds "Cádiz", "strasse" "Straße", "koeln" "Köln");
 * a filter typed with them finds them in the first part.
 */
export const haystackOf = (article: AnalyzedArticle): string => {
	const lower = `${article.title}\n${article.name}`.toLocaleLowerCase();
	return [lower, ...typedForms(lower).map(form => form.text)].join('\n');
};

/** The rows of the list: articles filtered by title/name and sorted (stable: ties keep file-name order). */
export const listView = (articles: readonly AnalyzedArticle[], filter: string, sort: Sort, haystacks?: readonly string[]): AnalyzedArticle[] => {
	const needle = filter.trim().toLocaleLowerCase();
	const filtered = needle ? articles.filter((article, index) => (haystacks?.[index] ?? haystackOf(article)).includes(needle)) : [...articles];
	if (!sort) return filtered;
	const by = compareBy(sort.key);
	return filtered.sort(sort.descending ? (a, b) => by(b, a) : by);
};

/** Index in the view of the next (or previous) article of the same group as the one at `from`, wrapping around. */
export const nextInGroup = (view: readonly AnalyzedArticle[], from: number, direction: 1 | -1): number => {
	const group = view[from]?.group?.group;
	if (group === undefined) return -1;
	for (let step = 1; step < view.length; step++) {
		const index = (from + direction * step + view.length) % view.length;
		if (view[index].group?.group === group) return index;
	}
	return -1;
};
