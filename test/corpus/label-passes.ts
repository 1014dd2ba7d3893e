import test from 'ava';
import fc from 'fast-check';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {boundEvidence} from '../../source/boilerplate/evidence-bound.js';
import {buildSiteEvidence} from '../../source/boilerplate/site-evidence.js';
import type {Article} from '../../source/corpus/article.js';
import {labelInPasses} from '../../source/corpus/label-passes.js';
import {story} from '../boilerplate/stories.js';

const footer = 'The Harbour Gazette is published by the harbour trust and printed in the old town every single morning of the week.';
const menu = 'Home\nNews\nSport\nWeather';
const corpus: Article[] = [1, 2, 3, 4, 5, 6].map(n => ({
	id: `${n}`,
	name: `${n}.txt`,
	path: n <= 3 ? `gazette/${n}.txt` : `other/${n}.txt`,
	text: n <= 3 ? `${menu}\n\n${story(n)}\n\n${footer}\n` : `${story(n)}\n${menu}\n`,
	size: 0,
	warnings: [],
	meta: n === 6 ? {url: 'https://example.org/a'} : {},
}));

/** Labels as the corpus held in memory gives them (what strip did before the passes). */
const inMemory = (articles: Article[]) => {
	const evidence = buildCorpusEvidence(articles.map(article => article.text));
	const sites = buildSiteEvidence(articles);
	return articles.map((article, i) => labelArticle(article.text, evidence, undefined, {site: sites[i]}).lines);
};

const collect = async (options: Parameters<typeof labelInPasses>[1]) => {
	let opened = 0;
	const open = async function* () {
		opened++;
		yield* corpus;
	};

	const labels = [];
	for await (const article of labelInPasses(open, options)) labels.push(article.labels.lines);
	return {labels, opened};
};

test('two passes give the labels of the corpus held in memory, whether the articles are kept or read again', async t => {
	const expected = inMemory(corpus);
	const kept = await collect({});
	t.is(kept.opened, 1);
	t.deepEqual(kept.labels, expected);
	let rereads: boolean | undefined;
	const reread = await collect({memoryBudget: 1, onFirstPass: summary => (rereads = summary.rereads)});
	t.is(reread.opened, 2);
	t.true(rereads);
	t.deepEqual(reread.labels, expected);
	// The footer is template: repeated in the gazette's three stories.
	t.is(expected[0].at(-1)!.kind, 'boilerplate');
});

test('bounded evidence: the keys held stay under the bound, and every count is a lower bound of the true count', t => {
	fc.assert(
		fc.property(fc.array(fc.array(fc.integer({min: 0, max: 40}), {maxLength: 12}), {maxLength: 30}), fc.integer({min: 2, max: 30}), (articles, maxLines) => {
			const texts = articles.map(lines => lines.map(line => `line number ${line} of the template`).join('\n'));
			const exact = buildCorpusEvidence(texts);
			const bounded = buildCorpusEvidence([]);
			for (const text of texts) {
				const once = buildCorpusEvidence([text]);
				// Add one article at a time, bounding after each, as label-passes.ts does.
				for (const [hash] of once.lineCounts) {
					bounded.lineCounts.set(hash, (bounded.lineCounts.get(hash) ?? 0) + 1);
				}

				if (bounded.lineCounts.size > maxLines) boundEvidence([bounded], maxLines);
				t.true(bounded.lineCounts.size <= maxLines);
			}

			for (const [hash, count] of bounded.lineCounts) t.true(count <= exact.lineCounts.get(hash)!);
		}),
	);
});

test('bounding forgets the rarest lines first', t => {
	const evidence = buildCorpusEvidence(['a common line here\nonly in one', 'a common line here\nonly in two', 'a common line here\nonly in three']);
	t.is(evidence.lineCounts.size, 4);
	t.is(boundEvidence([evidence], 4), 1);
	t.deepEqual([...evidence.lineCounts.values()], [3]);
});
