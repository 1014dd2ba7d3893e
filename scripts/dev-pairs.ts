// The labelled dev pairs (../shared/dev-data, never copied into the repo) and
// how `copydesk diff --json` sees them, computed in one process.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {analyzeArticles} from '../source/corpus/analyze.js';
import {loadCorpus} from '../source/corpus/load.js';
import {compareArticles} from '../source/compare/compare-articles.js';
import {diffJson} from '../source/commands/diff-json.js';
import type {Comparison} from '../source/compare/model.js';

/** The dev-data folder: $COPYDESK_DEV_DATA, else ../shared/dev-data or /work/shared/dev-data. */
export const devData = (): string => {
	const candidates = [process.env.COPYDESK_DEV_DATA, path.resolve('../shared/dev-data'), '/work/shared/dev-data'].filter(Boolean) as string[];
	const found = candidates.find(candidate => existsSync(path.join(candidate, 'reuse')));
	if (!found) throw new Error('copydesk: dev data not found (set COPYDESK_DEV_DATA)');
	return found;
};

export type ReusePair = {set: 'counter' | 'clough'; id: string; left: string; right: string; gold: string; synthetic: boolean; note: string};

/** The rows of reuse/<set>/labels.tsv, paths made absolute. */
export const reusePairs = (set: 'counter' | 'clough'): ReusePair[] => {
	const folder = path.join(devData(), 'reuse', set);
	const [header, ...lines] = readFileSync(path.join(folder, 'labels.tsv'), 'utf8').replaceAll('\r', '').trim().split('\n');
	const columns = header.split('\t');
	return lines.map(line => {
		const cells = Object.fromEntries(line.split('\t').map((cell, k) => [columns[k], cell]));
		return {set, id: cells.id, left: path.join(folder, cells.left), right: path.join(folder, cells.right), gold: cells.gold, synthetic: cells.synthetic === '1', note: cells.note ?? ''};
	});
};

/** `copydesk diff L R --json` of two files, computed here (the same steps as the command). */
export const diffFiles = async (left: string, right: string): Promise<{comparison: Comparison; json: ReturnType<typeof diffJson>}> => {
	const corpus = await loadCorpus([left, right]);
	if (corpus.articles.length !== 2) throw new Error(`copydesk: could not read ${left} and ${right}`);
	const [a, b] = analyzeArticles(corpus.articles);
	const comparison = compareArticles(a!, b!);
	return {comparison, json: diffJson(a!, b!, comparison)};
};
