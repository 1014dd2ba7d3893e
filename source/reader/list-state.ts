// State of the list screen as a reducer with named actions, testable
// without rendering. Rows are addressed by their index in the current view
// (filtered and sorted); actions that depend on the view carry its size.
import {relationsByStrength} from '../compare/model.js';
import type {AnalyzedArticle} from '../corpus/article.js';

export type SortKey = 'name' | 'title' | 'words' | 'boilerplate' | 'group' | 'relation';

export type ListOverlay = 'help' | 'problems' | null;

export type ListState = {
	/** Highlighted row in the view. */
	cursor: number;
	/** First row shown (the list is virtualised: only a window is rendered). */
	top: number;
	/** Marked article ids, oldest first; two at most. */
	marks: string[];
	filter: string;
	/** The filter is being typed. */
	filtering: boolean;
	sort: {key: SortKey; descending: boolean} | null;
	overlay: ListOverlay;
	/** One-line message for the status line, cleared by the next key. */
	hint: string | null;
	/** After a re-sort or filter: keep the highlight on this article. */
	follow: string | null;
};

export const initialListState: ListState = {cursor: 0, top: 0, marks: [], filter: '', filtering: false, sort: null, overlay: null, hint: null, follow: null};

/** What view-dependent actions need: the number of rows and how many fit on screen. */
export type ViewSize = {count: number; page: number};

export type ListAction =
	| ({type: 'move'; by: number} & ViewSize)
	| ({type: 'moveTo'; index: number} & ViewSize)
	| {type: 'toggleMark'; id: string}
	| {type: 'startFilter'}
	| {type: 'editFilter'; text: string}
	| {type: 'commitFilter'}
	| {type: 'clearFilter'; current?: string}
	| {type: 'sort'; key: SortKey; current?: string}
	| {type: 'overlay'; overlay: ListOverlay}
	| {type: 'hint'; hint: string | null}
	| ({type: 'fit'} & ViewSize);

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** Cursor and window kept valid for a view of `count` rows with `page` rows on screen. */
const fit = (state: ListState, cursor: number, {count, page}: ViewSize): ListState => {
	const size = Math.max(1, page);
	const next = clamp(cursor, 0, Math.max(0, count - 1));
	let top = state.top;
	if (next < top) top = next;
	if (next >= top + size) top = next - size + 1;
	top = clamp(top, 0, Math.max(0, count - size));
	return next === state.cursor && top === state.top ? state : {...state, cursor: next, top};
};

export const listReducer = (state: ListState, action: ListAction): ListState => {
	switch (action.type) {
		case 'move':
			return fit({...state, hint: null}, state.cursor + action.by, action);
		case 'moveTo':
			return fit({...state, follow: null}, action.index, action);
		case 'fit':
			return fit(state, state.cursor, action);
		case 'toggleMark': {
			if (state.marks.includes(action.id)) return {...state, hint: null, marks: state.marks.filter(id => id !== action.id)};
			// A third mark drops the oldest: the two most recent choices are compared.
			return {...state, hint: null, marks: [...state.marks, action.id].slice(-2)};
		}
		case 'startFilter':
			return {...state, filtering: true, hint: null};
		case 'editFilter':
			return {...state, filter: action.text, cursor: 0, top: 0};
		case 'commitFilter':
			return {...state, filtering: false};
		case 'clearFilter':
			return {...state, filter: '', filtering: false, follow: action.current ?? null};
		case 'sort': {
			const descending = state.sort?.key === action.key ? !state.sort.descending : false;
			return {...state, sort: {key: action.key, descending}, follow: action.current ?? null, hint: null};
		}
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
			return relationsByStrength.indexOf(a.group?.relation ?? 'unrelated') - relationsByStrength.indexOf(b.group?.relation ?? 'unrelated');
	}
};

/** Searchable text of an article: title and name, lower-cased once. */
export const haystackOf = (article: AnalyzedArticle): string => `${article.title}\n${article.name}`.toLocaleLowerCase();

/** The rows of the list: articles filtered by title/name and sorted (stable: ties keep file-name order). */
export const listView = (articles: readonly AnalyzedArticle[], filter: string, sort: ListState['sort'], haystacks?: readonly string[]): AnalyzedArticle[] => {
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
