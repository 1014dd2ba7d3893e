import {stat} from 'node:fs/promises';
import path from 'node:path';
import {keptText} from '../boilerplate/strip.js';
import {labelArticleWithDom} from '../boilerplate/dom-evidence.js';
import {type TextBlock, textBlocks} from '../boilerplate/blocks.js';
import {addToEvidence, emptyEvidence} from '../boilerplate/corpus-evidence.js';
import {buildSiteEvidence} from '../boilerplate/site-evidence.js';
import type {ArticleLabels} from '../boilerplate/label.js';
import {articleDate, type Article} from '../corpus/article.js';
import {articleTitle} from '../corpus/analyze.js';
import {loadCorpus} from '../corpus/load.js';
import {problemText} from '../render/problem-text.js';
import {safeString} from '../render/safe-text.js';
import {parseCommandArgs} from './args.js';
import {UsageError, write, type CommandIo} from './io.js';
import {outputConflict, overwritesInput, resolveReal} from './output-guard.js';
import {writeFileAtomic} from './write-atomic.js';

/** The documented `copydesk strip --json` record (README, "strip --json"). */
/** Output files being written at once (bounded: a corpus can have 100,000 files). */
const maxWritesInFlight = 16;

/** What strip needs of an article: its labels and title (no word counts, no groups). */
export type LabelledArticle = Article & {labels: ArticleLabels; title: string};

/**
 * Labels the articles as one corpus: repetition across them is template evidence,
 * across the pages of one site (site-evidence.ts) stronger evidence.
 * Yields one at a time, so output can stream and labels need not all be held.
 * `reasons: false`: blocks the fitted decision drops carry no category or reason
 * (LabelOptions.reasons), except on pages read from HTML, whose DOM evidence reads them.
 */
export function* labelCorpus(articles: readonly Article[], {reasons = true}: {reasons?: boolean} = {}): Generator<LabelledArticle> {
	// Blocks are made once: the corpus scan normalises them, the labeller reuses that.
	const blocks: Array<readonly TextBlock[] | undefined> = articles.map(article => textBlocks(article.text));
	const evidence = emptyEvidence();
	for (const [i, article] of articles.entries()) addToEvidence(evidence, article.text, blocks[i]);
	// Pages of one site (URL host, else directory) share a template: repetition counts per site too.
	const sites = buildSiteEvidence(articles, blocks as ReadonlyArray<readonly TextBlock[]>);
	for (const [i, article] of articles.entries()) {
		// A page read from HTML always gets its reasons: the DOM evidence reads a dropped block's category.
		const labels = labelArticleWithDom(article, evidence, {site: sites[i], blocks: blocks[i], reasons: reasons || article.dom !== undefined});
		blocks[i] = undefined;
		yield {...article, labels, title: articleTitle(article, labels)};
	}
}

/** The `strip --json` record of a labelled article: path, title, metadata (null when unknown), each line with its label, and the kept body. */
export const stripJson = (article: LabelledArticle) => {
	const {text, labels} = article;
	return {
		// A JSON Lines record (from a file or stdin) is named `source#id`, so a map step can join on it.
		path: article.path === '-' || article.name.includes('#') ? article.name : article.path,
		title: article.title,
		meta: {
			date: articleDate({meta: article.meta, labels}) ?? null,
			byline: article.meta.byline ?? labels.meta.byline ?? null,
			url: article.meta.url ?? labels.meta.url ?? null,
		},
		lines: labels.lines.map(line => ({
			n: line.n,
			text: text.slice(line.span.start, line.span.end),
			label: line.kind,
			category: line.category ?? null,
			reason: line.reason ?? null,
		})),
		body: keptText(text, labels),
	};
};

/**
 * The file name `strip --out` writes an article's text under: its name, with
 * a page's `.html`/`.htm`/`.html.gz` made `.txt`; a WARC record's URI made a
 * path under the WARC's name (`crawl.warc.gz/example.com/news/a.txt`).
 */
