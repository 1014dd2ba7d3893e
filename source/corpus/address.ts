// Where an article can be found again, for scripts: the `path` of every
// `--json` record (list, strip), so the outputs of two commands join on it and
// a plain file's path can be passed back to `copydesk diff` or `strip`.

/**
 * An article's address: a file's path as given on the command line or found
 * under a folder given there (relative to the working directory when the input
 * was), e.g. `seeds/000_….txt`; a record of a container (JSON Lines, WARC) is
 * that container's path, `#`, and the record's key (its id or line; a page's
 * URI), e.g. `seeds/wire.jsonl#a1`, `crawl.warc#https://…`; records read from
 * standard input are `stdin#key`, a text on standard input `stdin`.
 *
 * The key is what follows the container's corpus name in the article's id
 * (`name#key`): the longest id prefix ending before a `#` that is the
 * container path's tail (so `#` inside a file name or a URI is kept).
 */
export function articleAddress(article: {id: string; path: string; name: string}): string {
	const file = article.path === '-' ? 'stdin' : article.path.split('\\').join('/');
	if (article.path === '-' && !article.id.includes('#')) return 'stdin';
	for (let at = article.id.indexOf('#'); at !== -1; at = article.id.indexOf('#', at + 1)) {
		const container = article.id.slice(0, at);
		if (container === file || file.endsWith(`/${container}`) || (article.path === '-' && container === 'stdin')) return `${article.path === '-' ? 'stdin' : article.path}#${article.id.slice(at + 1)}`;
	}

	return article.path;
}

/**
 * The name diff shows for an article (its header, `--json`'s `path`): a record
 * of a container is its address (`wire.jsonl#a1`, which `diff` accepts back), a
 * file its path as given, standard input `-`.
 */
export const shownPath = (article: {id: string; path: string; name: string}): string => (article.path === '-' ? '-' : articleAddress(article));
