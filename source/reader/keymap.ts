// The reader's keys, as data: the single source for input handling, the
// help screen, the README tables and the tests. A binding names a key the way
// useInput reports it: a printable character, or a special key name,
// optionally with ctrl. What a command does is not here: each screen gives a
// KeyAction per command of its own (a Record, so the compiler sees every
// command handled), with the reason it is disabled where one applies, as
// lazygit's controllers do.
import type {Key} from 'ink';

/**
 * Where keys are read: a screen of the reader, or a mode over one (the filter
 * being typed, an overlay open). A new screen adds its name here, its
 * commands below and a Record of KeyActions of its own.
 */
export type Screen = 'list' | 'filter' | 'split' | 'search' | 'overlay' | 'story';

export type ListCommand =
	| 'list.down'
	| 'list.up'
	| 'list.first'
	| 'list.last'
	| 'list.pageDown'
	| 'list.pageUp'
	| 'list.mark'
	| 'list.open'
	| 'list.filter'
	| 'list.clearFilter'
	| 'list.sortName'
	| 'list.sortTitle'
	| 'list.sortWords'
	| 'list.sortBoilerplate'
	| 'list.sortGroup'
	| 'list.sortRelation'
	| 'list.fileOrder'
	| 'list.nextInGroup'
	| 'list.previousInGroup'
	| 'list.compareOriginal'
	| 'list.compareNextMember'
	| 'list.problems'
	| 'list.story'
	| 'list.help'
	| 'list.quit';

export type SplitCommand =
	| 'split.down'
	| 'split.up'
	| 'split.halfDown'
	| 'split.halfUp'
	| 'split.pageDown'
	| 'split.pageUp'
	| 'split.top'
	| 'split.bottom'
	| 'split.nextChange'
	| 'split.previousChange'
	| 'split.switchPane'
	| 'split.toggleLinked'
	| 'split.toggleTrivial'
	| 'split.cycleBoilerplate'
	| 'split.substitutions'
	| 'split.reload'
	| 'split.help'
	| 'split.back'
	| 'split.quit'
	| 'split.lineNumbers'
	| 'split.search'
	| 'split.nextMatch'
	| 'split.previousMatch'
	| 'split.swap'
	| 'split.unified'
	| 'split.edit'
	| 'split.facts'
	| 'split.nextFact'
	| 'split.previousFact';

export type StoryCommand =
	| 'story.down'
	| 'story.up'
	| 'story.nextSentence'
	| 'story.previousSentence'
	| 'story.pageDown'
	| 'story.pageUp'
	| 'story.top'
	| 'story.bottom'
	| 'story.right'
	| 'story.left'
	| 'story.firstCopy'
	| 'story.lastCopy'
	| 'story.open'
	| 'story.facts'
	| 'story.base'
	| 'story.help'
	| 'story.back'
	| 'story.quit';

export type SearchCommand = 'search.keep' | 'search.cancel' | 'search.erase' | 'search.eraseWord' | 'search.eraseLine';

export type FilterCommand = 'filter.keep' | 'filter.clear' | 'filter.erase' | 'filter.eraseWord' | 'filter.eraseLine' | 'filter.down' | 'filter.up';

export type OverlayCommand = 'overlay.down' | 'overlay.up' | 'overlay.pageDown' | 'overlay.pageUp' | 'overlay.close';

export type Command = ListCommand | FilterCommand | SplitCommand | SearchCommand | OverlayCommand | StoryCommand;

/** The commands of one screen. */
export type CommandOf<S extends Screen> = Extract<Command, `${S}.${string}`>;

/** What a command does on its screen, and why it cannot now (shown as a hint and in the help). */
export type KeyAction = {run: () => void; disabled?: () => string | null};

/** Every command of a screen, handled. */
export type KeyActions<S extends Screen> = Record<CommandOf<S>, KeyAction>;

/** A key: `char` for printable input, or a special key name; `ctrl` for Ctrl-<char>. */
export type Binding = {char?: string; special?: SpecialKey; ctrl?: boolean};

export type SpecialKey = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace';