export function outputName(article: Pick<Article, 'id' | 'name' | 'dom'>): string {
	const fromWarc = /^(.*\.warc(?:\.gz)?)#(?:[a-z][a-z0-9+.-]*:\/\/)?(.*)$/i.exec(article.id);
	if (fromWarc) {
		const parts = fromWarc[2].replace(/[?#*:|"<>\\\u0000-\u001f]/g, '_').split('/').map(part => part.slice(0, 200));
		if (parts.at(-1) === '') parts[parts.length - 1] = 'index';
		return `${fromWarc[1]}/${parts.join('/')}.txt`;
	}

	if (article.dom && !article.name.includes('#')) return article.name.replace(/\.(?:x?html?)(?:\.gz)?$/i, '') + '.txt';
	return article.name;
}

/**
 * `copydesk strip FILE|DIR...|-`: the articles without boilerplate. The inputs
 * are one corpus, so lines repeated across files count as template evidence.
 */
export async function runStrip(argv: string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('strip', argv, {
		out: {type: 'string'},
		json: {type: 'boolean', default: false},
	});
	if (positionals.length === 0) {
		throw new UsageError('strip needs a FILE, DIR or - (stdin): copydesk strip FILE|DIR...|- [--out OUTDIR] [--json]');
	}

	if (values.out !== undefined && values.json) {
		throw new UsageError('strip writes either files (--out) or JSON Lines to stdout (--json), not both');
	}

	const inputs = await Promise.all(
		positionals.filter(input => input !== '-').map(async input => ({path: input, isDirectory: (await stat(input).catch(() => null))?.isDirectory() ?? false})),
	);
	if (values.out !== undefined) {
		if (positionals.includes('-')) throw new UsageError('stdin (-) has no file name to write under --out; use --json or stdout');
		const conflict = await outputConflict(values.out, inputs);
		if (conflict) throw new UsageError(conflict);
	}

	const corpus = await loadCorpus(positionals, {stdin: io.stdin, missingInputs: 'problem'});
	let trouble = false;
	for (const problem of corpus.problems) {
		await write(io.stderr, `copydesk: ${problemText(problem)}\n`);
		if (problem.kind === 'error') trouble = true;
	}

	// Files under --out are the kept text alone: a dropped block's reason is not worth naming.
	const articles = labelCorpus(corpus.articles, {reasons: values.out === undefined});
	if (values.json) {
		for (const article of articles) await write(io.stdout, `${JSON.stringify(stripJson(article))}\n`);
		return trouble ? 2 : 0;
	}

	if (values.out !== undefined) {
		const inputFiles = new Set(await Promise.all(corpus.articles.map(article => resolveReal(article.path))));
		const directories = new Map<string, Promise<string>>();
		// What each output directory held before this run, and the directories made: asked once per directory, not per file.
		const listings = new Map<string, Promise<Set<string>>>();
		const made = new Map<string, Promise<unknown>>();
		const writeOne = async (destination: string, kept: string) => {
			try {
				if (await overwritesInput(destination, inputFiles, directories, listings)) {
					await write(io.stderr, `copydesk: refusing to write over the input file ${safeString(destination)}\n`);
					trouble = true;
					return;
				}

				await writeFileAtomic(destination, kept, made);
			} catch (error) {
				await write(io.stderr, `copydesk: ${safeString(destination)}: ${(error as Error).message}\n`);
				trouble = true;
			}
		};

		// Writes overlap with labelling the next articles: a few in flight at a time.
		const inFlight = new Set<Promise<void>>();
		for (const article of articles) {
			const destination = path.join(values.out, ...outputName(article).split('/').filter(part => part !== '..' && part !== '.' && part !== ''));
			const task: Promise<void> = writeOne(destination, keptText(article.text, article.labels)).finally(() => inFlight.delete(task));
			inFlight.add(task);
			if (inFlight.size >= maxWritesInFlight) await Promise.race(inFlight);
		}

		await Promise.all(inFlight);
		return trouble ? 2 : 0;
	}

	// To stdout: the article's own characters when piped (it is data); made visible when a terminal shows it.
	const show = io.stdout.isTTY ? (text: string) => text.split(/\r\n|\r|\n/).map(line => safeString(line)).join('\n') : (text: string) => text;
	let index = 0;
	for (const article of articles) {
		if (corpus.articles.length > 1) await write(io.stdout, `${index > 0 ? '\n' : ''}==> ${safeString(article.name)} <==\n`);
		const kept = keptText(article.text, article.labels);
		await write(io.stdout, show(kept.endsWith('\n') || kept === '' ? kept : `${kept}\n`));
		index++;
	}

	return trouble ? 2 : 0;
}
