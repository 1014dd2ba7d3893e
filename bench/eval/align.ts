// Sentence correspondence through heavy rewording: `copydesk diff --json` on the
// dev alignment articles, scored by the dev data's own score_align.py.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {factLines, python, readTsv, runCli, type Figure, type Section} from './dev-data.js';

export const alignSection: Section = {
	name: 'sentence alignment through rewording (copydesk diff --json)',
	needs: 'align',
	async run(context) {
		const directory = path.join(context.data, 'align');
		const runDirectory = path.join(context.work, 'align');
		mkdirSync(runDirectory, {recursive: true});
		const facts: string[] = [];
		for (const row of readTsv(readFileSync(path.join(directory, 'manifest.tsv'), 'utf8'))) {
			const result = await runCli(['diff', path.join(directory, row['left']!), path.join(directory, row['right']!), '--json']);
			try {
				facts.push(...factLines(row['art']!, (JSON.parse(result.stdout) as {facts?: unknown[]}).facts));
			} catch {
				// Not JSON: score_align.py reports the run as failed.
			}

			writeFileSync(path.join(runDirectory, `${row['art']}.json`), result.stdout);
			writeFileSync(path.join(runDirectory, `${row['art']}.rc`), String(result.code));
			writeFileSync(path.join(runDirectory, `${row['art']}.time`), (result.ms / 1000).toFixed(3));
		}

		const printed = await python(path.join(directory, 'score_align.py'), [directory, runDirectory]);
		for (const line of printed.trimEnd().split('\n')) context.log(`    ${line}`);
		const match = /ALIGN strict F1 ([\d.]+) lax F1 ([\d.]+)/.exec(printed);
		if (!match) throw new Error('score_align.py printed no ALIGN line');
		const pairs = /line pairs\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/.exec(printed);
		const figures: Figure[] = [
			{set: 'eval1957', measure: 'strict F1', value: Number(match[1]), anchors: 'Bleualign 0.781; lexical DP 0.753; copydesk 0.1.0 0.337', target: '≥ 0.85'},
			{set: 'eval1957', measure: 'lax F1', value: Number(match[2]), anchors: 'Bleualign 0.980; lexical DP 0.974; copydesk 0.1.0 0.393', target: '≥ 0.97'},
		];
		// Two translations of one text: nearly every fact reported is noise (`--keep` leaves them in facts-align.tsv).
		writeFileSync(path.join(context.work, 'facts-align.tsv'), facts.join('\n') + '\n');
		figures.push({set: 'eval1957', measure: 'facts reported (count)', value: facts.length});
		if (pairs) figures.push({set: 'eval1957', measure: 'line-pair F1', value: Number(pairs[3])});
		return figures;
	},
};