export type KeymapEntry = {
	command: Command;
	screen: Screen;
	category: string;
	description: string;
	keys: Binding[];
};

const ch = (char: string): Binding => ({char});
const ctrl = (char: string): Binding => ({char, ctrl: true});
const sp = (special: SpecialKey): Binding => ({special});

export const keymap: readonly KeymapEntry[] = [
	{command: 'list.down', screen: 'list', category: 'Move', description: 'next article', keys: [ch('j'), sp('down')]},
	{command: 'list.up', screen: 'list', category: 'Move', description: 'previous article', keys: [ch('k'), sp('up')]},
	{command: 'list.first', screen: 'list', category: 'Move', description: 'first article', keys: [ch('g'), sp('home')]},
	{command: 'list.last', screen: 'list', category: 'Move', description: 'last article', keys: [ch('G'), sp('end')]},
	{command: 'list.pageDown', screen: 'list', category: 'Move', description: 'page down', keys: [sp('pageDown'), ctrl('d')]},
	{command: 'list.pageUp', screen: 'list', category: 'Move', description: 'page up', keys: [sp('pageUp'), ctrl('u')]},
	{command: 'list.mark', screen: 'list', category: 'Compare', description: 'mark / unmark (two at most; a third drops the oldest)', keys: [ch(' ')]},
	{command: 'list.open', screen: 'list', category: 'Compare', description: 'compare the marked articles (one mark: with the highlighted one)', keys: [sp('return')]},
	{command: 'list.compareOriginal', screen: 'list', category: 'Compare', description: "compare with its group's original", keys: [ch('o')]},
	{command: 'list.compareNextMember', screen: 'list', category: 'Compare', description: 'compare with the next member of its group', keys: [ch('c')]},
	{command: 'list.nextInGroup', screen: 'list', category: 'Groups', description: 'next member of the same group', keys: [ch(']')]},
	{command: 'list.previousInGroup', screen: 'list', category: 'Groups', description: 'previous member of the same group', keys: [ch('[')]},
	{command: 'list.filter', screen: 'list', category: 'Filter and sort', description: 'filter by title or name (Enter keeps, Esc clears)', keys: [ch('/')]},
	{command: 'list.clearFilter', screen: 'list', category: 'Filter and sort', description: 'clear the filter', keys: [sp('escape')]},
	{command: 'list.fileOrder', screen: 'list', category: 'Filter and sort', description: 'file order (as does a third press of a sort key)', keys: [ch('0')]},
	{command: 'list.sortName', screen: 'list', category: 'Filter and sort', description: 'sort by name (again: reverse)', keys: [ch('1')]},
	{command: 'list.sortTitle', screen: 'list', category: 'Filter and sort', description: 'sort by title (again: reverse)', keys: [ch('2')]},
	{command: 'list.sortWords', screen: 'list', category: 'Filter and sort', description: 'sort by words (again: reverse)', keys: [ch('3')]},
	{command: 'list.sortBoilerplate', screen: 'list', category: 'Filter and sort', description: 'sort by boilerplate share (again: reverse)', keys: [ch('4')]},
	{command: 'list.sortGroup', screen: 'list', category: 'Filter and sort', description: 'sort by group (again: reverse)', keys: [ch('5')]},
	{command: 'list.sortRelation', screen: 'list', category: 'Filter and sort', description: 'sort by relation to the original (again: reverse)', keys: [ch('6')]},
	{command: 'list.story', screen: 'list', category: 'Groups', description: 'story view: every member of its group against the original', keys: [ch('s')]},
	{command: 'list.problems', screen: 'list', category: 'Other', description: 'show files that could not be read', keys: [ch('p')]},
	{command: 'list.help', screen: 'list', category: 'Other', description: 'this help', keys: [ch('?')]},
	{command: 'list.quit', screen: 'list', category: 'Other', description: 'quit', keys: [ch('q'), ch('Q')]},

	{command: 'filter.keep', screen: 'filter', category: 'Filter', description: 'keep the filter, back to moving', keys: [sp('return')]},
	{command: 'filter.clear', screen: 'filter', category: 'Filter', description: 'clear the filter', keys: [sp('escape')]},
	{command: 'filter.erase', screen: 'filter', category: 'Filter', description: 'erase the last character', keys: [sp('backspace')]},
	{command: 'filter.eraseWord', screen: 'filter', category: 'Filter', description: 'erase the last word', keys: [ctrl('w')]},
	{command: 'filter.eraseLine', screen: 'filter', category: 'Filter', description: 'erase what is typed', keys: [ctrl('u')]},
	{command: 'filter.down', screen: 'filter', category: 'Filter', description: 'next match', keys: [sp('down')]},
	{command: 'filter.up', screen: 'filter', category: 'Filter', description: 'previous match', keys: [sp('up')]},

	{command: 'split.down', screen: 'split', category: 'Scroll', description: 'one line down', keys: [ch('j'), sp('down')]},
	{command: 'split.up', screen: 'split', category: 'Scroll', description: 'one line up', keys: [ch('k'), sp('up')]},
	{command: 'split.halfDown', screen: 'split', category: 'Scroll', description: 'half a page down', keys: [ctrl('d')]},
	{command: 'split.halfUp', screen: 'split', category: 'Scroll', description: 'half a page up', keys: [ctrl('u')]},
	{command: 'split.pageDown', screen: 'split', category: 'Scroll', description: 'a page down', keys: [ch(' '), sp('pageDown'), ctrl('f')]},
	{command: 'split.pageUp', screen: 'split', category: 'Scroll', description: 'a page up', keys: [sp('pageUp'), ctrl('b')]},
	{command: 'split.top', screen: 'split', category: 'Scroll', description: 'top', keys: [ch('g'), sp('home')]},
	{command: 'split.bottom', screen: 'split', category: 'Scroll', description: 'bottom', keys: [ch('G'), sp('end')]},
	{command: 'split.nextChange', screen: 'split', category: 'Changes', description: 'next change (after the last: the first)', keys: [ch(']')]},
	{command: 'split.previousChange', screen: 'split', category: 'Changes', description: 'previous change', keys: [ch('[')]},
	{command: 'split.facts', screen: 'split', category: 'Changes', description: 'list the facts that changed (numbers, dates, names, quotes)', keys: [ch('F')]},
	{command: 'split.nextFact', screen: 'split', category: 'Changes', description: 'next changed fact (after the last: the first)', keys: [ch('}')]},
	{command: 'split.previousFact', screen: 'split', category: 'Changes', description: 'previous changed fact', keys: [ch('{')]},
	{command: 'split.search', screen: 'split', category: 'Search', description: 'search both panes, or the pane that scrolls alone (capitals match case)', keys: [ch('/')]},
	{command: 'split.nextMatch', screen: 'split', category: 'Search', description: 'next line with a match', keys: [ch('n')]},
	{command: 'split.previousMatch', screen: 'split', category: 'Search', description: 'previous line with a match', keys: [ch('N')]},
	{command: 'split.switchPane', screen: 'split', category: 'Panes', description: 'switch the focused pane', keys: [sp('tab')]},
	{command: 'split.unified', screen: 'split', category: 'Panes', description: 'one column or side by side (auto: one below 80 columns)', keys: [ch('u')]},
	{command: 'split.swap', screen: 'split', category: 'Panes', description: 'swap the left and right article', keys: [ch('x')]},
	{command: 'split.toggleLinked', screen: 'split', category: 'Panes', description: 'linked scrolling on/off (off: scroll the focused pane only; its title then opens with "[scrolls alone]")', keys: [ch('s')]},
	{command: 'split.toggleTrivial', screen: 'split', category: 'Show', description: 'show trivial differences (case, quotes) dim', keys: [ch('t')]},
	{command: 'split.cycleBoilerplate', screen: 'split', category: 'Show', description: 'boilerplate: excluded and shown → hidden → compared as text', keys: [ch('B')]},
	{command: 'split.lineNumbers', screen: 'split', category: 'Show', description: 'line numbers of each file on/off', keys: [ch('#')]},
	{command: 'split.substitutions', screen: 'split', category: 'Show', description: 'list word substitutions', keys: [ch('S')]},
	{command: 'split.reload', screen: 'split', category: 'Other', description: 're-read both files (also done when they change on disk)', keys: [ch('r')]},
	{command: 'split.edit', screen: 'split', category: 'Other', description: 'open the focused file at its top line in $VISUAL/$EDITOR', keys: [ch('v')]},
	{command: 'split.help', screen: 'split', category: 'Other', description: 'this help', keys: [ch('?')]},
	{command: 'split.back', screen: 'split', category: 'Other', description: 'back to the list', keys: [ch('q'), sp('escape')]},
	{command: 'split.quit', screen: 'split', category: 'Other', description: 'quit copydesk', keys: [ch('Q')]},

	{command: 'search.keep', screen: 'search', category: 'Search', description: 'search: go to the first match below', keys: [sp('return')]},
	{command: 'search.cancel', screen: 'search', category: 'Search', description: 'cancel the search', keys: [sp('escape')]},
	{command: 'search.erase', screen: 'search', category: 'Search', description: 'erase the last character', keys: [sp('backspace')]},
	{command: 'search.eraseWord', screen: 'search', category: 'Search', description: 'erase the last word', keys: [ctrl('w')]},
	{command: 'search.eraseLine', screen: 'search', category: 'Search', description: 'erase what is typed', keys: [ctrl('u')]},

	{command: 'overlay.down', screen: 'overlay', category: 'Help and lists', description: 'scroll down', keys: [ch('j'), sp('down')]},
	{command: 'overlay.up', screen: 'overlay', category: 'Help and lists', description: 'scroll up', keys: [ch('k'), sp('up')]},
	{command: 'overlay.pageDown', screen: 'overlay', category: 'Help and lists', description: 'a page down', keys: [ch(' '), sp('pageDown')]},
	{command: 'overlay.pageUp', screen: 'overlay', category: 'Help and lists', description: 'a page up', keys: [sp('pageUp')]},
	{command: 'overlay.close', screen: 'overlay', category: 'Help and lists', description: 'close (so does any other key)', keys: [ch('q'), sp('escape')]},

	{command: 'story.down', screen: 'story', category: 'Sentences', description: 'next row', keys: [ch('j'), sp('down')]},
	{command: 'story.up', screen: 'story', category: 'Sentences', description: 'previous row', keys: [ch('k'), sp('up')]},
	{command: 'story.nextSentence', screen: 'story', category: 'Sentences', description: "next sentence of the base (skips copies' additions)", keys: [ch(']')]},
	{command: 'story.previousSentence', screen: 'story', category: 'Sentences', description: 'previous sentence of the base', keys: [ch('[')]},
	{command: 'story.pageDown', screen: 'story', category: 'Sentences', description: 'a page down', keys: [ch(' '), sp('pageDown'), ctrl('d')]},
	{command: 'story.pageUp', screen: 'story', category: 'Sentences', description: 'a page up', keys: [sp('pageUp'), ctrl('u')]},
	{command: 'story.top', screen: 'story', category: 'Sentences', description: 'first row', keys: [ch('g'), sp('home')]},
	{command: 'story.bottom', screen: 'story', category: 'Sentences', description: 'last row', keys: [ch('G'), sp('end')]},
	{command: 'story.right', screen: 'story', category: 'Copies', description: 'next copy', keys: [ch('l'), sp('right')]},
	{command: 'story.left', screen: 'story', category: 'Copies', description: 'previous copy', keys: [ch('h'), sp('left')]},
	{command: 'story.firstCopy', screen: 'story', category: 'Copies', description: 'first copy', keys: [ch('0')]},
	{command: 'story.lastCopy', screen: 'story', category: 'Copies', description: 'last copy', keys: [ch('$')]},
	{command: 'story.open', screen: 'story', category: 'Copies', description: 'split view of the base and this copy, at this sentence', keys: [sp('return')]},
	{command: 'story.facts', screen: 'story', category: 'Copies', description: 'facts changed across copies in this sentence', keys: [ch('f')]},
	{command: 'story.base', screen: 'story', category: 'Copies', description: 'make this copy the base', keys: [ch('b')]},
	{command: 'story.help', screen: 'story', category: 'Other', description: 'this help', keys: [ch('?')]},
	{command: 'story.back', screen: 'story', category: 'Other', description: 'back to the list', keys: [ch('q'), sp('escape')]},
	{command: 'story.quit', screen: 'story', category: 'Other', description: 'quit copydesk', keys: [ch('Q')]},
];

