// Near-duplicate groups on real folders of pages: `copydesk list --json` on the
// dev page dumps, each folder as one corpus (as a user drops a folder of saved
// pages), every copy it lists checked against the pages' article text. The
// test of a true copy is the README's ("Groups by story, not by site"): a copy
// and its original are one story when one of them shares at least half of its
// article word 3-grams with the other (ten at least). Different stories of one site (short
// posts under a large shared template) fail it. Nothing is fitted here.
//   dragnet-train: the article text is the human gold (gold/<stem>.txt), both sides.
//   trafilatura-eval: no gold text, only snippets a person marked as the
//     article's (`with`): one page's snippets against the other page's whole
//     dump (the snippets are article text, never template, so a page whose dump
//     holds them holds that article). A page whose snippets make fewer than ten
//     3-grams is not judged.
// Precision: listed copies that are true copies. Recall: the true copy pairs
// (every two pages that pass the test) that `list` puts in one group.
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {runCli, type EvalContext, type Figure, sectionOverSubsets} from './dev-data.js';

/** One side of the test shares at least this share of its 3-grams with the other: a true copy (the README's test). */
export const trueCopyShare = 0.5;

/**
 * The distinct word 3-grams of a text (lower-cased runs of letters, digits and marks, joined by a space), or of each of
 * `pieces` with none across two (trafilatura-eval's snippets are phrases cut from different places).
 */
export const wordTrigrams = (text: string, pieces: readonly string[] = [text]): Set<string> => {
	const grams = new Set<string>();
	for (const line of pieces) {
		const words = line.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
		for (let i = 0; i + 3 <= words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
	}

	return grams;
};

/** ...and at least this many of them: a sentence (a byline and a date alone, "by A. Writer on July 21, 2012", are no story). */
export const minSharedTrigrams = 10;

/**
 * The share of `part`'s 3-grams found in `whole`: 0 when fewer than minSharedTrigrams are; undefined when `part` has
 * fewer than that (too little article text to judge: trafilatura-eval's snippets of a page are sometimes three short
 * phrases).
 */
export const heldShare = (part: ReadonlySet<string>, whole: ReadonlySet<string>): number | undefined => {
	if (part.size < minSharedTrigrams) return undefined;
	let held = 0;
	for (const gram of part) if (whole.has(gram)) held++;
	return held < minSharedTrigrams ? 0 : held / part.size;
};

/** A row of `list --json`, as scored here. */
export type ListRow = {path: string; group: number; original: string; relation: string | null; similarity: number | null};

/** What one article offers the test: its article 3-grams (gold), and the 3-grams a copy of it must be found in (`page`: the gold again, or the whole dump). */
export type Sides = {gold: ReadonlySet<string>; page: ReadonlySet<string>};

/** The larger of the two shares: a's article in b's page, b's article in a's page; undefined when neither can be judged. */
export const pairShare = (a: Sides, b: Sides): number | undefined => {
	const shares = [heldShare(a.gold, b.page), heldShare(b.gold, a.page)].filter(share => share !== undefined);
	return shares.length === 0 ? undefined : Math.max(...shares);
};

export type GroupScore = {
	/** `share`: pairShare (undefined: too little article text on either side to judge); `copyShare`: the copy's side of it. */
	listed: Array<{copy: string; original: string; relation: string | null; similarity: number | null; share: number | undefined; copyShare: number | undefined}>;
	/** Listed copies that pass the test. */
	trueCopies: number;
	/** Listed copies that could be judged (pairShare defined). */
	judged: number;
	/** Every two pages that pass the test, as `a b` (stems in order). */
	goldPairs: string[];
	/** Of those, the ones in one listed group. */
	foundPairs: string[];
};

/**
 * Scores `list`'s groups (`rows`, by path; `stemOf` names a row) against the article text of each stem (`sides`).
 * Gold pairs are found by an inverted index of the article 3-grams (linear in the pages' 3-grams and their postings).
 */
export const scoreGroups = (rows: readonly ListRow[], sides: ReadonlyMap<string, Sides>, stemOf: (file: string) => string): GroupScore => {
	const none: Sides = {gold: new Set(), page: new Set()};
	const listed: GroupScore['listed'] = [];
	for (const row of rows) {
		if (row.original === row.path) continue;
		const copy = sides.get(stemOf(row.path)) ?? none;
		const original = sides.get(stemOf(row.original)) ?? none;
		listed.push({copy: stemOf(row.path), original: stemOf(row.original), relation: row.relation, similarity: row.similarity, share: pairShare(copy, original), copyShare: heldShare(copy.gold, original.page)});
	}

	// Gold pairs: for each page b, the articles (gold) whose 3-grams its page holds, counted.
	const byGram = new Map<string, string[]>();
	for (const [stem, {gold}] of sides) {
		for (const gram of gold) {
			const list = byGram.get(gram);
			if (list) list.push(stem);
			else byGram.set(gram, [stem]);
		}
	}

	const pairs = new Set<string>();
	for (const [b, {page}] of sides) {
		const counts = new Map<string, number>();
		for (const gram of page) for (const a of byGram.get(gram) ?? []) if (a !== b) counts.set(a, (counts.get(a) ?? 0) + 1);
		for (const [a, count] of counts) if (count >= minSharedTrigrams && count / sides.get(a)!.gold.size >= trueCopyShare) pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
	}

	const groupOf = new Map(rows.map(row => [stemOf(row.path), row.group]));
	const goldPairs = [...pairs].sort();
	const foundPairs = goldPairs.filter(pair => {
		const [a, b] = pair.split(' ') as [string, string];
		return groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b);
	});
	return {listed, trueCopies: listed.filter(copy => copy.share !== undefined && copy.share >= trueCopyShare).length, judged: listed.filter(copy => copy.share !== undefined).length, goldPairs, foundPairs};
};

