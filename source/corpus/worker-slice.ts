// An analysis worker's share of the corpus, walked twice.
import type {Article, ArticleHead, LoadProblem} from './article.js';
import {readFileItem, type CorpusItem} from './load.js';

/**
 * A worker's share of the corpus, walked twice: once for the line
 * statistics, once for labelling. Articles handed over are held (and let go
 * during the second pass); articles read from files are kept from the first
 * pass to the second while their texts fit in `keepChars` (reading and
 * decoding a file again costs about a tenth of labelling it), and read again
 * past that, so a slice of a very large corpus is never all in memory. A
 * file read again that changed between the passes keeps its place, labelled
 * from what is read the second time. With `keepPlaces`
 * (the caller read every file already and counts on one article per item), a
 * file that is no article now stands as an empty one: the caller sees its text
 * differ from its own and labels that article itself.
 */
export class Slice {
	readonly heads: ArticleHead[] = [];
	readonly problems: LoadProblem[] = [];
	/** Per item: whether the first pass found an article in it. */
	private readonly yielded: Uint8Array;
	/** Articles read from files in the first pass and kept for the second (by item index). */
	private readonly kept = new Map<number, Article>();
	/** The first pass's articles that the second hands out again (the same objects): handed over, or kept. */
	private readonly held = new WeakSet<Article>();

	constructor(
		private readonly items: CorpusItem[],
		private readonly maxFileBytes?: number,
		private readonly keepPlaces = false,
		/** Characters of text read from files kept between the passes (default: keptCharacters, none past keptItems items). */
		private keepChars = items.length <= keptItems ? keptCharacters : 0,
	) {
		this.yielded = new Uint8Array(items.length);
	}

	*firstPass(): Generator<Article> {
		for (const [index, item] of this.items.entries()) {
			let article: Article | undefined;
			if ('article' in item) article = item.article;
			else {
				const read = readFileItem(item.file, this.maxFileBytes);
				for (const problem of read.problems) this.problems.push(problem);
				article = read.articles[0] ?? (this.keepPlaces ? emptyArticle(item.file) : undefined);
				// A page's markup evidence (dom) is several times its text: charged as such.
				const cost = article ? article.text.length * (article.dom ? 4 : 1) : 0;
				if (article && cost <= this.keepChars) {
					this.kept.set(index, article);
					this.keepChars -= cost;
				}
			}

			if (!article) continue;
			if ('article' in item || this.kept.has(index)) this.held.add(article);
			this.yielded[index] = 1;
			const {text: _text, dom: _dom, ...head} = article; // DOM evidence stays with the labels, in this thread
			this.heads.push(head);
			yield article;
		}
	}

	/** Whether the second pass yields this very article of the first again (not a copy read again): what was made of it then still holds. */
	holds(article: Article): boolean {
		return this.held.has(article);
	}

	*secondPass(): Generator<Article> {
		let at = 0;
		for (const [index, item] of this.items.entries()) {
			if (!this.yielded[index]) continue;
			// Done with this item after this: let it go, so the slice shrinks as the records move to the main thread.
			this.items[index] = undefined as unknown as CorpusItem;
			const head = this.heads[at++];
			if ('article' in item) {
				yield item.article;
				continue;
			}

			const kept = this.kept.get(index);
			if (kept) {
				this.kept.delete(index);
				yield kept;
				continue;
			}

			const read = readFileItem(item.file, this.maxFileBytes);
			yield read.articles[0] ?? {...head, text: '', warnings: [...head.warnings, `changed while reading: ${read.problems[0]?.message ?? 'no longer an article'}`]};
		}
	}
}

/**
 * Characters of file text a worker keeps between its two passes: 48 million
 * (at most ~100 MB per worker as one-byte strings, twice that as two-byte) —
 * all of a 10,000-article corpus on two workers.
 */
export const keptCharacters = 48_000_000;

/**
 * A slice of more items keeps none: its worker's heap would carry the kept
 * texts' high-water mark to the end of labelling, when the main thread holds
 * the most (100,000 articles peaked at 2.2 GiB keeping 48 million characters
 * per worker, over the 2 GB target).
 */
export const keptItems = 10_000;

const emptyArticle = (entry: {file: string; name: string}): Article => ({id: entry.name, path: entry.file, name: entry.name, text: '', size: 0, warnings: [], meta: {}});

/**
 * Characters of article text whose blocks a worker keeps from the scan to
 * labelling: about 2.3 bytes a character (their words dropped), 75 MB at most.
 * Reflowing and normalising again cost a fifth of labelling.
 */
export const keptBlockCharacters = 32_000_000;
