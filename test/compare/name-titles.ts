import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {titleAbbreviations, withFullTitles} from '../../source/compare/name-titles.js';

const lead = 'The council met on Tuesday to discuss the budget. The meeting lasted four hours.';
const names = (a: string, b: string): string[] => (compareTexts(`${lead} ${a}`, `${lead} ${b}`).facts ?? []).filter(fact => fact.kind === 'name').map(fact => `${fact.left}→${fact.right}`);

test('an abbreviated title spelled out is the same name: "Gov." / "Governor", "Sen.", "Rep.", "Lt. Col.", "Prof.", "Gen.", "St." (breaker12b L12)', t => {
	t.deepEqual(names('Gov. Gavin Newsom signed the bill.', 'Governor Gavin Newsom signed the bill.'), []);
	t.deepEqual(names('Sen. Elizabeth Warren said the talks would continue.', 'Senator Elizabeth Warren said the talks would continue.'), []);
	t.deepEqual(names('Rep. Nancy Pelosi signed the letter.', 'Representative Nancy Pelosi signed the letter.'), []);
	t.deepEqual(names('Lt. Col. John Smith led the unit.', 'Lieutenant Colonel John Smith led the unit.'), []);
	t.deepEqual(names('Prof. Ana Ruiz led the study.', 'Professor Ana Ruiz led the study.'), []);
	t.deepEqual(names('Gen. Mark Milley spoke to reporters.', 'General Mark Milley spoke to reporters.'), []);
	t.deepEqual(names('The tour visited St. Petersburg in May.', 'The tour visited Saint Petersburg in May.'), []);
	// Another title, or another person, is still a changed name.
	t.deepEqual(names('Sen. Elizabeth Warren said the talks would continue.', 'Rep. Elizabeth Warren said the talks would continue.'), ['Sen Elizabeth Warren→Rep Elizabeth Warren']);
	t.deepEqual(names('Prof. Ana Ruiz led the study.', 'Prof. Ana Diaz led the study.'), ['Ana Ruiz→Ana Diaz']);
});

test('withFullTitles spells out every abbreviated title word of a key and leaves other words', t => {
	t.is(withFullTitles('lt col john smith'), 'lieutenant colonel john smith');
	t.is(withFullTitles('stone gentry'), 'stone gentry');
	for (const [abbreviation, full] of titleAbbreviations) t.is(withFullTitles(`${abbreviation} smith`), `${full} smith`);
});
