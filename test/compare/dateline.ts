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
	t.deepEqual(comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}:${fact.metadata}`), ['date:2024→2023:date']);
	t.is(comparison.relation, 'verbatim');
	t.is(comparison.changes, 1);
	t.is(comparison.rows[comparison.facts![0]!.row]!.kind, 'boilerplate');
	t.deepEqual(factLines(comparison.facts), ['facts changed: 2024 → 2023 (dateline)']);
	// The day changed: shown with its month.
	t.deepEqual(compared(seed, seed.replace('December 08, 2024', 'December 09, 2024')).facts!.map(fact => `${fact.left}→${fact.right}`), ['December 08→December 09']);
});

test('datelines that agree, and chrome that differs, leave an identical pair identical', t => {
	t.is(compared(seed, seed).relation, 'identical');
	const other = seed.replace("Russia Says 'Terrorist Group' Cannot Be Allowed To Run Syria", 'Kremlin Names 3 Envoys For 2025 Talks');
	t.not(other, seed);
	const chrome = compared(seed, other);
	t.deepEqual(chrome.facts, []);
	t.is(chrome.relation, 'identical');
});
