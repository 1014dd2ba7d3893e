// How a copy relates to its source: `copydesk diff L R --json` on every pair of
// the dev reuse sets, scored by the dev data's own score_reuse.py; plus the
// share of synthetic unrelated pairs called `unrelated`; and the facts `diff`
// reports over the real (non-synthetic) pairs, all rewordings of one source, so
// nearly every fact there is noise (`--keep` leaves them in facts-<set>.tsv).
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {factLines, pool, python, readTsv, runCli, type Figure, type Section} from './dev-data.js';

const sets: Array<{name: string; anchors: string}> = [
	{name: 'counter', anchors: 'copydesk 0.1.0 0.622; word n-gram containment ≈ 0.70 (other split)'},
	{name: 'clough', anchors: 'copydesk 0.1.0 0.544; word n-gram containment ≈ 0.75 (other split)'},
];

export const reuseSection: Section = {
	name: 'relations on real graded reuse (copydesk diff --json)',
	needs: 'reuse',
	async run(context) {
		const figures: Figure[] = [];
		for (const set of sets) {
			const directory = path.join(context.data, 'reuse', set.name);
			const rows = readTsv(readFileSync(path.join(directory, 'labels.tsv'), 'utf8'));
			const predictions = path.join(context.work, `reuse-${set.name}`);
			mkdirSync(predictions, {recursive: true});
			const started = performance.now();
			const facts: string[][] = rows.map(() => []);
			const relations = await pool(rows, Math.max(2, os.cpus().length), async (row, index) => {
				const result = await runCli(['diff', path.join(directory, row['left']!), path.join(directory, row['right']!), '--json']);
				if (result.code === 2) {
					context.log(`  ${set.name} ${row['id']}: exit 2: ${result.stderr.trim().split('\n')[0]}`);
					return '';
				}

				writeFileSync(path.join(predictions, `${row['id']}.json`), result.stdout);
				try {
					const parsed = JSON.parse(result.stdout) as {relation?: string; facts?: unknown[]};
					facts[index] = factLines(row['id']!, parsed.facts);
					return String(parsed.relation ?? '');
				} catch {
					return '';
				}
			});
			context.log(`  ${set.name}: ${rows.length} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			const json = path.join(context.work, `reuse-${set.name}.json`);
			const printed = await python(path.join(context.data, 'reuse', 'score_reuse.py'), [directory, '--pred', predictions, '--split', 'all', '--json', json]);
			for (const line of printed.trimEnd().split('\n')) context.log(`    ${line}`);
			const result = JSON.parse(readFileSync(json, 'utf8')) as {accuracy: number; macro_f1: number; lenient_accuracy: number};
			const synthetic = rows.map((row, i) => ({row, relation: relations[i]})).filter(({row}) => row['synthetic'] === '1');
			figures.push(
				{set: set.name, measure: 'relation accuracy', value: result.accuracy, anchors: set.anchors, target: '≥ 0.80'},
				{set: set.name, measure: 'relation macro-F1', value: result.macro_f1},
				{set: set.name, measure: 'lenient accuracy', value: result.lenient_accuracy},
			);
			const real = rows.map((row, i) => ({row, facts: facts[i]!})).filter(({row}) => row['synthetic'] !== '1');
			const reported = real.flatMap(({facts}) => facts);
			writeFileSync(path.join(context.work, `facts-${set.name}.tsv`), reported.join('\n') + '\n');
			context.log(`  ${set.name}: ${reported.length} facts over ${real.length} real pairs`);
			figures.push({set: set.name, measure: `facts reported over ${real.length} real pairs (count)`, value: reported.length});
			if (synthetic.length > 0) {
				figures.push({
					set: set.name,
					measure: `unrelated pairs called unrelated (${synthetic.length})`,
					value: synthetic.filter(({relation}) => relation === 'unrelated').length / synthetic.length,
					target: '≥ 0.95',
				});
			}
		}

		return figures;
	},
};
