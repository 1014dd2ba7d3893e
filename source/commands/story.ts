// `copydesk story FILES|DIR`: every copy of a story against its base at once
// (the collation of source/story/), as a table of glyphs, JSON or an HTML report.
import path from 'node:path';
import type {AnalyzedArticle} from '../corpus/article.js';
import {problemLine} from '../render/problem-text.js';
import {warningLine} from './warning-line.js';
import {analyzeArticles} from '../corpus/analyze.js';
import {articleAddress} from '../corpus/address.js';
import {loadCorpus} from '../corpus/load.js';
import {noSuchRecord, recordAddress} from '../corpus/record-address.js';
import {groupArticles} from '../groups/groups.js';
import {settleVerdicts} from '../corpus/pair-verdict.js';
import {safeString} from '../render/safe-text.js';
import {storyText} from '../render/story-text.js';
import {buildStory, chooseStoryBase, maxStoryCopies} from '../story/story.js';
import {compareArticles} from '../compare/compare-articles.js';
import {colorChoice, parseCommandArgs, widthOption} from './args.js';
import {UsageError, write, type CommandIo} from './io.js';
import {defaultCorpus} from './read.js';
import {storyJson} from './story-json.js';
import {jsonFor} from '../render/terminal-json.js';

const storyUsage = `Usage: copydesk story [FILES...|DIR] [--group N] [--base FILE] [--json | --html | --print] [--width N]
  every copy of a story against its base, sentence by sentence: on a terminal the reader's
  story view, piped, with --print or on a dumb terminal (TERM=dumb) a table
  --group N    only the articles of near-duplicate group N (numbers as in copydesk list)
  --base FILE  the base to collate against (default: the likely original of the largest group)
  --json       one JSON object (see README, "story --json")
  --html       one self-contained HTML report on stdout
  --print      print the table even on a terminal
  --width N    fit the table to N columns (default: the terminal's, or 160)
  --color=auto|always|never
               colors in the table (auto: on a terminal; FORCE_COLOR and NO_COLOR are read)
An article with no text (an empty file, a page with no visible text) is left out, said on
stderr in one line.
Exit status: 0 done, 2 trouble (no such group or base, an empty base; or, with the story
printed, a FILE named on the command line was empty or not text, or a file could not be read).
`;

/**
 * `copydesk story`: exit 0, or 2 on trouble. An article with no words is no
 * member (it would only show as an `unrelated` copy with every base sentence
 * dropped): it is left out with one line on stderr. As diff(1) does with a
 * file it cannot read, the story of the rest is still printed, and the status
 * is 2 when an input named on the command line was unusable (empty, not text)
 * or any file could not be read; files found in a DIR that are empty or not
 * text are left out without changing the status (a folder holds other files).
 */
