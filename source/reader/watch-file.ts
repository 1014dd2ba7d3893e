// Noticing a file change while a comparison is open: Node's stat polling
// (fs.watchFile) works the same on every platform and file system (network
// mounts, editors that replace the file), costs one stat a second, and never
// keeps the process alive.
import {unwatchFile, watchFile, type Stats} from 'node:fs';

/** Calls `onChange` when the file's size or modification time changes, or it appears or vanishes; returns the stop function. */
export const watchFileChanges = (path: string, onChange: () => void, intervalMs = 1000): (() => void) => {
	const listener = (current: Stats, previous: Stats) => {
		if (current.mtimeMs !== previous.mtimeMs || current.size !== previous.size || current.nlink !== previous.nlink) onChange();
	};
	watchFile(path, {interval: intervalMs, persistent: false}, listener);
	return () => unwatchFile(path, listener);
};
