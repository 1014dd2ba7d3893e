// Where the CPU time of one `copydesk list` goes, every thread together: run it
// with `node --cpu-prof --cpu-prof-dir=DIR dist/cli.js list --json CORPUS`
// (worker threads write their own profiles there too), then
//   node --import=tsx bench/list-phases.ts DIR
// A sample belongs to the innermost phase function on its stack, except that
// everything under judging (reading, two analyses and a comparison) is judging.
//   node --import=tsx bench/list-phases.ts DIR --timeline
// adds, per thread, when it started and ended (seconds from the first thread's
// start), its busy and idle time, and a line of one letter per slice of time:
// the phase it spent most of that slice in ('.' idle, ' ' not running).
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
	// checkLinksAhead: the grouping's pair checks done on the main thread as the records arrive (parallel-analysis.ts, links-ahead.ts).
	['grouping (LSH, verification, originals)', ['groupMembers', 'checkLinksAhead']],
	// The worker's judgePairs (reading the pair's files too), pair-verdict.ts's on this thread.
	["judging copies (diff's verdict)", ['judgePairs', 'preparedVerdict', 'pairVerdict']],
	['output and cache', ['writeLines', 'jsonRecord', 'cacheRows', 'writeCacheSummary', 'writeCache']],
	['garbage collection', ['(garbage collector)']],
];

type Profiled = Profile & {startTime: number; endTime: number};

/** Each sample's phase (listPhases' name, or 'other') and its milliseconds, in order. */
function samplePhases(profile: Profile): Array<{phase: string; ms: number}> {
	const byId = new Map(profile.nodes.map(node => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const phaseOf = new Map<string, string>();
	for (const [phase, names] of listPhases) for (const name of names) phaseOf.set(name, phase);
	const judging = listPhases.find(([, names]) => names.includes('judgePairs'))![0];
	return profile.samples.map((id, i) => {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		let phase: string | undefined;
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const found = phaseOf.get(byId.get(at)!.callFrame.functionName);
			if (found === judging) phase = judging;
			else phase ??= found;
		}

		return {phase: phase ?? 'other', ms};
	});
}

/** Milliseconds per phase of one thread's profile. */
function listPhaseTimes(profile: Profile): Map<string, number> {
	const times = new Map<string, number>([...listPhases.map(([phase]) => [phase, 0] as [string, number]), ['other', 0]]);
	for (const {phase, ms} of samplePhases(profile)) times.set(phase, times.get(phase)! + ms);
	return times;
}

const idle = listPhases[0]![0];
/** The letter a phase is drawn with on the timeline. */
const letters = new Map<string, string>([[idle, '.'], ...listPhases.slice(1).map(([phase], index) => [phase, 'mrbeLtwgjoG'[index]!] as [string, string]), ['other', '?']]);

/**
 * Per thread: start and end (seconds from the first thread's start), busy and
 * idle seconds, and its timeline in slices of `sliceMs`.
 */
function timelines(profiles: ReadonlyArray<{file: string; profile: Profiled}>, sliceMs: number): string[] {
	const origin = Math.min(...profiles.map(({profile}) => profile.startTime));
	const end = Math.max(...profiles.map(({profile}) => profile.endTime));
	const slices = Math.ceil((end - origin) / 1000 / sliceMs);
	const lines = [`timeline: one letter per ${sliceMs} ms (${[...letters].map(([phase, letter]) => `${letter} ${phase}`).join('; ')})`];
	for (const {file, profile} of profiles.toSorted((a, b) => a.profile.startTime - b.profile.startTime)) {
		const spent = Array.from({length: slices}, () => new Map<string, number>());
		let at = profile.startTime;
		let busy = 0;
		let idleMs = 0;
		for (const [i, {phase, ms}] of samplePhases(profile).entries()) {
			at += profile.timeDeltas[i] ?? 0;
			const slice = spent[Math.min(slices - 1, Math.floor((at - origin) / 1000 / sliceMs))]!;
			slice.set(phase, (slice.get(phase) ?? 0) + ms);
			if (phase === idle) idleMs += ms;
			else busy += ms;
		}

		const line = spent.map(slice => (slice.size === 0 ? ' ' : letters.get([...slice].reduce((most, each) => (each[1] > most[1] ? each : most))[0])!)).join('');
		const from = (profile.startTime - origin) / 1e6;
		const to = (profile.endTime - origin) / 1e6;
		lines.push(`${path.basename(file).split('.').slice(-3, -2)[0]!.padStart(4)} ${from.toFixed(2).padStart(6)}–${to.toFixed(2).padStart(6)} s busy ${(busy / 1000).toFixed(2).padStart(6)} s idle ${(idleMs / 1000).toFixed(2).padStart(6)} s |${line}|`);
	}

	return lines;
}

const directory = process.argv[2];
if (!directory) throw new Error('usage: list-phases.ts DIR [--timeline] (of .cpuprofile files from one run)');
const profiles = readdirSync(directory)
	.filter(name => name.endsWith('.cpuprofile'))
	.map(file => ({file, profile: JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Profiled}));
const totals = new Map<string, number>();
for (const {profile} of profiles) {
	for (const [phase, ms] of listPhaseTimes(profile)) totals.set(phase, (totals.get(phase) ?? 0) + ms);
}

const busy = [...totals].filter(([phase]) => phase !== idle).reduce((sum, [, ms]) => sum + ms, 0);
console.log(`${(busy / 1000).toFixed(2)} s sampled on all threads, idle aside (sampled time: inflated by the machine's load):`);
for (const [phase, ms] of totals) {
	if (phase === idle) continue;
	console.log(`${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${phase}`);
}

if (process.argv.includes('--timeline')) for (const line of timelines(profiles, 500)) console.log(line);
