// `npm run bench`: prints figures, asserts nothing. Each part lives in its own
// file and can be run alone (node --import=tsx bench/<part>.ts).
import os from 'node:os';

const parts: Array<[string, string, string]> = [
	['comparison engine', './engine.ts', 'runEngineBench'],
	['whole process: copydesk diff against node -e 0 and wdiff', './process.ts', 'runProcessBench'],
	['whole process: list --json, cold and from the analysis cache', './list-cache.ts', 'runListBench'],
	['whole process: the reader\'s first frame', './first-frame.ts', 'runFirstFrameBench'],
	['boilerplate stripping', './strip-speed.ts', 'runStripBench'],
	['corpus: list, groups, cache', './corpus.ts', 'runCorpusBench'],
	['responsiveness: the timings the tests check only structurally', './timings.ts', 'runTimingsBench'],
];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`copydesk bench — ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} × ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
for (const [title, file, exportName] of parts) {
	console.log(`\n## ${title}`);
	try {
		const module = (await import(file)) as Record<string, () => Promise<string[]>>;
		for (const line of await module[exportName]!()) console.log(line);
	} catch (error) {
		console.log(`(failed: ${(error as Error).message})`);
		process.exitCode = 1;
	}
}
