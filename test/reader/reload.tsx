// Files changing under an open comparison: re-read on open and on `r`; a
// changed text is compared again, a deleted or unreadable one keeps its text
// with a notice. The feed is a fake that, like the DiskFeed, publishes a
// re-read article into its snapshot.
import test from 'ava';
import fc from 'fast-check';
import {render} from 'ink-testing-library';
import React from 'react';
import type {AnalyzedArticle, LoadProblem} from '../../source/corpus/article.js';
import type {CorpusSnapshot} from '../../source/corpus/feed.js';
import {App} from '../../source/reader/app.js';
import type {ReaderInput} from '../../source/reader/reader-input.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article, naiveCompare} from '../helpers/articles.js';
import {delay, waitForFrame} from '../helpers/delay.js';
import {manualFeed} from '../helpers/manual-feed.js';

/** Files on a pretend disk: what `reloadArticle` finds (a string, or an errno code). */
const setup = (disk: Record<string, string>, watch = false) => {
	const {feed, publish, current} = manualFeed({root: '/corpus', articles: [article('a.txt', 'A', disk['a.txt']), article('b.txt', 'B', disk['b.txt'])], problems: [], progress: null});
	const compared: string[] = [];
	const reads: string[] = [];
	const input: ReaderInput = {
		feed,
		compare(left, right, _options) {
			compared.push(`${left.text} | ${right.text}`);
			return naiveCompare(left, right);
		},
		async reloadArticle(previous): Promise<AnalyzedArticle | LoadProblem> {
			reads.push(previous.id);
			const text = disk[previous.id];
			if (text === 'ENOENT') return {path: previous.path, kind: 'error', message: 'deleted since the corpus was opened'};
			if (text === 'EACCES') return {path: previous.path, kind: 'error', message: 'cannot reread: EACCES'};
			if (text === previous.text) return previous;
			const fresh = article(previous.id, previous.title, text);
			publish({articles: current().articles.map(candidate => (candidate.id === fresh.id ? fresh : candidate))});
			return fresh;
		},
		initialPair: ['a.txt', 'b.txt'],
	};
	// A pretend file watch: the test says when a file changed.
	const watching = new Map<string, () => void>();
	if (watch) {
		input.watchFile = (path, onChange) => {
			watching.set(path, onChange);
			return () => watching.delete(path);
		};
	}
	const app = render(<App input={input} onQuit={() => {}} size={{columns: 100, rows: 16}} theme={plainTheme} />);
	return {app, disk, compared, reads, watching, frame: () => app.lastFrame() ?? ''};
};

test('opening a pair re-reads both files; r after an edit compares the new text', async t => {
	const {app, disk, compared, reads, frame} = setup({'a.txt': 'The mayor spoke.', 'b.txt': 'The mayor spoke.'});
	await waitForFrame(frame, /no changes/);
	t.deepEqual(reads.sort(), ['a.txt', 'b.txt']);
	t.deepEqual(compared, ['The mayor spoke. | The mayor spoke.']);
	disk['b.txt'] = 'The mayor resigned.';
	app.stdin.write('r');
	t.regex(await waitForFrame(frame, /re-read: b\.txt changed, compared again/), /re-read: b\.txt changed/);
	t.regex(await waitForFrame(frame, /\[-spoke\.-\]/), /\{\+resigned\.\+\}/);
	t.deepEqual(compared, ['The mayor spoke. | The mayor spoke.', 'The mayor spoke. | The mayor resigned.']);
	app.unmount();
});

test('r with nothing changed says so and compares nothing again', async t => {
	const {app, compared, frame} = setup({'a.txt': 'One. Two.', 'b.txt': 'One. Three.'});
	await waitForFrame(frame, /change/);
	app.stdin.write('r');
	t.regex(await waitForFrame(frame, /re-read: both files unchanged/), /unchanged/);
	t.is(compared.length, 1);
	app.unmount();
});

test('a file deleted while open: the text as loaded stays, with a notice; it coming back clears the notice', async t => {
	const {app, disk, frame} = setup({'a.txt': 'Rebels seized the capital.', 'b.txt': 'Rebels took the capital.'});
	await waitForFrame(frame, /change/);
	disk['b.txt'] = 'ENOENT';
	app.stdin.write('r');
	t.regex(await waitForFrame(frame, /b\.txt was deleted since it was opened — showing the text as loaded/), /showing the text as loaded/);
	t.regex(frame(), /\{\+took\+\}/);
	disk['b.txt'] = 'Rebels took the capital.';
	app.stdin.write('r');
	t.regex(await waitForFrame(frame, /re-read: both files unchanged/), /unchanged/);
	t.notRegex(frame(), /deleted/);
	app.unmount();
});

