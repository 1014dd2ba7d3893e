import test from 'ava';
import {addToEvidence, buildCorpusEvidence, emptyEvidence, lineFrequency, storiesWithLine, storyMemoLimit} from '../../source/boilerplate/corpus-evidence.js';
import {keyHashOfNormalized} from '../../source/text/line-key.js';
import {normalizeForMatch} from '../../source/text/normalize.js';
import {textSketch} from '../../source/boilerplate/story-sketch.js';
import {story} from './stories.js';

test('a line counts once per article, in normalised form', t => {
	const evidence = buildCorpusEvidence(['Subscribe now\nSubscribe now\nbody', '**SUBSCRIBE NOW!**\r\nother', 'nothing']);
	t.is(evidence.articles, 3);
	t.is(lineFrequency(evidence, 'subscribe now'), 2);
	t.is(lineFrequency(evidence, 'absent line'), 0);
	t.is(lineFrequency(evidence, '---'), 0);
});

test('incremental evidence equals evidence built at once', t => {
	const texts = ['a\nb', 'b\nc', 'c\nd\na'];
	const incremental = emptyEvidence();
	for (const text of texts) {
		addToEvidence(incremental, text);
	}

	t.deepEqual([...incremental.lineCounts], [...buildCorpusEvidence(texts).lineCounts]);
});

test('copies of one story count as one story; different stories count apart', t => {
	const footer = 'The Gazette is an independent newspaper founded in 1921.';
	const copies = [0, 1, 2].map(() => `${story(0)}\n${footer}`);
	const sites = [0, 1, 2].map(i => `${story(i)}\n${footer}`);
	const hash = keyHashOfNormalized(normalizeForMatch(footer));
	const copyEvidence = buildCorpusEvidence(copies);
	t.is(copyEvidence.lineCounts.get(hash), 3);
	t.is(storiesWithLine(copyEvidence, hash, textSketch(copies[0])), 1);
	const siteEvidence = buildCorpusEvidence(sites);
	t.is(storiesWithLine(siteEvidence, hash, textSketch(sites[0])), 3);
	// An article outside the corpus adds its own story.
	t.is(storiesWithLine(siteEvidence, hash, textSketch(story(5))), 4);
});

test('line key hashes ignore punctuation and spacing, like line keys', t => {
	const hash = (line: string) => keyHashOfNormalized(normalizeForMatch(line));
	t.is(hash('“Subscribe,”  now!'), hash('subscribe now'));
	t.not(hash('subscribe now'), hash('subscribe'));
	t.is(hash(' -- '), 0);
	t.is(hash('上海地铁'), hash('上海地铁。'));
});

test('lines found in the same articles share their story count, and each article is placed on its own', t => {
	const footer = 'The Gazette is an independent newspaper founded in 1921.';
	const menu = 'Home | World | Sport';
	// Two stories, each copied: the template lines occur in all four articles.
	const texts = [0, 0, 1, 1].map(i => `${menu}\n${story(i)}\n${footer}`);
	const evidence = buildCorpusEvidence(texts);
	const hash = (line: string) => keyHashOfNormalized(normalizeForMatch(line));
	const inCorpus = textSketch(texts[0]);
	const outside = textSketch(story(7));
	t.is(storiesWithLine(evidence, hash(footer), inCorpus), 2);
	t.is(storiesWithLine(evidence, hash(menu), inCorpus), 2);
	// The answers for the previous article must not carry over to the next.
	t.is(storiesWithLine(evidence, hash(footer), outside), 3);
	t.is(storiesWithLine(evidence, hash(menu), outside), 3);
	t.is(storiesWithLine(evidence, hash(menu), inCorpus), 2);
});

test('the story memo is bounded: a full memo starts again, and the answers stay those of an empty one', t => {
	const footer = 'The Gazette is an independent newspaper founded in 1921.';
	const texts = [0, 0, 1, 2].map(i => `${story(i)}\n${footer}`);
	const hash = keyHashOfNormalized(normalizeForMatch(footer));
	const sketch = textSketch(texts[0]!);
	const fresh = storiesWithLine(buildCorpusEvidence(texts), hash, sketch);
	const evidence = buildCorpusEvidence(texts);
	// As a worker's memo after labelling a large corpus: a story list for each line it met.
	for (let line = 1; evidence.storyMemo.size < storyMemoLimit; line++) if (line !== hash) evidence.storyMemo.set(line, []);
	t.is(storiesWithLine(evidence, hash, sketch), fresh);
	t.is(fresh, 3);
	t.true(evidence.storyMemo.size <= storyMemoLimit);
	t.is(evidence.storyMemo.size, 1);
});
