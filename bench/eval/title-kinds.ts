// Why copydesk's title of a page dump is wrong, kind by kind: a diagnosis of
// the `titles` section of `npm run eval` (titles.ts), over both page sets of
// the dev data. For each page it runs `copydesk strip --json`, finds where the
// dump prints the page's own headline (titles.ts pageHeadlines) and names the
// kind of line chosen instead: a byline, a dateline, a category or kicker, a
// share line, the site's name, a caption, a sentence of the article… The rules
// that name the kinds are diagnostic only (nothing in copydesk uses them).
//   node --import=tsx bench/eval/title-kinds.ts [--examples 8] [--cache DIR] [--out FILE]
// --cache keeps the strip output in DIR and reuses it (delete it after a rebuild); --out FILE writes set, page, kind and title a row.
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {gunzipSync} from 'node:zlib';
import {parse, type DefaultTreeAdapterTypes as T} from 'parse5';
import {decodePage} from '../../source/html/charset.js';
import {findDevData, runCli} from './dev-data.js';
import {pageHeadlines, tokenF1} from './titles.js';

const {values} = parseArgs({options: {examples: {type: 'string', default: '6'}, cache: {type: 'string'}, out: {type: 'string'}, set: {type: 'string', multiple: true}}});
const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The text of the page's <title> alone (to tell a site's name from a headline). */
const pageTitle = (html: string): string => {
	const stack: T.ParentNode[] = [parse(html)];
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			if (child.tagName === 'title') return child.childNodes.map(c => ('value' in c ? c.value : '')).join('').replace(/\s+/gu, ' ').trim();
			if (child.tagName !== 'script' && child.tagName !== 'style') stack.push(child as T.Element);
		}
	}

	return '';
};

type Line = {n: number; text: string; label: string; category?: string; reason?: string};
type Record = {path: string; title: string; lines: Line[]};

const byline = /^\s*(?:by|von|por|escrito por|par|di|door|de|av|af|przez|autor(?:in)?|author|written by|posted by|text|texto|reportage|von unserem|da)\b[\s:]/iu;
const dateline = /\b(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-zé.]*\s+\d{1,2}|\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zé.]*\s+\d{4})/iu;
const share = /\b(?:share|teilen|tweet|facebook|twitter|whatsapp|e-?mail|print|drucken|pinterest|linkedin|kommentare?|comments?)\b/iu;
const caption = /©|\(c\)|\b(?:foto|photo|bild|image|getty|reuters|afp|dpa|ap photo|via ap|credit|quelle)\b/iu;

