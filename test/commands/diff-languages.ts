import test from 'ava';
import {main} from '../../source/commands/main.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {captureIo} from '../helpers/command-io.js';
import {writtenFiles} from '../helpers/temporary-directory.js';

const files = async (texts: Record<string, string>) => writtenFiles('copydesk-languages-', texts);

// An invented article and its German translation.
const english = 'The council said on Tuesday that the new tram line would open next spring, and that its costs had risen again.\n\nThe opposition criticised the plan and demanded that the city parliament review the budget before the summer.\n';
const german = 'Der Stadtrat sagte am Dienstag, dass die neue Straßenbahnlinie im nächsten Frühjahr eröffnet werde und dass die Kosten erneut gestiegen seien.\n\nDie Opposition kritisierte den Plan und forderte, dass das Stadtparlament den Haushalt vor dem Sommer überprüfe.\n';
const englishEdit = english.replace('Tuesday', 'Wednesday');

test('diff of an article and its translation says the languages differ beside its verdict (breaker K7), in the text and the JSON', async t => {
	const file = await files({'en.txt': english, 'de.txt': german, 'en2.txt': englishEdit});
	const json = captureIo();
	t.is(await main(['diff', file('en.txt'), file('de.txt'), '--json'], json), 1);
	const parsed = JSON.parse(json.out()) as {relation: string; languages?: {left: string; right: string}; note?: string};
	t.deepEqual(parsed.languages, {left: 'en', right: 'de'});
	t.is(parsed.note, 'different languages (en, de): copydesk compares words, not translations');
	const text = captureIo();
	await main(['diff', file('en.txt'), file('de.txt'), '--width', '200', '--color=never'], text);
	t.regex(text.out(), /relation: \w+ .*· different languages \(en, de\): copydesk compares words, not translations/);
	// Two articles in one language: no such field.
	const same = captureIo();
	await main(['diff', file('en.txt'), file('en2.txt'), '--json'], same);
	const sameJson = JSON.parse(same.out()) as Record<string, unknown>;
	t.false('languages' in sameJson);
	t.false('note' in sameJson);
});

test('a copy is in one language whatever each side\'s stopwords say: no languages note on a pair close enough to be a copy', async t => {
	const file = await files({'en.txt': english, 'en2.txt': englishEdit});
	const [a, b] = analyzeArticles((await loadCorpus([file('en.txt'), file('en2.txt')])).articles);
	// The right side misread as another language (as the stopword lists read some Urdu pages as Persian).
	const misread = {...b!, labels: {...b!.labels, language: 'nl'}};
	const comparison = compareArticles(a!, misread);
	t.true(['identical', 'verbatim', 'edited'].includes(comparison.relation), comparison.relation);
	t.is(comparison.languages, undefined);
});

test('an article and its Chinese, Japanese or Korean translation: the languages are named by the script (breaker19 N4)', async t => {
	const translations = {
		zh: '市议会周二表示，新的有轨电车线路将于明年春天开通，其成本自计划制定以来再次上涨。\n\n反对派批评了该计划，并要求市议会在夏季之前审查预算。\n',
		ja: '市議会は火曜日、新しい路面電車の路線が来年の春に開通し、費用が再び上がったと述べた。\n\n野党はこの計画を批判し、夏までに予算を見直すよう求めた。\n',
		ko: '시의회는 화요일에 새로운 트램 노선이 내년 봄에 개통될 것이며 비용이 다시 올랐다고 밝혔다.\n\n야당은 이 계획을 비판하며 여름 전에 예산을 검토할 것을 요구했다.\n',
	};
	const file = await files({'en.txt': english, ...Object.fromEntries(Object.entries(translations).map(([code, text]) => [`${code}.txt`, text]))});
	for (const code of Object.keys(translations)) {
		const io = captureIo();
		await main(['diff', file('en.txt'), file(`${code}.txt`), '--json'], io);
		t.deepEqual((JSON.parse(io.out()) as {languages?: unknown}).languages, {left: 'en', right: code}, code);
	}
});
