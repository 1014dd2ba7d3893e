// What the list's keys do: one KeyAction per list and filter command, each
// with the reason it cannot run where one applies ("not in a group").
import type {AnalyzedArticle} from '../../corpus/article.js';
import type {CorpusSnapshot} from '../../corpus/feed.js';
import type {KeyActions} from '../keymap.js';
import {eraseLastCharacter, eraseLastWord} from '../line-editing.js';
import {cursorIn, emptyViewHints, nextInGroup, nextSort, type ListAction, type ListState, type Sort, type SortKey} from './state.js';

/** What the list's actions read and do; getters read the latest state (keys may outrun renders). */
export type ListKeysContext = {
	state: () => ListState;
	snapshot: () => CorpusSnapshot;
	/** The rows for a filter and sort (memoised). */
	viewOf: (filter: string, sort: Sort) => readonly AnalyzedArticle[];
	articleOf: (id: string) => AnalyzedArticle | undefined;
	/** Rows on screen. */
	page: number;
	dispatch: (action: ListAction) => void;
	/** Opens the split view on two articles. */
	open: (left: AnalyzedArticle, right: AnalyzedArticle) => void;
	/** Opens the story view of these articles against the base `baseId`. */
	openStory: (ids: readonly string[], baseId: string) => void;
	quit: () => void;
};

/** The highlighted article, its row and the rows of the latest state. */
const here = (context: ListKeysContext) => {
	const state = context.state();
	const view = context.viewOf(state.filter, state.sort);
	const cursor = cursorIn(state, view);
	return {state, view, cursor, highlighted: view[cursor] as AnalyzedArticle | undefined};
};

const sortAction = (context: ListKeysContext, key: SortKey | null) => ({
	run() {
		const {state} = here(context);
		const sort = nextSort(state.sort, key);
		context.dispatch({type: 'sort', sort, view: context.viewOf(state.filter, sort), page: context.page});
	},
});

/** The members of the highlighted article's group, in file order. */
const groupMembers = (context: ListKeysContext, article: AnalyzedArticle) => context.snapshot().articles.filter(candidate => candidate.group?.group === article.group!.group);

/** What a group key says while the corpus is still analysed: groups come last (corpus/feed-from-disk.ts), with the end of the progress. */
export const groupsNotReady = 'groups are not ready yet';

/**
 * Why a group key cannot run on an article without a group: `reason` once the groups are computed; until
 * then, that they are not ready (new-user tester O3: "not in a group" was said of an article the groups,
 * a moment later, put in one, and stayed on the status line).
 */
const noGroup = (context: ListKeysContext, reason = 'not in a group'): string => (context.snapshot().progress !== null ? groupsNotReady : reason);

/** Why a key about the highlighted article cannot run when none is highlighted: the filter matches none, or the list is empty. */
const noArticle = (context: ListKeysContext): string => (context.state().filter ? emptyViewHints.noMatch : emptyViewHints.none);

