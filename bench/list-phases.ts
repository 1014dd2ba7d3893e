// Where the CPU time of one `copydesk list` goes, every thread together: run it
// with `node --cpu-prof --cpu-prof-dir=DIR dist/cli.js list --json CORPUS`
// (worker threads write their own profiles there too), then
//   node --import=tsx bench/list-phases.ts DIR
// A sample belongs to the innermost phase function on its stack, except that
// everything under judging (reading, two analyses and a comparison) is judging.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

type ProfileNode = {id: number; callFrame: {functionName: string}; children?: number[]};
type Profile = {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]};

/** The phases of a listing, by the functions that mark them. */
export const listPhases: ReadonlyArray<[string, readonly string[]]> = [
	['waiting (idle threads)', ['(idle)']],
	['module load and compile', ['compileSourceTextModule', 'compileForInternalLoader', 'compileFunctionForCJSLoader', 'loadAndTranslate']],
	['finding, reading and decoding files', ['loadCorpusItems', 'readFileItem', 'readItems', 'hashItems', 'articleFromBytes', 'decodeBytes']],
	['blocks and corpus scan (reflow, line keys, prose sketches)', ['articleBlocks', 'scan']],
	['corpus evidence (line statistics, merged)', ['addToEvidence', 'packEvidence', 'mergePacked', 'unpackEvidence']],
	['labelling (boilerplate)', ['labelArticleWithDom']],
	['titles', ['articleTitle']],
	['word counts and grouping records (one word scan, fingerprints, hashes)', ['countWords', 'wordCountAndHashes', 'groupMember', 'groupMemberOfWords', 'memberOf']],
	['grouping (LSH, verification, originals)', ['groupMembers']],
	// The worker's judgePairs (reading the pair's files too), pair-verdict.ts's on this thread.
	["judging copies (diff's verdict)", ['judgePairs', 'preparedVerdict', 'pairVerdict']],
	['output and cache', ['writeLines', 'jsonRecord', 'cacheRows', 'writeCacheSummary', 'writeCache']],
	['garbage collection', ['(garbage collector)']],
];

/** Milliseconds per phase of one thread's profile. */
function listPhaseTimes(profile: Profile): Map<string, number> {
	const byId = new Map(profile.nodes.map(node => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const phaseOf = new Map<string, string>();
	for (const [phase, names] of listPhases) for (const name of names) phaseOf.set(name, phase);
	const judging = listPhases.find(([, names]) => names.includes('judgePairs'))![0];
	const times = new Map<string, number>([...listPhases.map(([phase]) => [phase, 0] as [string, number]), ['other', 0]]);
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		let phase: string | undefined;
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const found = phaseOf.get(byId.get(at)!.callFrame.functionName);
			if (found === judging) phase = judging;
			else phase ??= found;
		}

		times.set(phase ?? 'other', times.get(phase ?? 'other')! + ms);
	});
	return times;
}

const directory = process.argv[2];
if (!directory) throw new Error('usage: list-phases.ts DIR (of .cpuprofile files from one run)');
const totals = new Map<string, number>();
for (const file of readdirSync(directory).filter(name => name.endsWith('.cpuprofile'))) {
	const times = listPhaseTimes(JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Profile);
	for (const [phase, ms] of times) totals.set(phase, (totals.get(phase) ?? 0) + ms);
}

const busy = [...totals].filter(([phase]) => phase !== listPhases[0]![0]).reduce((sum, [, ms]) => sum + ms, 0);
console.log(`${(busy / 1000).toFixed(2)} s sampled on all threads, idle aside (sampled time: inflated by the machine's load):`);
for (const [phase, ms] of totals) {
	if (phase === listPhases[0]![0]) continue;
	console.log(`${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${phase}`);
}
