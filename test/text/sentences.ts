import test from 'ava';
import fc from 'fast-check';
import {continuesInto, sentencesOf} from '../../source/text/sentences.js';

const split = (text: string, wrapped = false) => sentencesOf(text, 0, text.length, {wrapped}).map(span => text.slice(span.start, span.end));

test('splits at terminal punctuation and keeps closing quotes with their sentence', t => {
	t.deepEqual(split('He left. "We are fine." She stayed! Why?'), ['He left.', '"We are fine."', 'She stayed!', 'Why?']);
	t.deepEqual(split('“It will be provided.” However, not now.'), ['“It will be provided.”', 'However, not now.']);
});

test('does not split after abbreviations, initials and dotted acronyms', t => {
	t.deepEqual(split('Talks between B. Assad and Mr. Smith ended on Dec. 8 in the U.S. capital.'), [
		'Talks between B. Assad and Mr. Smith ended on Dec. 8 in the U.S. capital.',
	]);
	t.deepEqual(split('It rained. then it stopped.'), ['It rained. then it stopped.']);
	// German scale abbreviations before a currency ("12 Mio. Euro", "3 Mrd. €") end no sentence.
	t.deepEqual(split('Die Stadt zahlte 12 Mio. Euro und 3 Mrd. € dafür.'), ['Die Stadt zahlte 12 Mio. Euro und 3 Mrd. € dafür.']);
});

test('a line without terminal punctuation is its own sentence', t => {
	t.deepEqual(split('Breaking news\nA couple saved from the flames -\nWhat to do this weekend?'), [
		'Breaking news',
		'A couple saved from the flames -',
		'What to do this weekend?',
	]);
});

test('hard-wrapped lines and lower-case continuations are not split', t => {
	t.deepEqual(split('The council voted on Tuesday\nto approve the contract. It was late.', true), [
		'The council voted on Tuesday\nto approve the contract.',
		'It was late.',
	]);
	t.deepEqual(split('The ministry said, adding that\nMoscow was not involved.', true), ['The ministry said, adding that\nMoscow was not involved.']);
	t.deepEqual(split('They said the deal\nwas done.'), ['They said the deal\nwas done.']);
});

test('splits Chinese and Japanese sentences without spaces', t => {
	t.deepEqual(split('市议会通过了合同。市长表示欢迎！'), ['市议会通过了合同。', '市长表示欢迎！']);
	t.deepEqual(split('契約を可決した。市長は述べた。'), ['契約を可決した。', '市長は述べた。']);
});

test('splits Urdu, Arabic, Hindi, Armenian, Amharic and Burmese sentences at their own full stops', t => {
	t.deepEqual(split('وزیراعظم نے اجلاس طلب کیا۔ کیا فیصلہ ہوا؟ اجلاس ختم ہو گیا۔'), ['وزیراعظم نے اجلاس طلب کیا۔', 'کیا فیصلہ ہوا؟', 'اجلاس ختم ہو گیا۔']);
	t.deepEqual(split('سيعقد الاجتماع غدا؟ نعم.'), ['سيعقد الاجتماع غدا؟', 'نعم.']);
	t.deepEqual(split('परिषद ने अनुबंध को मंजूरी दी। महापौर ने स्वागत किया॥'), ['परिषद ने अनुबंध को मंजूरी दी।', 'महापौर ने स्वागत किया॥']);
	t.deepEqual(split('Խորհուրդը հաստատեց պայմանագիրը։ Քաղաքապետը ողջունեց։'), ['Խորհուրդը հաստատեց պայմանագիրը։', 'Քաղաքապետը ողջունեց։']);
	t.deepEqual(split('ምክር ቤቱ ውሉን አጸደቀ። ከንቲባው ተቀበሉ።'), ['ምክር ቤቱ ውሉን አጸደቀ።', 'ከንቲባው ተቀበሉ።']);
	t.deepEqual(split('ကောင်စီက စာချုပ်ကို အတည်ပြုခဲ့သည်။ မြို့တော်ဝန်က ကြိုဆိုခဲ့သည်။'), ['ကောင်စီက စာချုပ်ကို အတည်ပြုခဲ့သည်။', 'မြို့တော်ဝန်က ကြိုဆိုခဲ့သည်။']);
	// A quotation closes with its sentence; no space is needed after the mark.
	t.deepEqual(split('«سيعقد الاجتماع غدا؟» نعم.'), ['«سيعقد الاجتماع غدا؟»', 'نعم.']);
	t.deepEqual(split('اجلاس ختم ہو گیا۔اگلا اجلاس کل ہوگا۔'), ['اجلاس ختم ہو گیا۔', 'اگلا اجلاس کل ہوگا۔']);
	// Between two digits the Urdu full stop is a decimal separator (۱۲۔۵ is 12.5).
	t.deepEqual(split('شرح ۱۲۔۵ فیصد رہی۔ اجلاس ختم ہو گیا۔'), ['شرح ۱۲۔۵ فیصد رہی۔', 'اجلاس ختم ہو گیا۔']);
	t.deepEqual(split('شرح 12۔5 فیصد رہی۔'), ['شرح 12۔5 فیصد رہی۔']);
});

