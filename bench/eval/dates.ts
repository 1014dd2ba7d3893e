// Article dates on real page dumps: the date `copydesk strip --json` gives a w3m
// dump (meta.date: the date line the labeller chose), against the publication
// date the page's own HTML states in its markup (JSON-LD datePublished,
// article:published_time and the like, itemprop="datePublished", a <time
// pubdate>). The dev data has no human gold date; the page's markup is the
// publisher's own word, and a page and its text dump should carry the same
// date (breaker13b N27). Only pages whose dump prints the reference day on some
// line are scored: a date the dump never printed cannot be found. The day is
// compared (time zones aside: a day either side counts as the same day, as a
// page printed in local time and stamped in UTC differ so). Nothing here is
// fitted: it measures boilerplate/classify.ts articleDateLine.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {parse, type DefaultTreeAdapterTypes as T} from 'parse5';
import {decodePage} from '../../source/html/charset.js';
import {parseDateSpan} from '../../source/text/dates.js';
import {type EvalContext, type Figure, type Section, sectionOverSubsets, strippedDumps} from './dev-data.js';

const dayMs = 86_400_000;

/** Meta names and properties that state the publication date. */
const publishedMeta = /^(?:article:published_time|og:published_time|datepublished|date|pubdate|publishdate|publish-date|publication_date|dc\.date(?:\.issued)?|dcterms\.(?:date|issued|created)|sailthru\.date|parsely-pub-date)$/iu;

/** The `datePublished` a JSON-LD block gives (as written), or undefined. */
const jsonLdDate = (block: string): string | undefined => /"datePublished"\s*:\s*"([^"]{6,40})"/u.exec(block)?.[1];

/** The publication day the page's markup states (its UTC start in ms), the first found in this order: JSON-LD, meta, itemprop, <time pubdate>. */
export const markupDay = (html: string): number | undefined => {
	const found: Record<'ld' | 'meta' | 'itemprop' | 'time', string | undefined> = {ld: undefined, meta: undefined, itemprop: undefined, time: undefined};
	const stack: T.ParentNode[] = [parse(html)];
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const element = child as T.Element;
			const attr = (name: string) => element.attrs.find(a => a.name === name)?.value;
			if (element.tagName === 'script' && attr('type') === 'application/ld+json') {
				const text = element.childNodes.map(n => (n.nodeName === '#text' ? (n as T.TextNode).value : '')).join('');
				found.ld ??= jsonLdDate(text);
				continue;
			}

			if (element.tagName === 'meta' && publishedMeta.test(attr('property') ?? attr('name') ?? attr('itemprop') ?? '')) found.meta ??= attr('content');
			if (attr('itemprop') === 'datePublished') found.itemprop ??= attr('content') ?? attr('datetime');
			if (element.tagName === 'time' && element.attrs.some(a => a.name === 'pubdate')) found.time ??= attr('datetime');
			if (element.tagName !== 'style') stack.push(element);
		}
	}

	for (const value of [found.ld, found.meta, found.itemprop, found.time]) {
		const span = value === undefined ? undefined : parseDateSpan(value);
		if (span?.precision === 'day') return span.start;
	}

	return undefined;
};

/** Whether two days (UTC starts) are the same within a day either side (a local day against a UTC stamp). */
const sameDay = (a: number, b: number): boolean => Math.abs(a - b) <= dayMs;

type Subset = {name: string};
const subsets: Subset[] = [{name: 'trafilatura-eval'}, {name: 'dragnet-train'}];

const scoreOne = async (context: EvalContext, subset: Subset): Promise<Figure[]> => {
	const source = path.join(context.data, 'pages', subset.name);
	const records = await strippedDumps(source);
	const dates = new Map([...records].map(([stem, record]) => [stem, record.meta.date]));

	let scored = 0;
	let right = 0;
	let none = 0;
	const wrong: string[] = [];
	for (const file of readdirSync(path.join(source, 'html')).sort()) {
		const stem = file.replace(/\.html?\.gz$/u, '');
		if (!dates.has(stem)) continue;
		const reference = markupDay(decodePage(gunzipSync(readFileSync(path.join(source, 'html', file)))).html);
		if (reference === undefined) continue;
		// Only pages whose dump prints the reference day on a line of its own.
		const dump = readFileSync(path.join(source, 'dump', `${stem}.txt`), 'utf8').split('\n');
		if (!dump.some(line => {
			const span = line.length <= 300 ? parseDateSpan(line) : undefined;
			return span?.precision === 'day' && sameDay(span.start, reference);
		})) continue;
		scored++;
		const given = dates.get(stem);
		const span = given ? parseDateSpan(given) : undefined;
		if (span === undefined) none++;
		if (span?.precision === 'day' && sameDay(span.start, reference)) right++;
		else wrong.push(`${stem}: ${JSON.stringify((given ?? '').slice(0, 50))} (page: ${new Date(reference).toISOString().slice(0, 10)})`);
	}

	context.log(`  ${subset.name}: ${right}/${scored} dates right (${none} without a date); pages whose markup states no day, or whose dump never prints it, are not scored`);
	writeFileSync(path.join(context.work, `dates-wrong-${subset.name}.txt`), wrong.join('\n') + '\n');
	context.log(`  wrong (first 12): ${wrong.slice(0, 12).join(' · ')}`);
	return [
		{set: `${subset.name} dates`, measure: 'date accuracy', value: scored ? right / scored : 0},
		{set: `${subset.name} dates`, measure: 'pages scored (share)', value: scored / Math.max(1, dates.size)},
	];
};

export const datesSection: Section = sectionOverSubsets('article dates on page dumps (copydesk strip --json) against the date the page HTML states', subsets, scoreOne);
