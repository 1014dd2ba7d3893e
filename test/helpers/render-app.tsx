import {render} from 'ink-testing-library';
import React from 'react';
import {App} from '../../source/reader/app.js';
import type {ReaderInput} from '../../source/reader/reader-input.js';
import {plainTheme, type Theme} from '../../source/reader/theme.js';
import {delay} from './delay.js';

/**
 * The whole reader rendered by ink-testing-library at a fixed size (default
 * 100×24, plain theme), with what a key-sequence test needs: `frame()` (the
 * last frame), `status()` (its last non-empty row), `type(...keys)` (written
 * at once, for keys Ink reads together) and `press(...keys)` (one key per
 * event-loop turn, for keys that must arrive alone), and the exit codes
 * `onQuit` received, in order; `input` is handed back with its own type
 * (a recording input keeps its records).
 */
export const renderApp = <Input extends ReaderInput>(input: Input, {columns = 100, rows = 24, theme = plainTheme}: {columns?: number; rows?: number; theme?: Theme} = {}) => {
	const quits: number[] = [];
	const app = render(<App input={input} onQuit={code => quits.push(code)} size={{columns, rows}} theme={theme} />);
	const frame = () => app.lastFrame() ?? '';
	const status = () => frame().split('\n').filter(Boolean).at(-1) ?? '';
	const type = (...keys: string[]) => {
		for (const key of keys) app.stdin.write(key);
	};
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			app.stdin.write(key);
			await delay();
		}
	};
	return {app, frame, status, type, press, quits, input};
};
