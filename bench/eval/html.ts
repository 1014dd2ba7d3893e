// Boilerplate on the real pages' original HTML: `copydesk strip DIR/html --out OUT`
// (pages decoded, parsed, labelled by DOM and text evidence), scored by the
// dev data's own score_strip.py exactly as the dumps are. trafilatura-eval is
// where the few thresholds of source/html were chosen; dragnet-train was not
// looked at while choosing them, so it is the check against fitting pages.
import {readdirSync, readFileSync, renameSync} from 'node:fs';
import path from 'node:path';
import {python, runCli, type EvalContext, type Figure, type Section, sectionOverSubsets} from './dev-data.js';

type Subset = {name: string; anchors: Record<string, string>; target: Record<string, string>};

const subsets: Subset[] = [
	{
		name: 'trafilatura-eval',
		anchors: {f1: 'jusText (HTML) 0.857; readability-lxml (HTML) 0.843; copydesk on the dumps 0.832', precision: 'jusText 0.86', recall: 'jusText 0.86'},
		target: {f1: '≥ 0.92'},
	},
	{
		name: 'dragnet-train',
		anchors: {f1: 'readability-lxml (HTML, Dragnet test pages) 0.848; jusText 0.719; copydesk on the dumps 0.745'},
		target: {},
	},
];

const scoreOne = async (context: EvalContext, subset: Subset): Promise<Figure[]> => {
	const source = path.join(context.data, 'pages', subset.name);
	const label = `${subset.name} (HTML)`;
	const out = path.join(context.work, `${subset.name}-html-out`);
	const strip = await runCli(['strip', path.join(source, 'html'), '--out', out]);
	if (strip.code !== 0) context.log(`  strip ${label} exited ${strip.code}: ${strip.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
	context.log(`  strip ${label}: ${(strip.ms / 1000).toFixed(1)} s`);
	// strip --out keeps a page's extension (`<stem>.html.gz.txt`); score_strip.py reads `<stem>.txt`.
	for (const file of readdirSync(out)) {
		const stem = /^(.*)\.x?html?(?:\.gz)?\.txt$/i.exec(file)?.[1];
		if (stem) renameSync(path.join(out, file), path.join(out, `${stem}.txt`));
	}

	const json = path.join(context.work, `${subset.name}-html-score.json`);
	await python(path.join(context.data, 'pages', 'score_strip.py'), [source, '--out', out, '--json', json]);
	const result = JSON.parse(readFileSync(json, 'utf8')) as {snippets?: {precision: number; recall: number; f1: number}; token_macro?: {p: number; r: number; f: number}};
	const figures: Figure[] = [];
	const add = (measure: string, value: number, key: string) => figures.push({set: label, measure, value, anchors: subset.anchors[key], target: subset.target[key]});
	if (result.snippets) {
		add('snippet F1', result.snippets.f1, 'f1');
		add('snippet precision', result.snippets.precision, 'precision');
		add('snippet recall', result.snippets.recall, 'recall');
	} else if (result.token_macro) {
		add('token F1 (macro)', result.token_macro.f, 'f1');
		add('token precision', result.token_macro.p, 'precision');
		add('token recall', result.token_macro.r, 'recall');
	}

	return figures;
};

export const htmlSection: Section = sectionOverSubsets('boilerplate on the original HTML pages (copydesk strip)', subsets, scoreOne);
