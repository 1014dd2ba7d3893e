import {realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {loadCorpus} from '../corpus/load.js';
import {comparePair} from '../corpus/pair-verdict.js';
import {diffJsonText} from './diff-json.js';
import {colorChoice, parseCommandArgs, widthOption} from './args.js';
import {UsageError, write, type CommandIo} from './io.js';
import {jsonFor} from '../render/terminal-json.js';

/** Characters of JSON gathered before a write (a write per piece of rows would be a system call per ~2,000 rows). */
const jsonWriteChars = 1 << 20;

/** `copydesk diff A B`: exit 0 when identical after normalisation, 1 when different, 2 on trouble (like diff(1)). */
export async function runDiff(argv: string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('diff', argv, {
		json: {type: 'boolean', default: false},
		html: {type: 'boolean', default: false},
		width: {type: 'string'},
		'with-boilerplate': {type: 'boolean', default: false},
	});
	const color = colorChoice(values.color, io);
	if (positionals.length !== 2) {
		throw new UsageError('diff needs exactly two articles: copydesk diff A B');
	}

	const width = widthOption(values.width);

	if (positionals[0] === '-' && positionals[1] === '-') {
		throw new UsageError('-: standard input can be read only once; use - for one of the two');
	}

	for (const input of positionals) {
		if (input !== '-' && (await stat(input).catch(() => null))?.isDirectory()) {
			throw new UsageError(`${input}: is a directory; diff compares two files (copydesk list ${input} lists its articles)`);
		}
	}

	// One file or record given twice (A A, A ./A, wire.jsonl#a1 twice): it is identical to itself.
	const same = positionals[0] !== '-' && (positionals[0] === positionals[1] || ((await realpath(positionals[0]!).catch(() => null)) !== null && (await realpath(positionals[0]!).catch(() => 0)) === (await realpath(positionals[1]!).catch(() => 1))));
	// Files, or records of a JSON Lines file or web archive addressed as list --json names them (`wire.jsonl#a1`: load.ts).
	const corpus = await loadCorpus(same ? [positionals[0]!] : positionals, {stdin: io.stdin});
	if (same && corpus.articles.length === 1) corpus.articles.push({...corpus.articles[0]!});
	// Problems are rare: their printer (safe-text, which loads string-width) is loaded only for them.
	const printers = corpus.problems.length > 0 || corpus.articles.length !== 2 ? await Promise.all([import('../render/problem-text.js'), import('../render/safe-text.js')]) : undefined;
	// Fewer than two articles because files could not be read: a line for each, `copydesk: error: PATH: why`, as every
	// command says a file it could not read and as diff says a path it cannot open (breaker19 N8: a file denied was
	// said with "(diff needs two readable articles)" after it, one under a denied folder without).
	if (corpus.articles.length < 2 && corpus.problems.length > 0) {
		for (const problem of corpus.problems) await write(io.stderr, `copydesk: error: ${printers![0].problemText({...problem, message: problem.message.replace(/; skipped$/, '')})}\n`);
		return 2;
	}

	// A file of several articles (JSON Lines, a web archive) given whole: say so, not just the count, in one line (its bad
	// records' problems are not printed: nothing is compared). A record of it given as the other argument is one of its articles, not another.
	const whole = new Set(positionals.map(input => path.resolve(input)));
	const records = new Map<string, Set<string>>();
	for (const article of corpus.articles) if (whole.has(path.resolve(article.path))) records.set(article.path, (records.get(article.path) ?? new Set()).add(article.id));
	const several = [...records].map(([file, ids]) => [file, ids.size] as const).find(([, count]) => count > 1);
	if (corpus.articles.length !== 2 || several) {
		const {safeString} = await import('../render/safe-text.js');
		if (several) {
			const [file, count] = several;
			throw new UsageError(`${safeString(file)}: holds ${count} articles (${count} records); diff takes two single-article files or records, a record as ${safeString(file)}#KEY (copydesk list ${safeString(file)} names them, copydesk story ${safeString(file)} compares them)`);
		}

		// Both arguments the same file, a binary file, an unreadable one: nothing to compare.
		throw new UsageError(`diff needs two readable articles; got ${corpus.articles.length}`);
	}

	for (const problem of corpus.problems) {
		await write(io.stderr, `copydesk: ${printers![0].problemLine(problem)}\n`);
	}

	for (const article of corpus.articles) {
		if (article.warnings.length === 0) continue;
		// A warning names the file: its name is the user's, but not to be sent raw to the terminal.
		const {warningLine} = await import('./warning-line.js');
		for (const warning of article.warnings) await write(io.stderr, `copydesk: ${warningLine(article, warning)}\n`);
	}

	// The two texts are each other's corpus: a line in both is not evidence of a template.
	// No output of diff prints the relation's measures: only those its relation reads are made.
	const {left, right, comparison} = comparePair(corpus.articles[0]!, corpus.articles[1]!, {withBoilerplate: values['with-boilerplate'], measures: false});
	if (values.json && values.html) throw new UsageError('choose one of --json and --html');
	// diff(1)'s status: 0 when identical after normalisation, 1 when the texts differ. Known before a line is written, so a
	// reader that goes away early (`| head -c 1`, `| true`: EPIPE) is not told the copy is identical (breaker13 M10).
	const status = comparison.relation === 'identical' ? 0 : 1;
	try {
		await writeComparison();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') return status;
		throw error;
	}

	if (comparison.nothingLeft) {
		// Nothing of either article survived stripping: say so.
		const empty = !/\S/u.test(left.text) && !/\S/u.test(right.text);
		// A notice, not a refusal (the status is diff(1)'s): `copydesk: warning: why`, as every notice is worded (breaker18 M8).
		// About the pair: both paths, as typed (breaker19 N8: the one notice of diff without a path).
		const {noticeAddress} = await import('./warning-line.js');
		const pair = `${noticeAddress(corpus.articles[0]!)}, ${noticeAddress(corpus.articles[1]!)}`;
		await write(io.stderr, `copydesk: warning: ${pair}: ${empty ? 'nothing of the article was left to compare (neither file has any text)' : 'nothing of the article was left to compare (both sides are entirely boilerplate); compared the whole texts'}\n`);
		// The whole texts' relation is `identical` exactly when the raw texts are equal (compare-articles.ts): the status above is diff(1)'s.
	}

	return status;

	/** The comparison on standard output, in the format asked for. */
	async function writeComparison(): Promise<void> {
		if (values.json) {
			// In pieces of whole rows (diffJsonText), written a megabyte or so at a time: never the whole JSON in memory at once.
			const safe = jsonFor(io.stdout.isTTY);
			let pending = '';
			for (const piece of diffJsonText(left, right, comparison)) {
				pending += safe(piece);
				if (pending.length < jsonWriteChars) continue;
				await write(io.stdout, pending);
				pending = '';
			}

			await write(io.stdout, `${pending}\n`);
		} else if (values.html) {
			// The report renderer is loaded only when asked for.
			const [{diffHtml}, {comparisonFacts}] = await Promise.all([import('../render/html/diff-html.js'), import('../story/facts.js')]);
			await write(io.stdout, diffHtml(left, right, comparison, comparisonFacts(comparison, left.text, right.text)));
		} else {
			const columns = width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 160);
			// The side-by-side printer (layout, wrapping, string-width) is loaded only for it: --json never pays for it.
			const {diffText} = await import('../render/diff-text.js');
			await write(io.stdout, diffText(left, right, comparison, {width: columns, color}));
		}
	}
}
