import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {seedStartData, startDataKey, writeStartData, type StartData} from '../source/start-data.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** In a fresh process (module caches empty): seeds from `file` when given, then prints every table the data stands for. */
const tablesOf = (file?: string): {seeded: boolean; tables: string} => {
	const script = `
		import {seedStartData} from './source/start-data.ts';
		import {classTable} from './source/text/character-classes.ts';
		import {stopwordHits, stopwordsFor, stopwordLists} from './source/boilerplate/stopwords.ts';
		import {calendarKeyTable, calendarWords, shortCalendarWords} from './source/compare/word-classes.ts';
		const seeded = ${file ? `seedStartData(${JSON.stringify(file)})` : 'false'};
		const languages = stopwordLists().languages;
		const words = languages.flatMap(language => [...stopwordsFor(language)]);
		const tables = JSON.stringify({
			classes: Array.from(classTable()),
			sets: languages.map(language => [language, [...stopwordsFor(language)]]),
			hits: [...stopwordHits(words)],
			calendar: [...calendarWords('en')],
			calendarKeys: [...calendarKeyTable('en')],
			shortCalendar: [...shortCalendarWords('en')],
		});
		console.log(JSON.stringify({seeded, tables}));
	`;
	const result = spawnSync(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28});
	if (result.status !== 0) throw new Error(result.stderr);
	return JSON.parse(result.stdout) as {seeded: boolean; tables: string};
};

test('tables seeded from the start-up data are the tables computed without it', t => {
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'copydesk-start-')), 'start-data.json');
	writeStartData(file);
	const seeded = tablesOf(file);
	const computed = tablesOf();
	t.true(seeded.seeded, 'the data was not used: the comparison below would prove nothing');
	t.false(computed.seeded);
	t.is(seeded.tables, computed.tables);
});

test('start-up data under another key (another Node, ICU, Unicode or stopwords-iso) or damaged is ignored', t => {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-start-'));
	const file = path.join(directory, 'start-data.json');
	writeStartData(file);
	const data = JSON.parse(readFileSync(file, 'utf8')) as StartData;
	t.is(data.key, startDataKey());
	writeFileSync(file, JSON.stringify({...data, key: `${data.key}-other`}));
	t.false(seedStartData(file));
	writeFileSync(file, '{"key":');
	t.false(seedStartData(file));
	t.false(seedStartData(path.join(directory, 'missing.json')));
});

test('the build writes start-up data this Node can use', t => {
	const file = path.join(root, 'dist', 'start-data.json');
	if (!existsSync(file)) {
		t.fail('dist/start-data.json missing: npm test builds first (npm run build)');
		return;
	}

	t.is((JSON.parse(readFileSync(file, 'utf8')) as StartData).key, startDataKey());
});
