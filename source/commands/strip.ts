import {createHash} from 'node:crypto';
import {constants} from 'node:fs';
import {access, stat} from 'node:fs/promises';
import {setImmediate as nextTurn} from 'node:timers/promises';
import path from 'node:path';
import {emptiedWarning} from '../boilerplate/emptied.js';
import {primeTextFeedback} from '../boilerplate/feedback-primer.js';
import {keptText} from '../boilerplate/strip.js';
import {articleDate, type Article, type LoadProblem} from '../corpus/article.js';
import {labelInPasses, type LabelledArticle} from '../corpus/label-passes.js';
import {type CorpusItem, defaultMaxFileBytes, loadCorpusItems, sortProblems, streamFileItem} from '../corpus/load.js';
import {problemLine} from '../render/problem-text.js';
import {warningLine} from './warning-line.js';
import {safeString} from '../render/safe-text.js';
import {parseCommandArgs} from './args.js';
import {UsageError, write, type CommandIo} from './io.js';
import {outputConflict, overwritesInput, resolveReal} from './output-guard.js';
import {writeFileAtomic} from './write-atomic.js';
import {makeDirectory} from '../corpus/make-directory.js';
import {fileErrorReason} from './file-error.js';
import {jsonFor} from '../render/terminal-json.js';
import {articleAddress} from '../corpus/address.js';

/** Output files being written at once (bounded: a corpus can have 100,000 files). */
const maxWritesInFlight = 16;

export type {LabelledArticle} from '../corpus/label-passes.js';

/** The `strip --json` record of a labelled article: path, title, metadata (null when unknown), each line with its label, and the kept body. */
export const stripJson = (article: LabelledArticle) => {
	const {text, labels} = article;
	return {
		// A record (JSON Lines, WARC; from a file or stdin) is `source#key`, so a map step can join on it.
		path: articleAddress(article),
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
		body: keptText(text, labels, {paragraphPerLine: article.dom !== undefined}),
	};
};

/**
 * The file name `strip --out` writes an article's text under (`/`-separated,
 * relative): a text file keeps its name (`a.txt`, `b.md`); a page keeps its
 * whole name and gains `.txt` (`a.html.txt`, `a.htm.txt`, `a.html.gz.txt`:
 * pages sharing a stem never meet); a WARC record is its URI as a path under
 * the WARC's name (`crawl.warc.gz/example.com/news/a.txt`, `…/index.txt` for
 * a URI ending `/`); a JSON Lines record is `<file>/<id>.txt`. Every part
 * taken from a URI or record id is made safe: no `.`/`..`, no empty part, no
 * control characters or characters Windows forbids (each becomes `_`), at
 * most 200 UTF-8 bytes. A part that had to change gains `~` and 8 hex digits of
 * its own SHA-1 (`b#2` → `b_2~1c4c1a2f`, while `b_2` stays `b_2`), and so does
 * one that already ends so: two ids never share a name, and an id always gets the same one.
 */
export function outputName(article: Pick<Article, 'id' | 'name'> & Partial<Pick<Article, 'dom'>>): string {
	const fromWarc = /^(.*?\.warc(?:\.gz)?)#(?:[a-z][a-z0-9+.-]*:\/\/)?(.*)$/is.exec(article.id);
	if (fromWarc) {
		const parts = fromWarc[2].split('/');
		const last = parts.pop() ?? '';
		const path = [...parts.filter(part => part !== ''), last === '' ? 'index' : last].map(safePart);
		return `${fromWarc[1]}/${path.join('/')}.txt`;
	}

	const fromJsonl = /^(.*?\.jsonl)#(.*)$/is.exec(article.id);
	if (fromJsonl) return `${fromJsonl[1]}/${safePart(fromJsonl[2])}.txt`;
	if (article.dom && !article.name.includes('#')) return `${article.name}.txt`;
	return article.name;
}

/** Longest part of an output path taken from a URI or record id (UTF-8 bytes; file systems allow 255). */
const maxPartBytes = 200;

/** Names Windows reserves for devices, with or without an extension, in any case ("CON.txt", "com1"): such a part is marked as a changed one. */
const windowsReserved = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;

/** The mark a changed part ends with: `~` and 8 lower-case hex digits. */
const marked = /~[0-9a-f]{8}$/;
const markLength = 9;

/**
 * One path part from untrusted text: `/`, `\\`, control and Windows-reserved characters `_`; `.`, `..`
 * and empty `_`; at most maxPartBytes. When that changed it (or it ends as a mark does, or is a
 * name Windows reserves, "CON"), it ends with
 * `~` and the first 8 hex digits of the SHA-1 of the part as given: distinct parts give distinct names.
 */
