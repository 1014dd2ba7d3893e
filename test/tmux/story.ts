// `copydesk story corpus` in a real terminal, NO_COLOR: the reader's story view
// of the seeds, base 000 — 002 and 001 track it sentence by sentence, 001's
// spun words as edits, 003's and 004's rewritten and dropped sentences; Enter
// opens the split view and q comes back.
import test from 'ava';
import {TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;

/** The glyph columns of the base-sentence rows on a screen: "= ~ R -" per row. */
const glyphRows = (screen: string) => [...screen.matchAll(/^ ?\d+ {2}((?:[=~RM\-+ ] {1,4}){4})│/gm)].map(match => match[1]!.replace(/\s+/g, ''));

tmuxTest('copydesk story corpus: the story view of the seeds against 000', async t => {
	const terminal = new TmuxSession(120, 40, {NO_COLOR: '1'});
	try {
		terminal.run('node dist/cli.js story corpus');
		const screen = await terminal.waitFor(/sentence 1\/\d+/, 60_000);
		t.regex(screen, /base 000_0d08df38c960a208\.txt · December 08, 2024 · 4 copies/);
		t.regex(screen, /^ +1 +2 +3 +4 +│ 1: 002_[0-9a-f]+\.txt · base: /m);
		const rows = glyphRows(screen);
		t.true(rows.length >= 15, screen);
		const column = (index: number) => rows.map(row => row[index]).join('');
		// 002 and 001 track the base: kept or edited nearly everywhere; 001 mostly edited (spun words).
		t.true((column(0).match(/[=~]/g) ?? []).length >= rows.length - 2, column(0));
		t.true((column(1).match(/~/g) ?? []).length >= rows.length - 4, column(1));
		// 003 and 004: rewritten and dropped sentences.
		const far = column(2) + column(3);
		t.regex(far, /R/);
		t.regex(far, /-/);
		t.regex(screen, /\+ [34] 00[34]: /);
		// Enter on the first copy of sentence 5 opens the split view there; q comes back.
		terminal.keys(']', ']', ']', ']');
		await terminal.waitFor(/sentence 5\//, 10_000);
		terminal.keys('Enter');
		// Laid out: a first frame reads 'lines 0–0/0+ Top · laying out… 0% · sim …' before the text is there (seen at load 37).
		const split = await terminal.waitFor(/lines \d+–\d+\/[1-9]\d*.*sim/, 30_000);
		t.regex(split, /As a result of recent negotiations/);
		terminal.keys('q');
		await terminal.waitFor(/sentence 5\//, 10_000);
		terminal.keys('q');
		await terminal.waitFor(/GROUP|000_0d08df38c960a208/, 10_000);
		terminal.keys('q');
	} finally {
		terminal.kill();
	}
});
