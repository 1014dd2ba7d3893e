// One verdict per pair (issue 13): for every copy `copydesk list` reports, its
// relation and similarity to the group's original are what `copydesk diff`
// reports for that pair. Generated corpora: verbatim copies with scraped
// chrome, edited and spun copies, summary rewrites, same-subject stories.
import test from 'ava';
import path from 'node:path';
import {runDiff} from '../../source/commands/diff.js';
import {runList} from '../../source/commands/list.js';
import {captureIo} from '../helpers/command-io.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';

type ListRecord = {path: string; group_size: number; original: string; similarity: number; relation: string};

for (const seed of [3, 8]) {
	test(`list agrees with diff on every copy it reports (generated corpus, seed ${seed})`, async t => {
		await withGeneratedCorpus(90, seed, {}, async directory => {
			const listed = captureIo();
			t.is(await runList([directory, '--json'], listed), 0);
			const records = listed.out().trimEnd().split('\n').map(line => JSON.parse(line) as ListRecord);
			const copies = records.filter(record => record.group_size > 1 && record.path !== record.original);
			t.true(copies.length >= 20, `${copies.length} copies`);
			const kinds = new Set<string>();
			const disagreements: string[] = [];
			for (const copy of copies) {
				const io = captureIo();
				await runDiff([path.join(directory, copy.original), path.join(directory, copy.path), '--json'], io);
				const diff = JSON.parse(io.out()) as {relation: string; similarity: number};
				kinds.add(diff.relation);
				if (diff.relation !== copy.relation || Math.abs(diff.similarity - copy.similarity) > 0.02) {
					disagreements.push(`${copy.path} vs ${copy.original}: list ${copy.relation} ${copy.similarity}, diff ${diff.relation} ${diff.similarity}`);
				}
			}

			t.deepEqual(disagreements, []);
			// The corpus exercises more than one relation.
			t.true(kinds.size >= 2, [...kinds].join(', '));
		});
	});
}