/**
 * A gold file's text. Four dragnet-train gold files are UTF-16LE whose byte-order mark was replaced by two
 * U+FFFD (EF BF BD, twice) when the set was made: read as UTF-8 they are letters between NULs, and every two of
 * them share most of their "3-grams" (single letters). Those are decoded as UTF-16LE.
 */
export const goldText = (bytes: Buffer): string => {
	const mangledMark = bytes.length >= 8 && bytes.subarray(0, 6).equals(Buffer.from([0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]));
	return mangledMark && bytes.includes(0) ? new TextDecoder('utf-16le').decode(bytes.subarray(6)) : bytes.toString('utf8');
};

/** Gold 3-grams in this many articles' gold or more are a site's (a comment notice every post of a site carries in its gold), not a story's. */
export const siteGramArticles = 3;

/**
 * `sides` with the article 3-grams found in siteGramArticles or more articles' gold taken out of each gold (and of each
 * page that is its gold): dragnet-train's gold holds NFL.com's 60-word comment notice in 13 pages, so by the plain
 * test two short NFL posts whose own text is a line are a true copy. A second reading of the test, printed beside it.
 */
export const withoutSiteGrams = (sides: ReadonlyMap<string, Sides>): Map<string, Sides> => {
	const articles = new Map<string, number>();
	for (const {gold} of sides.values()) for (const gram of gold) articles.set(gram, (articles.get(gram) ?? 0) + 1);
	const own = (grams: ReadonlySet<string>) => new Set([...grams].filter(gram => (articles.get(gram) ?? 0) < siteGramArticles));
	return new Map([...sides].map(([stem, side]) => {
		const gold = own(side.gold);
		return [stem, {gold, page: side.page === side.gold ? gold : side.page}];
	}));
};

type Subset = {name: string; sides: (folder: string, stems: readonly string[]) => Map<string, Sides>; anchors: string};

const stemOf = (file: string): string => path.basename(file).replace(/\.txt$/u, '');

