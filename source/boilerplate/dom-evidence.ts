// Combines what a page's markup says of each line (source/html: semantic
// chrome elements, ARIA roles, class/id words, link density, captions, the
// Readability-style main-content verdict) with the text labeller's verdict
// (classify.ts: markers, prose grading, corpus and site repetition). The
// markup is the stronger evidence where it names chrome; the text keeps the
// lines it names itself (cookie notices, share prompts, repeated template
// lines) even inside the main content, and decides titles and metadata.
import {textBlocks} from './blocks.js';
import {labelArticle, type LabelOptions} from './classify.js';
import {numberGridReason} from './number-grid.js';
import type {CorpusEvidence} from './corpus-evidence.js';
import type {ArticleLabels, BoilerplateCategory, LineLabel, MetadataKind} from './label.js';

/**
 * What a page's markup says of one line of an article read from HTML
 * (source/html/main-content.ts decides it). `outside`: not chrome by name,
 * but outside the page's main content.
 */
export type DomLine = {
	kind: 'body' | 'boilerplate' | 'outside' | 'metadata';
	category?: BoilerplateCategory;
	metadata?: Extract<MetadataKind, 'date' | 'byline'>;
	reason?: string;
	/** Where the line sits in the page: `article.post > div#body > p`. */
	path: string;
};

/** Categories the text labeller names from the line itself or the corpus: trusted even inside the article. */
const textNamed = new Set<BoilerplateCategory>(['legal', 'share', 'newsletter', 'scraper', 'template', 'comments', 'related', 'caption']);

/**
 * A line the text labeller called a related link only because it follows a "Related" or "Read more"
 * line (chrome-names.ts: reason "after …"), not from anything of its own. Inside the main content,
 * where the markup shows its links, a line the markup keeps (not link text) is the article's: a list
 * or a table after a "Read more." paragraph (breaker10 H4).
 */
const inheritedRelated = (label: LineLabel): boolean => label.category === 'related' && label.reason?.startsWith('after ') === true;

/** A line's path in the page runs through a <blockquote> (quoted matter: an embedded tweet or post, a pull quote). */
const quoted = /(?:^|> )blockquote(?=[.#\s]|$)/u;

/** A line outside the main content is kept as prose from this length (characters): shorter ones there are bios, prompts, teasers. */
const outsideProseChars = 100;

/**
 * Labels an article: its text evidence, combined with its DOM evidence when it
 * was read from HTML (`article.dom`, one entry per line). Same contract as labelArticle.
 */
export function labelArticleWithDom(article: {text: string; dom?: readonly DomLine[]}, evidence?: CorpusEvidence, options?: LabelOptions): ArticleLabels {
	// Extracted from HTML: one paragraph a line, never reflowed (blocks.ts BlockOptions).
	const given = options?.blocks ?? (article.dom ? textBlocks(article.text, {reflow: false}) : undefined);
	const labels = labelArticle(article.text, evidence, undefined, given ? {...options, blocks: given} : options);
	return article.dom ? combineDomEvidence(article.text, labels, article.dom) : labels;
}

/**
 * The text labels with each line's DOM verdict folded in; boilerplateShare recomputed. When the
 * verdicts would leave no body line though the text found some, the text's body lines outside the
 * main content or named only as captions keep their label (the markup never empties an article).
 */
export function combineDomEvidence(text: string, labels: ArticleLabels, dom: readonly DomLine[]): ArticleLabels {
	let boilerplateChars = 0;
	let chars = 0;
	const combinedLines = labels.lines.map((label) => combineLine(label, dom[label.n - 1]));
	// The markup never empties an article the text found prose in (a photo story whose prose is its
	// slides' captions, its dek beside the element Readability chose): where no body is left, the lines
	// the text calls body keep that label unless the markup names them as chrome other than a caption.
	const emptied = !combinedLines.some((line) => line.kind === 'body') && labels.lines.some((line) => line.kind === 'body');
	const lines = labels.lines.map((label, i): LineLabel => {
		const verdict = dom[label.n - 1];
		const combined = emptied && label.kind === 'body' && verdict && (verdict.kind === 'outside' || verdict.category === 'caption') ? label : combinedLines[i];
		const length = text.slice(label.span.start, label.span.end).trim().length;
		chars += length;
		if (combined.kind === 'boilerplate' || combined.kind === 'metadata') boilerplateChars += length;
		return combined;
	});
	// The chosen date line stands while the markup leaves it a date line; else the dateline facts choose again.
	const {dateLine, ...rest} = labels;
	const kept = dateLine !== undefined && lines.some((line) => line.n === dateLine && line.kind === 'metadata' && line.metadata === 'date');
	return {...rest, lines, meta: metaWithoutQuoted(text, labels, lines), boilerplateShare: chars === 0 ? 0 : boilerplateChars / chars, ...(kept ? {dateLine} : {})};
}

/**
 * The article's date and byline without those a quotation gave (a metadata line the markup puts in a <blockquote>,
 * combineLine): each such value is taken from the next line still labelled so, or dropped. The text labeller's
 * meta otherwise.
 */
const metaWithoutQuoted = (text: string, labels: ArticleLabels, lines: readonly LineLabel[]): ArticleLabels['meta'] => {
	const demoted = labels.lines.filter((label, i) => label.kind === 'metadata' && lines[i]!.kind === 'body').map((label) => text.slice(label.span.start, label.span.end).trim());
	if (demoted.length === 0) return labels.meta;
	const meta = {...labels.meta};
	for (const kind of ['date', 'byline'] as const) {
		const value = meta[kind];
		if (value === undefined || !demoted.some((line) => line.includes(value.trim()) || value.includes(line))) continue;
		const next = lines.find((line) => line.kind === 'metadata' && line.metadata === kind);
		if (next) meta[kind] = text.slice(next.span.start, next.span.end).trim();
		else delete meta[kind];
	}

	return meta;
};

function combineLine(label: LineLabel, dom: DomLine | undefined): LineLabel {
	if (!dom) return label;
	const base: LineLabel = {n: label.n, span: label.span, kind: label.kind};
	if (dom.kind === 'boilerplate') return {...base, kind: 'boilerplate', category: dom.category, reason: `${dom.reason} (${dom.path})`};
	// A date or byline inside a <blockquote> is the quoted text's (an embedded post's "— Name (@handle) March 3, 2025"), never the article's.
	if (label.kind === 'metadata' && quoted.test(dom.path)) return {...base, kind: 'body'};
	if (label.kind === 'title' || label.kind === 'metadata') return label;
	if (dom.kind === 'metadata') return {...base, kind: 'metadata', metadata: dom.metadata, reason: `${dom.reason} (${dom.path})`};
	if (dom.kind === 'body') return label.kind === 'boilerplate' && ((label.category && textNamed.has(label.category) && !inheritedRelated(label)) || label.reason === numberGridReason) ? label : {...base, kind: 'body'};
	// Outside the main content and not named as chrome: boilerplate unless the text calls it prose and it is a paragraph's length.
	return label.kind === 'body' && label.span.end - label.span.start >= outsideProseChars ? label : {...base, kind: 'boilerplate', category: label.category ?? 'navigation', reason: `${dom.reason} (${dom.path})`};
}
