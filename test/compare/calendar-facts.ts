import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {calendarKey} from '../../source/compare/figures.js';
import {weekdayCases} from '../../source/text/weekday-cases.js';

/** A short article with `sentence` as its second paragraph, in the words of `frame` (title, first and last paragraph). */
const framed = (frame: readonly [string, string, string], sentence: string) => `${frame[0]}\n\n${frame[1]}\n\n${sentence}\n\n${frame[2]}\n`;

const between = (frame: readonly [string, string, string], language: string, a: string, b: string) => {
	const comparison = compareTexts(framed(frame, a), framed(frame, b), {language});
	return {facts: comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), relation: comparison.relation};
};

const portuguese = ['Cheias na região', 'O governo regional publicou esta manhã o seu relatório semanal sobre a situação nas províncias do norte.', 'As equipas de socorro disseram que se preparam para novas entregas nos próximos dias e semanas.'] as const;
const polish = ['Powódź w regionie', 'Władze regionu opublikowały dziś rano cotygodniowy raport o sytuacji w północnych prowincjach kraju.', 'Organizacje pomocowe poinformowały, że przygotowują się do kolejnych dostaw w najbliższych dniach.'] as const;
const czech = ['Povodně v regionu', 'Krajská vláda dnes ráno zveřejnila svou týdenní zprávu o situaci v severních provinciích země.', 'Humanitární organizace uvedly, že se připravují na další dodávky v nadcházejících dnech a týdnech.'] as const;

test('a Portuguese weekday written with "-feira" is a date (breaker12 K22); its first part alone is no weekday key (review R10)', t => {
	t.deepEqual(between(portuguese, 'pt', 'O ministro confirmou a sua demissão na terça-feira, disse o governo.', 'O ministro confirmou a sua demissão na quarta-feira, disse o governo.'), {facts: ['date:terça-feira→quarta-feira'], relation: 'edited'});
	t.deepEqual(between(portuguese, 'pt', 'O ministro demitiu-se na segunda-feira, disse o governo.', 'O ministro demitiu-se na sexta-feira, disse o governo.').facts, ['date:segunda-feira→sexta-feira']);
	t.is(calendarKey('quinta-feira', 'pt'), 'weekday:4');
	// The first part alone is an ordinal as often ("a segunda vez", "a quinta maior"): not keyed as the weekday (review R10).
	t.not(calendarKey('quinta', 'pt'), 'weekday:4');
	t.deepEqual(between(portuguese, 'pt', 'Foi a segunda vez que o presidente visitou a cidade este ano, disse o governo.', 'Foi a terceira vez que o presidente visitou a cidade este ano, disse o governo.').facts.filter(fact => fact.startsWith('date:')), []);
});

test('a Portuguese weekday written with its ordinal ("3ª feira", "3ª-feira") is that weekday: terça-feira / 3ª feira is no fact (breaker12b L18)', t => {
	t.deepEqual(between(portuguese, 'pt', 'O governo anunciou o plano na terça-feira, disse o ministro.', 'O governo anunciou o plano na 3ª feira, disse o ministro.').facts, []);
	t.deepEqual(between(portuguese, 'pt', 'O governo anunciou o plano na segunda-feira, disse o ministro.', 'O governo anunciou o plano na 2ª-feira, disse o ministro.').facts, []);
	t.deepEqual(between(portuguese, 'pt', 'O governo anunciou o plano na terça-feira, disse o ministro.', 'O governo anunciou o plano na 4ª-feira, disse o ministro.').facts, ['date:terça-feira→4ª-feira']);
});

test('a Polish or Czech weekday in the case a date takes ("w środę", "ve středu") is a date, and a copy changing it is edited (breaker12 K22)', t => {
	t.deepEqual(between(polish, 'pl', 'Minister potwierdził swoją dymisję we wtorek, podał rząd.', 'Minister potwierdził swoją dymisję w środę, podał rząd.'), {facts: ['date:wtorek→środę'], relation: 'edited'});
	t.deepEqual(between(polish, 'pl', 'Minister potwierdził swoją dymisję w niedzielę, podał rząd.', 'Minister potwierdził swoją dymisję w sobotę, podał rząd.').facts, ['date:niedzielę→sobotę']);
	t.deepEqual(between(polish, 'pl', 'Sklepy będą zamknięte do środy, podał rząd.', 'Sklepy będą zamknięte do piątku, podał rząd.').facts, ['date:środy→piątku']);
	t.deepEqual(between(czech, 'cs', 'Ministr potvrdil svou rezignaci ve středu, uvedla vláda.', 'Ministr potvrdil svou rezignaci v sobotu, uvedla vláda.').facts, ['date:středu→sobotu']);
	t.is(calendarKey('środę', 'pl'), 'weekday:3');
	t.is(calendarKey('neděli', 'cs'), 'weekday:7');
});

test('every inflected weekday form names one day, and no form is another language\'s nominative of another day', t => {
	for (const language of ['pl', 'cs', 'sk', 'hr', 'sl', 'sr-Latn', 'bs']) {
		const forms = weekdayCases(language);
		t.true(forms.length >= 7, language);
		const seen = new Map<string, number>();
		for (const [form, day] of forms) {
			t.regex(form, /^\p{Ll}+$/u);
			t.true(day >= 1 && day <= 7);
			t.true(!seen.has(form) || seen.get(form) === day, `${language} ${form}`);
			seen.set(form, day);
		}
	}
	t.deepEqual(weekdayCases('de'), []);
});

test('a date dropped with its preposition for other words, the sentence kept, is a changed date: the copy is edited, not verbatim (breaker12 K22)', t => {
	const english = ['Officials gave an update', 'The regional government published its weekly report on the situation in the northern provinces this morning.', 'Aid agencies said they were preparing for further deliveries in the coming days and weeks ahead.'] as const;
	t.deepEqual(between(english, 'en', 'The minister confirmed his resignation on Tuesday, officials said.', 'The minister confirmed his resignation in writing, officials said.'), {facts: ['date:Tuesday→null'], relation: 'edited'});
});
