// Two pages of one site diffed alone (K4): the dragnet-train dump pairs whose raw-text story
// sketches (boilerplate/story-sketch.ts textSketch) resemble at least 0.25, each compared as
// `copydesk diff A B` is (scripts/dev-pairs.ts diffFiles), against the gold as `npm run eval -- --only groups`
// tests a copy (bench/eval/groups.ts pairShare: one gold article keeps half its word 3-grams in the other; pairs
// whose gold has fewer than ten 3-grams are not judged).
// Prints a TSV row a pair (left, right, gold share, relation, similarity) and the counts of
// copy verdicts (identical … rewritten) on different stories and on true copies.
// Usage: COPYDESK_DEV_DATA=… node --import=tsx scripts/sketch-pairs.ts [--out FILE.tsv]
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {resemblance, textSketch} from '../source/boilerplate/story-sketch.js';
import {pairShare, trueCopyShare, wordTrigrams} from '../bench/eval/groups.js';
import {devData, diffFiles} from './dev-pairs.js';

const folder = path.join(devData(), 'pages', 'dragnet-train');
const stems = readdirSync(path.join(folder, 'dump')).filter(name => name.endsWith('.txt')).map(name => name.slice(0, -4)).sort();
const sketches = stems.map(stem => textSketch(readFileSync(path.join(folder, 'dump', `${stem}.txt`), 'utf8')));
const goldOf = (stem: string) => {
	const file = path.join(folder, 'gold', `${stem}.txt`);
	const grams = wordTrigrams(existsSync(file) ? readFileSync(file, 'utf8') : '');
	return {gold: grams, page: grams};
};

const copies = new Set(['identical', 'verbatim', 'edited', 'rewritten']);
const rows: string[] = [];
const counts = {different: 0, differentCopies: 0, same: 0, sameCopies: 0};
for (let i = 0; i < stems.length; i++) {
	for (let j = i + 1; j < stems.length; j++) {
		if (resemblance(sketches[i]!, sketches[j]!) < 0.25) continue;
		const [a, b] = [stems[i]!, stems[j]!];
		const share = pairShare(goldOf(a), goldOf(b));
		if (share === undefined) continue;
		// eslint-disable-next-line no-await-in-loop
		const {comparison} = await diffFiles(path.join(folder, 'dump', `${a}.txt`), path.join(folder, 'dump', `${b}.txt`));
		const copy = copies.has(comparison.relation);
		if (share < trueCopyShare) {
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
