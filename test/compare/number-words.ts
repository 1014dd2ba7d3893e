import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {numberWordsFor} from '../../source/compare/number-words.js';
import {sentenceFacts as articleFacts} from '../helpers/sentence-facts.js';

/** The facts of two texts that differ in one sentence, set between two sentences both keep, in `language`. */
const sentenceFacts = (left: string, right: string, frame: string, language: string) => {
	const [first, last] = frame.split('\n\n');
	return compareTexts(`${first}\n\n${left}\n\n${last}`, `${first}\n\n${right}\n\n${last}`, {language}).facts!.map(fact => `${fact.left}→${fact.right} (${fact.kind})`);
};

const urdu = 'حکام نے بتایا کہ امدادی کارکن ساحلی علاقوں میں لاپتہ افراد کی تلاش جاری رکھے ہوئے ہیں۔\n\nمحکمہ موسمیات نے آئندہ دنوں میں مزید بارش کی پیش گوئی کی ہے۔';
const arabic = 'ويواصل عمال الإنقاذ البحث عن المفقودين في المناطق الساحلية منذ الصباح.\n\nوتوقعت هيئة الأرصاد هطول مزيد من الأمطار خلال الأيام المقبلة.';
const hindi = 'बचावकर्मी तटीय इलाकों में लापता लोगों की तलाश जारी रखे हुए हैं।\n\nमौसम विभाग ने आने वाले दिनों में और बारिश की चेतावनी दी है।';
const russian = 'Спасатели продолжают поиски пропавших в прибрежных районах.\n\nСиноптики обещают новые дожди в ближайшие дни.';
const polish = 'Ratownicy kontynuują poszukiwania zaginionych w rejonach przybrzeżnych.\n\nSynoptycy zapowiadają kolejne opady w najbliższych dniach.';
const persian = 'امدادگران جستجو برای یافتن مفقودان را در مناطق ساحلی ادامه می‌دهند.\n\nهواشناسی بارش بیشتری را برای روزهای آینده پیش‌بینی کرده است.';

test('a number word of Urdu, Arabic, Hindi, Persian, Russian and Polish replaced by another is a changed figure', t => {
	t.deepEqual(sentenceFacts('حکام نے بتایا کہ پیر کو طوفان سے نو افراد ہلاک ہو گئے۔', 'حکام نے بتایا کہ پیر کو طوفان سے سات افراد ہلاک ہو گئے۔', urdu, 'ur'), ['نو→سات (number)']);
	t.deepEqual(sentenceFacts('قال المسؤولون إن العاصفة قتلت تسعة أشخاص في المدينة.', 'قال المسؤولون إن العاصفة قتلت سبعة أشخاص في المدينة.', arabic, 'ar'), ['تسعة→سبعة (number)']);
	// Devanagari writes a vowel after its consonant as a combining mark: "नौ" is one word.
	t.deepEqual(sentenceFacts('अधिकारियों ने बताया कि तूफान में नौ लोगों की मौत हो गई।', 'अधिकारियों ने बताया कि तूफान में सात लोगों की मौत हो गई।', hindi, 'hi'), ['नौ→सात (number)']);
	t.deepEqual(sentenceFacts('مقامات گفتند طوفان هفت نفر را در شهر کشت.', 'مقامات گفتند طوفان هشت نفر را در شهر کشت.', persian, 'fa'), ['هفت→هشت (number)']);
	// Declined: the genitive after "жизни", the locative after "o".
	t.deepEqual(sentenceFacts('Шторм унес жизни девяти человек в понедельник.', 'Шторм унес жизни семи человек в понедельник.', russian, 'ru'), ['девяти→семи (number)']);
	t.deepEqual(sentenceFacts('Policja poinformowała o dziewięciu ofiarach burzy.', 'Policja poinformowała o siedmiu ofiarach burzy.', polish, 'pl'), ['dziewięciu→siedmiu (number)']);
});

test('a number word equals the figure in digits on the other side, in a language without Latin script too', t => {
	// "9 wickets" / "nine wickets": one figure; "8" / "seven": a changed one.
	t.deepEqual(sentenceFacts('ٹیم نے 9 وکٹوں پر 101 رنز بنائے۔', 'ٹیم نے نو وکٹوں پر 101 رنز بنائے۔', urdu, 'ur'), []);
	t.deepEqual(sentenceFacts('ٹیم نے 8 وکٹوں پر 101 رنز بنائے۔', 'ٹیم نے سات وکٹوں پر 101 رنز بنائے۔', urdu, 'ur'), ['8→سات (number)']);
	t.deepEqual(sentenceFacts('Шторм унес жизни 9 человек в понедельник.', 'Шторм унес жизни девяти человек в понедельник.', russian, 'ru'), []);
	// A count times hundred: "दो सौ" is 200.
	t.deepEqual(sentenceFacts('अधिकारियों ने बताया कि तूफान में 200 घर नष्ट हो गए।', 'अधिकारियों ने बताया कि तूफान में दो सौ घर नष्ट हो गए।', hindi, 'hi'), []);
});