/** The special key named in useInput's key object, if any. */
const specialOf = (key: Key): SpecialKey | undefined => {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageUp';
	if (key.pageDown) return 'pageDown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.escape) return 'escape';
	if (key.tab) return 'tab';
	if (key.backspace || key.delete) return 'backspace';
	return undefined;
};

/** Whether a key press (ink's input and Key) is the binding: a special key without Ctrl, or the character with Ctrl exactly as bound. */
export const matches = (binding: Binding, input: string, key: Key): boolean => {
	const special = specialOf(key);
	if (binding.special) return special === binding.special && !key.ctrl;
	if (special) return false;
	return binding.char === input && Boolean(binding.ctrl) === key.ctrl;
};

/** The command a key runs on a screen, if any. */
export const commandFor = <S extends Screen>(screen: S, input: string, key: Key): CommandOf<S> | undefined =>
	keymap.find(entry => entry.screen === screen && entry.keys.some(binding => matches(binding, input, key)))?.command as CommandOf<S> | undefined;

/**
 * Runs the command a key is bound to on a screen: its action, or, when it is
 * disabled, `onDisabled` with the reason. False when the key is bound to nothing there.
 */
export const runKey = <S extends Screen>(screen: S, actions: KeyActions<S>, input: string, key: Key, onDisabled: (reason: string) => void): boolean => {
	const command = commandFor(screen, input, key);
	if (!command) return false;
	const action: KeyAction = actions[command];
	const reason = action.disabled?.() ?? null;
	if (reason) onDisabled(reason);
	else action.run();
	return true;
};

