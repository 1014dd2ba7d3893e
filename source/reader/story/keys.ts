// The story view's commands as reducer actions and intents, pure: the view
// runs intents (open a split view, change the base, leave) and dispatches the
// actions. One place maps a command to what it does.
import type {StoryCommand} from '../keymap.js';
import type {Story} from '../../story/story.js';
import {nextSentenceRow, type StoryAction, type StoryState, type StoryViewSize} from './state.js';

export type StoryIntent =
	| {type: 'action'; action: StoryAction}
	| {type: 'open'; copy: number; baseOffset: number}
	| {type: 'base'; copy: number}
	| {type: 'back'}
	| {type: 'quit'};

/** What a command does in a state; `story` is null while the copies are still being compared. */
export const storyIntent = (command: StoryCommand, state: StoryState, story: Story | null, size: StoryViewSize): StoryIntent => {
	const act = (action: StoryAction): StoryIntent => ({type: 'action', action});
	const hint = (text: string) => act({type: 'hint', hint: text});
	switch (command) {
		case 'story.back':
			return {type: 'back'};
		case 'story.quit':
			return {type: 'quit'};
		case 'story.help':
			return act({type: 'overlay', overlay: 'help'});
		default:
	}

	if (!story) return hint('comparing the copies with the base…');
	const rows = story.collation.rows;
	const isSentence = (row: number) => rows[row]?.base !== null && rows[row] !== undefined;
	switch (command) {
		case 'story.down':
			return act({type: 'move-row', by: 1, ...size});
		case 'story.up':
			return act({type: 'move-row', by: -1, ...size});
		case 'story.nextSentence':
			return act({type: 'row-to', row: nextSentenceRow(isSentence, rows.length, state.row, 1), ...size});
		case 'story.previousSentence':
			return act({type: 'row-to', row: nextSentenceRow(isSentence, rows.length, state.row, -1), ...size});
		case 'story.pageDown':
			return act({type: 'move-row', by: size.page, ...size});
		case 'story.pageUp':
			return act({type: 'move-row', by: -size.page, ...size});
		case 'story.top':
			return act({type: 'row-to', row: 0, ...size});
		case 'story.bottom':
			return act({type: 'row-to', row: rows.length - 1, ...size});
		case 'story.right':
			return act({type: 'move-copy', by: 1, ...size});
		case 'story.left':
			return act({type: 'move-copy', by: -1, ...size});
		case 'story.firstCopy':
			return act({type: 'copy-to', copy: 0, ...size});
		case 'story.lastCopy':
			return act({type: 'copy-to', copy: story.copies.length - 1, ...size});
		case 'story.open': {
			const row = rows[state.row];
			if (!row) return hint('no sentence here');
			// A row of added material opens at the base sentence it follows.
			const base = row.base ?? rows.slice(0, state.row).reverse().find(candidate => candidate.base)?.base ?? null;
			return {type: 'open', copy: state.copy, baseOffset: base?.start ?? 0};
		}
		case 'story.facts':
			return rows[state.row]?.base ? act({type: 'overlay', overlay: 'facts'}) : hint('facts are listed for sentences of the base');
		case 'story.base':
			return {type: 'base', copy: state.copy};
		default:
			return hint('');
	}
};
