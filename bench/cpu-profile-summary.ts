// Where a process's CPU time goes, from a V8 .cpuprofile (`node --cpu-prof`):
// self and inclusive time per function (inclusive counts a function once per
// sample, so recursion is not double-counted), heaviest first.
// Run: node --import=tsx bench/cpu-profile-summary.ts FILE.cpuprofile [--top 40] [--inclusive | --phases | --diff-phases] [--samples]
// (--phases: the time split into the phases of `copydesk strip`, stripPhases below; --diff-phases: of `copydesk diff`, diffPhases.
// --samples: every sample weighs the median interval, not its own time delta: on a loaded machine a delta also holds the
// time the process waited for a core (one of 438 ms was seen at load 12), and a few such samples skew the shares.)
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

type ProfileNode = {id: number; callFrame: {functionName: string; url: string; lineNumber: number}; children?: number[]};
type Profile = {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number};

/** Self and inclusive milliseconds per function (`name file:line`), from one profile. */
export const summarizeProfile = (profile: Profile): {total: number; self: Map<string, number>; inclusive: Map<string, number>} => {
	const byId = new Map(profile.nodes.map(node => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const key = (node: ProfileNode): string => {
		const {functionName, url, lineNumber} = node.callFrame;
		return `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
	};

	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		total += ms;
		const node = byId.get(id)!;
		self.set(key(node), (self.get(key(node)) ?? 0) + ms);
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const name = key(byId.get(at)!);
			if (!seen.has(name)) {
				seen.add(name);
				inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
			}
		}
	});
	return {total, self, inclusive};
};

/**
 * The phases of `copydesk strip`, by the functions that mark them: a sample
 * belongs to the phase of the innermost marked function on its stack (so the
 * trees inside the fitted decision count as tree inference, not as the
 * decision), else to "other".
 */
export const stripPhases: ReadonlyArray<[string, readonly string[]]> = [
	['module load and compile', ['evaluate', 'loadAndTranslate', 'compileSourceTextModule', 'compileForInternalLoader', 'compileFunctionForCJSLoader']],
	['stopword lists (load, index)', ['loadStopwords']],
	['reading and decoding', ['loadCorpus', 'readArticleFile', 'decodeText', 'decode']],
	['reflow (textBlocks)', ['textBlocks']],
	['corpus and site evidence (normalise, key, sketch)', ['addToEvidence', 'buildSiteEvidence', 'scan']],
	['rule passes: block features, language', ['lineFeatures', 'detectLanguage', 'stopwordShare']],
	['rule passes: firm labels (markers, menus, metadata)', ['firmDecision']],
	['rule passes: grades, lists, context, titles, chrome names', ['ruleStates']],
	['repetition (corpus/site stories)', ['markRepeated']],
	['fitted decision: feature vectors', ['blockFeatureVector', 'blockFeatureVectors', 'featureContext']],
	['fitted decision: tree inference (and reasons)', ['blockProbability', 'logOdds', 'treeSum', 'completeTreeSum', 'strongestEvidence', 'contributions', 'treeAttribution']],
	['fitted decision: the rest', ['applyBlockModel']],
	['labels, titles', ['summarise', 'articleTitle', 'labelArticleWithDom']],
	['writing (kept text, checks, atomic writes)', ['keptText', 'writeOne', 'writeFileAtomic', 'overwritesInput', 'resolveReal', 'outputConflict']],
	['garbage collection', ['(garbage collector)']],
];

/**
 * The phases of `copydesk diff A B` (issue 15's split: module loading and
 * compiling, reading, labelling, the engine's passes, rendering, writing), by
 * the functions that mark them, as stripPhases.
 */
export const diffPhases: ReadonlyArray<[string, readonly string[]]> = [
	['module load and compile (bundle, code cache)', ['evaluate', 'loadAndTranslate', 'compileSourceTextModule', 'compileForInternalLoader', 'compileFunctionForCJSLoader', 'loadWithCodeCache', 'seedStartData']],
	['reading and decoding', ['loadCorpus']],
	// comparePair labels each article (prepareArticle: blocks and corpus scan; analyzeArticle: labels, title).
	['labelling both articles', ['analyzeArticles', 'analyzeArticle', 'prepareArticle', 'addToEvidence']],
	['engine: sides (sentences, normalising, tokens)', ['buildSide']],
	['engine: weights', ['computeWeights']],
	['engine: alignment', ['alignSides']],
	['engine: word diffs', ['diffTokens', 'equalTokens']],
	['engine: rows', ['orderRows']],
	['engine: summary measures', ['summarize']],
	['engine: facts', ['changedFacts']],
	['engine: the rest', ['compareTexts']],
	['rendering (JSON or side by side)', ['diffJson', 'stringify', 'diffText', 'diffHtml']],
	['writing', ['write', 'writeSync']],
	['garbage collection', ['(garbage collector)']],
];

/** Milliseconds per phase (stripPhases, plus "other"), from one profile. */
export const phaseTimes = (profile: Profile, phases = stripPhases): Map<string, number> => {
	const byId = new Map(profile.nodes.map(node => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const phaseOf = new Map<string, string>();
	for (const [phase, names] of phases) for (const name of names) phaseOf.set(name, phase);
	const times = new Map<string, number>([...phases.map(([phase]) => [phase, 0] as [string, number]), ['other', 0]]);
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		let phase = 'other';
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const found = phaseOf.get(byId.get(at)!.callFrame.functionName);
			if (found) {
				phase = found;
				break;
			}
		}

		times.set(phase, times.get(phase)! + ms);
	});
	return times;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	const file = process.argv[2];
	if (!file) throw new Error('usage: cpu-profile-summary.ts FILE.cpuprofile [--top N] [--inclusive]');
	const topAt = process.argv.indexOf('--top');
	const top = topAt === -1 ? 40 : Number(process.argv[topAt + 1]);
	const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
	if (process.argv.includes('--samples')) {
		const median = [...profile.timeDeltas].sort((a, b) => a - b)[profile.timeDeltas.length >> 1] ?? 0;
		profile.timeDeltas = profile.timeDeltas.map(() => median);
	}

	const {total, self, inclusive} = summarizeProfile(profile);
	if (process.argv.includes('--phases') || process.argv.includes('--diff-phases')) {
		const diff = process.argv.includes('--diff-phases');
		console.log(`total ${total.toFixed(0)} ms sampled; by phase of copydesk ${diff ? 'diff' : 'strip'}:`);
		for (const [phase, ms] of phaseTimes(profile, diff ? diffPhases : stripPhases)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${phase}`);
		process.exit(0);
	}

	const table = process.argv.includes('--inclusive') ? inclusive : self;
	console.log(`total ${total.toFixed(0)} ms sampled; ${process.argv.includes('--inclusive') ? 'inclusive' : 'self'} time:`);
	for (const [name, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
		console.log(`${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
	}
}
