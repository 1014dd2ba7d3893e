import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import {negationFacts, negatorCount} from '../../source/compare/polarity.js';

const article = (sentence: string) =>
	[
		'Leeds plant to close with loss of hundreds of jobs',
		'The company said that it would cut jobs at its plant in Leeds, where it employs hundreds of workers, and that the decision was final.',
		sentence,
		'Union leaders said they would fight the closure and called on the government to step in before the end of the year.',
	].join('\n\n');

const negations = (before: string, after: string, language?: string) => {
	const result = compareTexts(article(before), article(after), {language});
	return {facts: (result.facts ?? []).filter(fact => fact.kind === 'negation').map(fact => `${fact.left} → ${fact.right}`), relation: result.relation};
};

test('a paired sentence that gains or loses a negator is a negation fact, and the copy is edited, not verbatim (breaker11 J2)', t => {
	t.deepEqual(negations('The court found him guilty on Monday.', 'The court found him not guilty on Monday.'), {facts: ['found him guilty → found him not guilty'], relation: 'edited'});
	t.deepEqual(negations('The minister resigned on Monday.', 'The minister did not resign on Monday.').facts, ['The minister resigned on → The minister did not resign on']);
	t.deepEqual(negations('He said he would come to the meeting.', "He said he wouldn't come to the meeting.").facts, ["said he would come → said he wouldn't come"]);
	t.deepEqual(negations('Das Gericht sprach ihn am Montag schuldig.', 'Das Gericht sprach ihn am Montag nicht schuldig.', 'de').facts, ['am Montag schuldig → am Montag nicht schuldig']);
	// Removed as well as added.
	t.deepEqual(negations('The court found him not guilty on Monday.', 'The court found him guilty on Monday.').facts, ['found him not guilty → found him guilty']);
});

test('a negator moved or replaced by another is rewording, no negation fact', t => {
	t.deepEqual(negations('The minister did not resign on Monday.', 'The minister never resigned on Monday.'), {facts: [], relation: 'verbatim'});
	t.deepEqual(negations('Police arrested the owner on Monday.', 'Police released the owner on Monday.').facts, []);
	t.deepEqual(negations('The court found him guilty on Monday.', 'The court found him guilty on Monday.').facts, []);
});

test('negatorCount: negators of the language, English "-n\'t", French "n\'"; a word that only contains one is none', t => {
	t.is(negatorCount("He didn't say no, and never will.", 'en'), 3);
	t.is(negatorCount('Il n’est pas venu.', 'fr'), 2);
	t.is(negatorCount('Er kam nicht, keiner kam.', 'de'), 2);
	t.is(negatorCount('Nothingness is a notion, not a note.', 'en'), 1);
	t.is(negatorCount('Nobody came.', 'xx'), 1);
});

test('property: negation facts are the same in either order, sides swapped', t => {
	const words = ['the', 'court', 'found', 'him', 'guilty', 'not', 'on', 'Monday', 'never', 'said'];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...words), {minLength: 4, maxLength: 10}), fc.nat(10), (sentence, at) => {
			const before = `${sentence.join(' ')}.`;
			const after = `${[...sentence.slice(0, at % sentence.length), 'not', ...sentence.slice(at % sentence.length)].join(' ')}.`;
			const forward = compareTexts(article(before), article(after));
			const backward = compareTexts(article(after), article(before));
			const kinds = (facts: typeof forward.facts) => (facts ?? []).filter(fact => fact.kind === 'negation').map(fact => `${fact.left}|${fact.right}`);
			const swapped = kinds(backward.facts).map(pair => pair.split('|').reverse().join('|'));
			return JSON.stringify(kinds(forward.facts)) === JSON.stringify(swapped);
		}),
		{numRuns: 60},
	);
	t.pass();
});

test('negationFacts reads paired rows only: a removed or added sentence is none', t => {
	const result = compareTexts(article('The court found him guilty on Monday.'), article('Nobody was there at all, not one reporter, on a cold night in the north.'));
	t.deepEqual(negationFacts(article('a'), article('b'), result.rows.filter(row => !row.left || !row.right)), []);
});