test('a word that is also a common word of its language is no number word there', t => {
	// Persian "نه" is nine and "no"; Urdu "اسی" eighty and "that very", "سو" hundred and "sleep"; "ایک", "एक", "یک" also "a".
	t.false(numberWordsFor('fa').has('نه'));
	t.false(numberWordsFor('ur').has('اسی'));
	t.false(numberWordsFor('ur').has('سو'));
	for (const [language, one] of [['ur', 'ایک'], ['hi', 'एक'], ['fa', 'یک']] as const) t.false(numberWordsFor(language).has(one), language);
	// Each table maps to plain values.
	for (const language of ['ur', 'ar', 'hi', 'fa', 'ru', 'uk', 'pl']) for (const [word, key] of numberWordsFor(language)) t.regex(key, /^[=×]\d+(?:\.\d+)?$/u, `${language} ${word}`);
});

const english = 'The regional government published its weekly report on the situation in the northern provinces.\n\nAid agencies said they were preparing for further deliveries in the coming days.';
const german = 'Die Landesregierung veröffentlichte am Morgen ihren wöchentlichen Bericht über die Lage im Norden.\n\nHilfsorganisationen bereiten nach eigenen Angaben weitere Lieferungen vor.';

test('a vague amount by its scale ("dozens", "scores of") and a verb that multiplies ("halved", "doubled") are figures (breaker12 K12)', t => {
	t.deepEqual(sentenceFacts('Dozens of people were evacuated from the area, the police said.', 'Hundreds of people were evacuated from the area, the police said.', english, 'en'), ['Dozens→Hundreds (number)']);
	t.deepEqual(sentenceFacts('Scores of people were evacuated from the area, the police said.', 'Thousands of people were evacuated from the area, the police said.', english, 'en'), ['Scores→Thousands (number)']);
	t.deepEqual(sentenceFacts('The company halved its profit forecast last year, the report said.', 'The company doubled its profit forecast last year, the report said.', english, 'en'), ['halved→doubled (number)']);
	t.deepEqual(sentenceFacts('Sales have quadrupled since 2020, the report said on Monday.', 'Sales have doubled since 2020, the report said on Monday.', english, 'en'), ['quadrupled→doubled (number)']);
	t.deepEqual(sentenceFacts('Der Umsatz hat sich seit 2020 verdoppelt, hieß es im Bericht.', 'Der Umsatz hat sich seit 2020 verdreifacht, hieß es im Bericht.', german, 'de'), ['verdoppelt→verdreifacht (number)']);
	// A factor is no count: "doubled" is not the "2" of the other side, and one only dropped or added is rewording.
	t.deepEqual(sentenceFacts('The company doubled its profit last year, the report said.', 'The company raised its profit last year, the report said.', english, 'en'), []);
	// "scores" counts only before "of": test scores are no twenty.
	t.deepEqual(sentenceFacts('The test scores of 12 pupils rose, the report said.', 'The test results of 12 pupils rose, the report said.', english, 'en'), []);
	t.is(numberWordsFor('en').get('doubled'), '×2');
});


