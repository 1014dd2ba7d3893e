// Titles on real page dumps: the title `copydesk strip --json` gives a w3m dump,
// against what the page's own HTML says its headline is. The dev data has no
// human gold title, so the reference is the page's: its <h1>s, its og:title /
// twitter:title, its <title> and the parts of the <title> between separators
// ("Headline | Site"). A dump's title is right when its words match one of these
// (token F1 ≥ 0.6, so a site name left on or a dropped subtitle still counts).
// Only pages whose dump holds a line matching a reference are scored: a
// headline the dump never printed cannot be found. Nothing here is fitted: it
// measures the title rule of source/boilerplate/title.ts.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {parse, type DefaultTreeAdapterTypes as T} from 'parse5';
import {decodePage} from '../../source/html/charset.js';
import {type EvalContext, type Figure, type Section, sectionOverSubsets, strippedDumps} from './dev-data.js';

/** Words of a line, lower-cased (letters and digits of any script). */
const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token F1 of two word lists (multisets). */
export const tokenF1 = (a: readonly string[], b: readonly string[]): number => {
	if (a.length === 0 || b.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const word of b) counts.set(word, (counts.get(word) ?? 0) + 1);
	let common = 0;
	for (const word of a) {
		const left = counts.get(word) ?? 0;
		if (left > 0) {
			common++;
			counts.set(word, left - 1);
		}
	}

	if (common === 0) return 0;
	const precision = common / a.length;
	const recall = common / b.length;
	return (2 * precision * recall) / (precision + recall);
};

/** A title is right when it matches a reference this well. */
const match = 0.6;

const textOf = (node: T.ParentNode): string => {
	let out = '';
	const stack: T.Node[] = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (next.nodeName === '#text') out += (next as T.TextNode).value;
		else if ('childNodes' in next && next.nodeName !== 'script' && next.nodeName !== 'style') {
			for (let i = next.childNodes.length - 1; i >= 0; i--) stack.push(next.childNodes[i]);
		}
	}

	return out.replace(/\s+/gu, ' ').trim();
};

/** The page's own headlines: <h1>s, og:/twitter:title, <title> and its parts between separators. At least two words each. */
export const pageHeadlines = (html: string): string[] => {
	const found: string[] = [];
	const stack: T.ParentNode[] = [parse(html)];
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const element = child as T.Element;
			const attr = (name: string) => element.attrs.find(a => a.name === name)?.value;
			if (element.tagName === 'title' || element.tagName === 'h1') {
				const text = textOf(element);
				const parts = text.split(/\s+(?:[|–—:·»«/]|-|::)\s+/u);
				// The whole, and its longest part ("Headline | Site"): the shorter parts are a site's or a section's name.
				found.push(text, parts.reduce((a, b) => (words(b).length > words(a).length ? b : a)));
			} else if (element.tagName === 'meta' && /^(?:og|twitter):title$/i.test(attr('property') ?? attr('name') ?? '')) {
				found.push(attr('content') ?? '');
			}

			if (element.tagName !== 'script' && element.tagName !== 'style') stack.push(element);
		}
	}

	return [...new Set(found.map(line => line.replace(/\s+/gu, ' ').trim()))].filter(line => words(line).length >= 2);
};

type Subset = {name: string};
const subsets: Subset[] = [{name: 'dragnet-train'}, {name: 'trafilatura-eval'}];

const scoreOne = async (context: EvalContext, subset: Subset): Promise<Figure[]> => {
	const source = path.join(context.data, 'pages', subset.name);
	const records = await strippedDumps(source);
	const titles = new Map([...records].map(([stem, record]) => [stem, record.title]));

	let scored = 0;
	let right = 0;
	let none = 0;
	const wrong: string[] = [];
	for (const file of readdirSync(path.join(source, 'html')).sort()) {
		const stem = file.replace(/\.html?\.gz$/u, '');
		const title = titles.get(stem);
		if (title === undefined) continue;
		const references = pageHeadlines(decodePage(gunzipSync(readFileSync(path.join(source, 'html', file)))).html).map(words);
		const dump = readFileSync(path.join(source, 'dump', `${stem}.txt`), 'utf8').split('\n').map(words);
		// Only references the dump printed, on a line of their own.
		const printed = references.filter(reference => dump.some(line => tokenF1(line, reference) >= match));
		if (printed.length === 0) continue;
		scored++;
		const predicted = words(title);
		if (predicted.length === 0) none++;
		if (printed.some(reference => tokenF1(predicted, reference) >= match)) right++;
		else wrong.push(`${stem}: ${JSON.stringify(title.slice(0, 60))}`);
	}

	context.log(`  ${subset.name}: ${right}/${scored} titles right (${none} without a title); pages whose dump prints no headline of the HTML are not scored`);
	writeFileSync(path.join(context.work, `titles-wrong-${subset.name}.txt`), wrong.join('\n') + '\n');
	context.log(`  wrong (first 12): ${wrong.slice(0, 12).join(' · ')}`);
	return [
		{set: `${subset.name} titles`, measure: 'title accuracy', value: scored ? right / scored : 0},
		{set: `${subset.name} titles`, measure: 'pages scored (share)', value: scored / Math.max(1, titles.size)},
	];
};

export const titlesSection: Section = sectionOverSubsets('titles on page dumps (copydesk strip --json) against the page HTML headline', subsets, scoreOne);
