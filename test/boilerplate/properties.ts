import fc from 'fast-check';
import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {isBlank, splitLines} from '../../source/text/lines.js';
import {excludedSpans, keptText} from '../../source/boilerplate/strip.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** Texts built from lines that look like articles and chrome, joined by any line terminator. */
const lineArbitrary = fc.oneof(
	fc.constantFrom('', ' ', '-', 'Leave a Reply', 'PREV Some headline', 'Breaking news', 'A headline -', '# Title', 'December 8, 2024', '<https://example.org>', 'Читайте также: новость', '上海地铁新线路将于本周六正式开通运营。', 'The council said on Monday that the walkway would stay closed for six weeks.'),
	fc.string({unit: 'grapheme', maxLength: 80}),
	fc.string({unit: 'binary', maxLength: 40}),
);
const textArbitrary = fc.tuple(fc.array(lineArbitrary, {maxLength: 30}), fc.array(fc.constantFrom('\n', '\r\n', '\r'), {minLength: 30, maxLength: 30})).map(([lines, eols]) =>
	lines.map((line, i) => line + (i < lines.length - 1 ? eols[i] : '')).join(''),
);

test('every non-blank line gets exactly one label whose span and number match the text', t => {
	fc.assert(fc.property(textArbitrary, text => {
		const labels = labelArticle(text);
		const expected = splitLines(text).filter(line => !isBlank(text.slice(line.start, line.end)));
		t.deepEqual(labels.lines.map(line => [line.n, line.span.start, line.span.end]), expected.map(line => [line.n, line.start, line.end]));
		for (const line of labels.lines) {
			t.false(/[\r\n]/u.test(text.slice(line.span.start, line.span.end)));
			t.is(line.kind === 'boilerplate', line.category !== undefined);
		}

		t.true(labels.boilerplateShare >= 0 && labels.boilerplateShare <= 1);
	}), {numRuns: runs});
});

test('never throws on random Unicode, labels deterministically, with or without a corpus', t => {
	fc.assert(fc.property(fc.array(textArbitrary, {minLength: 1, maxLength: 4}), texts => {
		const evidence = buildCorpusEvidence(texts);
		for (const text of texts) {
			const first = labelArticle(text, evidence, texts.filter(other => other !== text));
			t.deepEqual(labelArticle(text, evidence, texts.filter(other => other !== text)), first);
			t.deepEqual(labelArticle(text), labelArticle(text));
		}
	}), {numRuns: Math.ceil(runs / 3)});
});

test('kept text and excluded spans partition the labelled lines', t => {
	fc.assert(fc.property(textArbitrary, text => {
		const labels = labelArticle(text);
		const excluded = excludedSpans(labels);
		const kept = keptText(text, labels);
		const keptLines = labels.lines.filter(line => line.kind === 'body' || line.kind === 'title');
		// Every other line lies in exactly one excluded span (the lines of a reflowed paragraph share one), and no kept line in any.
		const inside = (line: (typeof labels.lines)[number]) => excluded.filter(span => span.span.start <= line.span.start && line.span.end <= span.span.end).length;
		for (const line of labels.lines) t.is(inside(line), keptLines.includes(line) ? 0 : 1);
		t.true(excluded.length <= labels.lines.length - keptLines.length);
		// Every kept line appears in the kept text, in order.
		let from = 0;
		for (const line of keptLines) {
			const at = kept.indexOf(text.slice(line.span.start, line.span.end), from);
			t.true(at >= from);
			from = at;
		}
	}), {numRuns: runs});
});
