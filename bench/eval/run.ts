// `npm run eval`: every fidelity figure of copydesk on the real, labelled dev
// data (../shared/dev-data, or $COPYDESK_DEV_DATA), each beside the anchors the
// data's README quotes. Prints figures; asserts nothing.
//   npm run eval                      all sections
//   npm run eval -- --only pages      the sections whose name or folder matches
//   npm run eval -- --keep            keep the outputs (the path is printed)
import {existsSync, rmSync} from 'node:fs';
import os from 'node:os';
import {parseArgs} from 'node:util';
import {builtCli, findDevData, scratch, type Figure} from './dev-data.js';
import {sections} from './sections.js';

const {values} = parseArgs({options: {only: {type: 'string', multiple: true}, keep: {type: 'boolean'}}});
const data = findDevData();
if (!data) {
	console.error('copydesk eval: no dev data found: set COPYDESK_DEV_DATA to the dev-data folder, or place it at ../shared/dev-data beside the repository.');
	process.exit(2);
}

if (!existsSync(builtCli)) {
	console.error('copydesk eval: dist/cli.js is missing: run `npm run build` first.');
	process.exit(2);
}

const work = scratch('run');
const log = (line: string) => console.log(line);
console.log(`copydesk eval — ${new Date().toISOString()} · data ${data} · load ${os.loadavg().map(x => x.toFixed(1)).join(' ')}`);
const all: Figure[] = [];
for (const section of sections) {
	if (values.only && !values.only.some(only => section.name.includes(only) || section.needs.includes(only))) continue;
	if (!existsSync(`${data}/${section.needs}`)) {
		console.log(`\n## ${section.name}: skipped (${data}/${section.needs} is absent)`);
		continue;
	}

	console.log(`\n## ${section.name}`);
	try {
		all.push(...(await section.run({data, work, log})));
	} catch (error) {
		console.log(`  failed: ${(error as Error).message}`);
		process.exitCode = 1;
	}
}

const width = Math.max(...all.map(figure => `${figure.set} · ${figure.measure}`.length), 10);
console.log('\n## figures');
for (const figure of all) {
	const name = `${figure.set} · ${figure.measure}`.padEnd(width);
	const extra = [figure.target ? `target ${figure.target}` : '', figure.anchors ? `anchors: ${figure.anchors}` : ''].filter(Boolean).join(' · ');
	console.log(`${name}  ${figure.value.toFixed(3)}${extra ? `  (${extra})` : ''}`);
}

if (values.keep) console.log(`\noutputs kept in ${work}`);
else rmSync(work, {recursive: true, force: true});
