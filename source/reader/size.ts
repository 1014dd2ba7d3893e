import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {columns: number; rows: number};

/** Smallest terminal the reader lays out for; below it a message asks to enlarge. */
export const minimumSize: TerminalSize = {columns: 40, rows: 10};

/**
 * What the reader says on a terminal smaller than minimumSize, fitted to `room` (the columns and
 * rows it may write: the app keeps a terminal's last row free) while `size` is the terminal's: the
 * fullest wording whose lines all fit ("enlarge the terminal / (need 40×10, have 30×8) / q quits";
 * in a 10×3 terminal "need 40×10 / q quits"; on one row "enlarge to 40×10 · q quits"), else the
 * shortest cut to fit. The first line is the warning.
 */
export const tooSmallLines = (size: TerminalSize, room: TerminalSize = size, minimum: TerminalSize = minimumSize): string[] => {
	const need = `${minimum.columns}×${minimum.rows}`;
	const wordings = [
		['enlarge the terminal', `(need ${need}, have ${size.columns}×${size.rows})`, 'q quits'],
		['enlarge the terminal', `(need ${need})`, 'q quits'],
		['enlarge', `to ${need}`, 'q quits'],
		[`enlarge to ${need}`, 'q quits'],
		[`need ${need}`, 'q quits'],
		[`enlarge to ${need} · q quits`],
		[`need ${need} · q quits`],
		[`enlarge to ${need}`],
		[`need ${need}`],
		['enlarge'],
	];
	const fits = (lines: string[]) => lines.length <= room.rows && lines.every(line => [...line].length <= room.columns);
	const found = wordings.find(fits);
	if (found) return found;
	return room.rows < 1 ? [] : [[...'enlarge'].slice(0, Math.max(0, room.columns)).join('')];
};

/** The terminal size, updated on resize; `fixed` (tests) overrides it. */
export const useTerminalSize = (fixed?: TerminalSize): TerminalSize => {
	const {stdout} = useStdout();
	const read = (): TerminalSize => fixed ?? {columns: stdout.columns || 80, rows: stdout.rows || 24};
	const [size, setSize] = useState(read);
	useEffect(() => {
		if (fixed) {
			setSize(fixed);
			return;
		}
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fixed?.columns, fixed?.rows]);
	return size;
};