test('a figure whose bound turned another way is a changed figure: "at least 12" → "at most 12" (breaker11 J2)', t => {
	const numbers = (before: string, after: string) => {
		const result = compareTexts(article(before), article(after));
		return {facts: (result.facts ?? []).filter(fact => fact.kind === 'number').map(fact => `${fact.left} → ${fact.right}`), relation: result.relation};
	};
	t.deepEqual(numbers('The fire killed at least 12 people.', 'The fire killed at most 12 people.'), {facts: ['at least 12 → at most 12'], relation: 'edited'});
	t.deepEqual(numbers('The fire killed more than 12 people.', 'The fire killed fewer than 12 people.').facts, ['more than 12 → fewer than 12']);
	t.deepEqual(numbers('Die Polizei nahm mindestens 12 Personen fest.', 'Die Polizei nahm höchstens 12 Personen fest.').facts, ['mindestens 12 → höchstens 12']);
	// Bounds that point the same way, "about" against either, or one side with none, are rewording.
	t.deepEqual(numbers('The fire killed about 12 people.', 'The fire killed up to 12 people.').facts, []);
	t.deepEqual(numbers('The fire killed about 12 people.', 'The fire killed around 12 people.'), {facts: [], relation: 'verbatim'});
	t.deepEqual(numbers('The fire killed more than 12 people.', 'The fire killed over 12 people.').facts, []);
	t.deepEqual(numbers('Police said over 12 people died.', 'Police said 12 people died.').facts, []);
});

test('a figure "nearly" reached is below it: "nearly 40" → "over 40" is a changed figure, "nearly 40" → "under 40" is not (breaker12 K14)', t => {
	const numbers = (before: string, after: string) => (compareTexts(article(before), article(after)).facts ?? []).filter(fact => fact.kind === 'number').map(fact => `${fact.left} → ${fact.right}`);
	t.deepEqual(numbers('Nearly 40 people backed the plan at the meeting.', 'Over 40 people backed the plan at the meeting.'), ['Nearly 40 → Over 40']);
	t.deepEqual(numbers('Almost 40 people backed the plan at the meeting.', 'More than 40 people backed the plan at the meeting.'), ['Almost 40 → More than 40']);
	t.deepEqual(numbers('Die Polizei nahm knapp 40 Personen fest.', 'Die Polizei nahm mehr als 40 Personen fest.'), ['knapp 40 → mehr als 40']);
	// Below alike, or about (either side) against any: rewording.
	t.deepEqual(numbers('Nearly 40 people backed the plan at the meeting.', 'Under 40 people backed the plan at the meeting.'), []);
	t.deepEqual(numbers('Around 40 people backed the plan at the meeting.', 'Almost 40 people backed the plan at the meeting.'), []);
	t.deepEqual(numbers('Around 40 people backed the plan at the meeting.', 'Over 40 people backed the plan at the meeting.'), []);
});

test('a measure inside a hyphenated compound is the figure\'s unit: "12-year-old" → "12-week-old" is a changed figure (breaker12 K14)', t => {
	const numbers = (before: string, after: string) => (compareTexts(article(before), article(after)).facts ?? []).filter(fact => fact.kind === 'number').map(fact => `${fact.left} → ${fact.right}`);
	t.deepEqual(numbers('A 12-year-old boy was injured in the blast on Monday.', 'A 12-week-old boy was injured in the blast on Monday.'), ['12-year-old → 12-week-old']);
	t.deepEqual(numbers('A 12-year-old boy was injured in the blast on Monday.', 'A boy aged 12 years was injured in the blast on Monday.'), []);
});

test('a paired sentence, reworded, that drops a name and gains another is at most edited: who said it changed (breaker11 J13)', t => {
	const result = compareTexts(article('Chief executive John Smith said the plant was no longer viable.'), article('The plant was no longer viable, according to chief executive Paul Jones.'));
	// Both are the sentence's speaker: one replaced by the other (twelfth session; was "John Smith → null", "null → Paul Jones").
	t.deepEqual((result.facts ?? []).map(fact => `${fact.left} → ${fact.right}`), ['John Smith → Paul Jones']);
	t.is(result.relation, 'edited');
	const told = compareTexts(article('The plant was no longer viable, said John Smith, the chief executive.'), article('Paul Jones told reporters the plant was no longer viable.'));
	t.deepEqual((told.facts ?? []).map(fact => `${fact.left} → ${fact.right}`), ['John Smith → Paul Jones']);
	// Two names dropped, or a name that is no speaker: no telling which was replaced, each listed alone.
	const two = compareTexts(article('John Smith met Anna Berg in Leeds and said the plant was no longer viable.'), article('The plant was no longer viable, Paul Jones said after a meeting in Leeds.'));
	t.deepEqual((two.facts ?? []).map(fact => `${fact.left} → ${fact.right}`), ['John Smith → null', 'Anna Berg → null', 'null → Paul Jones']);
	const visited = compareTexts(article('The plant, which Anna Berg visited on Monday, was no longer viable.'), article('The plant was no longer viable, according to chief executive Paul Jones.'));
	t.false((visited.facts ?? []).some(fact => fact.left !== null && fact.right !== null), JSON.stringify(visited.facts));
	// Reworded with the same name kept: no cap from it.
	const kept = compareTexts(article('Chief executive John Smith said the plant was no longer viable.'), article('The plant was no longer viable, according to chief executive John Smith.'));
	t.not(kept.relation, 'edited');
});

