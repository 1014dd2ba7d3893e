// The HTML reports in a real browser (headless Chromium): nothing overflows
// horizontally at 1280 px, the terminal's colors are there, a hostile article
// runs nothing and loads nothing, and each report prints. Screenshots are
// written to a temporary folder (logged) for a look by eye.
import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {compareTexts} from '../../source/compare/compare.js';
import {storyHtml} from '../../source/render/html/story-html.js';
import {buildStory} from '../../source/story/story.js';
import {article} from '../helpers/articles.js';
import {chromiumUnavailable, launchChromium, type Browser} from '../helpers/chromium.js';
import {captureIo} from '../helpers/command-io.js';

const unavailable = chromiumUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);
const browserTest = unavailable ? test.serial.skip : test.serial;

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/html-report/${name}`, import.meta.url));
const seed = (prefix: string) => path.join(corpus, ['000_0d08df38c960a208.txt', '002_dcb8e835f7dd2d04.txt'].find(name => name.startsWith(prefix))!);

const report = async (args: string[]): Promise<string> => {
	const io = captureIo();
	await main(args, io);
	if (!io.out().startsWith('<!doctype html>')) throw new Error(`no report from ${args.join(' ')}: ${io.err()}`);
	return io.out();
};

/** Many narrow copies: the glyph table scrolls inside its box, the page does not. */
const wideStory = (): string => {
	const text = 'The council met on Monday. It approved 12 berths. The cost is 48 million euros. Work starts in May.';
	const base = article('base.txt', 'Council approves berths', text);
	const copies = Array.from({length: 80}, (_, index) => article(`copy-${String(index).padStart(2, '0')}.txt`, 'c', index % 3 === 0 ? text.replace('12', String(index)) : index % 3 === 1 ? text.replace('Work starts in May.', '') : text));
	return storyHtml(buildStory(base, copies, (left, right) => compareTexts(left.text, right.text)));
};

let browser: Browser | undefined;
let folder = '';
test.before(async () => {
	if (unavailable) return;
	browser = await launchChromium();
	folder = await mkdtemp(path.join(os.tmpdir(), 'copydesk-reports-'));
});
test.after.always(async () => {
	await browser?.close();
});

type Opened = {page: import('playwright-core').Page; requests: string[]; dialogs: string[]; errors: string[]};

const open = async (name: string, html: string): Promise<Opened> => {
	const file = path.join(folder, `${name}.html`);
	await writeFile(file, html);
	const page = await browser!.context.newPage();
	const requests: string[] = [];
	const dialogs: string[] = [];
	const errors: string[] = [];
	page.on('request', request => requests.push(request.url()));
	page.on('dialog', dialog => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('pageerror', error => errors.push(error.message));
	await page.goto(pathToFileURL(file).href, {waitUntil: 'load'});
	// The picture is for a person to look at, not an assertion. Chromium sometimes cannot capture a tall page
	// whole on a loaded machine ("Unable to capture screenshot", seen once in CI): try again, then keep the viewport.
	const picture = path.join(folder, `${name}.png`);
	await page.screenshot({path: picture, fullPage: true}).catch(async () => page.screenshot({path: picture, fullPage: true})).catch(async () => page.screenshot({path: picture}));
	return {page, requests, dialogs, errors};
};

const overflow = async (page: Opened['page']) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const reports = async () => ({
	diff: await report(['diff', seed('000'), seed('002'), '--html']),
	story: await report(['story', corpus, '--html']),
	hostileDiff: await report(['diff', fixture('hostile-original.txt'), fixture('hostile-copy.txt'), '--html']),
	hostileStory: await report(['story', fixture('hostile-original.txt'), fixture('hostile-copy.txt'), '--html']),
	wideStory: wideStory(),
});

browserTest('reports fit 1280 px without horizontal scrolling, show the terminal colors, and print', async t => {
	t.timeout(240_000);
	const all = await reports();
	for (const [name, html] of Object.entries(all)) {
		const {page, errors} = await open(name, html);
		t.true((await overflow(page)) <= 0, `${name} overflows by ${await overflow(page)} px`);
		t.deepEqual(errors, [], name);
		const pdf = await page.pdf({format: 'A4'});
		t.true(pdf.length > 1000, `${name} prints`);
		await page.close();
	}

	const {page} = await open('diff-colors', all.diff);
	const color = (selector: string) => page.evaluate(s => {
		const element = document.querySelector(s);
		return element ? getComputedStyle(element).color : null;
	}, selector);
	t.is(await color('del.removed'), 'rgb(179, 38, 30)');
	t.is(await color('ins.added'), 'rgb(26, 127, 55)');
	t.is(await page.evaluate(() => getComputedStyle(document.querySelector('tr.k-boilerplate td.side.has')!).backgroundImage.startsWith('repeating-linear-gradient')), true);
	t.true((await page.locator('tr.k-boilerplate .category').count()) > 0);
	await page.close();

	const story = await open('story-colors', all.story);
	t.is(await story.page.evaluate(() => getComputedStyle(document.querySelector('.glyph.s-edited')!).color), 'rgb(154, 103, 0)');
	t.is(await story.page.evaluate(() => getComputedStyle(document.querySelector('.glyph.s-dropped')!).backgroundColor), 'rgb(255, 227, 223)');
	t.is(await story.page.locator('th.copy').count(), 4);
	await story.page.close();
	t.log(`screenshots: ${folder}`);
});

browserTest('a hostile article executes nothing, loads nothing, and its markup stays visible text', async t => {
	t.timeout(240_000);
	const all = await reports();
	for (const name of ['hostileDiff', 'hostileStory'] as const) {
		const {page, requests, dialogs, errors} = await open(name, all[name]);
		t.is(await page.evaluate(() => (window as unknown as {__pwned?: string}).__pwned), undefined, name);
		t.deepEqual(dialogs, [], name);
		t.deepEqual(errors, [], name);
		t.deepEqual(requests.filter(url => !url.startsWith('file:')), [], `${name} requested something`);
		t.is(await page.evaluate(() => document.querySelectorAll('script, img, iframe, a[href^="http"], body style').length), 0, name);
		const text = await page.evaluate(() => document.body.innerText);
		t.true(text.includes("<script>window.__pwned = 'script'</script>"), name);
		t.true(text.includes('onerror="window.__pwned'), name);
		// The page is visible (the article's <style> did not hide it) and the bidi override is a visible marker.
		t.true(await page.locator('h1').isVisible(), name);
		t.true(text.includes('<U+202E>'), name);
		// Clicking the would-be link does nothing either.
		await page.getByText('link</a>').first().click();
		t.is(await page.evaluate(() => (window as unknown as {__pwned?: string}).__pwned), undefined, name);
		await page.close();
	}
});