/** How a binding is written in help and hints. */
export const bindingLabel = (binding: Binding): string => {
	if (binding.special) {
		return {up: '↑', down: '↓', left: '←', right: '→', pageUp: 'PgUp', pageDown: 'PgDn', home: 'Home', end: 'End', return: 'Enter', escape: 'Esc', tab: 'Tab', backspace: 'Backspace'}[binding.special];
	}
	if (binding.ctrl) return `Ctrl-${binding.char}`;
	return binding.char === ' ' ? 'Space' : binding.char!;
};

/** How a key press (ink's input and Key) is written in hints, as the help writes its bindings ("Space", "Ctrl-d", "]"). */
export const keyLabel = (input: string, key: Key): string => {
	const special = specialOf(key);
	return bindingLabel(special ? {special} : {char: input, ...(key.ctrl ? {ctrl: true} : {})});
};

export type HelpSection = {category: string; lines: Array<{keys: string; description: string; disabled?: string}>};

/** Help lines of a screen, grouped by category in keymap order; with `actions`, each disabled command says why. */
export const helpSections = <S extends Screen>(screen: S, actions?: KeyActions<S>): HelpSection[] => {
	const sections: HelpSection[] = [];
	for (const entry of keymap.filter(entry => entry.screen === screen)) {
		let section = sections.find(candidate => candidate.category === entry.category);
		if (!section) sections.push((section = {category: entry.category, lines: []}));
		const disabled = actions?.[entry.command as CommandOf<S>].disabled?.() ?? undefined;
		section.lines.push({keys: entry.keys.map(bindingLabel).join(' '), description: entry.description, ...(disabled ? {disabled} : {})});
	}
	return sections;
};

/** The first key of a command, for hints ("Space mark"). */
export const keyOf = (command: Command): string => bindingLabel(keymap.find(entry => entry.command === command)!.keys[0]);
