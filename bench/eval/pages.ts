// Boilerplate on real page dumps: `copydesk strip` on the dev pages, as given
// and re-wrapped at 80 and 72 columns (as `fold -s` writes them, and at 80 by the
// tidier word wrap this section used first), scored by the dev data's own
// score_strip.py; and how many dumps keep exactly the same stripped text folded.
import {existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {python, runCli, type EvalContext, type Figure, type Section} from './dev-data.js';
import {foldSpaces, rewrap} from './rewrap.js';

type Subset = {name: string; snippets: boolean; anchors: Record<string, string>; target: Record<string, string>};

const subsets: Subset[] = [
	{
		name: 'trafilatura-eval',
		snippets: true,
		anchors: {
			f1: 'keep all 0.693; ≥15 words 0.816; jusText (HTML) 0.857; readability-lxml (HTML) 0.843; copydesk 0.1.0 0.832',
			precision: 'keep all 0.53; jusText 0.86; copydesk 0.1.0 0.76',
			recall: 'keep all 0.99; jusText 0.86; copydesk 0.1.0 0.92',
		},
		target: {f1: '≥ 0.90', recall: '≥ 0.95'},
	},
	{
		name: 'dragnet-train',
		snippets: false,
		anchors: {
			f1: 'keep all 0.510; ≥10 words 0.653; ≥15 words 0.695; readability (HTML, test pages) 0.848; copydesk 0.1.0 0.745',
			precision: 'copydesk 0.1.0 0.69',
			recall: 'copydesk 0.1.0 0.93',
		},
		target: {f1: '≥ 0.88'},
	},
];

/** How the dumps are re-wrapped: as given (w3m at 10,000 columns), or by a wrapper at a width. */
type Wrap = {label: string; tag: string; wrap?: (dump: Buffer) => Uint8Array | string};

const wraps: Wrap[] = [
	{label: '', tag: 'given'},
	// What a user gets: GNU fold's bytes (foldSpaces is byte-identical to it).
	{label: ' fold -s -w 80', tag: 'fold80', wrap: dump => foldSpaces(dump, 80)},
	// E-mail and wire copy's width, the other figure ("72, 80 or 10,000 columns").
	{label: ' fold -s -w 72', tag: 'fold72', wrap: dump => foldSpaces(dump, 72)},
	// The section's first method, kept for comparison: a word wrap in code points, indentation carried, no trailing spaces.
	{label: ' @80 (word wrap)', tag: '80', wrap: dump => rewrap(dump.toString('utf8'), 80)},
];

/** Share of dumps whose stripped text (white space aside) is the same in `out` as in `given`. */
const sameText = (given: string, out: string): {same: number; total: number} => {
	const squash = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8').replace(/\s+/gu, '') : '');
	let same = 0;
	let total = 0;
	for (const file of readdirSync(given)) {
		total++;
		if (squash(path.join(given, file)) === squash(path.join(out, file))) same++;
	}

	return {same, total};
};

const scoreOne = async (context: EvalContext, subset: Subset, {label: suffix, tag: wrapTag, wrap}: Wrap): Promise<Figure[]> => {
	const source = path.join(context.data, 'pages', subset.name);
	const width = wrap === undefined ? null : wrapTag;
	const label = `${subset.name}${suffix}`;
	const tag = `${subset.name}-${wrapTag}`;
	let scored = source;
	let input = path.join(source, 'dump');
	if (wrap !== undefined) {
		// A subset folder of re-wrapped dumps beside the same gold and snippets.
		scored = path.join(context.work, `${tag}-subset`);
		input = path.join(scored, 'dump');
		mkdirSync(input, {recursive: true});
		for (const file of readdirSync(path.join(source, 'dump'))) {
			writeFileSync(path.join(input, file), wrap(readFileSync(path.join(source, 'dump', file))));
		}

		for (const part of ['gold', 'snippets.json']) {
			try {
				symlinkSync(path.join(source, part), path.join(scored, part));
			} catch {}
		}
	}

	const out = path.join(context.work, `${tag}-out`);
	const strip = await runCli(['strip', input, '--out', out]);
	if (strip.code !== 0) context.log(`  strip ${label} exited ${strip.code}: ${strip.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
	context.log(`  strip ${label}: ${(strip.ms / 1000).toFixed(1)} s`);
	const json = path.join(context.work, `${tag}-score.json`);
	await python(path.join(context.data, 'pages', 'score_strip.py'), [scored, '--out', out, '--json', json, '--per-doc', path.join(context.work, `${tag}-per-page.tsv`)]);
	const result = JSON.parse(readFileSync(json, 'utf8')) as {
		snippets?: {precision: number; recall: number; f1: number};
		token_macro?: {p: number; r: number; f: number};
		line_macro?: {f: number};
	};
	const figures: Figure[] = [];
	const add = (measure: string, value: number, key: string) =>
		figures.push({set: label, measure, value, anchors: width === null ? subset.anchors[key] : `unwrapped figure ± 0.01`, target: width === null ? subset.target[key] : undefined});
	if (subset.snippets && result.snippets) {
		add('snippet F1', result.snippets.f1, 'f1');
		add('snippet precision', result.snippets.precision, 'precision');
		add('snippet recall', result.snippets.recall, 'recall');
	}

	if (result.token_macro) {
		add('token F1 (macro)', result.token_macro.f, 'f1');
		add('token precision', result.token_macro.p, 'precision');
		add('token recall', result.token_macro.r, 'recall');
	}

	if (result.line_macro) figures.push({set: label, measure: 'line F1 (derived labels)', value: result.line_macro.f});
	if (wrap !== undefined) {
		const {same, total} = sameText(path.join(context.work, `${subset.name}-given-out`), out);
		figures.push({set: label, measure: `same stripped text as unwrapped (${same} of ${total} dumps)`, value: same / total, anchors: 'every dump: 1.000'});
	}

	return figures;
};

export const pagesSection: Section = {
	name: 'boilerplate on real page dumps (copydesk strip)',
	needs: 'pages',
	async run(context) {
		const figures: Figure[] = [];
		for (const subset of subsets) {
			for (const wrap of wraps) figures.push(...(await scoreOne(context, subset, wrap)));
		}

		return figures;
	},
};
