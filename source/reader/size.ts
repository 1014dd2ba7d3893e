import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {columns: number; rows: number};

/** Smallest terminal the reader lays out for; below it a message asks to enlarge. */
export const minimumSize: TerminalSize = {columns: 40, rows: 10};

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
