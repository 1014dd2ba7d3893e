// The report's look, derived from the terminal's: the same palette entries
// (render/palette.ts) and state marks (render/story-marks.ts), translated to
// CSS, so a report shows what the terminal shows. Colors are chosen to keep
// their meaning on white paper (terminal yellow is amber here).
import {colorLooks, type Look} from '../palette.js';
import {stateMarks} from '../story-marks.js';
import type {SegmentStyle} from '../style.js';

/** Terminal color names as ink on white. */
export const inkColors: Record<NonNullable<Look['color']>, string> = {
	red: '#b3261e',
	green: '#1a7f37',
	yellow: '#9a6700',
	blue: '#0a58ca',
	magenta: '#a626a4',
	cyan: '#0e7490',
	gray: '#6e7781',
};

/** Light backgrounds of the same hues (cells, changed words). */
export const tintColors: Record<NonNullable<Look['color']>, string> = {
	red: '#ffe3df',
	green: '#d8f5df',
	yellow: '#fff4c2',
	blue: '#ddeaff',
	magenta: '#f8e3fa',
	cyan: '#dff4f8',
	gray: '#f1f3f5',
};

const declarations = (look: Look, tinted: boolean): string => {
	const parts: string[] = [];
	if (look.color) parts.push(`color:${inkColors[look.color]}`);
	if (look.color && tinted) parts.push(`background:${tintColors[look.color]}`);
	if (look.bold) parts.push('font-weight:600');
	if (look.dim) parts.push('opacity:.78');
	if (look.underline) parts.push('text-decoration:underline');
	if (look.inverse) parts.push('outline:1px solid currentColor');
	return parts.join(';');
};

const segmentClasses: SegmentStyle[] = ['removed', 'added', 'moved', 'rewritten-left', 'rewritten-right', 'note', 'control', 'trivial'];

/** The whole style sheet of a report. */
export const reportCss = (): string => {
	const rules = [
		':root{color-scheme:light;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}',
		'body{margin:0 auto;padding:24px;max-width:1232px;box-sizing:border-box}',
		'h1{font-size:1.35em;margin:0 0 .3em}h2{font-size:1.1em;margin:1.4em 0 .5em}',
		'.meta{color:#57606a;margin:.1em 0}.meta b{color:#1f2328}',
		'.relation{display:inline-block;padding:0 .4em;border-radius:3px;background:#f1f3f5;font-weight:600}',
		'table{border-collapse:collapse;width:100%;table-layout:fixed}',
		'td,th{vertical-align:top;padding:3px 6px;overflow-wrap:anywhere;word-break:break-word}',
		'.text{white-space:pre-wrap}',
		'.scroll{overflow-x:auto;max-width:100%}',
		'.diff .side{width:calc(50% - 1.5em)}.diff .gutter{width:1.6em;text-align:center;font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700}',
		'.diff tr{border-top:1px solid #eaeef2}',
		'.k-boilerplate td.side.has{background:repeating-linear-gradient(135deg,#f6f8fa 0 6px,#eef1f4 6px 12px);color:#57606a}',
		'.category{display:inline-block;font-size:.78em;font-family:ui-monospace,Menlo,Consolas,monospace;color:#57606a;border:1px solid #d0d7de;border-radius:3px;padding:0 .3em;margin-right:.4em}',
		'del,ins{text-decoration:none}del{text-decoration:line-through;text-decoration-thickness:1px}ins{text-decoration:underline;text-decoration-thickness:1px}',
		'.facts{margin:.4em 0 1em;padding:.6em 1em;border:1px solid #d0d7de;border-radius:6px;background:#fbfbfc}.facts ul{margin:.2em 0;padding-left:1.2em}',
		'.legend span{margin-right:1.2em;white-space:nowrap}',
		'.glyph{display:inline-block;min-width:1.3em;text-align:center;font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700;border-radius:3px}',
		'.story{table-layout:auto}.story td.sentence,.story th.sentence{min-width:22em;text-align:start}.story th.copy,.story td.cell{width:2.1em;text-align:center;padding:2px 1px;font-family:ui-monospace,Menlo,Consolas,monospace}',
		'.story th.copy{font-size:.72em;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;height:6em;vertical-align:bottom}',
		'.story td.sentence{padding-left:10px}.story tr.extra td.sentence{background:#f3fbf5;font-size:.92em}',
		'.story tr{border-top:1px solid #eaeef2}.story tr.extra{border-top:none}',
		'.story th.num{width:2.6em;color:#8c959f;font-weight:400;text-align:right;font-size:.8em}',
		'.copies td,.copies th{text-align:left;padding:2px 8px;border-top:1px solid #eaeef2}.copies{table-layout:auto}',
		'.control{outline:1px solid #9a6700;color:#9a6700}',
		'@media print{body{max-width:none;padding:0;font-size:11px}.scroll{overflow:visible}tr{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}',
	];
	for (const style of segmentClasses) rules.push(`.${style}{${declarations(colorLooks[style], style === 'removed' || style === 'added')}}`);
	for (const [state, mark] of Object.entries(stateMarks)) rules.push(`.s-${state}{${declarations(mark.look, true)}}`);
	return rules.join('\n');
};
