// Where the stopword lists come from: the stopwords-iso package. Run from
// source (tests, tsx), they are read from node_modules; in the bundle, from
// dist/stopwords-iso.json, which scripts/build.js writes beside it (and it
// defines COPYDESK_STOPWORDS_VERSION, by which this module knows it is
// bundled). So dist/ labels the same with no node_modules beside it. Lists
// that cannot be read are an error, never a silent fallback: without them
// language detection answers 'und' and every article is labelled differently.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

/** The raw lists of stopwords-iso: ISO 639-1 code → words, as the package ships them. */
export type RawStopwords = Record<string, string[]>;

// Replaced by a string literal when bundled (esbuild's define); undeclared under tsx.
declare const COPYDESK_STOPWORDS_VERSION: string | undefined;
const bundledVersion = typeof COPYDESK_STOPWORDS_VERSION === 'string' ? COPYDESK_STOPWORDS_VERSION : undefined;

/** The error for lists that cannot be read; its message is what the CLI prints after "copydesk: ". */
export class StopwordsMissingError extends Error {
	override name = 'StopwordsMissingError';
}

const missing = (error: unknown) =>
	new StopwordsMissingError(`cannot read the stopword lists (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): reinstall copydesk, or copy the whole of dist/`);

/** The version of stopwords-iso the lists come from (start-up data is keyed by it). Throws StopwordsMissingError when run from source without the package. */
export const stopwordsVersion = (): string => {
	if (bundledVersion !== undefined) return bundledVersion;
	try {
		return (createRequire(import.meta.url)('stopwords-iso/package.json') as {version: string}).version;
	} catch (error) {
		throw missing(error);
	}
};

/** The raw lists (~200 KB of JSON, read and parsed on each call: callers keep what they make of them). Throws StopwordsMissingError when they cannot be read. */
export const readStopwords = (): RawStopwords => {
	if (bundledVersion !== undefined) {
		const file = new URL('stopwords-iso.json', import.meta.url);
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as RawStopwords;
		} catch (error) {
			throw missing(error);
		}
	}

	try {
		return createRequire(import.meta.url)('stopwords-iso') as RawStopwords;
	} catch (error) {
		throw missing(error);
	}
};
