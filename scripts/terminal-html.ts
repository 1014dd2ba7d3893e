// A tmux screen capture (`capture-pane -e -p`: text with SGR escapes) as an
// HTML page styled like a terminal, for the README's pictures. Only SGR is
// understood (bold, dim, underline, inverse, the 16 colors); anything else is
// dropped. Text is escaped.
const palette: Record<number, string> = {
	30: '#1e1e1e', 31: '#f14c4c', 32: '#23d18b', 33: '#f5f543', 34: '#3b8eea', 35: '#d670d6', 36: '#29b8db', 37: '#e5e5e5',
	90: '#8a8a8a', 91: '#f14c4c', 92: '#23d18b', 93: '#f5f543', 94: '#3b8eea', 95: '#d670d6', 96: '#29b8db', 97: '#ffffff',
};
const foreground = '#d4d4d4';
const background = '#1e1e1e';

type State = {bold: boolean; dim: boolean; underline: boolean; inverse: boolean; color?: string; background?: string};

const escape = (text: string) => text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);

const apply = (state: State, codes: number[]): State => {
	const next = {...state};
	for (let index = 0; index < codes.length; index++) {
		const code = codes[index];
		if (code === 0) Object.assign(next, {bold: false, dim: false, underline: false, inverse: false, color: undefined, background: undefined});
		else if (code === 1) next.bold = true;
		else if (code === 2) next.dim = true;
		else if (code === 22) next.bold = next.dim = false;
		else if (code === 4) next.underline = true;
		else if (code === 24) next.underline = false;
		else if (code === 7) next.inverse = true;
		else if (code === 27) next.inverse = false;
		else if (code === 39) next.color = undefined;
		else if (code === 49) next.background = undefined;
		else if (palette[code]) next.color = palette[code];
		else if (code >= 40 && code <= 47) next.background = palette[code - 10];
		else if (code === 38 || code === 48) index += codes[index + 1] === 5 ? 2 : 4; // 256/true colors: not used by copydesk
	}

	return next;
};

const style = (state: State): string => {
	let fg = state.color ?? foreground;
	let bg = state.background;
	if (state.inverse) [fg, bg] = [bg ?? background, fg];
	const parts = [`color:${fg}`];
	if (bg) parts.push(`background:${bg}`);
	if (state.bold) parts.push('font-weight:700');
	if (state.dim) parts.push('opacity:.6');
	if (state.underline) parts.push('text-decoration:underline');
	return parts.join(';');
};

/** The captured screen as a complete HTML page (a dark terminal, monospace, one line per row). */
export const terminalHtml = (capture: string, title: string): string => {
	let state: State = {bold: false, dim: false, underline: false, inverse: false};
	let html = '';
	const pattern = /\u001B\[([\d;]*)m|\u001B[^a-zA-Z]*[a-zA-Z]|[^\u001B]+/g;
	for (const match of capture.matchAll(pattern)) {
		if (match[1] !== undefined) state = apply(state, match[1] === '' ? [0] : match[1].split(';').map(Number));
		else if (!match[0].startsWith('\u001B')) html += `<span style="${style(state)}">${escape(match[0])}</span>`;
	}

	return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title><style>
body{margin:0;background:#111}
.term{display:inline-block;margin:0;padding:14px 16px;background:${background};color:${foreground};font:14px/1.25 "DejaVu Sans Mono",ui-monospace,monospace;white-space:pre;border-radius:6px}
</style></head><body><pre class="term">${html}</pre></body></html>`;
};
