// A short fingerprint of an article's text, so a cache keyed on it misses when
// the file was edited under the reader. Computed once per article object.
import type {Article} from '../corpus/article.js';
import {fnv1a32} from '../text/hash.js';

const fingerprints = new WeakMap<Article, string>();

/** Length and a 32-bit FNV-1a hash of the text's UTF-16 code units. */
export const textFingerprint = (article: Article): string => {
	let fingerprint = fingerprints.get(article);
	if (fingerprint !== undefined) return fingerprint;
	const {text} = article;
	fingerprint = `${text.length}:${fnv1a32(text).toString(36)}`;
	fingerprints.set(article, fingerprint);
	return fingerprint;
};