test('property: sentences of any script joined by its own full stop split back into the same sentences', t => {
	// Letters (no sentence marks) of scripts that end sentences with a mark of their own.
	const scripts = [
		{letters: 'ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے', ends: ['۔', '؟'], space: ' '},
		{letters: 'अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह', ends: ['।', '॥'], space: ' '},
		{letters: 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ', ends: ['։'], space: ' '},
		{letters: 'ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ', ends: ['።'], space: ' '},
		{letters: '市议会通过了合同长表示欢迎契約を可決した', ends: ['。', '！', '？'], space: ''},
	];
	const sentence = (letters: string) => fc.array(fc.array(fc.constantFrom(...letters), {minLength: 1, maxLength: 8}).map(word => word.join('')), {minLength: 1, maxLength: 12}).map(words => words.join(' '));
	fc.assert(
		fc.property(
			fc.constantFrom(...scripts).chain(script => fc.tuple(fc.constant(script), fc.array(fc.tuple(sentence(script.letters), fc.constantFrom(...script.ends)), {minLength: 1, maxLength: 8}))),
			([script, sentences]) => {
				const expected = sentences.map(([body, end]) => body + end);
				t.deepEqual(split(expected.join(script.space)), expected);
			},
		),
	);
});

test('overlong runs without punctuation are cut into bounded pieces covering everything', t => {
	const text = 'word '.repeat(1000).trim();
	const spans = sentencesOf(text, 0, text.length);
	t.true(spans.length > 1);
	t.true(spans.every(span => span.end - span.start <= 600));
	t.is(spans.map(span => text.slice(span.start, span.end)).join(' '), text);
});

test('cuts in overlong runs depend on content, so an insertion does not shift every later cut', t => {
	const words = Array.from({length: 3000}, (_, k) => `w${(k * 7919) % 1000}`).join(' ');
	const pieces = (text: string) => sentencesOf(text, 0, text.length).map(span => text.slice(span.start, span.end));
	const before = new Set(pieces(words));
	const after = pieces(`inserted words here ${words}`);
	const kept = after.filter(piece => before.has(piece)).length;
	t.true(kept >= after.length - 3, `${kept} of ${after.length}`);
});

test('a sentence broken across paragraphs continues into the next one', t => {
	const text = (first: string, second: string) => {
		const value = `${first}\n\n${second}`;
		return continuesInto(value, {start: 0, end: first.length}, {start: first.length + 2, end: value.length});
	};
	t.true(text('They said the deal', 'was done.'));
	t.true(text('"He made the decision to resign from the presidency and leave the country," the ministry said, adding that', 'Moscow was not involved.'));
	t.false(text('Rebels take Damascus in swift offensive', 'Islamist-led rebels announced on Sunday.'));
	t.false(text('The ministry said it was not involved.', 'moscow was not involved.'));
});

test('Hindi abbreviations and Devanagari initials end no sentence, as Latin ones do', t => {
	t.deepEqual(split('डॉ. शर्मा ने अस्पताल का दौरा किया. प्रो. वर्मा भी वहां थे.'), ['डॉ. शर्मा ने अस्पताल का दौरा किया.', 'प्रो. वर्मा भी वहां थे.']);
	t.deepEqual(split('ए. पी. जे. अब्दुल कलाम का जन्म 1931 में हुआ था।'), ['ए. पी. जे. अब्दुल कलाम का जन्म 1931 में हुआ था।']);
	t.deepEqual(split('कंपनी का नाम सिटी प्रा. लि. है। उसने रु. 500 दिए।'), ['कंपनी का नाम सिटी प्रा. लि. है।', 'उसने रु. 500 दिए।']);
	// A Devanagari word that is no abbreviation still ends its sentence at a full stop.
	t.deepEqual(split('परिषद ने मंजूरी दी. महापौर ने स्वागत किया.'), ['परिषद ने मंजूरी दी.', 'महापौर ने स्वागत किया.']);
});

test('Armenian with the ASCII colon as its full stop splits, only between Armenian words and before an Armenian capital', t => {
	t.deepEqual(split('Խորհուրդը հաստատեց պայմանագիրը: Քաղաքապետը ողջունեց:'), ['Խորհուրդը հաստատեց պայմանագիրը:', 'Քաղաքապետը ողջունեց:']);
	t.deepEqual(split('Նա ասաց: «Մենք պատրաստ ենք»:'), ['Նա ասաց:', '«Մենք պատրաստ ենք»:']);
	// A colon before a lowercase Armenian word, or in a Latin text, ends nothing.
	t.deepEqual(split('Նա ասաց: մենք պատրաստ ենք:'), ['Նա ասաց: մենք պատրաստ ենք:']);
	t.deepEqual(split('He said: We are ready. The note: Armenia.'), ['He said: We are ready.', 'The note: Armenia.']);
	t.deepEqual(split('Time 10: Երևան'), ['Time 10: Երևան']);
});

test('a scale abbreviated with a stop and a day\'s ordinal stop before a month end no sentence (German "5 Mio. Euro", "am 4. März 2025")', t => {
	// Fresh user E4: the German sentence was cut after "Mio." and after "4.", so the currency and the date fell into another "sentence".
	t.deepEqual(split('Das kostet laut Stadt rund 5 Mio. Euro im Jahr. Der Rat stimmte zu.'), ['Das kostet laut Stadt rund 5 Mio. Euro im Jahr.', 'Der Rat stimmte zu.']);
	t.deepEqual(split('Es geht um 2 Mrd. Dollar und 5 Tsd. Euro. Dann kam die Abstimmung.'), ['Es geht um 2 Mrd. Dollar und 5 Tsd. Euro.', 'Dann kam die Abstimmung.']);
	t.deepEqual(split('Die Sitzung fand am 4. März 2025 im Saal statt. Am 1. September kam der Rat.'), ['Die Sitzung fand am 4. März 2025 im Saal statt.', 'Am 1. September kam der Rat.']);
	// A figure ending a sentence before a capital still ends it.
	t.deepEqual(split('The vote was 52. Then came the count.'), ['The vote was 52.', 'Then came the count.']);
});

test('a dateline\'s place opening a paragraph, one word and its stop, is no sentence of its own: "Berlin. Der Bundestag …" (breaker12 K16)', t => {
	t.deepEqual(split('Berlin. Der Bundestag hat am Freitag das Gesetz beschlossen. Die Opposition klagt.'), ['Berlin. Der Bundestag hat am Freitag das Gesetz beschlossen.', 'Die Opposition klagt.']);
	t.deepEqual(split('Frankfurt/Main. Die Börse schloss am Montag fester.'), ['Frankfurt/Main. Die Börse schloss am Montag fester.']);
	// Not inside a paragraph, not before a line break, not before lower case.
	t.deepEqual(split('Er kam aus Berlin. Der Bundestag tagte.'), ['Er kam aus Berlin.', 'Der Bundestag tagte.']);
	t.deepEqual(split('Berlin.\nDer Bundestag tagte.'), ['Berlin.', 'Der Bundestag tagte.']);
	// A one-word sentence before a short one: two sentences.
	t.deepEqual(split('One. Two. Three, four.'), ['One.', 'Two.', 'Three, four.']);
});
