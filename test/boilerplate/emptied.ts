import test from 'ava';
import {emptiedWarning} from '../../source/boilerplate/emptied.js';
import type {ArticleLabels, LineLabel} from '../../source/boilerplate/label.js';

const sentence = 'The council met on Tuesday evening to weigh the ferry terminal plan, and residents asked for a second hearing before any vote.';

/** Labels giving every line of `lines` the kind `kind` (boilerplate unless said). */
const labelled = (lines: readonly string[], kind: LineLabel['kind'] = 'boilerplate'): {text: string; labels: ArticleLabels} => {
	let start = 0;
	const labels = lines.map((line, i): LineLabel => {
		const label: LineLabel = {n: i + 1, span: {start, end: start + line.length}, kind, ...(kind === 'boilerplate' ? {category: 'related' as const} : {})};
		start += line.length + 1;
		return label;
	});
	return {text: lines.join('\n'), labels: {lines: labels, meta: {}, boilerplateShare: kind === 'boilerplate' ? 1 : 0} as unknown as ArticleLabels};
};

test('an article whose paragraphs were all labelled boilerplate is worth a warning that names the words lost', t => {
	const {text, labels} = labelled(['Home', ...Array.from({length: 8}, () => sentence)]);
	t.regex(emptiedWarning(text, labels) ?? '', /every line was labelled boilerplate, though 1\d\d words/u);
});

test('a page of short lines emptied (a menu, a gallery), or an article that kept a body line, says nothing', t => {
	const menu = labelled(Array.from({length: 80}, (_, i) => `Section ${i} news`));
	t.is(emptiedWarning(menu.text, menu.labels), undefined);
	const kept = labelled(Array.from({length: 8}, () => sentence));
	kept.labels.lines[3] = {...kept.labels.lines[3]!, kind: 'body'};
	delete kept.labels.lines[3].category;
	t.is(emptiedWarning(kept.text, kept.labels), undefined);
	const few = labelled([sentence, sentence]);
	t.is(emptiedWarning(few.text, few.labels), undefined);
});