const article = (sentence: string) => `Officials gave an update\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
const between = (a: string, b: string) => {
	const comparison = compareTexts(article(a), article(b), {language: 'en'});
	return {facts: comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), relation: comparison.relation};
};

test('ordinal words past "twelfth" are figures by their rank: "nineteenth century" → "eighteenth century" is a changed figure (breaker12 K41)', t => {
	t.deepEqual(between('The tower was built in the nineteenth century, historians said.', 'The tower was built in the eighteenth century, historians said.'), {facts: ['number:nineteenth→eighteenth'], relation: 'edited'});
	t.deepEqual(between('It was the company\'s twentieth anniversary, the chairman said.', 'It was the company\'s thirtieth anniversary, the chairman said.').facts, ['number:twentieth→thirtieth']);
	t.deepEqual(between('It was the company\'s twenty-first anniversary, the chairman said.', 'It was the company\'s twenty-second anniversary, the chairman said.').facts, ['number:twenty-first→twenty-second']);
	t.deepEqual(between('It was the company\'s twenty-first anniversary, the chairman said.', 'It was the company\'s 21st anniversary, the chairman said.').facts, []);
});

test('the ordinals of the teens and tens are keyed by rank in English, German, French and Dutch', t => {
	t.is(numberWordsFor('en').get('nineteenth'), '=19');
	t.is(numberWordsFor('en').get('ninetieth'), '=90');
	t.is(numberWordsFor('de').get('neunzehnten'), '=19');
	t.is(numberWordsFor('fr').get('seizième'), '=16');
	t.is(numberWordsFor('nl').get('negentiende'), '=19');
	t.is(numberWordsFor('it').get('nineteenth'), '=19');
});

test('homographs of number words are not read as numbers: Russian "семью" (family), "одни"; Urdu "نو منتخب" (newly elected) (review12 R18, R19); Persian "ده", "شش", "سی" are (a death toll: review13 R14)', t => {
	t.deepEqual(sentenceFacts('Он перевёз семью в Москву в прошлом году.', 'Он перевёз пять человек в Москву в прошлом году.', russian, 'ru'), []);
	t.false(numberWordsFor('ru').has('семью'));
	t.false(numberWordsFor('ru').has('одни'));
	t.deepEqual(sentenceFacts('اسمبلی کے نو منتخب ارکان نے آج حلف اٹھایا۔', 'اسمبلی کے دس منتخب ارکان نے آج حلف اٹھایا۔', urdu, 'ur'), []);
	for (const word of ['ده', 'شش', 'سی']) t.true(numberWordsFor('fa').has(word), word);
	// The numerals themselves are still read: "نو افراد" is nine people, "семи" seven.
	t.deepEqual(sentenceFacts('حکام نے بتایا کہ پیر کو طوفان سے نو افراد ہلاک ہو گئے۔', 'حکام نے بتایا کہ پیر کو طوفان سے سات افراد ہلاک ہو گئے۔', urdu, 'ur'), ['نو→سات (number)']);
	t.true(numberWordsFor('ru').has('семи'));
});

test('a vague amount is never the exact figure of its scale: "killed 12" → "killed dozens" is a changed figure (breaker12b L25)', t => {
	t.deepEqual(sentenceFacts('A bomb killed 12 people in the market, the police said.', 'A bomb killed dozens of people in the market, the police said.', english, 'en'), ['12→dozens (number)']);
	t.deepEqual(sentenceFacts('A fire destroyed 100 homes in the town, the police said.', 'A fire destroyed hundreds of homes in the town, the police said.', english, 'en'), ['100→hundreds (number)']);
	t.deepEqual(sentenceFacts('Dozens of people were evacuated from the area, the police said.', 'Dozens of people were moved from the area, the police said.', english, 'en'), []);
});

test('number words of Swedish, Danish, Czech and Finnish are read: "tolv" → "tjugo" is 12 → 20, "tolv" / "12" one figure (breaker13 M34)', t => {
	const figures = (before: string, after: string, language: string) => articleFacts(before, after, language).facts;
	t.deepEqual(figures('I branden omkom tolv arbetare på tisdagen, meddelade räddningstjänsten.', 'I branden omkom tjugo arbetare på tisdagen, meddelade räddningstjänsten.', 'sv'), ['number: tolv → tjugo']);
	t.deepEqual(figures('Ved branden omkom tolv arbejdere tirsdag, oplyste brandvæsenet.', 'Ved branden omkom tyve arbejdere tirsdag, oplyste brandvæsenet.', 'da'), ['number: tolv → tyve']);
	t.deepEqual(figures('Při požáru v úterý zahynulo dvanáct dělníků, uvedli hasiči.', 'Při požáru v úterý zahynulo dvacet dělníků, uvedli hasiči.', 'cs'), ['number: dvanáct → dvacet']);
	t.deepEqual(figures('Tulipalossa kuoli tiistaina kaksitoista työntekijää, palokunta kertoi.', 'Tulipalossa kuoli tiistaina kaksikymmentä työntekijää, palokunta kertoi.', 'fi'), ['number: kaksitoista → kaksikymmentä']);
	t.deepEqual(figures('I branden omkom tolv arbetare på tisdagen, meddelade räddningstjänsten.', 'I branden omkom 12 arbetare på tisdagen, meddelade räddningstjänsten.', 'sv'), []);
	// The indefinite article is no "one".
	t.deepEqual(figures('I branden omkom en arbetare på tisdagen, meddelade räddningstjänsten.', 'I branden omkom ett par arbetare på tisdagen, meddelade räddningstjänsten.', 'sv'), []);
});

test('the number words of a sentence with no hyphen, "half" or "quarter" are read without trying the patterns that need one, and the same where they are there', t => {
	// Counts matchAll calls with the patterns for halves, parts of a period and hyphened numbers (their flags are `giu`).
	const real = String.prototype.matchAll;
	let tried = 0;
	String.prototype.matchAll = function (this: string, pattern: RegExp) {
		if (pattern.flags === 'giu' && /half|quarter|twenty/.test(pattern.source)) tried++;
		return real.call(this, pattern);
	} as typeof real;
	const frame = 'Rescue workers searched the coast on Monday.\n\nMore rain is expected this week.';
	try {
		t.deepEqual(sentenceFacts('Officials said six people died in the storm.', 'Officials said seven people died in the storm.', frame, 'en'), ['six→seven (number)']);
		t.is(tried, 0);
		t.deepEqual(sentenceFacts('Officials said twenty-one people died in the first half.', 'Officials said twenty-two people died in the first half.', frame, 'en'), ['twenty-one→twenty-two (number)']);
		t.true(tried > 0);
	} finally {
		String.prototype.matchAll = real;
	}
});
