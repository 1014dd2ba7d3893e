// The bundled seed corpus: no article sentence may be lost, and each kind of
// noise the seeds carry must be flagged. The rules are general; these are
// the acceptance checks the issue names.
import {readdirSync, readFileSync} from 'node:fs';
import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';

const root = new URL('../../corpus/', import.meta.url);
const files = readdirSync(root).filter(file => file.endsWith('.txt')).sort();
const texts = files.map(file => readFileSync(new URL(file, root), 'utf8').replace(/^\uFEFF/u, ''));
const evidence = buildCorpusEvidence(texts);
const seed = (prefix: string): {text: string; labels: ArticleLabels} => {
	const text = texts[files.findIndex(file => file.startsWith(prefix))];
	return {text, labels: labelArticle(text, evidence)};
};

const lineOf = (text: string, labels: ArticleLabels, pattern: RegExp) => {
	const found = labels.lines.filter(line => pattern.test(text.slice(line.span.start, line.span.end)));
	if (found.length === 0) {
		throw new Error(`no line matches ${pattern}`);
	}

	return found;
};

/** Seed lines that are not article text, by seed. */
const noise: Record<string, RegExp[]> = {
	'000': [/AP Photo \/ Omar Sanadiki/u, /^\*\*Related article:\*\*/u, /^Original url:$/u, /^<https:/u, /^December 08, 2024$/u],
	'001': [/^Leave a Reply$/u, /^Your email address will not be published/u],
	'002': [/^Breaking news$/u, / -$/u, /^Morocco$/u, /^-$/u, /^PREV /u, /^NEXT /u],
	'003': [],
	'004': [],
};

for (const prefix of Object.keys(noise)) {
	test(`seed ${prefix}: noise flagged, every other line kept`, t => {
		const {text, labels} = seed(prefix);
		const flagged = new Set(noise[prefix].flatMap(pattern => lineOf(text, labels, pattern).map(line => line.n)));
		const removed = labels.lines.filter(line => line.kind !== 'body' && line.kind !== 'title' && line.category !== 'repeated-title');
		t.is(removed.length, flagged.size);
		for (const line of labels.lines) {
			const content = text.slice(line.span.start, line.span.end);
			if (flagged.has(line.n)) {
				t.not(line.kind, 'body', content);
				t.not(line.kind, 'title', content);
			} else if (line.kind !== 'title' && line.kind !== 'body') {
				// Only the repeated title may go besides the listed noise.
				t.is(line.category, 'repeated-title', content);
			}
		}
	});
}

test('seed 000: date and source URL are metadata; the heading is the title', t => {
	const {text, labels} = seed('000');
	t.is(labels.meta.date, 'December 08, 2024');
	t.true(labels.meta.url?.startsWith('https://www.themoscowtimes.com/'));
	const title = labels.lines.find(line => line.kind === 'title');
	t.regex(text.slice(title!.span.start, title!.span.end), /^# How Russia Is Reacting/u);
});

test('seed 001: one print of the repeated title stays as the title', t => {
	const {labels} = seed('001');
	t.is(labels.lines.filter(line => line.kind === 'title').length, 1);
	t.is(labels.lines.filter(line => line.category === 'repeated-title').length, 1);
});

test('seed 002: the headline list is headlines, the PREV/NEXT lines navigation', t => {
	const {text, labels} = seed('002');
	t.true(lineOf(text, labels, / -$/u).every(line => line.category === 'headlines'));
	t.true(lineOf(text, labels, /^(?:PREV|NEXT) /u).every(line => line.category === 'navigation'));
});

test('seeds labelled alone (no corpus) lose no article line either', t => {
	for (const [i, text] of texts.entries()) {
		const alone = labelArticle(text);
		const inCorpus = labelArticle(text, evidence);
		const kept = (labels: ArticleLabels) => labels.lines.filter(line => line.kind === 'body' || line.kind === 'title').length;
		t.is(kept(alone), kept(inCorpus), files[i]);
	}
});
