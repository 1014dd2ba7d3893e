import {readdirSync, readFileSync} from 'node:fs';
import test from 'ava';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import type {AnalyzedArticle, Article} from '../../source/corpus/article.js';
import {factLines} from '../../source/render/facts.js';

const seeds = new URL('../../corpus/', import.meta.url);
const seed = readFileSync(new URL(readdirSync(seeds).find(name => name.startsWith('000_'))!, seeds), 'utf8');
const source = (name: string, text: string): Article => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});
const compared = (a: string, b: string) => {
	const [left, right] = analyzeArticles([source('a.txt', a), source('b.txt', b)]) as [AnalyzedArticle, AnalyzedArticle];
	return compareArticles(left, right);
};

test('a changed dateline is a changed date, though the line is left out of the compared text: not identical', t => {
	t.regex(seed, /^December 08, 2024$/m);
	const comparison = compared(seed, seed.replace('December 08, 2024', 'December 08, 2023'));
	// A day with its year is one date (figures.ts): shown whole, as a reader checks it.
	t.deepEqual(comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}:${fact.metadata}`), ['date:December 08, 2024→December 08, 2023:date']);
	t.is(comparison.relation, 'verbatim');
	t.is(comparison.changes, 1);
	t.is(comparison.rows[comparison.facts![0]!.row]!.kind, 'boilerplate');
	t.deepEqual(factLines(comparison.facts), ['facts changed: December 08, 2024 → December 08, 2023 (dateline)']);
	// The day changed: shown with its month and year.
	t.deepEqual(compared(seed, seed.replace('December 08, 2024', 'December 09, 2024')).facts!.map(fact => `${fact.left}→${fact.right}`), ['December 08, 2024→December 09, 2024']);
	// The same day in another notation is no change.
	t.is(compared(seed, seed.replace('December 08, 2024', '2024-12-08')).relation, 'identical');
});

test('datelines that agree, and chrome that differs, leave an identical pair identical', t => {
	t.is(compared(seed, seed).relation, 'identical');
	const other = seed.replace("Russia Says 'Terrorist Group' Cannot Be Allowed To Run Syria", 'Kremlin Names 3 Envoys For 2025 Talks');
	t.not(other, seed);
	const chrome = compared(seed, other);
	t.deepEqual(chrome.facts, []);
	t.is(chrome.relation, 'identical');
});

const wire = (dateline: string) =>
	`Bus crash kills six in Belgium\n\n${dateline}\n\nSix people were killed and eleven injured on Monday when a bus crashed into a wall near the town of Leuven, police said.\n\nThe bus, carrying twenty-four passengers, left Brussels at 7 a.m. and was heading to Ghent, a spokesman for the operator De Lijn said.\n\nEmergency services arrived within fifteen minutes, the regional governor told reporters. Three of the injured were in a serious condition.\n\nIt was the worst road accident in the region since 2015, according to official figures.\n`;

test('an agency dateline on its own line (place, date, agency) is metadata, not a credited caption: its changed date, place or agency is a dateline fact', t => {
	const facts = (a: string, b: string) => {
		const comparison = compared(wire(a), wire(b));
		return {relation: comparison.relation, facts: factLines(comparison.facts)};
	};
	t.deepEqual(facts('BRUSSELS, March 3, 2025 (Reuters)', 'BRUSSELS, March 3, 2024 (Reuters)'), {relation: 'verbatim', facts: ['facts changed: March 3, 2025 → March 3, 2024 (dateline)']});
	t.deepEqual(facts('BRUSSELS, March 3 (Reuters) -', 'BRUSSELS, March 4 (Reuters) -'), {relation: 'verbatim', facts: ['facts changed: March 3 → March 4 (dateline)']});
	t.deepEqual(facts('LEUVEN, Belgium (AP) —', 'GHENT, Belgium (AP) —'), {relation: 'verbatim', facts: ['facts changed: LEUVEN → GHENT (dateline)']});
	t.deepEqual(facts('BRUSSELS (Reuters) -', 'Brussels (AFP) -'), {relation: 'verbatim', facts: ['facts changed: Reuters → AFP (dateline)']});
	t.deepEqual(facts('BRUSSELS, March 3 (Reuters) -', 'BRUSSELS, March 3 (Reuters) -'), {relation: 'identical', facts: []});
	const [article] = analyzeArticles([source('a.txt', wire('BRUSSELS, March 3, 2025 (Reuters)'))]) as [AnalyzedArticle];
	const line = article.labels.lines.find(label => label.n === 3)!;
	t.like(line, {kind: 'metadata', metadata: 'dateline'});
	t.is(article.labels.meta.date, 'BRUSSELS, March 3, 2025 (Reuters)');
});
