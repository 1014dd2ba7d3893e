// Where `v` opens a text's file in $VISUAL/$EDITOR: the line of the file that holds the place shown. A plain
// text file's lines are the text's; a JSON Lines record is one line of its file; the text of an HTML page or a
// web archive record is no line of its file at all.
import type {Article} from '../corpus/article.js';
import {corpusFileKind} from '../corpus/file-kind.js';

/** Where to open an article's file: at a 1-based `line` (with `note` to say how it was chosen), or a `problem` instead (one line, for the status line). */
export type EditorLine = {line: number; note?: string} | {problem: string};

/**
 * The line of `article`'s file at which to open it so that the editor shows the text's line `line` (1-based):
 * that line for a text file; a JSON Lines record's own line (the record is one line: the text's lines are inside
 * it); line 1 of an HTML page, whose text is not written line for line in the markup; and no line of a compressed
 * file or web archive, which an editor shows as bytes (a problem says so). Pure.
 */
export const editorLine = (article: Pick<Article, 'path' | 'record' | 'dom'>, line: number): EditorLine => {
	const kind = corpusFileKind(article.path);
	if (kind === 'html.gz' || kind === 'warc.gz' || kind === 'warc') return {problem: `${kind === 'html.gz' ? 'a compressed page' : 'a web archive'} has no line of this text to open in an editor`};
	if (article.record) return {line: article.record.line, note: `the record's line ${article.record.line}`};
	if (article.dom !== undefined || kind === 'html') return {line: 1, note: "the page's markup: its text is no line of it"};
	return {line};
};
