import test from 'ava';
import fc from 'fast-check';
import type {ComparedArticle} from '../../source/compare/compare-articles.js';
import {languagesApart, languagesNote, scriptLanguage} from '../../source/compare/languages.js';

const of = (language: string, text = ''): ComparedArticle => ({text, labels: {lines: [], language, meta: {}, boilerplateShare: 0}});
const english = 'The council said on Tuesday that the new tram line would open next spring, and that its costs had risen again since the plan was made.';
const german = 'Der Stadtrat sagte am Dienstag, dass die neue Straßenbahnlinie im nächsten Frühjahr eröffnet werde und dass die Kosten erneut gestiegen seien.';

test('languagesApart: both languages known and clearly different, else undefined (an unknown language is no difference)', t => {
	t.deepEqual(languagesApart(of('en', english), of('de', german)), {left: 'en', right: 'de'});
	t.is(languagesApart(of('en', english), of('en', english)), undefined);
	t.is(languagesApart(of('en', english), of('und', german)), undefined);
	t.is(languagesApart(of('und', english), of('fr', german)), undefined);
	t.is(languagesNote({left: 'fr', right: 'en'}), 'different languages (fr, en): copydesk compares words, not translations');
});

test('languagesApart: a side whose words the other side\'s list covers about as well as its own is no second language (a near tie of two lists)', t => {
	// English words labelled Dutch (as a tie of two lists labels a short text): English's list covers them far better than Dutch's.
	t.is(languagesApart(of('en', english), of('nl', english.replace('Tuesday', 'Wednesday'))), undefined);
});

test('a side no stopword list names is named by its script: Chinese, Japanese, Korean or Thai against another language is a pair in two languages (breaker19 N4)', t => {
	const chinese = '市议会周二表示，新的有轨电车线路将于明年春天开通，其成本自计划制定以来再次上涨。';
	const japanese = '市議会は火曜日、新しい路面電車の路線が来年の春に開通し、計画が立てられて以来、費用が再び上がったと述べた。';
	const korean = '시의회는 화요일에 새로운 트램 노선이 내년 봄에 개통될 것이며 계획 이후 비용이 다시 올랐다고 밝혔다.';
	t.is(scriptLanguage(chinese), 'zh');
	t.is(scriptLanguage(japanese), 'ja');
	t.is(scriptLanguage(korean), 'ko');
	t.is(scriptLanguage(english), 'und');
	t.is(scriptLanguage(`${english} (市议会)`), 'und', 'a few characters quoted in a Latin text leave it Latin');
	t.deepEqual(languagesApart(of('en', english), of('und', chinese)), {left: 'en', right: 'zh'});
	t.deepEqual(languagesApart(of('und', korean), of('de', german)), {left: 'ko', right: 'de'});
	t.deepEqual(languagesApart(of('und', japanese), of('und', chinese)), {left: 'ja', right: 'zh'});
	t.is(languagesApart(of('und', chinese), of('und', chinese)), undefined);
	t.is(languagesApart(of('und', english), of('und', chinese)), undefined, 'an unknown Latin text is no known language');
});

test('property: scriptLanguage counts each letter\'s script as testing the letter against each script does', t => {
	const reference = (text: string): string => {
		let letters = 0;
		const counts = {hangul: 0, han: 0, kana: 0, thai: 0};
		for (const [letter] of text.matchAll(/\p{L}/gu)) {
			if (++letters > 2000) break;
			if (/\p{Script=Hangul}/u.test(letter)) counts.hangul++;
			else if (/\p{Script=Han}/u.test(letter)) counts.han++;
			else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letter)) counts.kana++;
			else if (/\p{Script=Thai}/u.test(letter)) counts.thai++;
		}
		const total = Math.min(letters, 2000);
		if (total === 0) return 'und';
		if (counts.hangul * 2 >= total) return 'ko';
		if ((counts.han + counts.kana) * 2 >= total) return counts.kana * 10 >= total ? 'ja' : 'zh';
		return counts.thai * 2 >= total ? 'th' : 'und';
	};
	const pieces = fc.constantFrom('the council ', '市议会', 'は', 'カタ', '시의회 ', 'ภาษา', '1, 2. ', 'Zoë ', '\u{20000}');
	fc.assert(fc.property(fc.array(pieces, {maxLength: 900}), parts => reference(parts.join('')) === scriptLanguage(parts.join(''))), {numRuns: 200});
	t.pass();
});