const kindOf = (record: Record, dump: string[], printed: string[][], references: {title: string; all: string[][]}, stripped: string): string => {
	const predicted = words(record.title);
	if (printed.some(reference => tokenF1(predicted, reference) >= 0.6)) return 'right';
	if (predicted.length === 0) return 'no title';
	// What the dump prints of the page's headlines is only a name (a logo in <h1>, a <title> that names the site): the eval cannot judge.
	if (printed.every(reference => reference.length <= 3) && predicted.length >= 4) return "eval's reference is only a short name (site or section in <h1>/<title>)";
	// The eval's matching: the predicted title inside a longer reference (a <title> with site and section), or the reverse.
	const contained = (a: string[], b: string[]) => a.length > 0 && a.filter(word => b.includes(word)).length / a.length >= 0.9;
	if (references.all.some(reference => contained(predicted, reference) && predicted.length >= 3) || references.all.some(reference => contained(reference, predicted) && reference.length >= 3 && predicted.length <= reference.length * 2)) return 'eval too strict (subset of a reference)';
	const titleLine = record.lines.find(line => line.label === 'title');
	// Where the dump prints the headline (the first printed line matching a reference).
	// The matching line nearest above the title, else the nearest below it.
	const matching = record.lines.filter(line => printed.some(reference => tokenF1(words(dump[line.n - 1] ?? ''), reference) >= 0.6));
	const titleN = record.lines.find(line => line.label === 'title')?.n ?? record.lines.find(line => line.label === 'body')?.n ?? 0;
	const headline = matching.filter(line => line.n < titleN).at(-1) ?? matching.find(line => line.n > titleN);
	const text = record.title;
	const siteParts = references.title.split(/\s+(?:[|–—:·»«/]|-|::)\s+/u).map(words).filter(part => part.length > 0);
	const how = (line: Line | undefined) => (line ? `${line.label}${line.category ? `/${line.category}` : ''}: ${(line.reason ?? '').replace(/\d+/gu, 'N')}` : 'not found');
	if (!titleLine) return `no title line (first sentence of the text); headline ${how(headline)}`;
	if (siteParts.length > 1 && siteParts.some(part => tokenF1(predicted, part) >= 0.6) && !printed.some(reference => tokenF1(predicted, reference) >= 0.6)) return 'site or section name (a part of <title>)';
	if (byline.test(text) || /^\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*[,|·]\s*\d/u.test(text)) return 'byline';
	if (dateline.test(text) && predicted.length <= 10) return 'dateline';
	if (share.test(text) && predicted.length <= 8) return 'share line';
	if (caption.test(text)) return 'caption or credit';
	if (headline && headline.n > titleLine.n && headline.n - titleLine.n <= 4) return `kicker or tag above the headline; headline ${how(headline)}`;
	if (/^\s*in\s|,\s*\p{Lu}/u.test(text) && predicted.length <= 6) return 'category or tags';
	if (headline && headline.label === 'body') return 'headline kept as article text';
	if (headline && headline.n < titleLine.n && titleLine.n - headline.n <= 12) return `other line under the headline; headline ${how(headline)}`;
	if (stripped.includes(record.title.slice(0, 40)) && predicted.length > 12) return 'a sentence of the article';
	if (headline && headline.n < titleLine.n) return 'headline far above';
	if (headline && headline.n > titleLine.n) return 'headline far below';
	return 'other';
};

const data = findDevData();
if (!data) throw new Error('no dev data');
const cache = values.cache;
if (cache) mkdirSync(cache, {recursive: true});
const examples = Number(values.examples);
const rows: string[] = [];
for (const set of values.set ?? ['dragnet-train', 'trafilatura-eval']) {
	const source = path.join(data, 'pages', set);
	const cached = cache && path.join(cache, `${set}.jsonl`);
	let out: string;
	if (cached && existsSync(cached)) out = readFileSync(cached, 'utf8');
	else {
		out = (await runCli(['strip', path.join(source, 'dump'), '--json'])).stdout;
		if (cached) writeFileSync(cached, out);
	}

	const records = new Map<string, Record>();
	for (const line of out.split('\n')) {
		if (!line) continue;
		const record = JSON.parse(line) as Record;
		records.set(path.basename(record.path, '.txt'), record);
	}

	const kinds = new Map<string, string[]>();
	let scored = 0;
	for (const file of readdirSync(path.join(source, 'html')).sort()) {
		const stem = file.replace(/\.html?\.gz$/u, '');
		const record = records.get(stem);
		if (!record) continue;
		const html = decodePage(gunzipSync(readFileSync(path.join(source, 'html', file)))).html;
		const all = pageHeadlines(html).map(words);
		const dump = readFileSync(path.join(source, 'dump', `${stem}.txt`), 'utf8').split('\n');
		const dumpWords = dump.map(words);
		const printed = all.filter(reference => dumpWords.some(line => tokenF1(line, reference) >= 0.6));
		if (printed.length === 0) continue;
		scored++;
		const stripped = record.lines.filter(line => line.label === 'body').map(line => line.text).join(' ');
		const kind = kindOf(record, dump, printed, {title: pageTitle(html), all}, stripped);
		const list = kinds.get(kind) ?? [];
		list.push(`${stem}: ${JSON.stringify(record.title.slice(0, 70))}`);
		rows.push([set, stem, kind, record.title].join('\t'));
		kinds.set(kind, list);
	}

	console.log(`\n## ${set}: ${scored} pages scored`);
	for (const [kind, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
		console.log(`${String(list.length).padStart(4)}  ${kind}`);
		if (kind !== 'right') for (const example of list.slice(0, examples)) console.log(`        ${example}`);
	}
}

if (values.out) writeFileSync(values.out, rows.join('\n') + '\n');