test('an implicit negative written for a negator says the same: "has yet to comment" / "has not yet commented", "failed to attend" / "did not attend", "did not comment" / "declined to comment" (breaker12 K29)', t => {
	for (const [before, after] of [
		['The Kremlin has yet to comment on the events, officials said.', 'The Kremlin has not yet commented on the events, officials said.'],
		['Police have yet to identify the victims, officials said.', 'Police have not yet identified the victims, officials said.'],
		['The minister failed to attend the meeting, aides said.', 'The minister did not attend the meeting, aides said.'],
		['The company did not comment on the report on Monday.', 'The company declined to comment on the report on Monday.'],
		['The mayor refused to sign the order on Monday.', 'The mayor would not sign the order on Monday.'],
	] as const) {
		t.deepEqual(negations(before, after).facts, [], `${before} / ${after}`);
		t.deepEqual(negations(after, before).facts, [], `${after} / ${before}`);
	}
	// Negated beside one, the statement turns: still a fact.
	t.deepEqual(negations('The minister resigned on Monday.', 'The minister did not resign on Monday.').facts.length, 1);
	t.deepEqual(negations('The minister failed to attend the meeting.', 'The minister did not fail to attend the meeting.').facts.length, 1);
	// "declined" before a figure is a fall, no negative: a negator gained beside it is still one.
	t.is(negatorCount('Shares declined to 5 dollars.', 'en', undefined, true), 0);
	t.is(negatorCount('The company declined to comment.', 'en'), 0);
	t.is(negatorCount('The company declined to comment.', 'en', undefined, true), 1);
});

test('negators of Urdu, Arabic, Hindi, Turkish and other languages with a negating word are read (breaker12 K32)', t => {
	const cases: Array<[string, string[], string, string]> = [
		['ur', ['تط پر طوفان', 'حکام نے بتایا کہ پیر کو طوفان سے بارہ افراد ہلاک ہو گئے۔', 'امدادی کارکن ساحلی علاقوں میں لاپتہ افراد کی تلاش جاری رکھے ہوئے ہیں۔'], 'وزیر نے استعفیٰ دے دیا ہے، ترجمان نے کہا۔', 'وزیر نے استعفیٰ نہیں دیا ہے، ترجمان نے کہا۔'],
		['ar', ['عاصفة على الساحل', 'قال المسؤولون إن العاصفة قتلت أشخاصا يوم الاثنين في المدينة.', 'ويواصل عمال الإنقاذ البحث عن المفقودين في المناطق الساحلية.'], 'وقال المتحدث إن الوزير قدم استقالته.', 'وقال المتحدث إن الوزير لم يقدم استقالته.'],
		['hi', ['तट पर तूफान', 'अधिकारियों ने बताया कि सोमवार को तूफान में कई लोगों की मौत हो गई।', 'बचावकर्मी तटीय इलाकों में लापता लोगों की तलाश जारी रखे हुए हैं।'], 'प्रवक्ता ने कहा कि मंत्री ने इस्तीफा दे दिया है।', 'प्रवक्ता ने कहा कि मंत्री ने इस्तीफा नहीं दिया है।'],
		['tr', ['Kıyıda fırtına', 'Yetkililer pazartesi günü fırtınada birçok kişinin öldüğünü söyledi.', 'Kurtarma ekipleri kıyı bölgelerinde kayıpları aramaya devam ediyor.'], 'Sözcüye göre bakan artık görevde.', 'Sözcüye göre bakan artık görevde değil.'],
		['sv', ['Storm vid kusten', 'Myndigheterna sade på måndag att stormen dödade flera personer i staden.', 'Räddningsarbetare fortsätter att söka efter de saknade längs kusten.'], 'Ministern har avgått, sade talespersonen.', 'Ministern har inte avgått, sade talespersonen.'],
	];
	for (const [language, [title, first, last], before, after] of cases) {
		const text = (middle: string) => [title, first, middle, last].join('\n\n');
		const result = compareTexts(text(before), text(after), {language});
		t.is((result.facts ?? []).filter(fact => fact.kind === 'negation').length, 1, language);
		t.is(result.relation, 'edited', language);
	}
	t.is(negatorCount('وزیر نے استعفیٰ نہیں دیا', 'ur'), 1);
	t.is(negatorCount('Ministern har inte avgått', 'sv'), 1);
});

