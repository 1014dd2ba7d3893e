// The story view's state as a reducer with named actions, testable without
// rendering: the highlighted row (a row of the collation) and copy, the first
// row and first copy column on screen, an overlay, a one-off hint.

export type StoryOverlay = 'help' | 'facts' | null;

export type StoryState = {
	/** Highlighted row: an index into `Collation.rows`. */
	row: number;
	/** Highlighted copy: an index into `Story.copies`. */
	copy: number;
	/** First row on screen. */
	top: number;
	/** First copy column on screen. */
	left: number;
	overlay: StoryOverlay;
	/** A message for the status line until the next key. */
	hint: string | null;
};

export const initialStoryState: StoryState = {row: 0, copy: 0, top: 0, left: 0, overlay: null, hint: null};

/** What the view holds: rows and copies, and how many of each fit on screen. */
export type StoryViewSize = {rows: number; copies: number; page: number; columns: number};

export type StoryAction =
	| ({type: 'move-row'; by: number} & StoryViewSize)
	| ({type: 'row-to'; row: number} & StoryViewSize)
	| ({type: 'move-copy'; by: number} & StoryViewSize)
	| ({type: 'copy-to'; copy: number} & StoryViewSize)
	| ({type: 'fit'} & StoryViewSize)
	| {type: 'overlay'; overlay: StoryOverlay}
	| {type: 'hint'; hint: string | null}
	| {type: 'reset'};

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/** Keeps both cursors inside the table and the window around them (rows scroll by lines, copies by columns). */
const fit = (state: StoryState, size: StoryViewSize): StoryState => {
	const row = clamp(state.row, 0, Math.max(0, size.rows - 1));
	const copy = clamp(state.copy, 0, Math.max(0, size.copies - 1));
	const page = Math.max(1, size.page);
	const columns = Math.max(1, size.columns);
	let top = clamp(state.top, 0, Math.max(0, size.rows - page));
	if (row < top) top = row;
	if (row >= top + page) top = row - page + 1;
	let left = clamp(state.left, 0, Math.max(0, size.copies - columns));
	if (copy < left) left = copy;
	if (copy >= left + columns) left = copy - columns + 1;
	if (row === state.row && copy === state.copy && top === state.top && left === state.left) return state;
	return {...state, row, copy, top, left};
};

/** The story view's reducer: cursor moves keep the cursors inside the table and on screen; any move clears the hint. */
export const storyReducer = (state: StoryState, action: StoryAction): StoryState => {
	const quiet = state.hint === null ? state : {...state, hint: null};
	switch (action.type) {
		case 'move-row':
			return fit({...quiet, row: quiet.row + action.by}, action);
		case 'row-to':
			return fit({...quiet, row: action.row}, action);
		case 'move-copy':
			return fit({...quiet, copy: quiet.copy + action.by}, action);
		case 'copy-to':
			return fit({...quiet, copy: action.copy}, action);
		case 'fit':
			return fit(state, action);
		case 'overlay':
			return {...quiet, overlay: action.overlay};
		case 'hint':
			return {...state, hint: action.hint};
		case 'reset':
			return initialStoryState;
	}
};

/** The next row (after `from`, in `direction`) that is a base sentence; `from` when there is none. */
export const nextSentenceRow = (isSentence: (row: number) => boolean, rows: number, from: number, direction: 1 | -1): number => {
	for (let row = from + direction; row >= 0 && row < rows; row += direction) if (isSentence(row)) return row;
	return from;
};
