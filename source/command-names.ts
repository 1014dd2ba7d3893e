// copydesk's command words in one table, importing nothing: commands/main.ts dispatches on it, and
// reader/early-keys.ts, which runs at the CLI's first statement before any other module loads, reads
// from it which first arguments never open the reader.

/**
 * Each command by the word that runs it, and whether it opens the reader holding the keys typed while it
 * loads (reader/early-keys.ts): `read` does; `story` opens the reader too, but holds no keys.
 */
export const commandTable = {
	diff: {holdsKeys: false},
	strip: {holdsKeys: false},
	list: {holdsKeys: false},
	read: {holdsKeys: true},
	story: {holdsKeys: false},
} as const satisfies Record<string, {holdsKeys: boolean}>;

/** A command's word (main.ts loads each by it). */
export type CommandName = keyof typeof commandTable;

/** First arguments that print the usage. */
export const helpWords: readonly string[] = ['--help', '-h', 'help'];

/** First arguments that print the version. */
export const versionWords: readonly string[] = ['--version', '-V'];

/** Whether `word` is a command's name. */
export const isCommandName = (word: string | undefined): word is CommandName => word !== undefined && Object.hasOwn(commandTable, word);