test('a negator moved from one clause to another turns both: "Smith guilty and Jones not guilty" → "Smith not guilty and Jones guilty" (breaker12 K42)', t => {
	t.deepEqual(negations('The court found Smith guilty and Jones not guilty of fraud on Monday.', 'The court found Smith not guilty and Jones guilty of fraud on Monday.'), {facts: ['found Smith guilty → found Smith not guilty', 'and Jones not guilty → and Jones guilty'], relation: 'edited'});
	t.is(negations('Smith was charged on Monday, but Jones was not charged, police said.', 'Smith was not charged on Monday, but Jones was charged, police said.').facts.length, 2);
	// Reworded around the move ("did not sign" / "signed"), the clauses are not the same words: left to the row's count (review R20).
	// Moved inside one clause, it is rewording still.
	t.deepEqual(negations('He did not say that he would resign on Monday.', 'He said that he would not resign on Monday.').facts, []);
	// Each clause keeps its negator: no change.
	t.deepEqual(negations('Smith did not sign the deal, but Jones signed it on Monday.', 'Smith never signed the deal, but Jones signed it on Monday.').facts, []);
});

test('an outcome reversed by its opposite is a negation fact, and the copy is edited: "confirmed" → "denied", "acquitted" → "convicted" (breaker12 K15)', t => {
	const reversal = (before: string, after: string, language?: string) => negations(before, after, language);
	t.deepEqual(reversal('The ministry confirmed the report on Monday, a spokesman said.', 'The ministry denied the report on Monday, a spokesman said.'), {facts: ['The ministry confirmed the → The ministry denied the'], relation: 'edited'});
	t.deepEqual(reversal('The court acquitted the former minister on Monday.', 'The court convicted the former minister on Monday.').facts, ['The court acquitted the → The court convicted the']);
	t.deepEqual(reversal('Parliament approved the budget on Monday by a wide margin.', 'Parliament rejected the budget on Monday by a wide margin.').facts, ['Parliament approved the → Parliament rejected the']);
	t.deepEqual(reversal('The ruling party won the election in the capital.', 'The ruling party lost the election in the capital.').facts, ['ruling party won the → ruling party lost the']);
	t.deepEqual(reversal('The jury found him guilty of fraud on Tuesday.', 'The jury found him innocent of fraud on Tuesday.').facts, ['found him guilty of → found him innocent of']);
	t.deepEqual(reversal('Das Gericht hat den Minister am Montag freigesprochen.', 'Das Gericht hat den Minister am Montag verurteilt.', 'de').facts, ['am Montag freigesprochen. → am Montag verurteilt.']);
	// Swapped, the same fact mirrored.
	t.deepEqual(reversal('The ministry denied the report on Monday, a spokesman said.', 'The ministry confirmed the report on Monday, a spokesman said.').facts, ['The ministry denied the → The ministry confirmed the']);
	// Another word of the same side, or an outcome only added, is rewording; a negation already found is not listed twice.
	t.deepEqual(reversal('The ruling party won the election in the capital.', 'The ruling party won the vote in the capital.'), {facts: [], relation: 'verbatim'});
	t.deepEqual(reversal('The court acquitted the former minister on Monday.', 'The court acquitted and freed the former minister on Monday.').facts, []);
	t.deepEqual(reversal('The jury found him guilty of fraud on Tuesday.', 'The jury found him not guilty of fraud on Tuesday.').facts, ['found him guilty → found him not guilty']);
});

test('review R1, R20: a fall "declined to a record low" is no negator, and a sentence reordered around its negator is no move across clauses', t => {
	t.deepEqual(negations('Shares declined to a record low and the company did not comment on Monday.', 'Shares fell to a record low and the company never commented on Monday.').facts, []);
	t.is(negatorCount('Shares declined to a record low.', 'en', undefined, true), 0);
	t.deepEqual(negations('Not invited were Smith and Jones, the organisers said on Monday.', 'Smith and Jones were not invited, the organisers said on Monday.').facts, []);
});
