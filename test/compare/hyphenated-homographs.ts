import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {hyphenChangesWord} from '../../source/compare/hyphenated-homographs.js';

const lead = 'The regional council met in the town hall for its monthly session, officials said on the record.';
const compare = (left: string, right: string) => compareTexts(`${lead}\n\n${left}`, `${lead}\n\n${right}`);

test('a hyphen that makes another word is no spelling: "re-sign" / "resign" is a change (breaker13 M14, breaker13b N46)', t => {
	for (const [hyphenated, closed] of [['re-sign', 'resign'], ['re-form', 'reform'], ['re-press', 'repress'], ['re-treat', 'retreat'], ['re-cover', 'recover'], ['re-fuse', 'refuse'], ['re-pair', 'repair'], ['re-strain', 'restrain'], ['re-cede', 'recede']]) {
		const comparison = compare(`The club said its captain had agreed to ${hyphenated} on Monday after weeks of talks.`, `The club said its captain had agreed to ${closed} on Monday after weeks of talks.`);
		t.not(comparison.relation, 'identical', hyphenated);
		t.is(comparison.changes, 1, hyphenated);
	}
});

test('other hyphens inside or breaking a word stay spelling: "e-mail" / "email", a word broken at a line end', t => {
	t.is(compare('He sent an e-mail to the council.', 'He sent an email to the council.').relation, 'identical');
	t.is(compare('The factory work-\ners went home early.', 'The factory workers went home early.').relation, 'identical');
	t.is(compare('The firms co-operate on safety.', 'The firms cooperate on safety.').relation, 'identical');
	t.false(hyphenChangesWord('email'));
	t.true(hyphenChangesWord('resign'));
});
