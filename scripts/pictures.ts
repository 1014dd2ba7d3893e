// `npm run pictures`: the README's pictures, made from the product itself so
// they never drift — the reader and the story table driven in tmux (screen
// captured with its colors, turned into HTML, photographed by headless
// Chromium) and the two HTML reports photographed as they are.
// Needs a build (npm run build), tmux and Chromium (/usr/bin/chromium).
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {launchChromium} from '../test/helpers/chromium.js';
import {builtCli, repoRoot, TmuxSession} from '../test/helpers/tmux.js';
import {terminalHtml} from './terminal-html.js';

const out = path.join(repoRoot, 'docs', 'pictures');
const seed = (name: string) => path.join('corpus', name);
const columns = 120;
const rows = 32;

/** Runs a shell command line in a fresh tmux pane, waits for `ready`, sends `keys` (waiting for each `until`), captures. */
const capture = async (command: string, steps: Array<{keys: string[]; until: RegExp | ((screen: string) => boolean)}>, ready: RegExp | ((screen: string) => boolean)): Promise<string> => {
	const session = new TmuxSession(columns, rows, {COLORTERM: 'truecolor', FORCE_COLOR: '1'});
	try {
		session.run('clear');
		session.tmux('clear-history');
		session.run(command);
		await session.waitFor(ready, 30_000);
		for (const step of steps) {
			session.keys(...step.keys);
			await session.waitFor(step.until, 30_000);
		}

		// From the top of the output (a command's output may have scrolled), one screen's worth.
		const lines = session.tmux('capture-pane', '-e', '-p', '-S', '-', '-E', '-').split('\n').filter(line => !/^(?:PROMPT\$|bash-[\d.]+[#$])|^-- end$/.test(line));
		const first = lines.findIndex(line => line.replace(/\u001B\[[\d;]*m/g, '').trim() !== '');
		return lines.slice(Math.max(0, first), Math.max(0, first) + rows).join('\n');
	} finally {
		session.kill();
	}
};

const main = async () => {
	await mkdir(out, {recursive: true});
	const scratch = await mkdtemp(path.join(os.tmpdir(), 'copydesk-pictures-'));
	const browser = await launchChromium();
	const node = `node ${JSON.stringify(path.relative(repoRoot, builtCli))}`;
	const shoot = async (name: string, html: string, full: boolean, width = 1280) => {
		const file = path.join(scratch, `${name}.html`);
		await writeFile(file, html);
		const page = await browser.context.newPage();
		await page.setViewportSize({width, height: 900});
		await page.goto(pathToFileURL(file).href);
		const target = path.join(out, `${name}.png`);
		if (full) await page.screenshot({path: target, fullPage: false});
		else await page.locator('pre.term').screenshot({path: target});
		await page.close();
		console.log(path.relative(repoRoot, target));
	};

	try {
		// The reader: 000 marked, 002 highlighted, Enter: the split view.
		const reader = await capture(`${node} corpus`, [
			{keys: ['Space'], until: /000/},
			{keys: ['j', 'j'], until: /002/},
			{keys: ['Enter'], until: screen => /lines \d+–\d+\/\d+/.test(screen) && !/laying out/.test(screen)},
		], /002_/);
		await shoot('reader-split', terminalHtml(reader, 'copydesk reader'), false);

		// The reader's story view of the seeds (copydesk story corpus on a terminal): one row down, one copy right.
		const storyView = await capture(`${node} story corpus`, [{keys: ['j', 'l'], until: /sentence 2\/\d+ · copy 2\//}], /sentence 1\/\d+/);
		await shoot('reader-story', terminalHtml(storyView, 'copydesk story view'), false);

		// The story of the seeds in a terminal.
		const story = await capture(`${node} story corpus --print --width ${columns}; printf '\\055\\055 end\\n'`, [], /^-- end$/m);
		await shoot('story-table', terminalHtml(story, 'copydesk story'), false);

		// The two reports, as a browser shows them at 1280 px (first screen).
		const html = (args: string[]) => execFileSync('node', [builtCli, ...args], {cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
		let diff = '';
		try {
			html(['diff', seed('000_0d08df38c960a208.txt'), seed('002_dcb8e835f7dd2d04.txt'), '--html']);
		} catch (error) {
			diff = String((error as {stdout?: string}).stdout ?? ''); // exit 1: different, as diff(1)
		}

		await shoot('report-diff', diff, true);
		await shoot('report-story', html(['story', 'corpus', '--html']), true);
	} finally {
		await browser.close();
		await rm(scratch, {recursive: true, force: true});
	}
};

await main();
