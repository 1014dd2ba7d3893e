import test from 'ava';
import fc from 'fast-check';
import {buildCorpusEvidence, type CorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {mergePacked, packEvidence, sharedEvidence, unpackEvidence} from '../../source/boilerplate/merge-evidence.js';

// Texts whose lines come from a small pool, so lines repeat across articles
// (and past the postings limit), plus prose lines for the story sketches.
const pool = [
	'Home | World | Sport',
	'Share this article',
	'The council met on Tuesday to discuss the new budget for the coming year, officials said.',
	'Leave a comment',
	'Прочитайте також: новини дня',
	'Police said the driver was taken to hospital with minor injuries after the crash on the bridge.',
	'',
	'PREV NEXT',
];
const textArbitrary = fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({maxLength: 30})), {maxLength: 12}).map(lines => lines.join('\n'));

// Map order carries no meaning (lookups only): compare entries sorted by key.
const comparable = (evidence: CorpusEvidence) => ({
	...evidence,
	lineCounts: sortedEntries(evidence.lineCounts),
	postings: sortedEntries(evidence.postings),
	firstArticle: sortedEntries(evidence.firstArticle),
	storyMemo: sortedEntries(evidence.storyMemo),
});
const sortedEntries = <V>(map: Map<number, V>) => [...map].sort((a, b) => a[0] - b[0]);

const splitAt = <T>(items: readonly T[], cuts: readonly number[]): T[][] => {
	const points = [...new Set(cuts.map(cut => cut % (items.length + 1)))].sort((a, b) => a - b);
	const parts: T[][] = [];
	let from = 0;
	for (const point of points) {
		parts.push(items.slice(from, point));
		from = point;
	}

	parts.push(items.slice(from));
	return parts;
};

/** The evidence of slices packed, merged (keeping lines seen `minCount` times) and unpacked: what the workers' labelling uses. */
const mergedSlices = (slices: readonly string[][], minCount = 1): CorpusEvidence => unpackEvidence(mergePacked(slices.map(slice => packEvidence(buildCorpusEvidence(slice))), minCount));

test('postings stay capped and in corpus order when a line is in every article', t => {
	const texts = Array.from({length: 130}, (_, index) => `Share this article\nStory number ${index}.`);
	const merged = mergedSlices([texts.slice(0, 30), texts.slice(30, 31), texts.slice(31)]);
	t.deepEqual(comparable(merged), comparable(buildCorpusEvidence(texts)));
	const [posting] = [...merged.postings.values()].filter(list => list.length === 48);
	t.deepEqual(posting, Array.from({length: 48}, (_, index) => index));
	t.is(merged.articles, 130);
});

test('no slices: empty evidence', t => {
	t.deepEqual(comparable(mergedSlices([])), comparable(buildCorpusEvidence([])));
});

test('evidence pruned for labelling gives the same labels as the whole evidence', async t => {
	const {labelArticle} = await import('../../source/boilerplate/classify.js');
	const {generateCorpus} = await import('../../bench/generate-corpus.js');
	const texts = generateCorpus(200, 5).map(article => article.text);
	const whole = buildCorpusEvidence(texts);
	const pruned = mergedSlices([texts], 2);
	t.true(pruned.lineCounts.size < whole.lineCounts.size / 2);
	const labelsWhole = texts.map(text => labelArticle(text, whole));
	t.deepEqual(texts.map(text => labelArticle(text, pruned)), labelsWhole);
	t.true(labelsWhole.some(labels => labels.lines.some(line => line.reason?.startsWith('repeated in'))));
});

test('evidence of slices, packed, merged and unpacked, equals the evidence of one pass', t => {
	fc.assert(
		fc.property(fc.array(textArbitrary, {maxLength: 80}), fc.array(fc.nat(), {maxLength: 4}), (texts, cuts) => {
			const whole = buildCorpusEvidence(texts);
			const merged = mergedSlices(splitAt(texts, cuts));
			t.deepEqual(comparable(merged), comparable(whole));
		}),
		{numRuns: 200},
	);
	const many = Array.from({length: 130}, (_, index) => `Share this article\nStory number ${index}.`);
	t.deepEqual(comparable(mergedSlices([many.slice(0, 30), many.slice(30, 31), many.slice(31)])), comparable(buildCorpusEvidence(many)));
});

test('slices merged keeping repeated lines give what one pass keeps of them', async t => {
	const {generateCorpus} = await import('../../bench/generate-corpus.js');
	const texts = generateCorpus(120, 9).map(article => article.text);
	const pruned = mergedSlices([texts.slice(0, 50), texts.slice(50)], 2);
	const expected = mergedSlices([texts], 2);
	t.deepEqual(sortedEntries(pruned.lineCounts), sortedEntries(expected.lineCounts));
	t.deepEqual(sortedEntries(pruned.postings), sortedEntries(expected.postings));
	t.deepEqual(pruned.sketches, expected.sketches);
	t.is(pruned.articles, 120);
});

test('evidence in shared memory has the same values, each array over a SharedArrayBuffer, and unpacks to the same evidence', async t => {
	const {generateCorpus} = await import('../../bench/generate-corpus.js');
	const texts = generateCorpus(60, 4).map(article => article.text);
	const packed = mergePacked([packEvidence(buildCorpusEvidence(texts.slice(0, 25))), packEvidence(buildCorpusEvidence(texts.slice(25)))], 2);
	const shared = sharedEvidence(packed);
	for (const key of ['hashes', 'counts', 'postingStarts', 'postingArticles', 'sketchStarts', 'sketchValues'] as const) {
		t.true(shared[key].buffer instanceof SharedArrayBuffer, key);
		t.deepEqual([...shared[key]], [...packed[key]], key);
	}

	t.deepEqual(comparable(unpackEvidence(shared)), comparable(unpackEvidence(packed)));
});

test('unpacked sketches are views of the packed sketches, not copies', t => {
	const texts = Array.from({length: 6}, (_, index) => `Share this article\nThe council met on day ${index} to discuss the budget for the coming year, officials said on the record.`);
	const packed = packEvidence(buildCorpusEvidence(texts));
	const evidence = unpackEvidence(packed);
	t.is(evidence.sketches.length, 6);
	for (const sketch of evidence.sketches) t.is(sketch.buffer, packed.sketchValues.buffer);
	t.deepEqual(evidence.sketches.map(sketch => [...sketch]), buildCorpusEvidence(texts).sketches.map(sketch => [...sketch]));
});
