import test from 'ava';
import {detectLanguage} from '../../source/boilerplate/language.js';
import {wordsOf} from '../../source/text/words.js';

const samples: Array<[string, string]> = [
	['en', 'The council said on Monday that the walkway would remain closed for at least six weeks while the repairs are carried out.'],
	['fr', 'Les quais sont fermés au public depuis mardi soir en raison de la montée rapide des eaux, selon la préfecture.'],
	['de', 'Der Stadtrat hat am Donnerstagabend mit knapper Mehrheit ein neues Konzept für die Innenstadt beschlossen, das im Sommer gilt.'],
	['es', 'El Ayuntamiento presentó este jueves el primer autobús eléctrico de la red municipal, que cubrirá la línea del centro.'],
	['ru', 'В пятницу в городе открылся новый пешеходный мост, который соединил набережную с островом, сообщили в администрации.'],
	['zh', '上海地铁新线路将于本周六正式开通运营，新线路连接城市西部的多个大型居住区和中心城区，这是一个好消息。'],
	['ja', '気象台は二十日、市内の桜が開花したと発表した。平年より五日早く、昨年と比べても三日早い開花となった。'],
];

for (const [language, text] of samples) {
	test(`detects ${language} from stopword coverage`, t => {
		t.is(detectLanguage(wordsOf(text)), language);
	});
}

test('too few words, or a language without a stopword list, is und', t => {
	t.is(detectLanguage(wordsOf('Breaking news')), 'und');
	// Georgian has no list in stopwords-iso.
	t.is(detectLanguage(wordsOf('საქართველოს პარლამენტმა ორშაბათს მიიღო ახალი კანონი, რომელიც ქალაქის ცენტრში მანქანების მოძრაობას ზღუდავს.')), 'und');
});

test('CJK text is segmented into words, not treated as one token', t => {
	t.true(wordsOf('我们今天去北京了').length >= 4);
	t.deepEqual(wordsOf('Déjà-vu, c’est ça'), ['déjà', 'vu', 'c\'est', 'ça']);
});
