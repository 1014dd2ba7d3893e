// What reading an article met (a guessed charset, no visible text, an empty
// file) as one terminal-safe line, worded alike by every command:
// `warning: PATH: why`, PATH the article's address as problems and `--json`
// name it (corpus/address.ts): the path as given, a record of a JSON Lines
// file or web archive `PATH#key` (what `diff FILE#key` opens).
import type {Article} from '../corpus/article.js';
import {articleAddress} from '../corpus/address.js';
import {safeString} from '../render/safe-text.js';

/** One of an article's warnings as a line's tail after `copydesk: `: `warning: PATH: why`, safe for a terminal. */
export const warningLine = (article: Pick<Article, 'id' | 'name'> & {path?: string}, warning: string): string => `warning: ${noticeAddress(article)}: ${safeString(warning)}`;

/** An article's PATH in a notice, safe for a terminal: its address as typed (`-` for standard input, `FILE#key` for a record). */
export const noticeAddress = (article: Pick<Article, 'id' | 'name'> & {path?: string}): string =>
	safeString(article.path === undefined ? article.name : noticePath(articleAddress({...article, path: article.path}), article.path));

/** Standard input is `-` in a notice, as it was typed and as its problems say it (`stdin` is its name in a listing). */
const noticePath = (address: string, path: string): string => (path === '-' ? address.replace(/^stdin(?=#|$)/u, '-') : address);