/** The list screen's actions. */
export const listKeys = (context: ListKeysContext): KeyActions<'list'> => {
	const move = (by: (cursor: number, count: number) => number) => ({
		run() {
			const {view, cursor} = here(context);
			context.dispatch({type: 'moveTo', index: by(cursor, view.length), view, page: context.page});
		},
	});
	const inGroup = (direction: 1 | -1) => ({
		disabled() {
			const {view, cursor, highlighted} = here(context);
			if (!highlighted) return noArticle(context);
			if (!highlighted.group) return noGroup(context);
			return nextInGroup(view, cursor, direction) === -1 ? 'no other member of this group in the list' : null;
		},
		run() {
			const {view, cursor} = here(context);
			context.dispatch({type: 'moveTo', index: nextInGroup(view, cursor, direction), view, page: context.page});
		},
	});
	return {
		'list.down': move(cursor => cursor + 1),
		'list.up': move(cursor => cursor - 1),
		'list.first': move(() => 0),
		'list.last': move((_, count) => count - 1),
		'list.pageDown': move(cursor => cursor + context.page),
		'list.pageUp': move(cursor => cursor - context.page),
		'list.mark': {
			disabled: () => (here(context).highlighted ? null : noArticle(context)),
			run: () => context.dispatch({type: 'toggleMark', id: here(context).highlighted!.id}),
		},
		'list.open': {
			disabled() {
				const {state, highlighted} = here(context);
				const [first, second] = state.marks;
				if (second) return null;
				// Nothing listed (an empty folder, a filter matching none): nothing to mark either (breaker20 O11).
				if (!first) return highlighted ? 'Space marks two articles (or one, then move), Enter compares them' : noArticle(context);
				return highlighted && highlighted.id !== first ? null : 'highlight a different article to compare with the marked one';
			},
			run() {
				const {state, highlighted} = here(context);
				const [first, second] = state.marks.map(id => context.articleOf(id));
				const right = state.marks.length > 1 ? second : highlighted;
				if (first && right) context.open(first, right);
			},
		},
		'list.filter': {run: () => context.dispatch({type: 'startFilter'})},
		'list.clearFilter': {
			disabled: () => (context.state().filter ? null : 'no filter to clear'),
			run: () => context.dispatch({type: 'clearFilter', view: context.viewOf('', context.state().sort), page: context.page}),
		},
		'list.fileOrder': {disabled: () => (context.state().sort ? null : 'already in file order'), ...sortAction(context, null)},
		'list.sortName': sortAction(context, 'name'),
		'list.sortTitle': sortAction(context, 'title'),
		'list.sortWords': sortAction(context, 'words'),
		'list.sortBoilerplate': sortAction(context, 'boilerplate'),
		'list.sortGroup': sortAction(context, 'group'),
		'list.sortRelation': sortAction(context, 'relation'),
		'list.nextInGroup': inGroup(1),
		'list.previousInGroup': inGroup(-1),
		'list.compareOriginal': {
			disabled() {
				const {highlighted} = here(context);
				if (!highlighted) return noArticle(context);
				if (!highlighted.group) return noGroup(context);
				if (!context.articleOf(highlighted.group.original) || groupMembers(context, highlighted).length < 2) return 'not in a group';
				return highlighted.group.original === highlighted.id ? 'this is the original of its group (c: compare with a member)' : null;
			},
			run() {
				const {highlighted} = here(context);
				context.open(context.articleOf(highlighted!.group!.original)!, highlighted!);
			},
		},
		'list.compareNextMember': {
			disabled() {
				const {highlighted} = here(context);
				if (!highlighted) return noArticle(context);
				if (!highlighted.group) return noGroup(context);
				return groupMembers(context, highlighted).length < 2 ? 'the group has no other member' : null;
			},
			run() {
				const {highlighted} = here(context);
				const members = groupMembers(context, highlighted!);
				context.open(highlighted!, members[(members.findIndex(article => article.id === highlighted!.id) + 1) % members.length]);
			},
		},
		'list.problems': {
			disabled: () => (context.snapshot().problems.length > 0 ? null : 'no problems: every file was read'),
			run: () => context.dispatch({type: 'overlay', overlay: 'problems'}),
		},
		'list.story': {
			disabled() {
				const {highlighted} = here(context);
				if (!highlighted) return noArticle(context);
				if (!highlighted.group) return noGroup(context, 'not in a group: a story needs copies');
				return groupMembers(context, highlighted).length < 2 ? 'not in a group: a story needs copies' : null;
			},
			run() {
				const {highlighted} = here(context);
				context.openStory(groupMembers(context, highlighted!).map(article => article.id), highlighted!.group!.original);
			},
		},
		'list.help': {run: () => context.dispatch({type: 'overlay', overlay: 'help'})},
		'list.quit': {run: context.quit},
	};
};

/** The keys while a filter is typed (printable characters, not in the keymap, are typed into it: see `typeIntoFilter`). */
export const filterKeys = (context: ListKeysContext): KeyActions<'filter'> => {
	const edit = (text: string) => context.dispatch({type: 'editFilter', text, view: context.viewOf(text, context.state().sort), page: context.page});
	const move = (by: number) => ({
		run() {
			const {view} = here(context);
			context.dispatch({type: 'move', by, view, page: context.page});
		},
	});
	return {
		'filter.keep': {run: () => context.dispatch({type: 'commitFilter'})},
		'filter.clear': {run: () => context.dispatch({type: 'clearFilter', view: context.viewOf('', context.state().sort), page: context.page})},
		'filter.erase': {run: () => edit(eraseLastCharacter(context.state().filter))},
		'filter.eraseWord': {run: () => edit(eraseLastWord(context.state().filter))},
		'filter.eraseLine': {run: () => edit('')},
		'filter.down': move(1),
		'filter.up': move(-1),
	};
};

/** Typing a character into the filter. */
export const typeIntoFilter = (context: ListKeysContext, text: string): void =>
	context.dispatch({type: 'editFilter', text: context.state().filter + text, view: context.viewOf(context.state().filter + text, context.state().sort), page: context.page});