const subsets: Subset[] = [
	{
		name: 'dragnet-train',
		sides(folder, stems) {
			const map = new Map<string, Sides>();
			for (const stem of stems) {
				const file = path.join(folder, 'gold', `${stem}.txt`);
				const gold = wordTrigrams(existsSync(file) ? goldText(readFileSync(file)) : '');
				map.set(stem, {gold, page: gold});
			}

			return map;
		},
		anchors: 'main 39907b7: 7 of 22 judged (23 listed), site 3-grams aside 6 of 22; README (2540dce, by hand): 33 listed, 7 true',
	},
	{
		name: 'trafilatura-eval',
		sides(folder, stems) {
			const snippets = JSON.parse(readFileSync(path.join(folder, 'snippets.json'), 'utf8')) as Record<string, {with?: string[]}>;
			const map = new Map<string, Sides>();
			for (const stem of stems) {
				map.set(stem, {gold: wordTrigrams('', snippets[stem]?.with ?? []), page: wordTrigrams(readFileSync(path.join(folder, 'dump', `${stem}.txt`), 'utf8'))});
			}

			return map;
		},
		anchors: 'main 39907b7: 3 of 3 judged (4 listed)',
	},
];

const scoreOne = async (context: EvalContext, subset: Subset): Promise<Figure[]> => {
	const folder = path.join(context.data, 'pages', subset.name);
	const dump = path.join(folder, 'dump');
	const out = path.join(context.work, `groups-${subset.name}.jsonl`);
	// A cache of its own, empty: the groups of this build, never a cached analysis of another.
	const cache = path.join(context.work, 'groups-cache');
	mkdirSync(cache, {recursive: true});
	const list = await runCli(['list', '--json', dump], {stdoutFile: out, env: {XDG_CACHE_HOME: cache}});
	if (list.code !== 0) context.log(`  list ${subset.name} exited ${list.code}: ${list.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
	context.log(`  list ${subset.name}: ${(list.ms / 1000).toFixed(1)} s`);
	const rows = readFileSync(out, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line) as ListRow);
	const stems = readdirSync(dump).filter(file => file.endsWith('.txt')).map(stemOf);
	const sides = subset.sides(folder, stems);
	const score = scoreGroups(rows, sides, stemOf);
	const own = scoreGroups(rows, withoutSiteGrams(sides), stemOf);
	for (const copy of score.listed) {
		const verdict = copy.share === undefined ? 'not judged (too little article text)' : copy.share >= trueCopyShare ? 'true copy' : 'other story';
		context.log(`  ${subset.name} ${copy.copy} → ${copy.original}: ${copy.relation} ${copy.similarity ?? ''} · article 3-grams shared ${copy.share?.toFixed(2) ?? '–'} (copy's ${copy.copyShare?.toFixed(2) ?? '–'}): ${verdict}`);
	}

	const missed = score.goldPairs.filter(pair => !score.foundPairs.includes(pair));
	if (missed.length > 0) context.log(`  ${subset.name} true copy pairs not grouped: ${missed.join(', ')}`);
	const ownMissed = own.goldPairs.filter(pair => !own.foundPairs.includes(pair));
	if (ownMissed.length > 0) context.log(`  ${subset.name} true copy pairs not grouped, the site's gold 3-grams aside: ${ownMissed.join(', ')}`);
	writeFileSync(path.join(context.work, `groups-${subset.name}-score.json`), JSON.stringify(score, null, '\t'));
	const set = `${subset.name} groups`;
	const {listed, judged, trueCopies, goldPairs, foundPairs} = score;
	const unjudged = listed.length - judged;
	return [
		{set, measure: `copies listed that are true copies (${trueCopies} of ${judged}${unjudged > 0 ? `; ${unjudged} more not judged` : ''})`, value: judged === 0 ? 1 : trueCopies / judged, anchors: subset.anchors, target: 'every one: 1.000'},
		{set, measure: `true copy pairs in one group (${foundPairs.length} of ${goldPairs.length})`, value: goldPairs.length === 0 ? 1 : foundPairs.length / goldPairs.length},
		{set, measure: `site's gold 3-grams aside: true copies listed (${own.trueCopies} of ${own.judged})`, value: own.judged === 0 ? 1 : own.trueCopies / own.judged},
		{set, measure: `site's gold 3-grams aside: pairs in one group (${own.foundPairs.length} of ${own.goldPairs.length})`, value: own.goldPairs.length === 0 ? 1 : own.foundPairs.length / own.goldPairs.length},
	];
};

export const groupsSection = sectionOverSubsets('near-duplicate groups on real page folders (copydesk list)', subsets, scoreOne);