test('a file unreadable when the pair opens is reported at once', async t => {
	const {app, frame} = setup({'a.txt': 'Text one.', 'b.txt': 'EACCES'});
	t.regex(await waitForFrame(frame, /b\.txt cannot be re-read \(cannot reread: EACCES\) — showing the text as loaded/), /EACCES/);
	app.unmount();
});

test('without a way to re-read, r says so', async t => {
	const articles = [article('a.txt', 'A', 'One.'), article('b.txt', 'B', 'Two.')];
	const snapshot: CorpusSnapshot = {root: '/', articles, problems: [], progress: null};
	const app = render(<App input={{feed: {snapshot: () => snapshot, subscribe: () => () => {}}, compare: naiveCompare, initialPair: ['a.txt', 'b.txt']}} onQuit={() => {}} size={{columns: 100, rows: 16}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await waitForFrame(frame, /change/);
	app.stdin.write('r');
	t.regex(await waitForFrame(frame, /this corpus cannot be re-read/), /cannot be re-read/);
	app.unmount();
});

test('while a pair is open its files are watched: a change is compared again unasked, a touch says nothing', async t => {
	const {app, disk, compared, watching, frame} = setup({'a.txt': 'The mayor spoke.', 'b.txt': 'The mayor spoke.'}, true);
	await waitForFrame(frame, /no changes/);
	t.deepEqual([...watching.keys()].sort(), ['/corpus/a.txt', '/corpus/b.txt']);
	watching.get('/corpus/b.txt')!();
	await delay(100);
	t.notRegex(frame(), /re-read/);
	t.is(compared.length, 1);
	disk['b.txt'] = 'The mayor resigned.';
	watching.get('/corpus/b.txt')!();
	t.regex(await waitForFrame(frame, /re-read: b\.txt changed, compared again/), /changed/);
	t.regex(await waitForFrame(frame, /\{\+resigned\.\+\}/), /resigned/);
	disk['a.txt'] = 'ENOENT';
	watching.get('/corpus/a.txt')!();
	t.regex(await waitForFrame(frame, /a\.txt was deleted since it was opened/), /deleted/);
	app.stdin.write('q');
	await waitForFrame(frame, /2 articles/);
	// Effects are cleaned up just after the frame is drawn.
	await waitForFrame(() => String(watching.size), /^0$/);
	t.is(watching.size, 0, 'back in the list, nothing is watched');
	app.unmount();
});

test('property: after any sequence of re-reads (r, a file edited, deleted or back on disk) the status line has a freshly opened view\'s fields', async t => {
	const texts = ['The mayor spoke on Monday about the new schools.', 'The mayor resigned on Tuesday after the vote on schools.', 'Rain is expected across the north on Friday.'];
	const status = (frame: () => string) => () => frame().split('\n').filter(Boolean).at(-1) ?? '';
	/** The status line of the pair opened afresh on these texts (what the re-read view must agree with). */
	const freshStatus = async (a: string, b: string) => {
		const {app, frame} = setup({'a.txt': a, 'b.txt': b});
		const line = await waitForFrame(status(frame), /\? help$/);
		app.unmount();
		return line;
	};

	type Step = {kind: 'r'} | {kind: 'edit'; text: number} | {kind: 'delete'} | {kind: 'restore'};
	const step = fc.oneof(fc.constant<Step>({kind: 'r'}), fc.nat(texts.length - 1).map((text): Step => ({kind: 'edit', text})), fc.constant<Step>({kind: 'delete'}), fc.constant<Step>({kind: 'restore'}));
	await fc.assert(
		fc.asyncProperty(fc.array(step, {minLength: 1, maxLength: 4}), async steps => {
			const {app, disk, watching, frame} = setup({'a.txt': texts[0]!, 'b.txt': texts[0]!}, true);
			try {
				await waitForFrame(status(frame), /\? help$/);
				// What the view shows for b: its last text read (a deleted file stays as loaded).
				let shown = texts[0]!;
				let onDisk = texts[0]!;
				for (const next of steps) {
					if (next.kind === 'r') app.stdin.write('r');
					else {
						if (next.kind === 'edit') onDisk = texts[next.text]!;
						disk['b.txt'] = next.kind === 'delete' ? 'ENOENT' : onDisk;
						watching.get('/corpus/b.txt')?.();
					}

					if (disk['b.txt'] !== 'ENOENT') shown = onDisk;
					const fresh = await freshStatus(texts[0]!, shown);
					const line = await waitForFrame(status(frame), current => current === fresh || current.endsWith(` · ${fresh}`));
					if (line !== fresh && !line.endsWith(` · ${fresh}`)) throw new Error(`after ${JSON.stringify(next)}: "${line}", fresh "${fresh}"`);
				}
			} finally {
				app.unmount();
			}
		}),
		{numRuns: Number(process.env.APP_RUNS ?? 12)},
	);
	t.pass();
});