export async function runStory(argv: string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('story', argv, {
		json: {type: 'boolean', default: false},
		html: {type: 'boolean', default: false},
		print: {type: 'boolean', default: false},
		group: {type: 'string'},
		base: {type: 'string'},
		width: {type: 'string'},
	});
	if (values.help) {
		await write(io.stdout, storyUsage);
		return 0;
	}

	if ([values.json, values.html, values.print].filter(Boolean).length > 1) throw new UsageError('choose one of --json, --html and --print');
	const color = colorChoice(values.color, io);
	const width = widthOption(values.width);

	const group = values.group === undefined ? undefined : Number(values.group);
	if (group !== undefined && !(Number.isInteger(group) && group >= 1)) throw new UsageError(`--group must be a group number (see copydesk list), not ${JSON.stringify(values.group)}`);

	if (positionals.filter(input => input === '-').length > 1) throw new UsageError('-: standard input can be read only once; give - once');
	const inputs = positionals.length > 0 ? positionals : [defaultCorpus()];
	const corpus = await loadCorpus(values.base ? [...inputs, values.base] : inputs, {stdin: io.stdin});
	for (const problem of corpus.problems) await write(io.stderr, `copydesk: ${problemLine(problem)}\n`);
	const named = new Set([...inputs, ...(values.base ? [values.base] : [])].map(input => path.resolve(input)));
	let trouble = corpus.problems.some(problem => problem.kind === 'error' || named.has(path.resolve(problem.path)));
	const analysed = analyzeArticles(corpus.articles);
	let articles: AnalyzedArticle[] = analysed;
	/** With --group: the group's original as `copydesk list` shows it. */
	let groupOriginal: string | undefined;
	if (group !== undefined) {
		// The groups as `copydesk list` numbers them: diff's verdicts where its budget allows.
		const groups = await settleVerdicts(analysed, groupArticles(analysed));
		articles = analysed.filter((_, index) => groups[index].group === group);
		if (articles.length === 0) throw new UsageError(`there is no group ${group} (copydesk list shows the groups)`);
		groupOriginal = groups.find(info => info.group === group)!.original;
	}

	let base: AnalyzedArticle | undefined;
	if (values.base) {
		base = findArticle(analysed, values.base);
		if (!base) {
			// A record address (FILE#key) whose container, read whole as an input too, holds no such record.
			const address = await recordAddress(values.base);
			throw new UsageError(address ? noSuchRecord(address) : `${values.base}: not a readable article (--base)`);
		}

		if (!articles.includes(base)) articles = [base, ...articles];
	}
	if (base && base.words === 0) throw new UsageError(`${safeString(base.path)}: the base is empty: a story needs a base with text`);
	// Members with no text are left out (said once each), before the base is chosen among the rest.
	// With --group an empty file is in no story's group, but it was read for this story all the same:
	// it gets the same line as without --group, not silence.
	for (const article of group === undefined ? articles : analysed) {
		if (article.words > 0) continue;
		const why = article.warnings.find(warning => warning === 'empty file' || warning === 'no visible text on the page') ?? 'no text';
		// Named on the command line, it was asked for: an error (status 2); found in a folder, skipped, as list and strip say it.
		const asked = named.has(path.resolve(article.path));
		await write(io.stderr, `copydesk: ${asked ? 'error' : 'skipped'}: ${safeString(article.path)}: ${why}: left out of the story\n`);
		if (asked) trouble = true;
	}
	articles = articles.filter(article => article.words > 0);
	// The largest group as `copydesk list` shows these articles (diff's verdicts, not the fingerprints'
	// estimate): stories from one template, or a round-up quoting some, are no group to take a base from.
	if (!values.base && articles.length > 0) {
		const original = articles.find(article => article.id === groupOriginal);
		const groups = original ? undefined : await settleVerdicts(articles, groupArticles(articles));
		// A folder (or a file of records) whose articles are no copies of one another holds no story: collating them all
		// against the first would show other stories as its copies (breaker14 P6). Articles named one by one are a story
		// because the user says so.
		const oneByOne = corpus.articles.length <= positionals.length;
		if (groups && !oneByOne && articles.length >= 2 && groups.every(info => info.groupSize < 2)) {
			throw new UsageError(`no two of the ${articles.length} articles are copies of one another (copydesk list shows no group): name the articles of a story, or give --base FILE`);
		}

		base = original ?? chooseStoryBase(articles, groups!);
	}

	if (group !== undefined && articles.length === 1) throw new UsageError(`group ${group} has one article: a story needs a base and at least one copy (copydesk list shows the groups)`);
	if (!base || articles.length < 2) throw new UsageError(`a story needs a base and at least one copy; got ${articles.length} readable article${articles.length === 1 ? '' : 's'} with text`);
	if (articles.length - 1 > maxStoryCopies) throw new UsageError(`${articles.length - 1} copies is more than one story shows (${maxStoryCopies}); pick a group with --group N`);
	for (const article of articles) for (const warning of article.warnings) await write(io.stderr, `copydesk: ${warningLine(article, warning)}\n`);

	// A terminal that cannot address its cursor (TERM=dumb) gets the table, as the reader's refusal there recommends.
	const dumb = io.env['TERM'] === 'dumb';
	if (!values.json && !values.html && !values.print && io.stdout.isTTY && io.stdin.isTTY && !dumb) {
		// A terminal: the reader's story view (the reader compares the copies itself, off its thread).
		const {openStoryReader, storyReaderArticles} = await import('./story-reader.js');
		const status = await openStoryReader(path.resolve(inputs[0]!), await storyReaderArticles(articles), articles.map(article => article.id), base.id);
		return status === 0 && trouble ? 2 : status;
	}

	const story = buildStory(base, articles, (left, right) => compareArticles(left, right));
	if (values.json) {
		await write(io.stdout, `${jsonFor(io.stdout.isTTY)(JSON.stringify(storyJson(story)))}\n`);
	} else if (values.html) {
		const {storyHtml} = await import('../render/html/story-html.js');
		await write(io.stdout, storyHtml(story));
	} else {
		const columns = width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 160);
		await write(io.stdout, storyText(story, {width: columns, color, styled: color || (Boolean(io.stdout.isTTY) && !dumb)}));
	}

	return trouble ? 2 : 0;
}

/**
 * The article given as FILE: the record a record address `FILE#key` names (its address, corpus/address.ts), else
 * the article of the same resolved path, else of the same name.
 */
const findArticle = (articles: readonly AnalyzedArticle[], file: string): AnalyzedArticle | undefined => {
	const wanted = path.resolve(file);
	return (
		articles.find(article => article.path !== '-' && article.id.includes('#') && path.resolve(articleAddress(article)) === wanted) ??
		articles.find(article => path.resolve(article.path) === wanted) ??
		articles.find(article => article.name === file)
	);
};
