import test from 'ava';
import {cp, mkdtemp, rm, writeFile, chmod, mkdir, symlink} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {withTemporaryDirectory} from '../helpers/temporary-directory.js';
import {checkInputs, CorpusError, entryName, loadCorpus, loadCorpusItems, readFileItem, readItems, sniffHtml} from '../../source/corpus/load.js';

const hostile = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const isRoot = process.getuid?.() === 0;

/** A private copy of the hostile corpus plus what cannot live in git: a huge file and an unreadable one. */
async function hostileCopy(): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-hostile-'));
	await cp(hostile, directory, {recursive: true, verbatimSymlinks: true});
	await writeFile(path.join(directory, 'huge.txt'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
	await writeFile(path.join(directory, 'unreadable.txt'), 'secret\n');
	await chmod(path.join(directory, 'unreadable.txt'), 0o000);
	return directory;
}

const options = (directory: string) => ({
	maxFileBytes: 2 * 1024 * 1024,
	// Root reads anything: simulate the permission error the chmod gives everyone else.
	readBytes: async (file: string) => {
		if (isRoot && file === path.join(directory, 'unreadable.txt')) {
			throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
		}

		const {readFile} = await import('node:fs/promises');
		return readFile(file);
	},
});

test('the hostile corpus loads everything loadable and reports each problem', async t => {
	const directory = await hostileCopy();
	try {
		const {root, articles, problems} = await loadCorpus([directory], options(directory));
		t.is(root, directory);
		const names = articles.map(article => article.name);
		t.deepEqual(names, [
			'controls.txt',
			'cr.txt',
			'crlf.txt',
			'empty.txt',
			'good-link.txt',
			'invalid-utf8.txt',
			'long-line.txt',
			'nested/deeper/article.md',
			'records.jsonl#a1',
			'records.jsonl#:6',
			'records.jsonl#:7',
			'tabs.txt',
			'utf16be-bom.txt',
			'utf16le-bom.txt',
			'utf8-bom.txt',
			'utf8.txt',
		]);
		const byFile = Object.fromEntries(problems.map(problem => [path.relative(directory, problem.path), `${problem.kind}: ${problem.message}`]));
		t.deepEqual(byFile, {
			// ignored.csv and make-fixtures.mjs: not read from a folder, and said so once for it.
			'': 'skipped: 2 files passed over for their name (a corpus folder is read for .txt .md .markdown .jsonl .html .htm .xhtml .html.gz .htm.gz .warc .warc.gz .wet .wet.gz; name a page .html, or give the file itself)',
			'binary.txt': 'skipped: binary file (NUL bytes)',
			'broken-link.txt': 'error: broken symlink',
			'huge.txt': 'skipped: too large (2,097,153 bytes; the limit is 2,097,152 bytes (2 MB))',
			'loop-link.txt': 'error: symlink loop',
			'nested/deeper/up': 'skipped: symlink loop: leads back to a directory being read',
			'records.jsonl#:3': 'error: line 3: not valid JSON (Unterminated string in JSON at position 16)',
			'records.jsonl#:4': 'error: line 4: not a JSON object',
			'records.jsonl#:5': 'error: line 5: no "text" or "html" string',
			'unreadable.txt': 'error: permission denied',
		});
		const article = (name: string) => articles.find(a => a.name === name)!;
		t.deepEqual(article('empty.txt').warnings, ['empty file']);
		t.is(article('empty.txt').text, '');
		// Latin-1 bytes with no valid multi-byte UTF-8: a legacy text, decoded as one.
		t.regex(article('invalid-utf8.txt').warnings[0], /^invalid UTF-8 at byte 34; decoded as windows-1252/);
		t.regex(article('invalid-utf8.txt').text, /café crème/);
		t.is(article('utf8-bom.txt').text.charCodeAt(0), 'A'.charCodeAt(0));
		t.true(article('utf16le-bom.txt').text.startsWith('UTF-16 little endian\r\n'));
		t.true(article('utf16be-bom.txt').text.includes('日本語'));
		t.is(article('long-line.txt').text.length, 100_001);
		t.true(article('controls.txt').text.includes('\u001b]52;c;'));
		t.deepEqual(article('records.jsonl#a1').meta, {date: '2024-12-08', url: 'https://example.com/1'});
		t.is(article('records.jsonl#a1').givenTitle, 'Record one');
		t.is(article('records.jsonl#a1').path, path.join(directory, 'records.jsonl'));
		t.deepEqual(article('records.jsonl#:6').warnings, ['duplicate id "a1"; identified by line 6']);
		t.is(article('records.jsonl#:7').text, 'No id: named by its line.\r\nWith CRLF inside.');
		t.false(names.some(name => name.includes('hidden') || name.endsWith('.csv')));
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

// As root chmod 000 does not stop reads: the simulated case above covers the report there.
(isRoot ? test.skip : test)('a real chmod 000 file is reported', async t => {
	await withTemporaryDirectory('unreadable', async directory => {
		await writeFile(path.join(directory, 'a.txt'), 'x');
		await chmod(path.join(directory, 'a.txt'), 0o000);
		const {articles, problems} = await loadCorpus([directory]);
		t.is(articles.length, 0);
		t.deepEqual(problems.map(p => p.message), ['permission denied']);
	});
});

test('a missing path is a CorpusError (the CLI prints one line, status 2)', async t => {
	const error = await t.throwsAsync(loadCorpus(['/no/such/corpus']), {instanceOf: CorpusError});
	t.is(error?.name, 'CorpusError');
	t.is(error?.message, '/no/such/corpus: no such file or directory');
});

test('files given explicitly load whatever their extension; names relative to their common directory', async t => {
	await withTemporaryDirectory('files', async directory => {
		await mkdir(path.join(directory, 'sub'));
		await writeFile(path.join(directory, 'sub', 'page.html'), 'Some page');
		await writeFile(path.join(directory, 'b.txt'), 'B');
		const {root, articles} = await loadCorpus([path.join(directory, 'sub', 'page.html'), path.join(directory, 'b.txt')]);
		t.is(root, directory);
		t.deepEqual(articles.map(a => a.name), ['sub/page.html', 'b.txt']);
		const single = await loadCorpus([path.join(directory, 'b.txt')]);
		t.deepEqual(single.articles.map(a => a.name), ['b.txt']);
	});
});

test('directory walk is sorted by code units, locale-independent, and skips .copydesk-cache', async t => {
	await withTemporaryDirectory('order', async directory => {
		for (const name of ['b.txt', 'B.txt', 'a.md', 'ä.txt', '10.txt', '9.txt']) await writeFile(path.join(directory, name), name);
		await mkdir(path.join(directory, '.copydesk-cache'));
		await writeFile(path.join(directory, '.copydesk-cache', 'x.txt'), 'cache');
		await mkdir(path.join(directory, 'a'));
		await writeFile(path.join(directory, 'a', 'z.txt'), 'z');
		const {articles} = await loadCorpus([directory]);
		t.deepEqual(articles.map(a => a.name), ['10.txt', '9.txt', 'B.txt', 'a.md', 'a/z.txt', 'b.txt', 'ä.txt']);
	});
});

test('a symlinked directory is walked; a file given twice loads once', async t => {
	await withTemporaryDirectory('links', async directory => {
		await mkdir(path.join(directory, 'real'));
		await writeFile(path.join(directory, 'real', 'x.txt'), 'x');
		await symlink('real', path.join(directory, 'alias'));
		const {articles} = await loadCorpus([directory, path.join(directory, 'real', 'x.txt')]);
		t.deepEqual(articles.map(a => a.name), ['alias/x.txt', 'real/x.txt']);
	});
});

test('stdin: JSON Lines when the first line is a record', async t => {
	const stdin = Readable.from([Buffer.from('{"text":"one","id":"x"}\r\n{"te'), Buffer.from('xt":"two"}\nnot json\n')]);
	const {articles, problems} = await loadCorpus(['-'], {stdin});
	t.deepEqual(articles.map(a => [a.id, a.text, a.path]), [['stdin#x', 'one', '-'], ['stdin#:2', 'two', '-']]);
	t.deepEqual(problems.map(p => [p.path, p.kind]), [['-#:3', 'error']]);
});

test('stdin: one article otherwise, BOM removed', async t => {
	const stdin = Readable.from([Buffer.from('\uFEFF{not a record}\r\nsecond line\r\n')]);
	const {articles} = await loadCorpus(['-'], {stdin});
	t.deepEqual(articles.map(a => [a.id, a.text]), [['stdin', '{not a record}\r\nsecond line\r\n']]);
});

test('stdin: a web page is read as a page (its article text, no markup or scripts), as a .html file is', async t => {
	const page = '<!DOCTYPE html>\n<html><head><title>Flood</title><script>var tracker = 1;</script></head><body><nav><a href="/">Home</a></nav><article><h1>Flood in the valley</h1><p>The river rose two metres on Sunday, officials said.</p></article></body></html>\n';
	const {articles} = await loadCorpus(['-'], {stdin: Readable.from([Buffer.from(page.slice(0, 40)), Buffer.from(page.slice(40))])});
	t.is(articles.length, 1);
	t.regex(articles[0]!.text, /The river rose two metres on Sunday/);
	t.notRegex(articles[0]!.text, /<|tracker/);
});

test('sniffHtml: a page begins with a doctype, <html> or an XML declaration before one; text with markup later is text', t => {
	const bytes = (text: string) => Buffer.from(text);
	t.true(sniffHtml(bytes('<!doctype html><p>x')));
	t.true(sniffHtml(bytes('\uFEFF\n  <!-- saved --> <HTML lang="en"><HEAD><TITLE>x</TITLE>')));
	t.true(sniffHtml(bytes('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">')));
	t.false(sniffHtml(bytes('The <html> tag starts a page, the tutorial says.')));
	// Fresh user E6: prose that opens by naming the tag is text.
	t.false(sniffHtml(bytes('<html> tags are where a page begins; the <script> element holds code, the guide says.\n\nThe second paragraph.')));
	t.true(sniffHtml(bytes('<html>\n<body><p>A page without a doctype.</p></body></html>')));
	t.false(sniffHtml(bytes('<htmlish>')));
	t.false(sniffHtml(bytes('')));
});

test('stdin: empty input is one empty article', async t => {
	const {articles} = await loadCorpus(['-'], {stdin: Readable.from([])});
	t.deepEqual(articles.map(a => [a.id, a.text, a.warnings]), [['stdin', '', ['empty file']]]);
});

test('JSON Lines: a record above the size limit is skipped, its neighbours load', async t => {
	const stdin = Readable.from([`{"text":"small"}\n{"text":"${'x'.repeat(5000)}"}\n{"text":"after"}`]);
	const {articles, problems} = await loadCorpus(['-'], {stdin, maxFileBytes: 1000});
	t.deepEqual(articles.map(a => a.text), ['small', 'after']);
	t.deepEqual(problems, [{path: '-#:2', kind: 'skipped', message: 'line 2: record larger than 1000 B; skipped'}]);
});

test('a file deleted between walk and read is reported, not fatal', async t => {
	await withTemporaryDirectory('gone', async directory => {
		await writeFile(path.join(directory, 'a.txt'), 'a');
		await writeFile(path.join(directory, 'b.txt'), 'b');
		const {articles, problems} = await loadCorpus([directory], {
			readBytes: async file => {
				if (file.endsWith('a.txt')) throw Object.assign(new Error('gone'), {code: 'ENOENT'});
				const {readFile} = await import('node:fs/promises');
				return readFile(file);
			},
		});
		t.deepEqual(articles.map(a => a.name), ['b.txt']);
		t.deepEqual(problems.map(p => p.message), ['disappeared while loading']);
	});
});

test('JSON Lines: "content" or "body" stand in for "text"; "author" for the byline', async t => {
	const stdin = Readable.from(['{"id":1,"content":"From content.","author":"A. Writer"}\n{"id":2,"body":"From body."}\n{"id":3,"text":"Text wins.","content":"not this"}\n']);
	const {articles, problems} = await loadCorpus(['-'], {stdin});
	t.deepEqual(articles.map(a => a.text), ['From content.', 'From body.', 'Text wins.']);
	t.deepEqual(articles[0].meta, {byline: 'A. Writer'});
	t.deepEqual(problems, []);
});

test('deferred loading lists text files unread, reads JSON Lines here, and keeps corpus order; readItems then equals loadCorpus', async t => {
	const directory = await hostileCopy();
	try {
		const items = await loadCorpusItems([directory], {maxFileBytes: 2 * 1024 * 1024, deferFiles: true});
		const eager = await loadCorpus([directory], {maxFileBytes: 2 * 1024 * 1024});
		t.is(items.root, eager.root);
		const kinds = items.items.map(item => ('article' in item ? `article ${item.article.name}` : `file ${item.file.name}`));
		t.true(kinds.includes('file controls.txt'));
		t.true(kinds.includes('article records.jsonl#a1'));
		// Files the walk found but no one has read yet: their problems come later, from whoever reads them.
		t.true(kinds.includes('file binary.txt'));
		t.false(items.problems.some(problem => problem.path.endsWith('binary.txt')));
		const read = readItems(items.items, items.problems, 2 * 1024 * 1024);
		t.deepEqual(read.articles, eager.articles);
		t.deepEqual(read.problems, eager.problems);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('a file read later reports what changed since the walk', async t => {
	await withTemporaryDirectory('later', async directory => {
		await writeFile(path.join(directory, 'a.txt'), 'Article A.');
		await writeFile(path.join(directory, 'b.txt'), 'Article B.');
		const {items} = await loadCorpusItems([directory], {deferFiles: true, maxFileBytes: 64});
		await rm(path.join(directory, 'a.txt'));
		await writeFile(path.join(directory, 'b.txt'), 'x'.repeat(65));
		const [a, b] = items.map(item => ('file' in item ? readFileItem(item.file, 64) : undefined));
		t.deepEqual(a, {articles: [], problems: [{path: path.join(directory, 'a.txt'), kind: 'error', message: 'disappeared while loading'}]});
		t.deepEqual(b?.problems.map(problem => problem.message), ['too large (65 B; the limit is 64 B)']);
	});
});

test('loading reports files found while walking and files read up to the total', async t => {
	await withTemporaryDirectory('progress', async directory => {
		await mkdir(path.join(directory, 'sub'));
		for (let index = 0; index < 1200; index++) await writeFile(path.join(directory, index % 2 ? 'sub' : '', `${index}.txt`), `Article ${index}.`);
		const seen: string[] = [];
		const {articles} = await loadCorpus([directory], {onProgress: progress => seen.push(progress.phase === 'finding' ? `found ${progress.found}` : `read ${progress.read}/${progress.total}`)});
		t.is(articles.length, 1200);
		t.true(seen.includes('found 1000'));
		t.is(seen.at(-1), 'read 1200/1200');
		t.true(seen.some(step => /^read \d+\/1200$/.test(step) && step !== 'read 1200/1200'), 'progress before the end');
	});
});

(process.platform === 'win32' ? test.skip : test)('a named pipe given explicitly is read when its writer writes; as a deferred file it is refused without waiting', async t => {
	const {execFileSync, spawn} = await import('node:child_process');
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-fifo-'));
	try {
		const fifo = path.join(directory, 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		// Nobody writes yet: refused at once (opening it for reading would wait for a writer).
		t.deepEqual(readFileItem({file: fifo, name: 'pipe.txt', explicit: true, regular: true}).problems.map(problem => problem.message), ['not a regular file']);
		const writer = spawn('sh', ['-c', `sleep 0.2; printf 'Piped article.' > '${fifo}'`]);
		const written = new Promise(resolve => writer.on('exit', resolve));
		const {articles} = await loadCorpus([fifo]);
		t.deepEqual(articles.map(article => article.text), ['Piped article.']);
		await written;
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('a file named on the command line and left out (binary, too large) is an error, as its text is lost; found in a folder it is skipped (breaker12 K21)', async t => {
	await withTemporaryDirectory('named', async directory => {
		const binary = path.join(directory, 'b.txt');
		const large = path.join(directory, 'big.txt');
		const archive = path.join(directory, 'crawl.warc.wat.gz');
		await writeFile(binary, Buffer.from('text\0more\n'));
		await writeFile(large, 'x'.repeat(2000));
		await writeFile(archive, gzipSync('WARC/1.0\r\nWARC-Type: metadata\r\nContent-Length: 0\r\n\r\n\r\n\r\n'));
		const compressed = path.join(directory, 'story.txt.gz');
		await writeFile(compressed, gzipSync('A story, compressed.\n'));
		const named = await loadCorpus([binary, large, archive, compressed], {maxFileBytes: 1000});
		t.deepEqual(named.problems.map(problem => [path.basename(problem.path), problem.kind, problem.message]), [
			['b.txt', 'error', 'binary file (NUL bytes)'],
			['big.txt', 'error', 'too large (2 KB; the limit is 1000 B)'],
			['crawl.warc.wat.gz', 'error', 'a web archive (WARC) by its content: name it .warc or .warc.gz to read it'],
			['story.txt.gz', 'error', 'gzip-compressed: read as such only when named .html.gz, .warc.gz or .wet.gz; decompress it first'],
		]);
		// Read later, by a worker (deferred): the same.
		const deferred = await loadCorpusItems([binary, large], {maxFileBytes: 1000, deferFiles: true});
		t.deepEqual(readItems(deferred.items, deferred.problems, 1000).problems.map(problem => problem.kind), ['error', 'error']);
		const found = await loadCorpus([directory], {maxFileBytes: 1000});
		t.deepEqual(found.problems.map(problem => [path.basename(problem.path), problem.kind]).sort(), [['b.txt', 'skipped'], ['big.txt', 'skipped'], [path.basename(directory), 'skipped']].sort());
	});
});

// A character device has no end and no size: it is read as a pipe is, up to the limit (breaker10 H29).
(process.platform === 'linux' ? test : test.skip)('a character device given as input (/dev/zero) is read no further than the size limit', async t => {
	t.timeout(5000);
	const {articles, problems} = await loadCorpus(['/dev/zero'], {maxFileBytes: 64 * 1024});
	t.deepEqual(articles, []);
	t.deepEqual(problems, [{path: '/dev/zero', kind: 'error', message: 'too large (more than 64 KB)'}]);
});

test('a Markdown post\'s YAML front matter gives its title, date and byline, as a JSON Lines record\'s fields do (breaker10 H32)', async t => {
	await withTemporaryDirectory('front-matter', async directory => {
		const file = path.join(directory, 'post.md');
		await writeFile(file, '---\ntitle: "Factory fire kills 12 in Dhaka"\ndate: 2025-03-03\nauthor: Anna Reporter\n---\n\nA fire at a garment factory killed 12 workers on Monday.\n');
		const {articles} = await loadCorpus([file]);
		t.deepEqual(articles[0]!.meta, {date: '2025-03-03', byline: 'Anna Reporter'});
		t.is(articles[0]!.givenTitle, 'Factory fire kills 12 in Dhaka');
	});
});

test('a folder says how many files it passed over for their name, and a page saved there as .txt is read as text with a warning (a folder is read by names) (breaker11 J22)', async t => {
	await withTemporaryDirectory('copydesk-passed-', async directory => {
		const page = '<!doctype html><html><head><title>Fire</title></head><body><p>A fire at a garment factory killed twelve workers on Monday, police said.</p></body></html>';
		await writeFile(path.join(directory, 'story.php?id=5'), page);
		await writeFile(path.join(directory, 'logo.png.tmp'), 'x');
		await writeFile(path.join(directory, 'page.txt'), page);
		await writeFile(path.join(directory, '.hidden'), 'x');
		const {articles, problems} = await loadCorpus([directory]);
		t.deepEqual(articles.map(article => article.name), ['page.txt']);
		t.true(articles[0]!.warnings.some(warning => warning.startsWith('looks like an HTML page: name it .html, or give the file itself')));
		t.is(problems.length, 1);
		t.regex(problems[0]!.message, /^2 files passed over for their name/);
	});
});

test('a page named on the command line by any name (page.txt, story.php?id=5, index.shtml, none) is read as a page by its content, as stdin is; a text about "<html>" tags stays text', async t => {
	await withTemporaryDirectory('copydesk-sniffed-', async directory => {
		const page = '\uFEFF  <!-- saved --><HTML lang="en"><head><meta charset="utf-8"><title>Fire</title></head><body><nav>Home | World</nav><p>A fire at a garment factory killed twelve workers on Monday, police said.</p></body></HTML>';
		const names = ['page.txt', 'story.php?id=5', 'index.shtml', 'saved', 'notes.md'];
		for (const name of names) await writeFile(path.join(directory, name), page);
		await writeFile(path.join(directory, 'about.txt'), '<html> tags open a page.\n\nThis note explains them.\n');
		const {articles} = await loadCorpus([...names, 'about.txt'].map(name => path.join(directory, name)));
		for (const article of articles.slice(0, names.length)) {
			t.truthy(article.dom, article.name);
			t.notRegex(article.text, /</u, article.name);
			t.deepEqual(article.warnings, [], article.name);
		}

		t.is(articles.at(-1)!.dom, undefined);
		t.regex(articles.at(-1)!.text, /^<html> tags/u);
	});
});

test('sniffHtml reads a run of leading comments in one pass: 600 of them before plain text take no time, and comments before a doctype still open a page (review R24)', t => {
	const started = process.hrtime.bigint();
	t.false(sniffHtml(Buffer.from(`${'<!---->'.repeat(600)}x`)));
	// Bounded work, not a timing: the old pattern tried 2^k splits (28 comments took 14 s); one pass takes microseconds.
	t.true(process.hrtime.bigint() - started < 2_000_000_000n);
	t.true(sniffHtml(Buffer.from('<!-- a --> <!-- b -->\n<!DOCTYPE html><p>x')));
	t.true(sniffHtml(Buffer.from('<!-- a - b -- c --><html><head><title>x</title>')));
});

test('a text separated by U+2029 and U+2028 loads as lines, from a file and from a JSON Lines record (breaker13 M2)', async t => {
	await withTemporaryDirectory('copydesk-separators-', async directory => {
		const text = 'Factory fire kills 12 in Dhaka\u2029\u2029DHAKA (Reuters) - At least 12 workers died.\u2028The fire started at night.';
		await writeFile(path.join(directory, 'a.txt'), text);
		await writeFile(path.join(directory, 'b.jsonl'), `${JSON.stringify({id: 'r', text})}\n`);
		const {articles} = await loadCorpus([directory]);
		t.is(articles.length, 2);
		for (const article of articles) {
			t.is(article.text, 'Factory fire kills 12 in Dhaka\n\nDHAKA (Reuters) - At least 12 workers died.\nThe fire started at night.');
		}
	});
});

test('stdin left out whole (compressed, binary, too large) is an error, as a file named on the command line is (breaker13 M9)', async t => {
	for (const [bytes, message] of [
		[gzipSync(Buffer.from('A story.\n')), /gzip-compressed/],
		[Buffer.from('a\0b'), /binary/],
		[Buffer.alloc(64, 0x61), /too large/],
	] as const) {
		const {articles, problems} = await loadCorpus(['-'], {stdin: Readable.from([bytes]), maxFileBytes: 32});
		t.is(articles.length, 0);
		t.deepEqual(problems.map(p => [p.path, p.kind]), [['-', 'error']]);
		t.regex(problems[0]!.message, message);
	}
});

test('a walked file\'s name is entryName\'s (its folder\'s name and its own, the folder named once): one folder, nested folders, folders side by side, and from the working directory', async t => {
	await withTemporaryDirectory('copydesk-names-', async directory => {
		const files = ['a.txt', 'x/b.txt', 'x/y/c.md', 'z/d.txt', 'z/ü é.txt'];
		for (const file of files) {
			await mkdir(path.dirname(path.join(directory, file)), {recursive: true});
			await writeFile(path.join(directory, file), `Text of ${file}.`);
		}

		const check = async (inputs: string[]) => {
			const {root, articles} = await loadCorpus(inputs);
			t.true(articles.length > 0);
			for (const article of articles) t.is(article.name, entryName(path.resolve(root), article.path), `${inputs.join(' ')}: ${article.path}`);
		};

		await check([directory]);
		await check([path.join(directory, 'x'), path.join(directory, 'z')]);
		await check([path.join(directory, 'x', 'y'), path.join(directory, 'a.txt')]);
		await check([path.relative(process.cwd(), path.join(directory, 'x'))]);
		t.deepEqual((await loadCorpus([path.join(directory, 'x'), path.join(directory, 'z')])).articles.map(article => article.name), ['x/b.txt', 'x/y/c.md', 'z/d.txt', 'z/ü é.txt']);
	});
});

test('a path named on the command line that is a symlink to nothing is a broken symlink, as in a folder; a missing path is no such file (breaker19 N8)', async t => {
	await withTemporaryDirectory('broken-link', async directory => {
		const link = path.join(directory, 'dangling.txt');
		await symlink(path.join(directory, 'gone.txt'), link);
		await t.throwsAsync(checkInputs([link]), {instanceOf: CorpusError, message: `${link}: broken symlink`});
		await t.throwsAsync(loadCorpus([link]), {instanceOf: CorpusError, message: `${link}: broken symlink`});
		const missing = path.join(directory, 'missing.txt');
		await t.throwsAsync(checkInputs([missing]), {instanceOf: CorpusError, message: `${missing}: no such file or directory`});
	});
});
