// What a corpus file is, by its name: how it is read (plain text, JSON Lines, an HTML page, a web archive), and
// whether it is a container of many articles whose records are addressed `FILE#key`. The loader, the record
// addresses and the reader's editor line all ask here, so "what is a container" is said once. Pure.
import path from 'node:path';

/** Extensions picked up when walking a directory (files given explicitly load whatever their name). */
export const corpusExtensions: readonly string[] = ['.txt', '.md', '.markdown', '.jsonl', '.html', '.htm', '.xhtml', '.html.gz', '.htm.gz', '.warc', '.warc.gz', '.wet', '.wet.gz'];

/**
 * How a corpus file is read: by its name, compound extensions (`.html.gz`, `.warc.gz`) first.
 * A WET file (Common Crawl's extracted text, `….warc.wet.gz`) is a WARC of `conversion` records.
 */
export type CorpusFileKind = 'text' | 'jsonl' | 'html' | 'html.gz' | 'warc' | 'warc.gz';

/** The kind of a corpus file, or undefined when its extension is not one copydesk reads from a directory. */
export function corpusFileKind(file: string): CorpusFileKind | undefined {
	const lower = file.toLowerCase();
	if (lower.endsWith('.warc.gz') || lower.endsWith('.wet.gz')) return 'warc.gz';
	if (lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')) return 'html.gz';
	const extension = path.extname(lower);
	if (extension === '.warc' || extension === '.wet') return 'warc';
	if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
	if (extension === '.jsonl') return 'jsonl';
	return corpusExtensions.includes(extension) ? 'text' : undefined;
}

/** A JSON Lines corpus (many articles, streamed) rather than one article's text. */
export const isJsonl = (file: string): boolean => corpusFileKind(file) === 'jsonl';

/** A WARC file (many pages, streamed), a WET file among them, compressed or not. */
export const isWarc = (file: string): boolean => {
	const kind = corpusFileKind(file);
	return kind === 'warc' || kind === 'warc.gz';
};

/**
 * Files read as a stream of many articles (JSON Lines, WARC, WET): their articles are members `file#record`, and
 * a record address `file#key` names one of them.
 */
export const isStreamed = (file: string): boolean => isJsonl(file) || isWarc(file);