function safePart(part: string): string {
	let safe = part.replace(/[/\\?#*:|"<>\u0000-\u001f\u007f-\u009f]/g, '_');
	if (safe === '' || safe === '.' || safe === '..') safe = '_';
	if (safe === part && Buffer.byteLength(safe) <= maxPartBytes && !marked.test(safe) && !windowsReserved.test(safe)) return safe;
	if (Buffer.byteLength(safe) > maxPartBytes - markLength) {
		const points = Array.from(safe);
		while (Buffer.byteLength(points.join('')) > maxPartBytes - markLength) points.pop();
		safe = points.join('');
	}

	return `${safe}~${createHash('sha1').update(part).digest('hex').slice(0, 8)}`;
}

/**
 * Input bytes from which `strip` primes the labeller's type feedback (feedback-primer.ts): the primer
 * costs some 40-50 ms of CPU in a fresh process, which a one-page strip (~250 ms) would pay for nothing;
 * on the 181 dev page dumps (3.3 MB) it saves more (bench/strip-speed.ts --dev-pages).
 */
export const primeFromBytes = 1_000_000;

/**
 * Whether the corpus's items hold at least `bytes` bytes: files by their size on disk (one that cannot be
 * asked counts 0), articles already read by their size. Stops asking once they do.
 */
export const holdsAtLeast = async (items: readonly CorpusItem[], bytes: number): Promise<boolean> => {
	let total = 0;
	for (const item of items) {
		total += 'article' in item ? item.article.size : ((await stat(item.file.file).catch(() => undefined))?.size ?? 0);
		if (total >= bytes) return true;
	}

	return false;
};

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
		if (positionals.includes('-')) throw new UsageError('-: standard input has no file name to write under --out; use --json or standard output');
		if (values.out === '') throw new UsageError('--out: an empty name names no directory');
		const conflict = await outputConflict(values.out, inputs);
		if (conflict) throw new UsageError(conflict);
		// Made (or found) before any labelling: a directory that cannot exist is one line and status 2, not a failure per article.
		await makeDirectory(values.out).catch((error: unknown) => {
			throw new UsageError(`${values.out}: cannot create the output directory: ${fileErrorReason(error)}`);
		});
		// A directory that is there but closed to us is one line before any labelling too, not one per article after it (breaker20 O10).
		await access(values.out, constants.W_OK | constants.X_OK).catch((error: unknown) => {
			throw new UsageError(`${values.out}: cannot write into the output directory: ${fileErrorReason(error)}`);
		});
	}

	// Two passes over the inputs (corpus/label-passes.ts): memory stays bounded however large the corpus (a 1 GB WARC).
	const {items, problems} = await loadCorpusItems(positionals, {stdin: io.stdin, missingInputs: 'problem', deferFiles: true, deferStreams: true});
	// The character loops' type feedback before the pages run through them: fewer recompilations (feedback-primer.ts),
	// for a corpus large enough that V8 compiles the labeller at all.
	if (await holdsAtLeast(items, primeFromBytes)) primeTextFeedback();
	let passes = 0;
	// The second read (past the memory budget) may meet what the first did not: a file changed or gone in between.
	const reread: LoadProblem[] = [];
	const open = () => streamArticles(items, passes++ === 0 ? problems : reread);
	let trouble = false;
	let reported = false;
	// Problems come first, as when the corpus was loaded whole: the first pass has met them all.
	const report = async () => {
		if (reported) return;
		reported = true;
		for (const problem of sortProblems(problems)) {
			await write(io.stderr, `copydesk: ${problemLine(problem)}\n`);
			if (problem.kind === 'error') trouble = true;
		}
	};

	// Files under --out are the kept text alone: a dropped block's reason is not worth naming.
	const articles = (async function* () {
		let count = 0;
		for await (const article of labelInPasses(open, {reasons: values.out === undefined})) {
			await report();
			// What reading the page met (no visible text, a guessed charset): one line each, as list says them.
			for (const warning of article.warnings) await write(io.stderr, `copydesk: ${warningLine(article, warning)}\n`);
			// An article emptied though it holds prose (breaker14 P13): said, not written silently as nothing.
			const emptied = emptiedWarning(article.text, article.labels);
			if (emptied) await write(io.stderr, `copydesk: ${warningLine(article, emptied)}\n`);
			count++;
			yield {article, count};
		}

		await report();
		// Its articles were lost from the output: trouble, whatever the problem's kind.
		for (const problem of problemsSince(problems, reread)) {
			await write(io.stderr, `copydesk: ${problemLine(problem)}\n`);
			trouble = true;
		}
	})();
	if (values.json) {
		const json = jsonFor(io.stdout.isTTY);
		for await (const {article} of articles) await write(io.stdout, `${json(JSON.stringify(stripJson(article)))}\n`);
		return trouble ? 2 : 0;
	}

	if (values.out !== undefined) {
		const inputFiles = new Set(await Promise.all(items.map(item => resolveReal('article' in item ? item.article.path : item.file.file))));
		const directories = new Map<string, Promise<string>>();
		// What each output directory held before this run, and the directories made: asked once per directory, not per file.
		const listings = new Map<string, Promise<Set<string>>>();
		const made = new Set<string>();
		const writeOne = async (destination: string, kept: string) => {
			try {
				if (await overwritesInput(destination, inputFiles, directories, listings)) {
					await write(io.stderr, `copydesk: error: ${safeString(destination)}: refusing to write over the input file\n`);
					trouble = true;
					return;
				}

				// Synchronously: a few hundred small files cost half the CPU through fs.promises (write-atomic.ts).
				writeFileAtomic(destination, kept, made);
			} catch (error) {
				await write(io.stderr, `copydesk: error: ${safeString(destination)}: cannot write: ${safeString(fileErrorReason(error))}\n`);
				trouble = true;
			}
		};

		// The guard's checks (a directory's realpath and listing, asked once) overlap with labelling the next articles: a few in flight at a time.
		const inFlight = new Set<Promise<void>>();
		// Output names taken, and by which article: a second article given one is reported, never written over the first.
		const taken = new Map<string, string>();
		for await (const {article} of articles) {
			const destination = path.join(values.out, ...outputName(article).split('/').filter(part => part !== '..' && part !== '.' && part !== ''));
			const owner = taken.get(destination);
			if (owner !== undefined) {
				await write(io.stderr, `copydesk: error: ${safeString(article.name)}: its output name ${safeString(destination)} is taken by ${safeString(owner)}; not written\n`);
				trouble = true;
				continue;
			}

			taken.set(destination, article.name);
			// A turn of the event loop a file: labelling and the synchronous writes otherwise run on promises alone, and a
			// signal's handler (Ctrl-C, SIGTERM: atomic-file.ts removeOnSignal) would wait for the last file (breaker20 O1).
			await nextTurn();
			const task: Promise<void> = writeOne(destination, keptText(article.text, article.labels, {paragraphPerLine: article.dom !== undefined})).finally(() => inFlight.delete(task));
			inFlight.add(task);
			if (inFlight.size >= maxWritesInFlight) await Promise.race(inFlight);
		}

		await Promise.all(inFlight);
		return trouble ? 2 : 0;
	}

	// To stdout: the article's own characters when piped (it is data); made visible when a terminal shows it.
	const show = io.stdout.isTTY ? (text: string) => text.split(/\r\n|\r|\n/).map(line => safeString(line)).join('\n') : (text: string) => text;
	let index = 0;
	// A header before each article when there are several: known once the second arrives (or the inputs name several).
	let first: LabelledArticle | undefined;
	const emit = async (article: LabelledArticle, headers: boolean) => {
		if (headers) await write(io.stdout, `${index > 0 ? '\n' : ''}==> ${safeString(article.name)} <==\n`);
		const kept = keptText(article.text, article.labels, {paragraphPerLine: article.dom !== undefined});
		await write(io.stdout, show(kept.endsWith('\n') || kept === '' ? kept : `${kept}\n`));
		index++;
	};

	for await (const {article, count} of articles) {
		if (count === 1) {
			first = article;
			continue;
		}

		if (first) await emit(first, true);
		first = undefined;
		await emit(article, true);
	}

	if (first) await emit(first, false);
	return trouble ? 2 : 0;
}

/**
 * The problems of a second read that the first read did not meet (same path
 * and message): a file that changed or vanished between strip's two passes.
 */
export const problemsSince = (first: readonly LoadProblem[], again: readonly LoadProblem[]): LoadProblem[] => {
	const said = new Set(first.map(problem => `${problem.path}\0${problem.message}`));
	return again.filter(problem => !said.has(`${problem.path}\0${problem.message}`));
};

/** The articles of the corpus's items in order, files read (WARC and JSON Lines streamed) as they come; their problems added to `problems`. */
async function* streamArticles(items: readonly CorpusItem[], problems: LoadProblem[]): AsyncGenerator<Article> {
	for (const item of items) {
		if ('article' in item) {
			yield item.article;
			continue;
		}

		for await (const read of streamFileItem(item.file, defaultMaxFileBytes)) {
			if ('article' in read) yield read.article;
			else problems.push(read.problem);
		}
	}
}
