// Two pages of one site diffed alone (K4): the dragnet-train dump pairs whose raw-text story
// sketches (boilerplate/story-sketch.ts textSketch) resemble at least 0.25, each compared as
// `copydesk diff A B` is (scripts/dev-pairs.ts diffFiles), against the gold: a pair is one story
// when at least half the word 3-grams of the shorter gold article are in the other's.
// Prints a TSV row a pair (left, right, gold share, relation, similarity) and the counts of
// copy verdicts (identical … rewritten) on different stories and on true copies.
// Usage: COPYDESK_DEV_DATA=… node --import=tsx scripts/sketch-pairs.ts [--out FILE.tsv]
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {resemblance, textSketch} from '../source/boilerplate/story-sketch.js';
import {devData, diffFiles} from './dev-pairs.js';

const folder = path.join(devData(), 'pages', 'dragnet-train');
const stems = readdirSync(path.join(folder, 'dump')).filter(name => name.endsWith('.txt')).map(name => name.slice(0, -4)).sort();
const sketches = stems.map(stem => textSketch(readFileSync(path.join(folder, 'dump', `${stem}.txt`), 'utf8')));
const threeGrams = (stem: string): Set<string> => {
	const file = path.join(folder, 'gold', `${stem}.txt`);
	const words = existsSync(file) ? readFileSync(file, 'utf8').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [] : [];
	const grams = new Set<string>();
	for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
	return grams;
};

const goldShare = (a: string, b: string): number => {
	const [x, y] = [threeGrams(a), threeGrams(b)];
	const [small, large] = x.size <= y.size ? [x, y] : [y, x];
	if (small.size === 0) return 0;
	let shared = 0;
	for (const gram of small) if (large.has(gram)) shared++;
	return shared / small.size;
};

const copies = new Set(['identical', 'verbatim', 'edited', 'rewritten']);
const rows: string[] = [];
const counts = {different: 0, differentCopies: 0, same: 0, sameCopies: 0};
for (let i = 0; i < stems.length; i++) {
	for (let j = i + 1; j < stems.length; j++) {
		if (resemblance(sketches[i]!, sketches[j]!) < 0.25) continue;
		const [a, b] = [stems[i]!, stems[j]!];
		const share = goldShare(a, b);
		// eslint-disable-next-line no-await-in-loop
		const {comparison} = await diffFiles(path.join(folder, 'dump', `${a}.txt`), path.join(folder, 'dump', `${b}.txt`));
		const copy = copies.has(comparison.relation);
		if (share < 0.5) {
			counts.different++;
			if (copy) counts.differentCopies++;
		} else {
			counts.same++;
			if (copy) counts.sameCopies++;
		}

		rows.push([a, b, share.toFixed(3), comparison.relation, comparison.similarity.toFixed(3)].join('\t'));
	}
}

const out = process.argv.indexOf('--out');
if (out > 0) writeFileSync(process.argv[out + 1]!, rows.join('\n') + '\n');
console.log(`pairs ${rows.length}; different stories called copies ${counts.differentCopies} of ${counts.different}; true copies called copies ${counts.sameCopies} of ${counts.same}`);
