// A short fingerprint of an article's text, so a cache keyed on it misses when
// the file was edited under the reader. Computed once per article object.
import type {Article} from '../corpus/article.js';

const fingerprints = new WeakMap<Article, string>();

/** Length and a 32-bit FNV-1a hash of the text's UTF-16 code units. */
export const textFingerprint = (article: Article): string => {
	let fingerprint = fingerprints.get(article);
	if (fingerprint !== undefined) return fingerprint;
	const {text} = article;
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
	fingerprint = `${text.length}:${(hash >>> 0).toString(36)}`;
	fingerprints.set(article, fingerprint);
	return fingerprint;
};
