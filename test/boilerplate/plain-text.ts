import test from 'ava';
import {labelArticle, ruleStates} from '../../source/boilerplate/classify.js';
import {isPlainDocument} from '../../source/boilerplate/plain-text.js';
import {sentence} from './stories.js';

// A long report typed as plain text (a translation, wire copy): prose, captions of its
// pictures, a closing list of figures and references. No menu, no link, no web chrome.
const report = (): string => {
	const parts: string[] = ['Report on the mountain season 1956', 'WITH NOTES ON THE YEARS BEFORE'];
	for (let k = 0; k < 60; k++) {
		parts.push(sentence(7, k) + ' ' + sentence(8, k));
		if (k % 12 === 5) {
			parts.push(`Plate ${k} - Photo J. Smith`, 'Survey Office, Bern', `North face of the peak (${7000 + k * 13} m)`);
		}
	}

	parts.push('The following peaks had been climbed by the end of the season:');
	for (let k = 1; k <= 8; k++) {
		parts.push(`${k}. Peak ${k}, ${8000 + k * 37} m. Leader A. Person ${k};`, `summit team B. Climber and C. Climber ${k}.`);
	}

	parts.push('Bibliography:', 'A. Author, The mountains of the north. Publisher, Basel 1935.');
	return parts.join('\n');
};

test('a plain text with no trace of a web page keeps every line no rule names', (t) => {
	const text = report();
	const labels = labelArticle(text);
	const lost = labels.lines.filter((line) => line.kind === 'boilerplate' && !['separator line'].includes(line.reason ?? '')).map((line) => `${text.slice(line.span.start, line.span.end)} (${line.reason})`);
	t.deepEqual(lost, []);
});

test('web evidence: link text, web chrome markers, browser traces or a menu make a page dump, a single trace does not', (t) => {
	t.true(isPlainDocument(ruleStates(report()).states));
	t.true(isPlainDocument(ruleStates(`${report()}\n© 2025 The Mountain Review. All rights reserved.`).states), 'one copyright line (wire copy)');
	t.false(isPlainDocument(ruleStates(`Home\nNews\nSport\n\n${report()}\n\n© 2025 The Mountain Review. All rights reserved.`).states));
	t.true(isPlainDocument(ruleStates(`Mountains\nRivers\nValleys\nLakes\nGlaciers\n\n${report()}`).states), 'a list of five short lines alone (a menu, or a list)');
	t.false(isPlainDocument(ruleStates(`Mountains\nRivers\nValleys\nLakes\nGlaciers\n\n${report()}\n\nBerge\nFlüsse\nTäler\nSeen\nGletscher`).states), 'two menus, in any language');
	t.false(isPlainDocument(ruleStates(`[site-logo]\n\n${report()}\n\n[          ] [Search]`).states), 'a text browser\'s image and form field');
	t.false(isPlainDocument(ruleStates(`[1]Home [2]News [3]Sport [4]Contact\n\n${report()}\n\n[5]Privacy [6]Terms [7]About us`).states), 'lynx links');
});
