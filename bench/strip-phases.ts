// In-process phases of `copydesk strip` on a folder of pages, for speed work:
// loading, blocks, corpus evidence, labelling (rule passes, fitted decision)
// CPU ms per phase, the first (cold) pass and the best of the
// later ones. A whole-process figure is bench/strip-speed.ts.
// Run: node --import=tsx bench/strip-phases.ts DIR [runs]
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {textBlocks} from '../source/boilerplate/blocks.js';
import {applyBlockModel} from '../source/boilerplate/block-model.js';
import {fittedBlockModel} from '../source/boilerplate/block-model-weights.js';
import {ruleStates} from '../source/boilerplate/classify.js';
import {addToEvidence, emptyEvidence} from '../source/boilerplate/corpus-evidence.js';
import {buildSiteEvidence} from '../source/boilerplate/site-evidence.js';
import type {TextBlock} from '../source/boilerplate/blocks.js';
import {loadCorpus} from '../source/corpus/load.js';

const cpu = (): number => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
};

/** CPU ms of each phase of labelling `directory` as one corpus. */
export const stripPhases = async (directory: string): Promise<Record<string, number>> => {
	const times: Record<string, number> = {};
	let at = cpu();
	const lap = (name: string) => {
		const now = cpu();
		times[name] = (times[name] ?? 0) + now - at;
		at = now;
	};

	const corpus = await loadCorpus([directory], {missingInputs: 'problem'});
	lap('load');
	const blocks = corpus.articles.map(article => textBlocks(article.text));
	lap('blocks');
	const evidence = emptyEvidence();
	corpus.articles.forEach((article, i) => addToEvidence(evidence, article.text, blocks[i]));
	const sites = buildSiteEvidence(corpus.articles, blocks as ReadonlyArray<readonly TextBlock[]>);
	lap('evidence');
	// labelArticle's passes, timed apart: the rules, then the fitted decision (its labels are not summarised here).
	const states = corpus.articles.map((article, i) => ruleStates(article.text, evidence, undefined, sites[i], blocks[i]).states);
	lap('rule passes');
	// As `strip --out` runs it: dropped blocks are not given a reason.
	for (const state of states) applyBlockModel(state, fittedBlockModel, undefined, {reasons: false});
	lap('fitted decision');
	return times;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	const directory = process.argv[2];
	if (!directory) throw new Error('usage: strip-phases.ts DIR [runs]');
	const runs = Number(process.argv[3] ?? 4);
	const all: Array<Record<string, number>> = [];
	for (let run = 0; run < runs; run++) all.push(await stripPhases(directory));
	const format = (times: Record<string, number>) => Object.entries(times).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ') + `; total ${Object.values(times).reduce((a, b) => a + b, 0).toFixed(0)} ms CPU`;
	console.log(`cold: ${format(all[0])}`);
	const best = Object.fromEntries(Object.keys(all[0]).map(name => [name, Math.min(...all.slice(1).map(times => times[name]))]));
	if (runs > 1) console.log(`best of ${runs - 1} warm: ${format(best)}`);
}
